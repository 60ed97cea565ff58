// Armenian (lang/hy.ts): invented articles of my own about a school's new gym and a bus line, read whole by the quotes stage,
// with counter-cases (a town hall and a town that are no person, someone unnamed, a pronoun tag after a named one, a split quote).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const GYM =
  'Վանաձորի թիվ 9 դպրոցում սկսվել է նոր մարզադահլիճի շինարարությունը։\n\n' +
  '«Երեխաները տարիներ շարունակ մարզվել են միջանցքում»,- ասաց դպրոցի տնօրեն Արսեն Հովհաննիսյանը։\n\n' +
  '«Հիմա նրանք կունենան իսկական դահլիճ»,- ավելացրեց նա։\n\n' +
  'Դպրոցի ֆիզկուլտուրայի ուսուցչուհի Լիլիթ Սահակյանը ծնողական ժողովում նշեց. «Ձմռանը դասերը չէինք կարող դրսում անցկացնել»։\n\n' +
  'Ըստ Սահակյանի՝ «նոր դահլիճում կլինեն նաև շախմատի սեղաններ»։\n\n' +
  '«Մարզադահլիճի համար ծնողները հավաքեցին գումարի մի մասը»,- ասաց մի ծնող։\n\n' +
  'Քաղաքապետարանը հայտնեց. «Մնացած գումարը կհատկացվի համայնքի բյուջեից»։\n\n' +
  '«Ամեն ինչ կավարտվի մինչև սեպտեմբեր»,- նշեց դպրոցի տնօրենը։\n\n' +
  '«Մարզադահլիճը պատրաստ կլինի մայիսին, — ասաց Հովհաննիսյանը, — եթե եղանակը թույլ տա»։';

const BUS =
  'Լոռու մարզում գործարկվել է նոր ավտոբուսային երթուղի։\n\n' +
  'Առավոտյան Տիգրան Բաբայանն ասաց. «Ավտոբուսները կմեկնեն ամեն ժամը մեկ»։\n\n' +
  '«Տոմսի գինը չի փոխվի»,- վստահեցրեց տրանսպորտային ընկերության տնօրեն Բաբայանը։\n\n' +
  'Գյուղում ասում են. «Վաղուց էինք սպասում այս երթուղուն»։\n\n' +
  'Տիկին Գոհար Ավետիսյանը մեկ տարի է՝ ամեն օր գնում է քաղաք։ «Հիմա ժամանակ կխնայեմ»,- հուզված ասաց տիկին Ավետիսյանը։\n\n' +
  '«Նախկինում ստիպված էի տաքսի վարձել»,- պատմում է Գոհարը։\n\n' +
  'Նա ավելացրեց. «Թոռներս էլ կգան ինձ մոտ ավելի հաճախ»։';

/**
 * After the quote a dash, the verb and the subject in the nominative with its article; before it the subject opening the
 * sentence and the verb, a full stop serving as the colon; `Ըստ Xի՝` is "according to X". A town hall (-արան) and a village
 * (`Գյուղում`, "in the village") are no person; `մի ծնող`, "a parent", stays unnamed; `նա` and `դպրոցի տնօրենը` ("the
 * school's head") stand for the person the text named.
 */
const ARMENIAN_ROWS: KindCase[] = [
  ['hy: `»,- ասաց <role> X Yը։` is X Y with the role', GYM, 'Երեխաները տարիներ', 'Արսեն Հովհաննիսյան', 'տնօրեն'],
  ['hy: `»,- ավելացրեց նա։` is the one quoted just before', GYM, 'Հիմա նրանք', 'Արսեն Հովհաննիսյան', ANY],
  ['hy: `<role> X Yը … նշեց. «…»` is X Y, the role before the name', GYM, 'Ձմռանը դասերը', 'Լիլիթ Սահակյան', 'ուսուցչուհի'],
  ['hy: `Ըստ Yի՝ «…»` is the Y named in full before, the genitive off', GYM, 'նոր դահլիճում', 'Լիլիթ Սահակյան', ANY],
  ['hy: `»,- ասաց մի ծնող։` is someone unnamed', GYM, 'Մարզադահլիճի համար', UNNAMED, ANY],
  ['hy: `Քաղաքապետարանը հայտնեց.` is a town hall, no person', GYM, 'Մնացած գումարը', UNNAMED, ANY],
  ['hy: `»,- նշեց դպրոցի տնօրենը։` is the head the text named', GYM, 'Ամեն ինչ կավարտվի', 'Արսեն Հովհաննիսյան', ANY],
  ['hy: the first part of a split quote is Y, named in full before', GYM, 'Մարզադահլիճը պատրաստ', 'Արսեն Հովհաննիսյան', ANY],
  ['hy: `Առավոտյան X Yն ասաց.` is X Y, the opening adverb no name and -ն off before a vowel', BUS, 'Ավտոբուսները կմեկնեն', 'Տիգրան Բաբայան', ANY],
  ['hy: `»,- վստահեցրեց <role> Yը։` is X Y', BUS, 'Տոմսի գինը', 'Տիգրան Բաբայան', 'տնօրեն'],
  ['hy: `Գյուղում ասում են.` is a village, no person', BUS, 'Վաղուց էինք', UNNAMED, ANY],
  ['hy: `»,- հուզված ասաց տիկին Yը։` is the Mrs Y named in full before', BUS, 'Հիմա ժամանակ', 'Գոհար Ավետիսյան', ANY],
  ['hy: `»,- պատմում է Xը։`, a present verb and a given name, is X Y', BUS, 'Նախկինում ստիպված', 'Գոհար Ավետիսյան', ANY],
  ['hy: `Նա ավելացրեց. «…»` is the one quoted just before', BUS, 'Թոռներս էլ', 'Գոհար Ավետիսյան', ANY],
];

