// Sesotho (lang/st.ts): `ho boletse X` / `ho rialo X` after a quote, `X o itse:` and `Ho ea ka X,` before one, `o rialo`
// left to the sentences before, in short paragraphs of my own about invented people, with counter-cases: a body as
// subject, someone left unnamed, an office alone, a form of address, a sentence with no verb of saying.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'Baahi ba motse oa Ha Mokoena ba tletleba ka khaello ea metsi.\n\n' +
  '“Re tsamaea lihora tse peli ho ea kha metsi nokeng,” ho boletse Palesa Mohapi, sehoai sa motse oo.\n\n' +
  'Motsamaisi oa lefapha la metsi, Teboho Sello, o itse: “Re tla cheka liliba tse tharo selemong sena.”\n\n' +
  '“Chelete e se e fumanehile,” Sello o boletse, “empa re emetse lisebelisoa.”\n\n' +
  'Lefapha la Metsi le itse: “Mosebetsi o tla qala ka Phupu ntle le tieho.”\n\n' +
  '“Re khathetse ke litšepiso tsena tsohle,” ho rialo monna e mong oa motse.';

const SCHOOL =
  'Sekolo sa mathomo sa Ha Lepolesa ha se na litafole tse lekaneng.\n\n' +
  'Ho ea ka Nthabiseng Molapo, mosuoe-hlooho oa sekolo, “bana ba fetang lekholo ba lula fatše letsatsi le letsatsi.”\n\n' +
  'Molapo o boletse hore ba kopile thuso ho masepala habeli. “Ha ho motho ea re arabileng ho fihlela joale,” o rialo.\n\n' +
  'Morena oa sebaka, Lehlohonolo Ntho, o tšepisitse ho thusa. “Re tla fana ka lifate tsa ho etsa litafole,” ho rialo morena.';

const CLINIC =
  'Tleliniki ea Ha Sefako e fumane koloi e ncha.\n\n' +
  "'M'e 'Malineo Tau, 48, mooki oa tleliniki ena, o qetile lilemo tse leshome a sebetsa sebakeng sena.\n\n" +
  '“Bakuli ba ne ba tsamaea ka maoto ho fihla sepetleleng se seholo sa toropo. Hona joale ba tla palama koloi.”\n\n' +
  "'M'e Tau o ne a bososela ha koloi e fihla. “Kajeno ke thabile haholo ho feta kamehla,” o rialo.\n\n" +
  '“Koloi ena ke ea sechaba sohle,” ho boletse Ntate Motlatsi Ralebitso, molula-setulo oa komiti.';

const ROAD =
  'Tsela e kholo ea Ha Ramabanta e ntse e lokisoa.\n\n' +
  'Lesedi Phakoe o re: “Mosebetsi o tla fela pele ho Khirisemese ena e tlang.”\n\n' +
  'Ho ea ka lekala la litsela, “mosebetsi o liehile ka lebaka la lipula tse ngata.”\n\n' +
  'Khampani e hahang tsela e itse: “Re hloka samente e ngata ho feta eo re e fumaneng.”';

const ROWS: KindCase[] = [
  ['st: `,” ho boletse X Y, <role>.` is X Y with the role after the comma', WATER, 'Re tsamaea lihora', 'Palesa Mohapi', 'sehoai'],
  ['st: `<role>, X Y, o itse: “…”` is X Y with the role before the name', WATER, 'Re tla cheka', 'Teboho Sello', 'motsamaisi'],
  ['st: `,” X o boletse,` (the subject before the verb) is X', WATER, 'Chelete e se e', 'Teboho Sello', ANY],
  ['st: a split quote `“…,” X o boletse, “…”` is his both parts', WATER, 'empa re emetse', 'Teboho Sello', ANY],
  ['st: `Lefapha … le itse:` (a department, its own subject concord) is no person', WATER, 'Mosebetsi o tla qala', UNNAMED, null],
  ['st: `,” ho rialo monna e mong …` (a man) is someone described', WATER, 'Re khathetse', DESCRIBED, null],
  ['st: `Ho ea ka X Y, <role>, “…”` (according to) is X Y with the role', SCHOOL, 'bana ba fetang', 'Nthabiseng Molapo', 'mosuoe-hlooho'],
  ['st: `,” o rialo.` after `X o boletse hore …` (a sentence reporting X) is X', SCHOOL, 'Ha ho motho', 'Nthabiseng Molapo', ANY],
  ['st: `,” ho rialo morena` (said the chief) is the one the text made chief', SCHOOL, 'Re tla fana', 'Lehlohonolo Ntho', ANY],
  ['st: a quote after `X, 48, <role>, o qetile …` (no verb of saying) keeps the leading `\'M` of her name', CLINIC, 'Bakuli ba ne ba', "'Malineo Tau", ANY],
  ['st: `,” o rialo.` after `\'M\'e X o ne a …` (no verb of saying) is X, `\'M\'e` (Mrs) off', CLINIC, 'Kajeno ke thabile', "'Malineo Tau", ANY],
  ['st: `,” ho boletse Ntate X Y, <role>` is X Y, `Ntate` (Mr) off', CLINIC, 'Koloi ena ke', 'Motlatsi Ralebitso', 'molula-setulo'],
  ['st: `X Y o re: “…”` is X Y', ROAD, 'Mosebetsi o tla fela', 'Lesedi Phakoe', null],
  ['st: `Ho ea ka lekala …,` (according to a ministry) is no person', ROAD, 'mosebetsi o liehile', UNNAMED, null],
  ['st: `Khampani … e itse:` (a company) is no person', ROAD, 'Re hloka samente', UNNAMED, null],
];

// (A name's leading `'M` is dropped from it by the shared name pattern, which does not know Sesotho's yet.)
const FAILING = [
  'st: `,” o rialo.` after `\'M\'e X o ne a …` (no verb of saying) is X, `\'M\'e` (Mrs) off',
];

kindTable('Sesotho attribution kinds', ROWS, FAILING);
