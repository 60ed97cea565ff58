// Albanian (lang/sq.ts): `tha X`, `shtoi ai`, `Sipas X`, roles with their genitive chain before the name, bodies whose
// nouns carry a case ending, unnamed speakers and namesakes, in short paragraphs of my own about invented people.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'Banorët e fshatit protestuan dje para bashkisë.\n\n' +
  '“Uji nuk vjen prej dy javësh”, tha Besnik Gjoni, 61 vjeç, i cili jeton në lagje që prej fëmijërisë.\n\n' +
  '“Askush nuk na dëgjon”, shtoi ai.\n\n' +
  'Drejtori i Ujësjellësit të Qytetit, Arben Lika, tha se puna po vazhdon. “Tubat janë të vjetra”, deklaroi Lika.\n\n' +
  'Sipas Likës, riparimi do të zgjasë një muaj. “Kërkojmë durim”, theksoi ai.\n\n' +
  'Bashkia tha: “Po punojmë për zgjidhje.”';

const SCHOOL =
  'Shkolla e vjetër e fshatit do të mbyllet në qershor.\n\n' +
  'Inxhinierja Vjosa Dema, pedagoge në Institutin Teknik të Qarkut, paralajmëron për rrezik. “Çatia mund të bjerë në çdo kohë”, tha ajo.\n\n' +
  '“Kemi kërkuar fonde prej tre vitesh”, deklaroi mësuesi Genc Deda.\n\n' +
  'Ai shtoi: “Fëmijët mësojnë me pallto në klasë.”\n\n' +
  '“Nuk kemi marrë asnjë kërkesë”, tha Kryetari i Komunës së Fushës, Dritan Hasa.\n\n' +
  '“Po i shohim të gjitha mundësitë”, tha një zyrtar i ministrisë.';

const MARKET =
  'Tregu i peshkut në skelë u rinovua këtë pranverë.\n\n' +
  'Petrit Zefi, shitës peshku, dhe gruaja e tij, Lule Zefi, punojnë këtu prej njëzet vitesh. “Klientët janë kthyer”, tha Petrit Zefi.\n\n' +
  '“Tani kemi ujë të rrjedhshëm dhe frigorifer”, pohoi Lule Zefi, “dhe kjo ndryshon gjithçka.”\n\n' +
  '“Çmimet e qirasë janë rritur shumë”, tha ajo.\n\n' +
  'Agjencia e Turizmit tha: “Tregu do të jetë i hapur edhe në dimër.”';

const ROWS: KindCase[] = [
  ['sq: `”, tha X Y, 61 vjeç, i cili …` is X Y (age and relative clause no part of it)', WATER, 'Uji nuk vjen', 'Besnik Gjoni', ANY],
  ['sq: `”, shtoi ai.` after a man’s tag is that man', WATER, 'Askush nuk na', 'Besnik Gjoni', ANY],
  ['sq: `deklaroi X` is the full name given with its role', WATER, 'Tubat janë', 'Arben Lika', 'Drejtori'],
  ['sq: `Sipas Likës` (genitive) then `theksoi ai` is the man named in the nominative', WATER, 'Kërkojmë durim', 'Arben Lika', ANY],
  ['sq: `Bashkia tha:` is a body, no person', WATER, 'Po punojmë', UNNAMED, null],
  ['sq: `tha ajo` after a role, a name and `pedagoge në Institutin …` is the woman, not the institute', SCHOOL, 'Çatia mund', 'Vjosa Dema', ANY],
  ['sq: `deklaroi mësuesi X Y` is X Y, a teacher', SCHOOL, 'Kemi kërkuar fonde', 'Genc Deda', 'mësuesi'],
  ['sq: `Ai shtoi: “…”` is the man quoted before', SCHOOL, 'Fëmijët mësojnë', 'Genc Deda', ANY],
  ['sq: `tha Kryetari i Komunës së X, Y Z` is Y Z, the chain his role', SCHOOL, 'Nuk kemi marrë', 'Dritan Hasa', 'Kryetari i Komunës'],
  ['sq: `tha një zyrtar i ministrisë` is someone described, unnamed', SCHOOL, 'Po i shohim', DESCRIBED, null],
  ['sq: husband and wife share a family name: his full name is his', MARKET, 'Klientët janë', 'Petrit Zefi', ANY],
  ['sq: …and hers is hers, not merged with his', MARKET, 'Tani kemi ujë', 'Lule Zefi', ANY],
  ['sq: a split quote `”, pohoi X, “…”` is hers both parts', MARKET, 'dhe kjo ndryshon', 'Lule Zefi', ANY],
  ['sq: `tha ajo` after the wife’s quote is the wife', MARKET, 'Çmimet e qirasë', 'Lule Zefi', ANY],
  ['sq: `Agjencia e Turizmit tha:` is a body, no person', MARKET, 'Tregu do të jetë', UNNAMED, null],
];
kindTable('Albanian tags, genitive chains, bodies and namesakes', ROWS);

const SELLER = 'Tregu u hap sot.\n\nShitësi Petrit Zefi punon këtu prej njëzet vitesh. “Klientët janë kthyer”, tha Zefi.';

/**
 * Still read wrong (left alone): a capitalised trade with its article opening the sentence (`Shitësi`, "the seller") is taken
 * into the person's name by person-mentions.ts, which knows the offices of newlang-roles.ts but not every Albanian trade.
 */
kindTable(
  'Albanian cases still read wrong',
  [['sq: `Shitësi X Y` (the seller) is X Y, the trade no part of the name', SELLER, 'Klientët janë', 'Petrit Zefi', ANY]],
  ['sq: `Shitësi X Y` (the seller) is X Y, the trade no part of the name'],
);