const POOL =
  'Դահլիճը փակվել է վերանորոգման։ «Մինչև ամառ ոչինչ չի փոխվի»։\n\n' +
  'Լողի ավագ մարզիչ Վահե Գրիգորյանը մեզ ցույց տվեց ջրավազանը։ «Ջուրը սառն է, երեխաները հիվանդանում են»,- ասաց Գրիգորյանը։\n\n' +
  'Մարզիչը բացեց հաճախումների մատյանը. «Անցած ամիս տասը երեխա բացակայել է»։\n\n' +
  'Անցած տարի լողորդուհի Անի Մելքոնյանը երկու մեդալ է նվաճել. «Ես ուզում եմ մարզվել տանը, ոչ թե ուրիշ քաղաքում»։\n\n' +
  'Ավազանը կառուցվել է 1978-ին. «Այն ժամանակ սա լավագույնն էր մարզում»։';

/**
 * A quote with no tag after a whole sentence: its subject speaks when it is an office's noun with its article
 * (`Մարզիչը`, "the coach", the one the story named) or a marked name (two capitalised words, a role); a capitalised
 * word alone opening the sentence (`Դահլիճը`, "the hall"; `Ավազանը`, "the pool") is no name.
 */
const TAGLESS_ROWS: KindCase[] = [
  ['hy: `Դահլիճը … է։ «…»` opening the story: a capitalised noun opening its sentence is no name', POOL, 'Մինչև ամառ', UNNAMED, ANY],
  ['hy: `»,- ասաց Yը։` after `<role> X Yը` is X Y (counter-row: a tag read as before)', POOL, 'Ջուրը սառն', 'Վահե Գրիգորյան', ANY],
  ['hy: `Մարզիչը <verb> <object>. «…»` (no tag) is the coach the story named', POOL, 'Անցած ամիս', 'Վահե Գրիգորյան', ANY],
  ['hy: `<role> X Yը … նվաճել. «…»` (no tag) is X Y, the sentence\'s subject', POOL, 'Ես ուզում եմ', 'Անի Մելքոնյան', ANY],
];

/** Counter-cases: Georgian and Russian beside it are read as before. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['ka: `“, – განაცხადა X Yმ.` is still X Y', '„სკოლა სექტემბერში გაიხსნება“, – განაცხადა გიორგი ბერიძემ.', 'სკოლა სექტემბერში', 'გიორგი ბერიძე', ANY],
  ['ru: `», — сказал X Y.` is still X Y', '«Автобус пойдёт с понедельника», — сказал директор парка Олег Смирнов.', 'Автобус пойдёт', 'Олег Смирнов', ANY],
];

/**
 * Read right by lang/hy.ts but named wrong after it: the person mentions found by capitals (outside lang/) keep a sentence's
 * opening adverb (`Առավոտյան`, "in the morning") and the form of address `Տիկին` in the name, and the full name resolves to that.
 */
const MENTION_GAPS = [
  'hy: `Առավոտյան X Yն ասաց.` is X Y, the opening adverb no name and -ն off before a vowel',
  'hy: `»,- վստահեցրեց <role> Yը։` is X Y',
  'hy: `»,- հուզված ասաց տիկին Yը։` is the Mrs Y named in full before',
  'hy: `»,- պատմում է Xը։`, a present verb and a given name, is X Y',
  'hy: `Նա ավելացրեց. «…»` is the one quoted just before',
];

kindTable('Armenian tags after and before the quote', ARMENIAN_ROWS, MENTION_GAPS);
kindTable('Armenian quotes with no tag after a whole sentence', TAGLESS_ROWS);
kindTable('Georgian and Russian beside the Armenian reader', NEIGHBOUR_ROWS);
