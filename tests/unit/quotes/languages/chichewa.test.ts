// Chichewa (lang/ny.ts): `anatero a X` / `a X anatero` after a quote, `X, <role>, anati:` and `Malinga ndi X,` before one,
// `iwo anatero` left to the sentences before, in short paragraphs of my own about invented people, with counter-cases: a
// body as subject, someone left unnamed, an office pointed at, a form of address, a sentence with no verb of saying.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Amalonda a pa msika wa Chinsapo adandaula za mitengo ya feteleza.\n\n' +
  '“Thumba limodzi tsopano likugulitsidwa mowirikiza kawiri,” anatero a Chisomo Phiri, mlimi wa chimanga.\n\n' +
  'Mlangizi wa zaulimi m’boma la Ntcheu, Yamikani Gondwe, anati: “Tikufuna kuti alimi onse alandire thandizo.”\n\n' +
  '“Tidzayendera midzi yonse mwezi wamawa,” a Gondwe anatero, “kuti tiwone mavuto awo.”\n\n' +
  'Boma linati: “Ndalama za pulogalamuyi zatulutsidwa kale.”\n\n' +
  '“Ife tikungodikira,” anatero mayi wina wa m’mudzi wa Kasenga.';

const SCHOOL =
  'Sukulu ya pulaimale ya Mpingu ilibe madesiki okwanira.\n\n' +
  'Malinga ndi a Limbani Kachale, mphunzitsi wamkulu wa sukuluyi, “ana oposa zana amakhala pansi tsiku lililonse.”\n\n' +
  'A Kachale anawonjezera kuti: “Tapempha thandizo ku khonsolo kawiri.”\n\n' +
  'Yohane Kasenga, mfumu ya m’mudzimo, anati anthu apereka matabwa. “Tidzapanga madesiki tokha ngati kuli kofunika,” adatero mfumuyo.\n\n' +
  'Kholo lina limene silinafune kutchulidwa dzina anati ana amadwala chifukwa cha fumbi. “Ana athu akuvutika kwambiri,” iye anatero.';

const CLINIC =
  'Chipatala cha Mlanda chalandira galimoto yatsopano.\n\n' +
  'Thoko Mbewe, dokotala wa pachipatalapo, anati ntchito ya galimotoyi iyamba sabata ikubwerayi. “Tsopano amayi sadzayenda wapansi,” iwo anatero.\n\n' +
  'Atamaliza kuyankhula, a Mbewe anakhala pansi ndi alendo. “Ndili wokondwa kwambiri lero,” iwo anatero.\n\n' +
  'Kenako a Mbewe anapereka makiyi kwa dalaivala. “Ndiyendetsa mosamala nthawi zonse,” anatero a Patrick Zulu, dalaivala watsopano.\n\n' +
  '“Galimotoyi ndi ya anthu onse,” watero Mayi Eliza Tembo, mkulu wa komiti ya chipatala.';

const ROAD =
  'Msewu wa Dedza ukukonzedwa.\n\n' +
  'Gulupu Mponda anati anthu ake akudikira msewuwu. “Takhala tikuyenda m’matope kwa zaka zambiri,” adatero gulupuyo.\n\n' +
  '“Ntchitoyi itha mu Disembala,” ananena a Joseph Kalua.\n\n' +
  'Malinga ndi ofesi ya zamsewu, “ntchitoyi yachedwa chifukwa cha mvula.”\n\n' +
  'Kampani yomanga msewuyo inati: “Tikufuna simenti yambiri kuti tipitirize ntchito yathu.”';

const ROWS: KindCase[] = [
  ['ny: `,” anatero a X Y, <role>.` is X Y, the honorific `a` off and the role after the comma', MARKET, 'Thumba limodzi', 'Chisomo Phiri', 'mlimi'],
  ['ny: `<role>, X Y, anati: “…”` is X Y with the role before the name', MARKET, 'Tikufuna kuti alimi', 'Yamikani Gondwe', 'mlangizi'],
  ['ny: `,” a X anatero,` (the subject before the verb) is X', MARKET, 'Tidzayendera midzi', 'Yamikani Gondwe', ANY],
  ['ny: a split quote `“…,” a X anatero, “…”` is his both parts', MARKET, 'kuti tiwone', 'Yamikani Gondwe', ANY],
  ['ny: `Boma linati:` (the government said) is no person', MARKET, 'Ndalama za pulogalamuyi', UNNAMED, null],
  ['ny: `,” anatero mayi wina …` (a woman) is someone described', MARKET, 'Ife tikungodikira', DESCRIBED, null],
  ['ny: `Malinga ndi a X Y, <role>, “…”` (according to) is X Y with the role', SCHOOL, 'ana oposa zana', 'Limbani Kachale', 'mphunzitsi'],
  ['ny: `A X anawonjezera kuti:` (X added that) is X', SCHOOL, 'Tapempha thandizo', 'Limbani Kachale', ANY],
  ['ny: `,” adatero mfumuyo` (said that chief) is the one the text made chief', SCHOOL, 'Tidzapanga madesiki', 'Yohane Kasenga', ANY],
  ['ny: `iye anatero` after a sentence reporting someone unnamed is that unnamed person', SCHOOL, 'Ana athu akuvutika', UNNAMED, null],
  ['ny: `iwo anatero` after `X Y, <role>, anati …` (a sentence reporting X) is X Y', CLINIC, 'Tsopano amayi', 'Thoko Mbewe', ANY],
  ['ny: `iwo anatero` after `…, a X anakhala …` (a sentence with no verb of saying) is X', CLINIC, 'Ndili wokondwa', 'Thoko Mbewe', ANY],
  ['ny: a sentence `a X anapereka …` before a quote whose tag names another is that other', CLINIC, 'Ndiyendetsa mosamala', 'Patrick Zulu', 'dalaivala'],
  ['ny: `,” watero Mayi X Y, <role>` (has said) is X Y, `Mayi` off', CLINIC, 'Galimotoyi ndi ya', 'Eliza Tembo', 'mkulu'],
  ['ny: `,” ananena a X Y.` is X Y', ROAD, 'Ntchitoyi itha', 'Joseph Kalua', null],
  ['ny: `Malinga ndi ofesi …,` (according to an office) is no person', ROAD, 'ntchitoyi yachedwa', UNNAMED, null],
  ['ny: `Gulupu X anati …` then `adatero gulupuyo` is X, the chief\'s title `Gulupu` off', ROAD, 'Takhala tikuyenda', 'Mponda', ANY],
  ['ny: `Kampani … inati:` (a company, its own verb prefix) is no person', ROAD, 'Tikufuna simenti', UNNAMED, null],
];

kindTable('Chichewa attribution kinds', ROWS);
