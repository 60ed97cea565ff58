// Yoruba (lang/yo.ts): `ni X sọ`, `X sọ`, `ó sọ` after a quote, `X sọ pé:`, `Ó ní:`, `Ó fi kún un pé:`, `Gẹ́gẹ́ bí X ṣe sọ,`
// before one, in short paragraphs of my own about invented people, tone marks written precomposed, as combining marks
// (NFD) or left out; with counter-cases: a government body, someone left unnamed, an office pointed back at.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const YAMS =
  'Iye owó iṣu ti gòkè sí i ní ọjà Ìkirè láti oṣù tó kọjá.\n\n' +
  'Kúnlé Ajíbóyè, olórí àwọn àgbẹ̀ iṣu ní Ìkirè, sọ pé: “Ọ̀nà tó lọ sí oko ti bàjẹ́ pátápátá.”\n\n' +
  '“A kò lè gbé iṣu wá sí ọjà mọ́,” ni Ajíbóyè sọ.\n\n' +
  'Ó fi kún un pé: “Tí ìjọba bá tún ọ̀nà ṣe, owó yóò wálẹ̀.”\n\n' +
  'Ìjọba ìbílẹ̀ Ìkirè sọ pé: “A ti bẹ̀rẹ̀ iṣẹ́ lórí ọ̀nà náà.”';

const SCHOOL =
  'Òrùlé ilé ìwé alákọ̀ọ́bẹ̀rẹ̀ kan ní Ẹdẹ ti wó lulẹ̀ lẹ́yìn ìjì líle.\n\n' +
  'Kọmíṣọ́nà fún ètò ẹ̀kọ́, Bùkọ́lá Fáṣọlá, ṣàbẹ̀wò sí ilé ìwé náà ní ọjọ́ Ajé.\n\n' +
  '“A óò kọ́ òrùlé tuntun kí ọdún tó parí,” ni kọmíṣọ́nà náà sọ.\n\n' +
  'Olùkọ́ kan, tí kò fẹ́ kí orúkọ rẹ̀ hàn nínú ìwé ìròyìn, sọ pé: “Ọmọ ogójì ló ń kàwé lábẹ́ igi báyìí.”\n\n' +
  '“Òjò ń pa wá lójoojúmọ́,” ni obìnrin náà sọ.';

const ROAD =
  'Àwọn awakọ̀ ní Òṣogbo ń ráhùn lórí ọ̀nà tó ti bàjẹ́.\n\n' +
  'Alága ẹgbẹ́ àwọn awakọ̀, Ṣeun Adébáyọ̀, sọ fún wa pé àwọn ti ṣèpàdé pẹ̀lú gómìnà lẹ́ẹ̀mejì. Ó ní: “Kò sí ẹni tó dá wa lóhùn.”\n\n' +
  'Gẹ́gẹ́ bí Títí Ọláòṣebìkan ṣe sọ, “ọkọ̀ mẹ́ta ló ti dàwó lulẹ̀ lọ́sẹ̀ yìí.”\n\n' +
  '“Ọ̀rọ̀ náà ti sú wa,” ni alága náà fèsì.\n\n' +
  'Ṣùgbọ́n Dàpọ̀ Àlàbí sọ pé: “Ìjọba ti san owó fún kọ́lékọ́lé.”';

// (The same words as keyboards on phones write them: each tone a combining mark after its letter.)
const DECOMPOSED = 'Ṣeun Adébáyọ̀, awakọ̀ kan ní Òṣogbo, sọ pé: “Ọ̀nà yìí ti di kòtò.”'.normalize('NFD');

// (Papers that leave the tones out: only the dots below stand.)
const PLAIN =
  'Awọn agbẹ koko ni Ondo n reti ojo.\n\n' +
  '“Ojo ko rọ rara lọdun yii,” ni Ayọ Fagbẹmi wi.\n\n' +
  '“Koko ti gbẹ lori igi,” Fagbẹmi sọ, “a ko ni ri nnkan ta.”';

const TITLED =
  'Ọjà Ọba ní Ìwó kún fọ́fọ́ ní àárọ̀ Àbámẹ́ta.\n\n' +
  'Ìyáàfin Mọ́risádé Ògúndélé, ẹni tó ń ta ẹja, sọ pé: “Ẹja kò wọ́n mọ́ bí i ti àtẹ̀yìnwá.”\n\n' +
  'Obìnrin kan tó ń ta ọsàn sọ pé òun kò rí oníbàárà kankan láti àárọ̀. “Ọjà kò tà rárá,” ó sọ.\n\n' +
  'Ọgbẹni Tunde Oyelami, akọwe ẹgbẹ awọn oniṣowo, sọ pe: “A o pade pẹlu ọba ni ọsẹ to n bọ.”';

