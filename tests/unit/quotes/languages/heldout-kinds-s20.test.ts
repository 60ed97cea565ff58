import { startsTable } from '../starts-table';

// Kinds an unseen set of 24 articles in 24 language variants showed at its blind first run (twelfth session of
// 2026-12-02), each in sentences of my own with a counter-case it must leave alone.

startsTable('en: tabloid and feature copy (names.ts, salience.ts, entities.ts, cues.ts)', [
  ['"Dad-of-three X" opening the sentence is a role, not a given name', 'Dad-of-three Connor Blayney, 44, was stunned when the letter came.\n\n"I thought it was a joke," he said.', 'I thought it was a joke', 'Connor Blayney', 'Dad-of-three'],
  ['counter-case: a hyphenated given name of two capitals stays the name', 'Anne-Marie Tobin, 44, was stunned when the letter came.\n\n"I thought it was a joke," she said.', 'I thought it was a joke', 'Anne-Marie Tobin'],
  ['"the proud grandad" is the one man the story named', 'Retired joiner Desmond Pike, 77, won the county prize for his marrows.\n\n"I have grown them since 1971," the proud grandad said.', 'I have grown them', 'Desmond Pike'],
  ['"she grinned" is a tag: the woman named, not the man quoted before', 'Nurse Olive Grange scooped the raffle. Her husband Ted said: "She never wins anything."\n\nOlive Grange was still laughing on Monday. "Keep buying tickets," she grinned.', 'Keep buying tickets', 'Olive Grange'],
  ['counter-case: "he laughed" with only a woman named stays unnamed', 'Mrs Olive Grange scooped the raffle.\n\n"It was a long night," he laughed.', 'It was a long night', null],
  ['"That van driver, pal X, 68, said …" then "he chuckled" is X', 'Olive Grange phoned her neighbour first.\n\nThat van driver, pal Stan Morrow, 68, said he nearly dropped the phone. "She was screaming down the line," he chuckled.', 'She was screaming', 'Stan Morrow'],
  ['"For sheep farmer X, whose …, the change means …" then "he said" is X, not the mayor quoted before', '"We had no other option," Mayor Judith Crane said.\n\nFor sheep farmer Rory Dunlevy, whose family has farmed here since 1920, the change means a longer drive.\n\n"It is diesel and it is a lost day," he said.', 'It is diesel', 'Rory Dunlevy', 'farmer'],
  ['counter-case: "For the council, …" names no one; "she said" stays the mayor', '"We had no other option," Mayor Judith Crane said.\n\nFor the council, the change means a smaller budget.\n\n"It is the only way," she said.', 'It is the only way', 'Judith Crane'],
  ['"the 23-year-old" is the one person the paragraph names beside a club', 'Striker Kofi Mensah, who joined from Belgian side FC Oosthaven in May, scored twice. "I have waited for this night," the 23-year-old said.', 'I have waited', 'Kofi Mensah'],
  ['counter-case: with two people named, the 23-year-old stays a description', 'Striker Kofi Mensah and winger Luis Prado both scored. "I have waited for this night," the 23-year-old said.', 'I have waited', 'the 23-year-old'],
]);

startsTable('uk ru: a role noun standing for someone named, a tag after the quote\'s sentence (ru-uk.ts, sentence-subject.ts, cyrillic-apposed.ts)', [
  ['uk «…». Так вважає депутатка X, яка … (the same paragraph)', 'Ремонт школи знову відклали. «Нам обіцяють це вже третій рік». Так вважає депутатка селищної ради Лідія Гордієнко, яка веде освітню комісію.', 'Нам обіцяють це', 'Лідія Гордієнко', 'депутатка'],
  ['uk Депутатка наголосила: «…» after Депутатка X', 'Депутатка селищної ради Лідія Гордієнко вимагає звіту.\n\nДепутатка наголосила: «Ми не проголосуємо за такий кошторис».', 'Ми не проголосуємо', 'Лідія Гордієнко'],
  ['uk a role noun opening the sentence before an untagged quote is the woman just named', '«Вода в кранах жовта», — каже 68-річна Ніна Степаненко.\n\nПенсіонерка показує пляшку з водою на підвіконні. «Як це пити? Я не знаю».', 'Як це пити', 'Ніна Степаненко'],
  ['counter-case: uk a noun with where she is from brings in someone new', '«Вода в кранах жовта», — каже 68-річна Ніна Степаненко.\n\nПенсіонерка з сусіднього будинку, яка попросила не вказувати її прізвища, теж скаржиться. «Як це пити? Я не знаю».', 'Як це пити', 'пенсіонерка з сусіднього будинку'],
  ['uk — питає сусід пані X, 61-річний Y Z: the full name after the comma speaks', '«А хто за це заплатить? — питає сусід пані Ніни, 61-річний Остап Дзюба. — Ми вже платили».', 'А хто за це заплатить', 'Остап Дзюба'],
  ['ru Пенсионерка X Y opening a sentence keeps her name as written for — говорит пенсионерка', 'Пенсионерка Зинаида Морозова (80) пришла на собрание.\n\n«Я по этой лестнице хожу сорок лет», — говорит пенсионерка.', 'Я по этой лестнице', 'Зинаида Морозова'],
]);

