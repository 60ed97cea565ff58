import { ANY, DESCRIBED, kindTable, type KindCase } from './languages/kind-table';

/**
 * Roles the text gives in passing and speakers it withholds: an article and a role noun before a name over a clause
 * after it; a one-word portfolio before a full name; a descriptor's noun carried to the pronoun after it; a title
 * after an office; a surname outlets also bear; a member of a group opening the paragraph; a source whose sentence
 * says it stays unnamed. Each kind has a counter-case it must leave alone.
 */
const CASES: KindCase[] = [
  // An article and a role noun right before the name are the role, over the office a clause after it implies.
  ['it: l’ingegnere X, che dirige …', 'Intanto l’ingegnere Carla Bonomi, che dirige i lavori per conto del Comune, garantisce: «Il ponte sarà pronto entro marzo, salvo imprevisti.»', 'Il ponte sarà pronto', 'Carla Bonomi', 'ingegnere'],
  ['fr: l’ingénieure X, qui dirige …', 'De son côté, l’ingénieure Claire Morel, qui dirige le chantier, promet : « Nous aurons fini avant les premières neiges. »', 'Nous aurons fini', 'Claire Morel', 'ingénieure'],
  ['counter: no role before the name, the clause gives it', 'Intanto Carla Bonomi, che dirige i lavori per conto del Comune, garantisce: «Il ponte sarà pronto entro marzo, salvo imprevisti.»', 'Il ponte sarà pronto', 'Carla Bonomi', 'dirett'],
  // One capitalised word closing a role before a full name after a comma is the role's portfolio.
  ['it: responsabile del dicastero Cultura, X Y', '«La biblioteca riaprirà a settembre con orari più lunghi», ha detto il consigliere responsabile del dicastero Cultura, Sergio Valsecchi.', 'La biblioteca riaprirà', 'Sergio Valsecchi', 'dicastero Cultura'],
  ['fr: chargée du dicastère Sécurité, X Y', '« Les patrouilles seront doublées pendant les fêtes », a indiqué la conseillère municipale chargée du dicastère Sécurité, Anne Rochat.', 'Les patrouilles seront', 'Anne Rochat', 'conseillère municipale'],
  ['counter: a surname after the role, an office after the comma', '«La biblioteca riaprirà a settembre con orari più lunghi», ha detto il consigliere Valsecchi, ex sindaco di Cevio.', 'La biblioteca riaprirà', 'Valsecchi', 'consigliere'],
  // A plural's possessive apostrophe inside single marks does not close the quote.
  ['en: ‘in two years’ time …’', 'The caretaker, Owen Pryce, was hopeful. ‘In two years’ time the hall will be full again,’ he said.', 'In two years’ time the hall', 'Owen Pryce', ANY],
  ['en: ‘a waste of ratepayers’ money’', 'Cllr Dee Hughes called the scheme ‘a waste of ratepayers’ money’ and voted against it.', 'a waste of ratepayers’ money', 'Dee Hughes', ANY],
  ['counter: ‘…girls’ she said, ‘…’', 'Coach Mair Lloyd thanked the parents. ‘It was all for the girls’ she said quietly, ‘and for nobody else.’', 'It was all for the girls', 'Mair Lloyd', ANY],
  // A descriptor read as the person named before gives its noun as their role, for the pronoun after it.
  ['fr: explique le boulanger … poursuit-il', 'Dans la petite rue, Paul Giraud sort sa première fournée.\n\n« Le pain, il faut lui laisser le temps », explique le boulanger, installé ici depuis trente ans.\n\nLe septuagénaire a formé une dizaine d’apprentis. « Aucun ne pétrit de la même façon », poursuit-il.', 'Aucun ne pétrit', 'Paul Giraud', 'boulanger'],
  ['counter: a role given with the name stays', 'Dans la petite rue, le pâtissier Paul Giraud sort sa première fournée.\n\n« Le pain, il faut lui laisser le temps », explique-t-il.\n\n« Aucun ne pétrit de la même façon », poursuit-il.', 'Aucun ne pétrit', 'Paul Giraud', 'pâtissier'],
  // The clergy are roles: `Il parroco, don X,`.
  ['it: Il parroco di …, don X,', 'Il parroco di Sant’Anna, don Livio Ferraris, ha chiesto calma: «Nessuno deve farsi giustizia da solo. Lasciamo lavorare i carabinieri.»', 'Nessuno deve farsi', 'Livio Ferraris', 'parroco'],
  ['es: El párroco, X,', 'El párroco, Andrés Quiroga, pidió calma a los vecinos: "Nadie debe hacer justicia por mano propia, dejemos trabajar a la policía".', 'Nadie debe hacer', 'Andrés Quiroga', 'párroco'],
  // A surname outlets also bear is the person the text names so.
  ['en: Councillor X Forbes … said Ms Forbes', 'Councillor Ailsa Forbes said the ferry timetable would be reviewed. “Nobody should wait two hours for a crossing,” said Ms Forbes.', 'Nobody should wait', 'Ailsa Forbes', ANY],
  ['en: … said Mr Fox', 'Deputy head Martin Fox said the school would stay open. “We have enough staff to get through the week,” said Mr Fox.', 'We have enough staff', 'Martin Fox', ANY],
  ['counter: told Forbes, the outlet', '“We will keep the plant running through the winter,” the chief executive, Maria Lentz, told Forbes.', 'We will keep the plant', 'Maria Lentz', 'chief executive'],
  // A carer named before a full name at a sentence's start is a role, not a first name.
  ['en: Parent X Y, whose …, said', 'Parent Dana Whitlock, whose son rides the number 9 bus, said the change was a shock. “I start work at 7 and I can’t walk him there,” she said.', 'I start work at 7', 'Dana Whitlock', 'parent'],
  ['counter: a parent, unnamed', '“I start work at 7 and I can’t walk him there,” a parent said.', 'I start work at 7', DESCRIBED, null],
  // One member of a group opening the paragraph is unnamed, not the person quoted before.
  ['en: One of the hospital’s … porters, …', 'Chief executive Lorna Briggs said the ward would reopen. “We owe our patients that,” Briggs said.\n\nOne of the hospital’s longest-serving porters, who has worked nights for 30 years, said he was tired. “Every winter we hear the same promise,” he said.', 'Every winter we hear', DESCRIBED, null],
  ['counter: One of the reasons, X said, …', 'Chief executive Lorna Briggs said the ward would reopen. “We owe our patients that,” Briggs said.\n\nOne of the reasons, Briggs said, is staffing. “Each year we hire fewer nurses than we lose,” she said.', 'Each year we hire', 'Lorna Briggs', ANY],
  // A source whose own sentence says it stays unnamed is that description, never the person named before.
  ['es: …, que pidió no ser identificado, … "…", indicó', 'La intendenta Marta Godoy recibió a los productores. "Vamos a escuchar a todos", sostuvo.\n\nPor su parte, un técnico de la cooperativa, que pidió no ser identificado, reconoció demoras en los pagos. "Estamos cobrando a noventa días y así no se puede", indicó.', 'Estamos cobrando', DESCRIBED, null],
  ['fr: », a confié la commerçante, qui n’a pas souhaité être citée', 'Le maire Luc Tessier a visité le chantier. « Nous tiendrons les délais », a-t-il promis.\n\n« Depuis le début des travaux, je perds un client sur deux », a confié la commerçante, qui n’a pas souhaité être citée.', 'Depuis le début', DESCRIBED, null],
  ['counter: the same descriptor with a name given', 'La commerçante Julie Roy tient la boutique depuis 1998.\n\n« Depuis le début des travaux, je perds un client sur deux », a confié la commerçante.', 'Depuis le début', 'Julie Roy', ANY],
  ['counter: a dropped subject after a named technician', 'Por su parte, el técnico Mario Ledesma reconoció demoras en los pagos. "Estamos cobrando a noventa días y así no se puede", indicó.', 'Estamos cobrando', 'Mario Ledesma', ANY],
  // `Pour la présidente du collectif A B, X Y, …`: the body's name closes the role, the person comes after the comma.
  ['fr: Pour le président du club A B, X Y, …', 'Pour le président du club Cyclistes Mauricie, Denis Pelletier, la saison est perdue. « On ne peut pas rouler sur des routes pareilles », lance-t-il.', 'On ne peut pas rouler', 'Denis Pelletier', 'Cyclistes Mauricie'],
  ['counter: Pour le maire X Y, …', 'Pour le maire Denis Pelletier, la saison est perdue. « On ne peut pas rouler sur des routes pareilles », lance-t-il.', 'On ne peut pas rouler', 'Denis Pelletier', 'maire'],
  // A doctor's title after an office adds to it.
  ['it: il primario …, il dottor X,', 'Il primario di cardiologia, il dottor Franco Riva, ammette i ritardi. «Abbiamo tre medici in meno da gennaio», ha spiegato.', 'Abbiamo tre medici', 'Franco Riva', 'primario'],
  ['counter: the title alone', 'La dottoressa Paola Zeni ammette i ritardi. «Abbiamo tre medici in meno da gennaio», ha spiegato.', 'Abbiamo tre medici', 'Paola Zeni', 'dottoressa'],
  // An agent noun of -duzir/-ducir apposed after the name is the role; a relative clause after it is not.
  ['pt: X, produtora de … que vende …', '“A feira é a nossa renda do mês”, disse Lúcia Amaral, produtora de queijos de Minas que vende no largo há dez anos.', 'A feira é a nossa', 'Lúcia Amaral', 'produtora de queijos'],
  ['counter: X, que vende …', '“A feira é a nossa renda do mês”, disse Lúcia Amaral, que vende no largo há dez anos.', 'A feira é a nossa', 'Lúcia Amaral', null],
  // The same in Croatian, Czech and Polish; a street named after someone is no person a quote may go to.
  ['hr: Jedna … u Ulici X Y, koja je željela ostati anonimna, … rekla je', 'Gradonačelnik Zoran Vidić brani odluku. „Cijene su previsoke za stanare”, smatra Vidić.\n\nJedna vlasnica trgovine u Ulici Ivana Mažuranića, koja je željela ostati anonimna, kaže da kupci već odustaju. „Svaki drugi kupac pita za parking”, rekla je.', 'Svaki drugi kupac', DESCRIBED, null],
  ['counter: the owner named', 'Gradonačelnik Zoran Vidić brani odluku. „Cijene su previsoke za stanare”, smatra Vidić.\n\nVlasnica trgovine Ana Kovač kaže da kupci već odustaju. „Svaki drugi kupac pita za parking”, rekla je.', 'Svaki drugi kupac', 'Ana Kovač', ANY],
  ['cs: …, který si nepřál zveřejnit jméno, … dodal', 'Starosta Jan Novák projekt hájí. „Jinou možnost nemáme,“ řekl.\n\nJeden z místních podnikatelů, který si nepřál zveřejnit jméno, je proti. „Ztratím polovinu zákazníků,“ dodal.', 'Ztratím polovinu', DESCRIBED, null],
  ['pl: …, który chce pozostać anonimowy, … dodaje', 'Wójt Adam Zieliński broni planu. „Nie mamy innego wyjścia” – mówi.\n\nJeden z rolników, który chce pozostać anonimowy, jest przeciw. „Stracę połowę pola” – dodaje.', 'Stracę połowę pola', DESCRIBED, null],
  // A role noun (known, or of an agent's shape) before the first preposition opens the role; the body's name and complement follow.
  ['hr: rekao je ravnatelj Zavoda za ceste X Y', '„Radovi kreću u svibnju”, rekao je ravnatelj Zavoda za ceste Ivan Marić.', 'Radovi kreću', 'Ivan Marić', 'ravnatelj'],
  ['hr: rekao je pročelnik Odjela za komunalne poslove X Y', '„Radovi kreću u svibnju”, rekao je pročelnik Odjela za komunalne poslove Goran Perić.', 'Radovi kreću', 'Goran Perić', 'pročelnik'],
  ['counter: rekla je za portal X Y (no role noun before the preposition)', '„Radovi kreću u svibnju”, rekla je Ana Kovač za lokalni portal.', 'Radovi kreću', 'Ana Kovač', null],
  // A German agent noun opening a sentence before two more capitalised words is the role (German capitalises every noun).
  ['de: Anwohner X Y ist verärgert …', 'Der neue Radweg spaltet das Quartier. Anwohner Gerhard Moser ist verärgert und sammelt Unterschriften. «Die Stadt hat uns übergangen», sagt er.', 'Die Stadt hat uns', 'Gerhard Moser', 'Anwohner'],
  ['de: Hydrologin X Y misst …', 'Der Pegel steigt seit Tagen. Hydrologin Sabine Kofler misst ihn jede Stunde und ist besorgt. «So schnell ging es seit 2005 nicht mehr», sagt sie.', 'So schnell ging', 'Sabine Kofler', 'Hydrologin'],
  ['de: … ist Pächter X Y, dessen …', 'Weniger glücklich ist Pächter Anton Gruber, dessen Wiese an den Bach grenzt. «Das kostet mich die halbe Ernte», sagt der Landwirt.', 'Das kostet mich', 'Anton Gruber', ANY],
  ['counter: … ist Günther X Y, dessen …', 'Weniger glücklich ist Günther Paul Gruber, dessen Wiese an den Bach grenzt. «Das kostet mich die halbe Ernte», sagt der Landwirt.', 'Das kostet mich', 'Günther Paul Gruber', ANY],
  ['counter: a given name of an agent noun\'s shape', 'Walter Hans Böhm sitzt seit Jahren im Gemeinderat und will nicht mehr antreten. «Es reicht mir jetzt», sagt er.', 'Es reicht mir', 'Walter Hans Böhm', null],
  // After a role noun a lower-case "of" and one capitalised word before a full name are the portfolio, no particle.
  ['nl: Schepen van Cultuur X Y … zei hij', 'Schepen van Cultuur Pieter Van Acker (Open VLD) geeft toe dat het moeilijk ligt. ‘We luisteren naar iedereen’, zei hij donderdag.', 'We luisteren', 'Pieter Van Acker', 'Schepen van Cultuur'],
  ['counter: a given name and a particle', 'Ruud van Dijk geeft toe dat het moeilijk ligt. ‘We luisteren naar iedereen’, zei hij donderdag.', 'We luisteren', 'Ruud van Dijk', null],
  // A family name the text gave in full, after a role of a few words opening the sentence, is the one a pronoun tag goes to.
  ['lt: Apylinkės seniūnė Petraitienė žadėjo … „…“, sakė ji', '„Mokykla liks atvira“, sakė seniūnė Rasa Petraitienė.\n\nMiesto meras Tomas Kazlauskas pritarė planui.\n\nApylinkės seniūnė Petraitienė žadėjo sugrįžti prie klausimo. „Tėvai nusipelnė atsakymo“, sakė ji.', 'Tėvai nusipelnė', 'Rasa Petraitienė', ANY],
  ['counter: a sentence naming no one, the person before', '„Mokykla liks atvira“, sakė seniūnė Rasa Petraitienė.\n\nMiesto meras Tomas Kazlauskas pritarė planui. Posėdis truko ilgai. „Pinigų užteks visiems“, sakė jis.', 'Pinigų užteks', 'Tomas Kazlauskas', ANY],
  // A "whose" clause after the name says something of the person, no role.
  ['pt: …, critica X, cuja entidade …', 'Para a presidente da cooperativa dos apicultores, Sandra Lopes, o governo falhou. “Ninguém falou conosco”, critica Lopes, cuja entidade reúne cem famílias.', 'Ninguém falou conosco', 'Sandra Lopes', 'presidente'],
  ['es: …, dijo X, cuya familia …', '“Nadie nos consultó nada”, dijo Marta Ruiz, cuya familia vive en el barrio desde 1950.', 'Nadie nos consultó', 'Marta Ruiz', null],
  ['counter: …, dijo X, vecina del barrio', '“Nadie nos consultó nada”, dijo Marta Ruiz, vecina del barrio.', 'Nadie nos consultó', 'Marta Ruiz', 'vecina'],
];

kindTable('roles given in passing and names withheld', CASES);
