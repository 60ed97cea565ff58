// Shona (lang/sn.ts): `vakadaro VaX` / `vakati X` after a quote, `X vakati:` and `Sekureva kwaX,` before one, `vakadaro`
// left to the sentences before, in short paragraphs of my own about invented people, with counter-cases: a body as
// subject, someone left unnamed, an office alone, the verb alone capitalised, a sentence with no verb of saying.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'Chikoro chepuraimari cheGandanzara chakavhurwa zvakare mushure mekugadziriswa kwedenga racho.\n\n' +
  'Mukuru wechikoro, Tendai Gumbo, vakati: “Vana vedu vachadzidza vakagara pamatafura matsva svondo rino.”\n\n' +
  '“Takamirira gore rose kuti mari iwanikwe,” vakadaro VaGumbo.\n\n' +
  '“Vabereki vakabatsira zvikuru,” vakati Gumbo, “nokuti vakauya nezvidhinha nemabhuku.”\n\n' +
  '“Hatisati tawana mvura yakachena pano,” akadaro mumwe mubereki.';

const CLINIC =
  'Kiriniki yeMupandawana yakagamuchira motokari itsva yevarwere.\n\n' +
  'Sekureva kwaNyasha Chirenje, mukoti mukuru, “varwere vaifamba makiromita makumi maviri kusvika kuchipatara.”\n\n' +
  'Sekureva kwebazi rezvehutano, “Motokari iyi ichashanda mumisha gumi nembiri yakapoteredza kiriniki, uye ichatakura vanamai vava pedyo nekusununguka.”\n\n' +
  'Kanzuru yakati: “Tichabhadhara mafuta emotokari iyi kwegore rose.”\n\n' +
  'Tendai Mudzengi, chiremba wekiriniki, vakasvika mangwanani. “Tave kukwanisa kuendesa vanamai kuchipatara nenguva,” vakawedzera Chiremba Mudzengi.';

const MARKET =
  'Vatengesi vemusika weNyakasoro vakanyunyuta nezvemari yavanobhadhariswa.\n\n' +
  'Rumbidzai Tsvangirai vakati mari iyi yakakwira kaviri mumwedzi mitatu. “Hatichakwanisa kuchengeta mhuri dzedu,” vakadaro.\n\n' +
  'Vakati:\n\n' +
  '“Tinoda kuti kanzuru itiudze kuti mari iyi inoshandiswa kupi.”\n\n' +
  '“Ticharamba tichitengesa pano,” vakadaro ivo vachiseka.\n\n' +
  'Mumwe mutengesi wemichero, akakumbira kuti zita rake risaburitswe, akati vazhinji vava kutengesera mumigwagwa. “Pano hapana chimbuzi kana mvura,” akadaro.';

const ROAD =
  'Mugwagwa unobva kuChitsere kuenda kuMasasa uchagadziriswa gore rino.\n\n' +
  'Mutauriri wekanzuru, Tapiwa Marufu, vakasimbisa nezvechirongwa ichi. “Basa richatanga mwedzi unouya,” vakadaro mutauriri.\n\n' +
  'Kanzuru yakasimbisa nezvemari yechirongwa ichi. “Mari yose yakatowanikwa. Tinotarisira kuti basa ripere mwedzi mitanhatu isati yapera, kana mvura ikasanyanya kunaya.”\n\n' +
  'Gamuchirai Zhou, mutyairi wekombi, vakasvika pamusangano nguva yapfuura. “Mugwagwa uyu wakatiparadzira mota zvikuru.”';

const ROWS: KindCase[] = [
  ['sn: `<role>, X Y, vakati: “…”` is X Y with the role before the name', SCHOOL, 'Vana vedu vachadzidza', 'Tendai Gumbo', 'mukuru wechikoro'],
  ['sn: `,” vakadaro VaX.` (the honorific glued to the name) is X', SCHOOL, 'Takamirira gore rose', 'Tendai Gumbo', ANY],
  ['sn: a split quote `“…,” vakati X, “…”` is his both parts', SCHOOL, 'nokuti vakauya', 'Tendai Gumbo', ANY],
  ['sn: `,” akadaro mumwe mubereki.` (a parent) is someone described', SCHOOL, 'Hatisati tawana', DESCRIBED, null],
  ['sn: `Sekureva kwaX Y, <role>, “…”` (according to) is X Y with the role', CLINIC, 'varwere vaifamba', 'Nyasha Chirenje', 'mukoti'],
  ['sn: `Sekureva kwebazi …,` (according to a ministry) is no person', CLINIC, 'Motokari iyi ichashanda', UNNAMED, null],
  ['sn: `Kanzuru yakati:` (a council, its own subject concord) is no person', CLINIC, 'Tichabhadhara mafuta', UNNAMED, null],
  ['sn: `,” vakawedzera Chiremba X.` is X, `Chiremba` (Dr) off', CLINIC, 'Tave kukwanisa', 'Tendai Mudzengi', ANY],
  ['sn: `,” vakadaro.` after `X vakati …` (a sentence reporting X) is X', MARKET, 'Hatichakwanisa', 'Rumbidzai Tsvangirai', ANY],
  ['sn: `Vakati:` alone (the verb carrying its subject) is the one just named, never a name `Vakati`', MARKET, 'Tinoda kuti kanzuru', 'Rumbidzai Tsvangirai', ANY],
  ['sn: `,” vakadaro ivo vachiseka.` (he or she, laughing) is the one just named', MARKET, 'Ticharamba', 'Rumbidzai Tsvangirai', ANY],
  ['sn: `,” akadaro.` after `Mumwe mutengesi …, akakumbira kuti zita rake risaburitswe, akati …` is no name', MARKET, 'Pano hapana', UNNAMED, null],
  ['sn: `,” vakadaro mutauriri.` (said the spokesperson) is the one the text made spokesperson', ROAD, 'Basa richatanga', 'Tapiwa Marufu', ANY],
  ['sn: a quote after `Kanzuru yakasimbisa …` (a council, no person) is no name', ROAD, 'Mari yose', UNNAMED, null],
  ['sn: a quote after `X Y, <role>, vakasvika …` (no verb of saying) is X Y', ROAD, 'Mugwagwa uyu', 'Gamuchirai Zhou', ANY],
  ['sn: `Mai X Y, 41, … Vakati:` is X Y, `Mai` (Mrs) off', 'Mai Rufaro Dube, 41, vakanga vari mumusika. Vakati:\n\n“Ndakaona moto uchitanga kumashure kwezvitoro.”', 'Ndakaona moto', 'Rufaro Dube', ANY],
];

// (The name a pronoun stands for is the text's own mention, read by names.ts, which keeps Shona's `Mai` (Mrs) before it.)
const FAILING = ['sn: `Mai X Y, 41, … Vakati:` is X Y, `Mai` (Mrs) off'];

kindTable('Shona attribution kinds', ROWS, FAILING);
