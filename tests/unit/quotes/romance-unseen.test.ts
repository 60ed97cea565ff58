// Kinds that recur on unseen French, German, Spanish, Italian, Portuguese, Dutch, Norwegian, Romanian and Polish pages
// (batch of 2026-12-01), each with a counter-case it must leave alone. Invented sentences and names.
import { startsTable as table } from './starts-table';

table('a common word glued before a two-word name is no part of it (glued-opener.ts)', [
  ['de: a noun the article writes after an article elsewhere', 'Seit die frühere Wirtin Maria Beispiel in Pension ist, bleibt das Haus zu. Maria Beispiel selbst freut sich über den Kauf. „Ich bin die Erste beim Stammtisch“, erzählt sie.', 'Ich bin', 'Maria Beispiel', 'Wirtin'],
  ['de: a noun the article writes before the family name alone', 'Gemeinderätin Brigitte Prüfer stimmte dagegen. „Wir haben kein Geld dafür“, sagte sie. Gemeinderätin Prüfer will das Projekt weiter begleiten.', 'Wir haben', 'Brigitte Prüfer', 'Gemeinderätin'],
  ['fr: a party\'s initials between the office and the name', 'Le député PLR Yves Exemple annonce une interpellation. « Le canton a laissé pourrir la situation », estime-t-il.', 'Le canton', 'Yves Exemple', 'député PLR'],
  ['es: a party\'s initials after the office and its "de"', 'La diputada de ERC Marta Ejemplo criticó la ley. «No la votaremos», dijo.', 'No la', 'Marta Ejemplo', 'diputada'],
  ['fr: the complement of an office glued to d\' opening the sentence', 'Conseillère d\'État Anne Exemple a défendu le projet. « Nous ne pouvons pas attendre », a-t-elle déclaré.', 'Nous ne', 'Anne Exemple', 'conseillère d\'État'],
  ['fr: the same after an article', 'La conseillère d\'État Anne Exemple a défendu le projet. « Nous ne pouvons pas attendre », a-t-elle déclaré.', 'Nous ne', 'Anne Exemple', 'conseillère d\'État'],
  ['no: a union\'s elected representative opening the sentence (a role noun, newlang-roles.ts)', 'Tillitsvalgt Kari Prøvesen er bekymret.\n– Mange må bytte arbeidssted, sier Prøvesen.', 'Mange må', 'Kari Prøvesen', 'tillitsvalgt'],
  ['es: the courtesy title Don opening the sentence', 'Don Felipe Ejemplo, que vende chiles desde 1988, miraba los restos de su puesto.\n—¿Y ahora quién nos paga? —preguntó—. Yo no tengo seguro.', '¿Y ahora', 'Felipe Ejemplo'],
  ['counter-case: an English Don is a given name', 'Don Ray Tester opened the shop in 1988. “It was all we had,” Tester said.', 'It was', 'Don Ray Tester'],
  ['counter-case: a double given name in the middle of a sentence stays whole', 'Saken ble vedtatt i går.\n– Vi har ikke råd til dette, sier ordfører Anne Lise Prøve.', 'Vi har', 'Anne Lise Prøve', 'ordfører'],
  ['counter-case: a double given name opening the sentence, family name alone later', 'Ole Martin Prøve stemte mot forslaget.\n– Da er bygda død om ti år, sier Prøve.', 'Da er', 'Ole Martin Prøve'],
  ['counter-case: a German double given name written whole twice', 'Karl Heinz Beispiel eröffnete die Sitzung. „Wir haben viel vor“, sagte Karl Heinz Beispiel.', 'Wir haben', 'Karl Heinz Beispiel'],
  ['counter-case: a given name the article writes in lower case, the name written whole twice', 'Claire Marie Exemple a ouvert la séance. « Le budget est prêt », a dit Claire Marie Exemple. La situation est claire.', 'Le budget', 'Claire Marie Exemple'],
  ['counter-case: initials with no office before them are no role', '«Al principio pensé que era carbón», dijo a RTE Ramiro Ejemplo.', 'Al principio', 'Ramiro Ejemplo', null],
  ['counter-case: a Portuguese double given name', 'Maria José Exemplo abriu a sessão. «Temos de agir», disse Exemplo.', 'Temos de', 'Maria José Exemplo'],
]);

table('a sentence ending in a colon: its one named subject after an opening phrase (lang/colon-subject.ts)', [
  ['fr: a role noun and its complement open the sentence', 'Infirmière aux urgences depuis vingt ans, Sandrine Exemple ne cache pas son inquiétude : « La nuit, on voit des infarctus. »', 'La nuit', 'Sandrine Exemple', 'infirmière'],
  ['it: a place, then an indefinite noun in apposition before the name', 'Poco più in là, un fruttivendolo, Sergio Esempio, scuote la testa: «Le signore anziane come fanno?»', 'Le signore', 'Sergio Esempio', 'fruttivendolo'],
  ['es: a moment, then the name and a verb no list holds', 'Al salir del juzgado, Marta Ejemplo se encogió de hombros: «No tengo nada que decir.»', 'No tengo', 'Marta Ejemplo'],
  ['counter-case: two people named, the colon after the one written to', 'Hier soir, Marc Exemple a écrit à Paul Modèle : « Tu as tort. »', 'Tu as', 'Marc Exemple'],
  ['counter-case: a name after a preposition is no subject', 'Selon l\'entourage de Marc Exemple, tout va bien : « Il est serein. »', 'Il est', 'l\'entourage de Marc Exemple'],
]);