startsTable('sv da no: places, "that is what X says", nicknames, glued and coordinated roles (person-mentions.ts, next-sentence.ts, complement-role.ts)', [
  ['sv a run after "i" following a lower-case word is a place, not the woman a bare tag means', '– Vi hittade spåren i snön, säger renskötaren Elin Marakatt.\n\nHon har haft renar på fjället i Övre Lainio sedan åttiotalet.\n\n– Det har aldrig varit så här illa, fortsätter 58-åringen.', 'Det har aldrig varit', 'Elin Marakatt'],
  ['sv I X Y opening a sentence is a place', '– Vi hittade spåren i snön, säger renskötaren Elin Marakatt.\n\nI Övre Lainio bor ett trettiotal personer. – Vi är oroliga för korna, säger hon.', 'Vi är oroliga', 'Elin Marakatt'],
  ['counter-case: pl "i" between two names is "and": both stay people', 'Radna Maria Zając i Jan Wróbel przyszli na sesję.\n\n– Nie zgadzamy się na to – powiedział Wróbel.', 'Nie zgadzamy się', 'Jan Wróbel'],
  ['sv ”…” Det säger X, ordförande …: the sentence after names someone for the first time', '”Vi har varnat för det här i flera år.” Det säger Per-Olof Dahlgren, ordförande i fiskevårdsområdet.', 'Vi har varnat', 'Per-Olof Dahlgren'],
  ['sv a nickname in ” ” between the names is left out', '”Vi har varnat för det här i flera år.” Det säger Per-Olof ”Pelle” Dahlgren, ordförande i fiskevårdsområdet.', 'Vi har varnat', 'Per-Olof Dahlgren'],
  ['counter-case: sv Det säger and a thing names no one', '”Vi har varnat för det här i flera år.” Det säger mycket om läget.', 'Vi har varnat', null],
  ['da Byrådsmedlem X Y: the glued role is no given name', 'Byrådsmedlem Karen Lund er uenig.\n\n– Det er spild af penge, siger Karen Lund.', 'Det er spild', 'Karen Lund', 'Byrådsmedlem'],
  ['da Rådmand for A og B X Y: the coordinated portfolio is the role', 'Rådmand for Kultur og Fritid Jesper Holt forsvarer aftalen.\n\n– Vi kan ikke vente længere, siger Jesper Holt.', 'Vi kan ikke vente', 'Jesper Holt', 'Rådmand for Kultur og Fritid'],
]);

startsTable('nl: "X zegt het", "Wie dat zegt, is X", withheld names, a manner word after the name (next-sentence.ts, anonymity-clause.ts, latin-reader-words.ts)', [
  ['‘…’ X zegt het zonder omwegen.', '‘Zonder bakker is het dorp dood.’ Anouk Brink zegt het zonder omwegen.', 'Zonder bakker', 'Anouk Brink'],
  ['‘…’ Wie dat zegt, is X.', '‘Ik heb hier veertig jaar brood gebakken.’ Wie dat zegt, is Henk de Wit.', 'Ik heb hier veertig', 'Henk de Wit'],
  ['counter-case: ‘…’ Wie dat zegt, weet … names no one', '‘Ik heb hier veertig jaar brood gebakken.’ Wie dat zegt, weet waarover hij praat.', 'Ik heb hier veertig', null],
  ['a caretaker "die niet met naam genoemd wil worden" is someone unnamed, not the man quoted before', '‘Het was een mooie tijd’, zei Henk de Wit.\n\nEen conciërge die niet met naam genoemd wil worden, zegt dat de ploeg laat werd ingelicht. ‘Wij lazen het in de nieuwsbrief.’', 'Wij lazen het', 'een conciërge'],
  ['‘…’, zegt X strijdbaar: a manner word after the name', '‘We geven niet op’, zegt Anouk Brink strijdbaar.', 'We geven niet op', 'Anouk Brink'],
  ['counter-case: ‘…’, zegt X van Y: a particle after the name is the name', '‘We geven niet op’, zegt Anouk van Brink.', 'We geven niet op', 'Anouk van Brink'],
  ['X noemt de sluiting een ‘…’: what she calls it is hers, so "ze" after is her', 'Bestuurder Karin Vos zegt dat geld niet de enige reden is. ‘Wij kijken naar kwaliteit’, laat ze weten.\n\nAnouk Brink noemt de sluiting een ‘stille afbraak’ van het dorp. Ze kijkt naar de speelplaats. ‘Hier speelt iedereen.’', 'Hier speelt iedereen', 'Anouk Brink'],
]);

