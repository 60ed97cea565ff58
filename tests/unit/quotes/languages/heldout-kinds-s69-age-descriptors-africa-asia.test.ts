// Kinds the sixty-ninth held-out set showed in African and Asian copy: a descriptor carrying an age points back at
// the person the text gave that age beside their name. Fresh sentences of my own, with counter-cases.
import { kindTable, DESCRIBED, ANY } from './kind-table';

const SOMALI_AGED_FARMER =
  'Cabdi Yuusuf Guuleed oo 52 jir ah, kana yimid magaalada Garbahaarey, ayaa beertiisa ka shaqeeya. ' +
  '“Roobkii sanadkan wuu yaraaday, waxaanan lumiyay xoolo badan,” ayuu yiri beeralayda 52-jirka ah.';
const SOMALI_NUMBER_OF_NO_ONE =
  'Cabdi Yuusuf Guuleed ayaa beertiisa ka shaqeeya. Sanadkan 52 qoys ayaa ka guuray tuulada. ' +
  '“Roobkii sanadkan wuu yaraaday, waxaanan lumiyay xoolo badan,” ayuu yiri beeralayda 52-jirka ah.';
const YORUBA_AGED_TRADER =
  'Ní ọjà ni a ti bá Fúnmiláyọ̀ Adébáyọ̀, ọmọ ọdún 45, tí ó ń ta aṣọ. ' +
  '“Ọjà kò tà rárá lọ́dún yìí, owó ti wọ́n jù,” ni oníṣòwò ẹni ọdún 45 náà sọ.';
const YORUBA_ANOTHER_AGE =
  'Ní ọjà ni a ti bá Fúnmiláyọ̀ Adébáyọ̀, ọmọ ọdún 45, tí ó ń ta aṣọ. ' +
  '“Ọjà kò tà rárá lọ́dún yìí, owó ti wọ́n jù,” ni oníṣòwò ẹni ọdún 60 náà sọ.';

/** `X oo 52 jir ah` … `beeralayda 52-jirka ah`, `X, ọmọ ọdún 45` … `ẹni ọdún 45 náà`: the number beside a name (age-number-holder.ts). */
kindTable('A descriptor carrying an age is the person the text gave that number beside their name', [
  ['so: `beeralayda 52-jirka ah` after `X oo 52 jir ah` is X', SOMALI_AGED_FARMER, 'Roobkii sanadkan', 'Cabdi Yuusuf Guuleed', ANY],
  ['counter-case so: `52 qoys` (52 families) is beside no name: the description stays', SOMALI_NUMBER_OF_NO_ONE, 'Roobkii sanadkan', DESCRIBED, ANY],
  ['yo: `oníṣòwò ẹni ọdún 45 náà` after `X, ọmọ ọdún 45` is X', YORUBA_AGED_TRADER, 'Ọjà kò tà', 'Fúnmiláyọ̀ Adébáyọ̀', ANY],
  ['counter-case yo: an age the text gave nobody (`ẹni ọdún 60`) stays as written', YORUBA_ANOTHER_AGE, 'Ọjà kò tà', DESCRIBED, ANY],
]);
