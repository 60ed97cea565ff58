// Northern Sami (Latin script, lang/se.ts): invented articles of my own about a village fishing harbour and a school choir, read
// whole by the quotes stage, with counter-cases (a council, someone unnamed) and Norwegian and Swedish tags beside the reader.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const HARBOUR =
  'Čáhcegieddi gilis huksejit ođđa hámmana. Bargu álggii giđđat.\n\n' +
  'Guolásteaddji Ánte Piera Guttorm dadjá: «Hámman lea gárvvis čakčat.»\n\n' +
  '«Mii leat vuordán dan guhká», Guttorm deattuha.\n\n' +
  '– Fatnasat besset dál gáddái, dadjá Ánte Piera Guttorm.\n\n' +
  '«Ruđat bohtet fylkkas», son lasiha.\n\n' +
  '«Guolli lea buorre dán jagi», muitala Guttorm.\n\n' +
  'Gielda dieđihii: «Prošeakta joatkašuvvá boahtte jagi.»\n\n' +
  '«Mii eat ožžon maidege diehtit», dadjá okta boarráset guolásteaddji.';

const CHOIR =
  'Skuvlla kuoran lávlu ođđa lávlagiid.\n\n' +
  'Skuvlla oahpaheaddji Máret Ingá Sara jođiha kuorra. Son dadjá: «Mánát lávlot buot beivviid.»\n\n' +
  '– Mii mannat Romsii geassit, lohká Máret Ingá Sara.\n\n' +
  '«Váhnemat leat hui ilus», Sara lasiha.';

/** After the quote `dadjá X`, `X deattuha`, `son lasiha`; before it `X dadjá:`, `Son dadjá:`. */
const SAMI_ROWS: KindCase[] = [
  ['se: `<role> X Y Z dadjá: «…»` is X Y Z', HARBOUR, 'Hámman lea', 'Ánte Piera Guttorm', ANY],
  ['se: `», X deattuha.` (the name before the verb) is the full name given before', HARBOUR, 'Mii leat', 'Ánte Piera Guttorm', ANY],
  ['se: `– …, dadjá X Y Z.` (a dash paragraph) is X Y Z', HARBOUR, 'Fatnasat besset', 'Ánte Piera Guttorm', ANY],
  ['se: `», son lasiha.` (he or she adds) is the one speaking already', HARBOUR, 'Ruđat bohtet', 'Ánte Piera Guttorm', ANY],
  ['se: `», muitala X.` (tells) is X', HARBOUR, 'Guolli lea', 'Ánte Piera Guttorm', ANY],
  ['se: `Son dadjá: «…»` is the one the sentence before brings in', CHOIR, 'Mánát lávlot', 'Máret Ingá Sara', ANY],
  ['se: `– …, lohká X Y Z.` is X Y Z', CHOIR, 'Mii mannat', 'Máret Ingá Sara', ANY],
  ['se: `», X lasiha.` is X', CHOIR, 'Váhnemat leat', 'Máret Ingá Sara', ANY],
  ['se: `», dadjá X Y.` alone is X Y', '«Jávri lea jikŋon», dadjá Biret Ánne Labba.', 'Jávri lea', 'Biret Ánne Labba', ANY],
  ['se: `», celkkii X Y.` (said) is X Y', '«Dát lea buorre beaivi», celkkii Niillas Somby.', 'Dát lea', 'Niillas Somby', ANY],
];

/** Counter-cases: a council and a fisher left unnamed are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['se: `Gielda dieđihii: «…»` is a body, no person', HARBOUR, 'Prošeakta joatkašuvvá', UNNAMED, ANY],
  ['se: `», dadjá okta … guolásteaddji.` is someone unnamed', HARBOUR, 'Mii eat', UNNAMED, ANY],
  ['se: `», dadjá okta nieida.` alone is someone unnamed', '«Čuoigan lea somá», dadjá okta nieida.', 'Čuoigan lea', UNNAMED, ANY],
];

const NEIGHBOUR_ROWS: KindCase[] = [
  ['no: `», sier X Y.` is still X Y', '«Havna blir ferdig i høst», sier Kari Nilsen.', 'Havna blir', 'Kari Nilsen', ANY],
  ['sv: `», säger X Y.` is still X Y', '«Hamnen blir klar i höst», säger Anna Berg.', 'Hamnen blir', 'Anna Berg', ANY],
];

kindTable('Northern Sami tags after and before the quote', SAMI_ROWS);
kindTable('Northern Sami counter-cases', COUNTER_ROWS);
kindTable('Norwegian and Swedish beside the Sami reader', NEIGHBOUR_ROWS);
