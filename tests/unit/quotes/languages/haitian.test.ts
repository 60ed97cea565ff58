// Haitian Creole (Latin script, lang/ht.ts): invented articles of my own about a drought in a farming commune and a school
// reopening, read whole by the quotes stage, with counter-cases (a ministry, someone unnamed, he or she after an unnamed
// trader) and French tags beside the Haitian reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const DROUGHT =
  'Sechrès la ap frape kominote Bwa Nèf yo depi twa mwa. Plizyè sous dlo seche, e jaden mayi yo ap mouri.\n\n' +
  'Majistra komin nan, Ginette Bazile, konfime li mande èd bay gouvènman an. « Nou bezwen kamyon dlo touswit. Moun yo ap soufri. »\n\n' +
  '« Nou te ekri minis la de fwa deja », majistra a deklare.\n\n' +
  '« Pa gen dlo pou bèt yo ankò », Paulin Exantus, yon agrikiltè 61 an, di.\n\n' +
  'Daprè agwonòm Wilfrid Casimir, ki travay nan zòn nan depi dizan, rekòt la pral piti anpil. « Si lapli pa tonbe anvan fen mwa a, n ap pèdi tout mayi a », Casimir eksplike.\n\n' +
  'Ministè Agrikilti a fè konnen: « Yon plan ijans ap prepare pou zòn nan. »\n\n' +
  'Nan mache Bwa Nèf, yon machann ki pa t vle nou site non li rakonte pri pwa a double. « Moun pa ka achte ankò », li di nou.';

const SCHOOL =
  'Lekòl nasyonal Mòn Kabrit la relouvri pòt li lendi apre twa semèn reparasyon.\n\n' +
  'Direktè lekòl la, Jacqueline Moïse, di: « Timoun yo tounen, sa fè nou kontan anpil. »\n\n' +
  '« Nou gen nouvo ban ak nouvo tablo », Moïse ajoute.\n\n' +
  '« Paran yo te ede nou pentire klas yo », direktè a souliye.\n\n' +
  'Selon Jacqueline Moïse, « 40 elèv nouvo enskri ane sa a ».\n\n' +
  '« Mwen renmen nouvo klas la », yon elèv di.';

/** Subject before its verb after the quote (a name, an office and its determiner); `X, <role>, di:`, `Dapre/Selon X,` before it. */
const HAITIAN_ROWS: KindCase[] = [
  ['ht: `<role>, X Y, konfime …` before a quote standing alone is X Y', DROUGHT, 'Nou bezwen kamyon', 'Ginette Bazile', ANY],
  ['ht: `», majistra a deklare.` is the one the text made majistra', DROUGHT, 'Nou te ekri', 'Ginette Bazile', ANY],
  ['ht: `», X Y, <who he is>, di.` is X Y', DROUGHT, 'Pa gen dlo pou', 'Paulin Exantus', ANY],
  ['ht: `», X eksplike.` is the full name given before', DROUGHT, 'Si lapli pa', 'Wilfrid Casimir', ANY],
  ['ht: `<role>, X Y, di: « … »` is X Y', SCHOOL, 'Timoun yo tounen', 'Jacqueline Moïse', ANY],
  ['ht: `», X ajoute.` is the full name given before', SCHOOL, 'Nou gen nouvo', 'Jacqueline Moïse', ANY],
  ['ht: `», direktè a souliye.` is the one the text made direktè', SCHOOL, 'Paran yo te', 'Jacqueline Moïse', ANY],
  ['ht: `Selon X Y, « … »` is X Y', SCHOOL, '40 elèv nouvo', 'Jacqueline Moïse', ANY],
  ['ht: `Li <verb> … . « … », li di.` (a sentence of he or she before) is the person just named', 'Roseline Pierre, majistra komin nan, vizite lopital la. « Nou bezwen plis doktè », Pierre di.\n\nLi pwomèt yon nouvo sal operasyon. « Travay la ap kòmanse nan mwa me », li di.', 'Travay la ap', 'Roseline Pierre', ANY],
];

/** Counter-cases: a ministry, a pupil and an unnamed trader (and `li` after her) are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['ht: `Ministè … fè konnen: « … »` is a body, no person', DROUGHT, 'Yon plan ijans', UNNAMED, ANY],
  ['ht: `», li di nou.` after an unnamed trader is no one named', DROUGHT, 'Moun pa ka achte', UNNAMED, ANY],
  ['ht: `», yon elèv di.` is someone unnamed', SCHOOL, 'Mwen renmen', UNNAMED, ANY],
  ['ht: `yon machann … rakonte … . « … », li di.` (no `Li` sentence before) stays unnamed', 'Yon machann ki pa vle bay non l rakonte pri diri a monte. « Nou pa ka viv konsa », li di.', 'Nou pa ka viv', UNNAMED, ANY],
];

/** French tags read as before, though Haitian respells its verbs (`déclare` / `deklare`). */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['fr: `», a déclaré X Y.` is still X Y', '« Nous manquons d’eau », a déclaré Hélène Dumas, maire de la commune.', 'Nous manquons', 'Hélène Dumas', ANY],
  ['fr: `», ajoute X.` (verb first) is still X', '« Le puits est sec », ajoute Robert Lenoir.', 'Le puits est sec', 'Robert Lenoir', ANY],
  ['it: `», ha detto X Y, sindaco di …` is still X Y', '«Non c’è acqua», ha detto Marco Ferri, sindaco di Bari.', 'Non c’è acqua', 'Marco Ferri', ANY],
  ['it: `Li ho visti ieri. «…», ha detto X.` (Italian `Li`, them) is still X', 'Li ho visti ieri al mercato. «Non c’è più pane», ha detto Lucia Conti.', 'Non c’è più', 'Lucia Conti', ANY],
  ['ht: `«…», deklare X Y.` (the verb first) is X Y', '« Nou pap kite tè nou », deklare Rony Dorval.', 'Nou pap kite', 'Rony Dorval', ANY],
];

kindTable('Haitian Creole tags after and before the quote', HAITIAN_ROWS);
kindTable('Haitian Creole counter-cases', COUNTER_ROWS);
kindTable('French and Italian beside the Haitian reader', NEIGHBOUR_ROWS);
