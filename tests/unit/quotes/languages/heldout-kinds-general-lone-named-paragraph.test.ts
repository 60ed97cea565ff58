// A quote no reader gave a speaker, in a paragraph that names one person only (lone-named-paragraph.ts): fresh sentences
// of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const COLON_AFTER_CLAUSE_LT =
  'Rungtynės baigėsi po pratęsimo.\n\n' +
  'Komandos treneris Darius Petrauskas (44), atvykęs iš Kauno, po mačo kalbėjo ramiai: „Mes dar turime ką tobulinti, bet vaikinai kovojo iki galo.“\n\n' +
  'Kitas mačas vyks šeštadienį.';
const UNKNOWN_VERB_ET =
  'Torm murdis kümneid puid.\n\n' +
  'Küla vanem Peeter Kask (71) istub oma trepil ja vaatab murdunud õunapuud: „Seda puud istutas veel mu isa.“\n\n' +
  'Vald lubas abi.';
const TWO_PEOPLE_LT =
  'Rungtynės baigėsi po pratęsimo.\n\n' +
  'Komandos treneris Darius Petrauskas (44) ir kapitonas Tomas Žukas po mačo kalbėjo ramiai: „Mes dar turime ką tobulinti, bet vaikinai kovojo iki galo.“\n\n' +
  'Kitas mačas vyks šeštadienį.';
const NAME_INSIDE_CLAUSE_LT =
  'Rungtynės baigėsi po pratęsimo.\n\n' +
  'Vienas sirgalius, nenorėjęs skelbti pavardės, po mačo prie Dariaus Petrausko kalbėjo ramiai: „Mes dar turime ką tobulinti, bet vaikinai kovojo iki galo.“\n\n' +
  'Kitas mačas vyks šeštadienį.';
const EARLIER_QUOTE_OF_ANOTHER_LT =
  'Rungtynės baigėsi po pratęsimo.\n\n' +
  'Komandos treneris Darius Petrauskas (44), atvykęs iš Kauno, po mačo kalbėjo ramiai: „Mes dar turime ką tobulinti.“ Komandos kapitonas Tomas Žukas pridūrė: „Ačiū sirgaliams.“ „Kitą savaitę žaisime namie, tai bus šventė.“\n\n' +
  'Kitas mačas vyks šeštadienį.';
const GENITIVE_THEN_SURNAME_FI =
  'Saha lopettaa Kuusamossa.\n\n' +
  'Pääluottamusmies Hanna Koiviston mukaan työntekijät aavistivat tämän jo kesällä. ”Moni on tehnyt täällä töitä koko ikänsä, eikä uusia töitä löydy”, Koivisto sanoo.\n\n' +
  'Tehdas suljetaan maaliskuussa.';

/** `Komandos treneris X (44), …, po mačo kalbėjo ramiai: „…“`: a verb no reader knows, the paragraph's one person speaks. */
kindTable('A quote left with no one goes to the one person its paragraph names', [
  ['lt: a colon after a clause about the one person named, a verb of saying no reader knows', COLON_AFTER_CLAUSE_LT, 'Mes dar turime', 'Darius Petrauskas', ANY],
  ['et: `X (71) istub … ja vaatab …: „…“`, no verb of saying at all', UNKNOWN_VERB_ET, 'Seda puud', 'Peeter Kask', ANY],
  ['fi: the one person named in the genitive (`X Koiviston mukaan`) is named plainly when the text writes `Koivisto` too', GENITIVE_THEN_SURNAME_FI, 'Moni on tehnyt', 'Hanna Koivisto', ANY],
  ['counter-case lt: a paragraph naming two people gives the quote to neither', TWO_PEOPLE_LT, 'Mes dar turime', UNNAMED, ANY],
  ['counter-case lt: a name deep inside the clause of an unnamed subject (`Vienas sirgalius, …, prie X`) is not the speaker', NAME_INSIDE_CLAUSE_LT, 'Mes dar turime', UNNAMED, ANY],
  ['counter-case lt: an untagged quote after two people’s quotes in one paragraph goes to neither by this rule', EARLIER_QUOTE_OF_ANOTHER_LT, 'Kitą savaitę', UNNAMED, ANY],
]);
