// Quechua (Latin script, lang/qu.ts): invented articles of my own about an irrigation canal in a highland community and a
// weavers' fair, read whole by the quotes stage, with counter-cases (the municipality, someone unnamed, he or she after
// someone unnamed) and Spanish tags beside the Quechua reader.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const CANAL =
  'Ccollpa ayllupi runakuna musuq yarqata tukurqanku, kimsa killa llamk\'aspa.\n\n' +
  'Ayllupa kamachiqnin Valentín Ccahuana Puma nirqan: “Kunanqa llapa chakrakunaman yaku chayanqa.”\n\n' +
  '“Manam pisi llamk\'aychu karqan”, nin Ccahuana, “sapa p\'unchaw hatarirqayku.”\n\n' +
  'Pay nirqan: “Wawaykunapas kaypi llamk\'anqaku.”\n\n' +
  'Municipalidad nirqan: “Hamuq watapi huk yarqata ruwasunchik.”\n\n' +
  'Huk tarpuq, mana sutinta willakuyta munaspa, nirqan: “Yakuqa manam llapanchikpaqchu.”\n\n' +
  '“Unuqa kawsaymi”, nispa nirqan Hilaria Soncco Quispe.';

const FAIR =
  'Chinchiru llaqtapi awaqkuna hatun qhatuta ruwarqanku.\n\n' +
  '“Kay awasqakunaqa ñawpa yachaymantan hamun”, nin Benedicta Huillca Mamani.\n\n' +
  '“Turistakunam achkata rantinku”, nispa nin qhatupa kamachiqnin Teófilo Ayma Condori.\n\n' +
  'Ayma willarqan: “Qhatuqa sapa domingo kanqa.”\n\n' +
  '“Sapa wata kaypi tupanakusun”, nispa tukurqan Huillca.\n\n' +
  'Rosa Chalco Wamani, ingeniera, qhatuman chayamurqan. “Musuq qhatu wasita hatarichisaqku”, nin ingeniera.\n\n' +
  'Huk sipas awasqanta rantikurqan. “Kunanqa yachayniyta wawaykunaman yachachisaq”, nirqan.';

/** `nin X`, `nispa nirqan X`, `nispa nin <role> X Y`, `<role> X Y nirqan:`, `Pay nirqan:`, `nispa tukurqan X`. */
const QUECHUA_ROWS: KindCase[] = [
  ['qu: `<role> X Y nirqan: “…”` is X Y, the words before the name its role', CANAL, 'Kunanqa llapa', 'Valentín Ccahuana Puma', 'kamachiqnin'],
  ['qu: `”, nin X, “…”` is the full name given before', CANAL, 'Manam pisi', 'Valentín Ccahuana Puma', ANY],
  ['qu: the quote going on after `nin X,` is the same person', CANAL, 'sapa p\'unchaw', 'Valentín Ccahuana Puma', ANY],
  ['qu: `Pay nirqan: “…”` (he or she) is the person just named', CANAL, 'Wawaykunapas kaypi', 'Valentín Ccahuana Puma', ANY],
  ['qu: `”, nispa nirqan X Y.` is X Y', CANAL, 'Unuqa kawsaymi', 'Hilaria Soncco Quispe', ANY],
  ['qu: `”, nin X Y.` is X Y', FAIR, 'Kay awasqakunaqa', 'Benedicta Huillca Mamani', ANY],
  ['qu: `”, nispa nin <role> X Y.` is X Y, the genitive role before it', FAIR, 'Turistakunam achkata', 'Teófilo Ayma Condori', 'kamachiqnin'],
  ['qu: `X willarqan: “…”` (told) is the full name given before', FAIR, 'Qhatuqa sapa', 'Teófilo Ayma Condori', ANY],
  ['qu: `”, nispa tukurqan X.` (finished saying) is the full name given before', FAIR, 'Sapa wata kaypi', 'Benedicta Huillca Mamani', ANY],
];

/** Counter-cases: the municipality, a farmer and a young woman left unnamed: no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['qu: `Municipalidad nirqan: “…”` is a body, no person', CANAL, 'Hamuq watapi', UNNAMED, ANY],
  ['qu: `Huk tarpuq, …, nirqan: “…”` (a farmer) is someone described', CANAL, 'Yakuqa manam', DESCRIBED, ANY],
  ['qu: `Huk sipas … . “…”, nirqan.` (a young woman) is no one named', FAIR, 'Kunanqa yachayniyta', UNNAMED, ANY],
];

/** An office after the verb: the one the text gave it (here the person just brought in with it). */
const OFFICE_ROWS: KindCase[] = [
  ['qu: `”, nin ingeniera.` is the engineer the text named', FAIR, 'Musuq qhatu', 'Rosa Chalco Wamani', ANY],
];

/** Spanish tags read as before beside the Quechua reader. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['es: `», dijo X Y.` is still X Y', '«La papa subió de precio», dijo Elena Quispe, vendedora de Cusco.', 'La papa subió', 'Elena Quispe', ANY],
  ['es: `X señaló: «…»` is still X', 'Julián Mamani Amaru señaló: «El canal ya está listo.»', 'El canal ya', 'Julián Mamani Amaru', ANY],
];

kindTable('Quechua tags after and before the quote', QUECHUA_ROWS);
kindTable('Quechua counter-cases', COUNTER_ROWS);
kindTable('Quechua office after the verb', OFFICE_ROWS);
kindTable('Spanish beside the Quechua reader', NEIGHBOUR_ROWS);
