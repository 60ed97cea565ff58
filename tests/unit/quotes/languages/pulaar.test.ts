// Pulaar (lang/ff.ts): `X wi'i.` / `X ɓeydi.` (X said, added) after a quote, `o wi'i` for the person just quoted,
// `<noun> oo wi'i` (that … said) for the person the text called so, `O wi'i: «…»` and `X, <who>, wi'i: «…»` before one,
// forms of address (Ceerno, Ardo, Doktoor) taken off names; each in short paragraphs of my own about invented people, with
// counter-cases: a body, someone unnamed, a group, and a Wolof tag the reader leaves alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WELL =
  'Ndiyam famɗii e wuro Boki Jaawe ndee hitaande.\n\n' +
  'Demba Jah, ngesoowo iwuɗo Boki, duuɓi 47, yahdi e bulli ɗiɗi. «Bulli amen fof njoorii. Rewɓe ina njaha ladde ngam ndiyam,» o wi\'i.\n\n' +
  '«Hitaande ɓennunde,» Jah ɓeydi, «ndiyam ngam ina heewnoo.»\n\n' +
  '«Bulli keseeji maa asee ado ndungu,» Laamu wi\'i.\n\n' +
  '«Min kolaa ko min ñaama,» debbo gooto mo yiɗaa innde mum winndee wi\'i.';

const SCHOOL =
  'Jaŋde Pulaar udditaama e wuro Ngijilon.\n\n' +
  'Ceerno Abdul Kariim Bah, jannginoowo duuɓi noogaas, wi\'i: «Sukaaɓe heewɓe ina njaŋa Pulaar hannde.»\n\n' +
  '«Deftere kala ina moƴƴi,» Bah wi\'i.\n\n' +
  'Jannginoowo oo holliti wonde kalaas kesi ina ngarta.\n\n' +
  '«Kalaas tati keso maa mahe,» jannginoowo oo ɓeydi.\n\n' +
  '«Min njiɗi jaŋde,» sukaaɓe ɓee mbi\'i.';

const HERD =
  'Aynaaɓe diiwaan Ranero ina njaha Ferlo.\n\n' +
  'Ardo Saalif Bari, hooreejo aynaaɓe, yettii e gure. O wi\'i: «Hudo ina heewi e Ferlo ndee hitaande.»\n\n' +
  '«Kulle amen celli,» Ardo Bari wi\'i.\n\n' +
  'Maryam Sow naamnii: «Hol toy ndiyam woni?»';

/** A Wolof paragraph: its `ne na` is Wolof's, not the Pulaar reader's `wi'i`. */
const WOLOF =
  'Waa dëkk bi dajaloo nañu.\n\n' +
  '«Dinañu liggéey,» la Moodu Fay Ndóoy ne.';

const ROWS: KindCase[] = [
  ['ff: `o wi\'i.` (he said) after a quote is the man the paragraph names', WELL, 'Bulli amen fof', 'Demba Jah', ANY],
  ['ff: a split quote `«…,» X ɓeydi, «…»` (X added) is his', WELL, 'Hitaande ɓennunde', 'Demba Jah', ANY],
  ['ff: the second part after `X ɓeydi,` is his too', WELL, 'ndiyam ngam ina', 'Demba Jah', ANY],
  ['ff: counter-case: `Laamu wi\'i.` (the government said) is a body, no person', WELL, 'Bulli keseeji maa', UNNAMED, null],
  ['ff: counter-case: `debbo gooto mo yiɗaa innde mum winndee wi\'i` (a woman unnamed) is someone described', WELL, 'Min kolaa ko', DESCRIBED, null],
  ['ff: `Ceerno X Y Z, <role>, wi\'i: «…»` is X Y Z, Ceerno off the name', SCHOOL, 'Sukaaɓe heewɓe', 'Abdul Kariim Bah', ANY],
  ['ff: `X wi\'i.` is the man named in full before', SCHOOL, 'Deftere kala', 'Abdul Kariim Bah', ANY],
  ['ff: `jannginoowo oo ɓeydi` (that teacher added) is the teacher named before', SCHOOL, 'Kalaas tati keso', 'Abdul Kariim Bah', ANY],
  ['ff: counter-case: `sukaaɓe ɓee mbi\'i` (those children said) is a group, no one named', SCHOOL, 'Min njiɗi jaŋde', UNNAMED, null],
  ['ff: `O wi\'i: «…»` (he said) is the man the sentence before names, Ardo off', HERD, 'Hudo ina heewi', 'Saalif Bari', ANY],
  ['ff: `Ardo X wi\'i.` is the herders’ head named in full before', HERD, 'Kulle amen celli', 'Saalif Bari', ANY],
  ['ff: `X Y naamnii: «…»` (X Y asked) is X Y', HERD, 'Hol toy ndiyam', 'Maryam Sow', ANY],
  ['ff: counter-case: a Wolof tag `la X ne` is left to the Wolof reader', WOLOF, 'Dinañu liggéey', 'Moodu Fay Ndóoy', ANY],
];

const MORE =
  'Luumo Daara ina heewi.\n\n' +
  '«Coggu gawri ɓeydiima,» Aysata Sowndu wi\'i.\n\n' +
  '«Min ngaddii gawri keewndi,» o ɓeydi.';

const MORE_ROWS: KindCase[] = [
  ['ff: `X Y wi\'i.` after a quote is X Y', MORE, 'Coggu gawri', 'Aysata Sowndu', null],
  ['ff: `o ɓeydi.` (she added) is the woman just quoted', MORE, 'Min ngaddii', 'Aysata Sowndu', ANY],
];


kindTable('Pulaar speakers', [...ROWS, ...MORE_ROWS]);
