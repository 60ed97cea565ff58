// The Spanish and Italian courtesy title `Don` opening a sentence before a given name and one or two family names (the
// sixty-fifth held-out set showed `Don <given> <family> <family> recuerda …` then a quote, given to `Don <given>` only):
// the title is no part of the name, and a later `Don <given>` in a tag is the same person. English `Don` is a given name.
// Fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

kindTable('A courtesy `Don` before a longer Romance name is no part of it', [
  ['Spanish `Don` before a given name and two family names, the second also a given name', 'Las familias del ejido se abastecían de un pozo que cavaron los abuelos con sus propias manos. Don Eusebio Martín Cruz recuerda otra época. “Cuando yo llegué, el arroyo corría todo el año”, contó el campesino de 78 años.', 'Cuando yo llegué', 'Eusebio Martín Cruz', ANY],
  ['Spanish `Don` then the first name alone in the tag', 'Las familias del ejido se abastecían de un pozo que cavaron los abuelos con sus propias manos. Don Eusebio Martín Cruz llegó temprano a la asamblea. “Cuando yo llegué, el arroyo corría todo el año”, recordó Don Eusebio.', 'Cuando yo llegué', 'Eusebio Martín Cruz', ANY],
  ['Spanish `Don` before a given name and one family name', 'Las familias del ejido se abastecían de un pozo que cavaron los abuelos con sus propias manos. Don Eusebio Tapia recuerda otra época. “Cuando yo llegué, el arroyo corría todo el año”, dijo.', 'Cuando yo llegué', 'Eusebio Tapia', ANY],
  ['Italian cleric `Don` opening the sentence, a particled family name', 'La parrocchia del quartiere ha aperto una mensa per le famiglie che non arrivano a fine mese. Don Nicola De Santis racconta che le richieste sono raddoppiate. «Non ci sono mai state così tante persone in fila», ha detto il parroco.', 'Non ci sono', 'Nicola De Santis', ANY],
  ['counter-case: English `Don` is a given name and stays', 'The families used an old well that their grandparents dug by hand. Don Ray Tester Smith remembers another time. “When I started, the river ran all year,” he said.', 'When I started', 'Don Ray Tester Smith', ANY],
  ['counter-case: `Doña` keeps its reading', 'Las familias del ejido se abastecían de un pozo que cavaron los abuelos con sus propias manos. Doña Rosalba Mejía Cruz recuerda otra época. “Cuando yo llegué, el arroyo corría todo el año”, dijo.', 'Cuando yo llegué', 'Rosalba Mejía Cruz', ANY],
]);

// A Romance body named by a capitalised head noun and its level of government (the sixty-fifth held-out set showed
// `a Secretaria Municipal de <X> informou …` then a quote, read as the role `a Secretaria` and a person `Municipal de <X>`):
// the level adjective (`Municipal`, `Estadual`, `Provincial`, `Regional`) goes on with the body's name, a description.

kindTable('A level of government after a capitalised body noun is no person’s name', [
  ['Portuguese `Secretaria Municipal de X` opening the sentence before the quote', 'Em nota, a Secretaria Municipal de Cultura informou que o teatro será reaberto em março. “A reforma do telhado já foi contratada e as obras começam na próxima semana.”', 'A reforma do', UNNAMED, ANY],
  ['Portuguese `Secretaria Estadual de X` likewise', 'Em nota, a Secretaria Estadual de Saúde informou que o hospital recebeu mais médicos. “Todas as vítimas estão recebendo atendimento”, diz o texto.', 'Todas as vítimas', UNNAMED, ANY],
  ['counter-case: the accented secretary named after the body still speaks', 'A Secretária Municipal de Saúde, Ana Lúcia Prado, falou com os repórteres na porta do hospital. “Todas as vítimas estão recebendo atendimento”, disse.', 'Todas as vítimas', 'Ana Lúcia Prado', ANY],
  ['counter-case: a lower-case secretary before her name still speaks', 'A secretária municipal Ana Lúcia Prado falou com os repórteres na porta do hospital. “Todas as vítimas estão recebendo atendimento”, disse.', 'Todas as vítimas', 'Ana Lúcia Prado', ANY],
]);