table('adjuncts and tag verbs are no role (lang/adjunct-group.ts)', [
  ['es: a connective between commas after the name', 'La seremi de Vivienda, Francisca Ejemplo, en tanto, admitió el problema. “Es una deuda que tenemos”, reconoció la seremi.', 'Es una', 'Francisca Ejemplo', 'seremi'],
  ['fr: "de sa part" after the name', '« Le dossier avance », a assuré Julie Exemple, de sa part, sans donner de date.', 'Le dossier', 'Julie Exemple', null],
  ['es: the tag verb after the closing mark is no role (explica ends like medica)', '“La terraza es la mitad de mi facturación”, explica Alberto Ejemplo. “Si nos recortan el horario, habrá despidos.”', 'Si nos', 'Alberto Ejemplo', null],
  ['counter-case: a role after the name between commas stays', '“Cada invierno es lo mismo”, dijo Héctor Ejemplo, poblador del barrio.', 'Cada invierno', 'Héctor Ejemplo', 'poblador'],
  ['counter-case: a preposition opening a group that holds a role noun', '« Le club a besoin de temps », a dit Julie Exemple, en tant que présidente du club.', 'Le club', 'Julie Exemple'],
]);

table('feminine roles the lists hold only in the masculine (lang/feminine-roles.ts)', [
  ['es: dirigenta, from dirigente', '“Nadie para por gusto”, señaló la dirigenta Romina Ejemplo.', 'Nadie para', 'Romina Ejemplo', 'dirigenta'],
  ['ro: locatară, from locatar', '„Am auzit un trosnet”, povestește Ioana Exemplu, locatară la etajul al treilea.', 'Am auzit', 'Ioana Exemplu', 'locatară'],
  ['it: professoressa, from professore', '«Il ponte va chiuso», ha detto la professoressa Anna Esempio.', 'Il ponte', 'Anna Esempio', 'professoressa'],
  ['counter-case: given names ending like a feminine stay the name', 'Luisa Fernanda Ejemplo abrió la sesión. «Tenemos que actuar», dijo Ejemplo.', 'Tenemos que', 'Luisa Fernanda Ejemplo', null],
]);

table('a definite role noun after the quote is the person introduced with it (lang/introduced-noun.ts)', [
  ['fr: le maire, introduced in apposition, after another man was quoted', '« Nous reprenons la main », a lancé le maire, Bernard Exemple, devant la salle.\nPour le chef cuisinier, Karim Modèle, le défi est logistique. « Faire 340 repas, c\'est une question d\'organisation », explique-t-il.\n« Si les producteurs suivent, on ira plus loin », a conclu le maire.', 'Si les', 'Bernard Exemple'],
  ['es: el alcalde, introduced in apposition', '“Vamos a cumplir”, prometió el alcalde, Luis Ejemplo, en la plaza.\nEl vecino Tomás Muestra no lo cree. “Siempre dicen lo mismo”, afirmó.\n“Habrá obras en mayo”, insistió el alcalde.', 'Habrá obras', 'Luis Ejemplo'],
  ['counter-case: the other role noun is the other man', '« Nous reprenons la main », a lancé le maire, Bernard Exemple, devant la salle.\nLe chef, Karim Modèle, cuisine depuis vingt ans.\n« Faire 340 repas, c\'est une question d\'organisation », a ajouté le chef.', 'Faire 340', 'Karim Modèle'],
]);

table('an interview answer labelled with initials is the person with those initials (initials-label.ts)', [
  ['fr: G. E. after Gilles Exemple is introduced', 'Gilles Exemple exploite une érablière. « Mon père n\'a jamais entaillé avant mars », raconte-t-il.\nLe Courrier : Comment se passe la saison?\nG. E. : « Le volume est bon. »', 'Le volume', 'Gilles Exemple'],
  ['counter-case: two people share the initials, the label stays', 'Gilles Exemple et Gérard Essai exploitent une érablière.\nLe Courrier : Comment se passe la saison?\nG. E. : « Le volume est bon. »', 'Le volume', 'G. E.'],
]);

table('a short adjunct between an inverted verb and its subject (lang/adjunct-group.ts)', [
  ['es: a dash line, "dijo entre lágrimas" and the name', 'Los bomberos tardaron cinco horas.\n—Perdimos todo. Treinta años de trabajo se fueron en una noche —dijo entre lágrimas Guadalupe Ejemplo, locataria de una fonda.', 'Perdimos todo', 'Guadalupe Ejemplo', 'locataria'],
  ['counter-case: a capital after "de" inside the adjunct is its object, no subject', 'La regidora Patricia Ejemplo acusó falta de mantenimiento. "Ese pozo tiene fallas desde 2023", sostuvo en sesión de Cabildo.', 'Ese pozo', 'Patricia Ejemplo'],
]);

table('one of a group brought in without a verb is the next pronoun\'s (lang/among-them.ts, inverted-subject.ts)', [
  ['de: Unter ihnen, a role noun and the name, then "sagte sie"', 'Der Verein kämpft um Sponsoren. „So ein Abend ist die beste Werbung“, sagte Klaus Beispiel.\nRund 1100 Zuschauer waren gekommen. Unter ihnen Dauerkartenbesitzerin Gisela Muster, die seit 1987 kein Heimspiel verpasst hat. „Ich hab schon drei Abstiege erlebt“, sagte sie.', 'Ich hab', 'Gisela Muster', 'Dauerkartenbesitzerin'],
  ['counter-case: "sagte er" stays the man quoted before', 'Der Verein kämpft um Sponsoren. „So ein Abend ist die beste Werbung“, sagte Klaus Beispiel.\nRund 1100 Zuschauer waren gekommen. Unter ihnen Dauerkartenbesitzerin Gisela Muster, die seit 1987 kein Heimspiel verpasst hat. „Mit dieser Halle steigen wir nicht ab“, sagte er.', 'Mit dieser', 'Klaus Beispiel'],
]);
