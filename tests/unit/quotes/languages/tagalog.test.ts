// Tagalog (lang/tl.ts): tags after a quote (`sabi ni`, `dagdag naman ni`, `ayon kay`, `aniya`, `paliwanag ng <office>`), tags
// before one (`Aniya:`, `Ani X:`), and sentences that name the speaker of the quote after them by the markers of a person
// (`Sinabi pa ni X na …`, `Si X, <role>, ay …`, `… si X, 52, …`), each in short paragraphs of my own about invented people,
// with counter-cases: a body after `ng`, someone unnamed (`Isang <noun> … ang nagsabing …`), a tag naming someone else.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Tumaas na naman ang presyo ng bigas sa pamilihang bayan ng Maliwanag.\n\n' +
  '“Halos doble na ang presyo kumpara noong Mayo,” sabi ni Mang Arnel Pascual, tindero ng bigas.\n\n' +
  '“Wala kaming magagawa kundi magtaas din,” dagdag pa niya.\n\n' +
  'Sinabi naman ni Corazon Villareal na kulang ang dating ng bigas mula sa probinsya. “Tatlong trak lang ang dumating ngayong linggo.”\n\n' +
  'Tumango si Corazon Villareal. Dagdag pa niya: “Hindi kami titigil sa pagtitinda.”\n\n' +
  '“Sana may tulong ang munisipyo,” wika ni Gng. Villareal.\n\n' +
  '“Dapat may kontrol sa presyo,” giit naman ni Villareal.';

const CLINIC =
  'Si Dr. Ramon Ocampo, hepe ng klinika sa bayan, ay nagsabing dumami ang pasyenteng may trangkaso. “Puno na ang aming silid-hintayan.”\n\n' +
  '“Kailangan namin ng dagdag na nars,” paliwanag ng doktor.\n\n' +
  'Dagdag pa ng kagawaran ng kalusugan, may darating na bakuna sa susunod na buwan. “Uunahin ang mga nakatatanda.”\n\n' +
  'Isang ina na tumangging magbigay ng pangalan ang nagsabing tatlong oras siyang naghintay. “Pagod na pagod na ang anak ko.”';

const FERRY =
  'Nakaupo sa pantalan si Lucio Manalo, 52, na dalawang araw nang naghihintay ng biyahe. “Wala pang abiso kung kailan aalis ang barko,” aniya.\n\n' +
  '“Ligtas na ang dagat sa Huwebes,” ayon kay Kapitan Rodel Samonte, hepe ng pantalan.\n\n' +
  'Itinanggi naman ni Mayor Marivic Tolentino na pinabayaan ng bayan ang mga pasahero. “May pagkain at tubig kaming ipinamigay.”\n\n' +
  '“Bukas pa ang dating ng relief goods,” sabi ng isang kawani.';

const NICKNAMES =
  '“Tuloy ang pista kahit umuulan,” sabi ni Engr. Ramon “Monching” Aquino, tagapangulo ng komite.\n\n' +
  'Nagsalita rin si Teodora Buenaventura sa pulong ng mga magsasaka. “Kulang ang tubig sa aming palayan,” sabi ni Ernesto Galang.';

const SHORTENED =
  '“Bukas na ang bagong aklatan,” sabi ni Dr. Ma. Celestina Robles, punong-guro ng paaralan.\n\n' +
  'Ani Robles: “Libre ang pagpasok para sa lahat ng estudyante.”\n\n' +
  'Aniya: “Bukas din ito tuwing Sabado.”';

const ROWS: KindCase[] = [
  ['tl: `,” sabi ni Mang X Y, <role>.` is X Y, `Mang` (Mr) no part of the name', MARKET, 'Halos doble', 'Arnel Pascual', 'tindero'],
  ['tl: `,” dagdag pa niya.` is the one just quoted', MARKET, 'Wala kaming magagawa', 'Arnel Pascual', ANY],
  ['tl: `Sinabi naman ni X na … . “…”` is X, the doer of the verb in -in-', MARKET, 'Tatlong trak', 'Corazon Villareal', ANY],
  ['tl: `Dagdag pa niya:` (he or she added) before a quote is the one just named', MARKET, 'Hindi kami titigil', 'Corazon Villareal', ANY],
  ['tl: `,” wika ni Gng. X.` is the woman named before, `Gng.` (Mrs) off', MARKET, 'Sana may tulong', 'Corazon Villareal', ANY],
  ['tl: `,” giit naman ni X.` (insisted in turn) is the woman named before, the particle naman read through', MARKET, 'Dapat may kontrol', 'Corazon Villareal', ANY],
  ['tl: `Si Dr. X Y, <role>, ay nagsabing … . “…”` is X Y, the topic marked by si', CLINIC, 'Puno na ang aming', 'Ramon Ocampo', ANY],
  ['tl: `,” paliwanag ng doktor.` is the doctor named before', CLINIC, 'Kailangan namin', 'Ramon Ocampo', ANY],
  ['tl: `Dagdag pa ng <body>, … . “…”`: a body after ng is no person', CLINIC, 'Uunahin ang mga', UNNAMED, null],
  ['tl: `Isang <noun> na … ang nagsabing … . “…”` is someone unnamed, described', CLINIC, 'Pagod na pagod', DESCRIBED, null],
  ['tl: `… si X Y, 52, na … . “…,” aniya.` is X Y', FERRY, 'Wala pang abiso', 'Lucio Manalo', ANY],
  ['tl: `,” ayon kay Kapitan X Y, <role>.` is X Y, his role after the name', FERRY, 'Ligtas na ang dagat', 'Rodel Samonte', 'hepe'],
  ['tl: `Itinanggi naman ni Mayor X Y na … . “…”` is X Y, the doer of the verb in i-…-in-', FERRY, 'May pagkain', 'Marivic Tolentino', ANY],
  ['tl: `,” sabi ng isang kawani.` (an employee) is someone unnamed, not the councillor', FERRY, 'Bukas pa ang dating', UNNAMED, null],
  ['tl: a nickname in marks inside the name, `Engr. X “Nick” Y`, is no part of it', NICKNAMES, 'Tuloy ang pista', 'Ramon Aquino', 'tagapangulo'],
  ['tl: a quote with its own tag `sabi ni Y` is Y, not the X of the sentence before marked by si', NICKNAMES, 'Kulang ang tubig', 'Ernesto Galang', ANY],
  ['tl: `sabi ni Dr. Ma. X Y` keeps `Ma.` (Maria) as part of the name', SHORTENED, 'Bukas na ang bagong', 'Ma. Celestina Robles', ANY],
  ['tl: `Ani X:` before a quote is X, `Ani` (said) no given name', SHORTENED, 'Libre ang pagpasok', 'Ma. Celestina Robles', ANY],
  ['tl: `Aniya:` (said he or she) before a quote is the one just quoted, no name', SHORTENED, 'Bukas din ito', 'Ma. Celestina Robles', ANY],
];

kindTable('Tagalog tags, person markers and unnamed speakers', ROWS, [
  // (cues.ts reads `Ani X:` as a two-word name before a colon before any language's reader; names.ts needs `ani` as noise.)
  'tl: `Ani X:` before a quote is X, `Ani` (said) no given name',
  // (cues.ts reads a lone capitalised word before a colon as a name unless a reader in isReportingVerbAlone (lang/index.ts) knows it.)
  'tl: `Aniya:` (said he or she) before a quote is the one just quoted, no name',
]);