const ROWS: KindCase[] = [
  ['yo: `X, <role>, sọ pé: “…”` is X with the role before the verb', YAMS, 'Ọ̀nà tó lọ sí oko', 'Kúnlé Ajíbóyè', 'olórí'],
  ['yo: `“…,” ni X sọ.` (said X) is the full name given before', YAMS, 'A kò lè gbé iṣu', 'Kúnlé Ajíbóyè', ANY],
  ['yo: `Ó fi kún un pé:` (he added that) is the person just quoted', YAMS, 'Tí ìjọba bá tún', 'Kúnlé Ajíbóyè', ANY],
  ['yo: `Ìjọba ìbílẹ̀ X sọ pé:` is a local government, no person', YAMS, 'A ti bẹ̀rẹ̀ iṣẹ́', UNNAMED, null],
  ['yo: `ni kọmíṣọ́nà náà sọ` (the commissioner said) is the commissioner named before', SCHOOL, 'A óò kọ́ òrùlé', 'Bùkọ́lá Fáṣọlá', ANY],
  ['yo: `Olùkọ́ kan, tí kò fẹ́ kí orúkọ rẹ̀ hàn …, sọ pé:` (a teacher who kept his name out) is someone described', SCHOOL, 'Ọmọ ogójì ló', DESCRIBED, null],
  ['yo: `ni obìnrin náà sọ` (the woman said) names no one', SCHOOL, 'Òjò ń pa wá', UNNAMED, null],
  ['yo: `X … sọ fún wa pé … . Ó ní: “…”` (he said) is X, the subject of the sentence before', ROAD, 'Kò sí ẹni tó dá', 'Ṣeun Adébáyọ̀', ANY],
  ['yo: `Gẹ́gẹ́ bí X ṣe sọ, “…”` (according to X) is X', ROAD, 'ọkọ̀ mẹ́ta ló', 'Títí Ọláòṣebìkan', ANY],
  ['yo: `ni alága náà fèsì` (the chair replied) is the chair named before', ROAD, 'Ọ̀rọ̀ náà ti sú wa', 'Ṣeun Adébáyọ̀', ANY],
  ['yo: `Ṣùgbọ́n X sọ pé:` is X, `Ṣùgbọ́n` (but) no part of the name', ROAD, 'Ìjọba ti san owó', 'Dàpọ̀ Àlàbí', ANY],
  ['yo: tones as combining marks (NFD), `X, <who>, sọ pé:`, is X as written', DECOMPOSED, 'Ọ̀nà yìí ti di kòtò'.normalize('NFD'), 'Ṣeun Adébáyọ̀'.normalize('NFD'), ANY],
  ['yo: tones left out, `“…,” ni X wi.` is X', PLAIN, 'Ojo ko rọ rara', 'Ayọ Fagbẹmi', ANY],
  ['yo: tones left out, `“…,” X sọ, “…”` is X, the second part of a split quote too', PLAIN, 'a ko ni ri nnkan ta', 'Ayọ Fagbẹmi', ANY],
  ['yo: `Ìyáàfin X Y, <who>, sọ pé:` is X Y, Mrs (with its tones) no part of the name', TITLED, 'Ẹja kò wọ́n mọ́', 'Mọ́risádé Ògúndélé', ANY],
  ['yo: `“…,” ó sọ.` after `Obìnrin kan … sọ pé …` (a woman said that) names no one', TITLED, 'Ọjà kò tà rárá', UNNAMED, null],
  ['yo: `Ọgbẹni X Y, <role>, sọ pe:` untoned is X Y, Mr no part of the name', TITLED, 'A o pade pẹlu ọba', 'Tunde Oyelami', 'akọwe'],
];

// (Still read wrong for reasons outside lang/yo.ts: an office pointed back at (`alága náà`) finds no holder among the text's
// people; and `<noun> kan` (a …) is no unnamed introduction unnamed-introduction.ts knows, so `ó sọ` goes to the last name.)
const FAILING = [ROWS[9]![0], ROWS[15]![0]];

kindTable('Yoruba tags with ni … sọ, Ó ní, according to, tones in any form, and unnamed speakers', ROWS, FAILING);