startsTable('el: "Αυτό υποστηρίζει ο X", an aged role noun, a form of address, a definite role opening the sentence (next-sentence.ts, introduced-noun.ts, newlang-introduced.ts)', [
  ['«…» Αυτό υποστηρίζει ο X, πρόεδρος …', '«Οι κρατήσεις έπεσαν στο μισό.» Αυτό υποστηρίζει ο Παύλος Ρηγόπουλος, πρόεδρος του συλλόγου καταστηματαρχών.', 'Οι κρατήσεις έπεσαν', 'Παύλος Ρηγόπουλος'],
  ['είπε ο 61χρονος δήμαρχος: the mayor introduced with that noun', 'Ο δήμαρχος Καλαμιάς Θανάσης Βελής δήλωσε: «Η βλάβη θα αποκατασταθεί σύντομα.»\n\n«Δουλεύουμε μέρα νύχτα», είπε ο 61χρονος δήμαρχος.', 'Δουλεύουμε μέρα νύχτα', 'Θανάσης Βελής'],
  ['η κυρία X in the sentence before a bare verb is the woman named in full', '«Ο φούρνος δουλεύει από τις πέντε», λέει η Σοφία Αλεξίου.\n\n«Το σχολείο κλείνει τον Ιούνιο», λέει ο Παύλος Ρηγόπουλος.\n\nΣτο μαγαζί της, η κυρία Αλεξίου έχει αλλάξει πρόγραμμα. «Ανοίγω πλέον στις έξι», εξηγεί.', 'Ανοίγω πλέον', 'Σοφία Αλεξίου'],
  ['Ο δήμαρχος, … . «…», είπε χθες …: the definite role opening the sentence before the bare verb', 'Ο δήμαρχος Καλαμιάς Θανάσης Βελής δήλωσε: «Η βλάβη θα αποκατασταθεί σύντομα.»\n\nΟ αντιδήμαρχος Νίκος Σπανός μίλησε για το νερό.\n\nΟ δήμαρχος, πάντως, δεν δίνει ημερομηνίες. «Ζητώ λίγη υπομονή ακόμη», είπε χθες στο δημαρχείο.', 'Ζητώ λίγη υπομονή', 'Θανάσης Βελής'],
]);

startsTable('he: "thus says" naming someone first, a threat as a verb of saying (next-sentence.ts, he.ts)', [
  ['"…". כך אומרת X Y, … : named here for the first time, set off by a comma', '"אנחנו לא נזוז מכאן עד שיפתחו את המרפאה". כך אומרת נועה פרידמן, אם לשניים מהשכונה.', 'אנחנו לא נזוז', 'נועה פרידמן'],
  ['counter-case: "…". כך אומר and an office, no comma, names no one', '"אנחנו לא נזוז מכאן עד שיפתחו את המרפאה". כך אומר ראש המועצה.', 'אנחנו לא נזוז', null],
  ['"…", מאיימת X Y', '"אם לא יתקנו את הכביש, נחסום אותו", מאיימת נועה פרידמן.', 'אם לא יתקנו', 'נועה פרידמן'],
]);

startsTable('fr: "Pour le député X, …" names whom a later "il" means (entities.ts fronted)', [
  ['Pour le député X, … « … », a-t-il martelé: him, not the man quoted before', "Selon une expertise remise au Grand Conseil, la remise en état coûterait au moins 9 millions. « Cette somme représente la moitié de nos investissements prévus d'ici 2030, détaille le syndic Marc Rochat. Impossible de la porter seuls. »\n\nAu Grand Conseil, les esprits se sont échauffés. Pour le député vert Yann Perroud, l'Exécutif a « laissé traîner le dossier pendant huit ans ». « Les fissures étaient connues depuis 2016. On a préféré refaire la façade plutôt que le bassin », a-t-il martelé devant ses collègues.", 'Les fissures étaient', 'Yann Perroud'],
  ['counter-case: Pour la commune, … names no one; « … », a-t-il ajouté stays the syndic', '« Le budget est tenu », affirme le syndic Marc Rochat.\n\nPour la commune, la piscine reste une priorité. « Nous chercherons des partenaires », a-t-il ajouté.', 'Nous chercherons', 'Marc Rochat'],
]);
