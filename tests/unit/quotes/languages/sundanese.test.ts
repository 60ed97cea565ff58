// Sundanese (lang/su.ts): tags after a quote (`saur X`, `ceuk X`, `pokna`, `cenah`, `saurna`, `saur anjeunna`, `ceuk saurang
// …`) and before one (`Numutkeun X, “…”`, `X, <role>, nandeskeun:`, `Manéhna nyebutkeun:`), each in short paragraphs of my
// own about invented people, with counter-cases: a body after `ceuk`, someone unnamed (`saurang …`), a banner's words that
// no one says, a tag naming someone else than the person quoted before.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FLOOD =
  'Caah bandang nerjang Désa Sukamanah, Kacamatan Cibodas, Salasa peuting.\n\n' +
  'Sekretaris désa, Dadang Suherman, nétélakeun yén cai naék ti jam dua peuting. “Cai datang gancang pisan, warga teu sempet nyalametkeun barang,” saur Dadang ka wartawan.\n\n' +
  '“Ayeuna urang keur ngadata imah nu ruksak,” pokna.\n\n' +
  '“Kuring ngan bisa mawa budak,” ceuk Euis Komalasari bari ceurik.\n\n' +
  '“Sawah kuring beak kabawa cai,” cenah, “padahal geus rék panén.”\n\n' +
  '“Bantuan geus dikirim ti kabupatén,” ceuk Pamaréntah Désa Sukamanah.';

const CAMP =
  'Iwan Setiawan, kapala posko pangungsian, nandeskeun: “Dahareun cukup nepi ka minggu hareup.”\n\n' +
  'Manéhna nyebutkeun: “Urang butuh simut jeung obat-obatan.”\n\n' +
  '“Peuting mah tiris pisan di dieu,” ceuk saurang pangungsi nu embung disebut ngaranna.\n\n' +
  '“Budak-budak geus mimiti gering,” saur Nining Rohaeni, bidan désa.\n\n' +
  '“Obat geus béak ti kamari,” saur anjeunna.\n\n' +
  '“Urang mah ngan bisa ngadoa,” ceuk warga.';

const VILLAGE =
  'Kapala Désa Sukamanah, Oman Abdurahman, geus ngusulkeun tanggul ka kabupatén.\n\n' +
  '“Kami ménta pamaréntah gancang turun,” saur kapala désa éta.\n\n' +
  '“Tanggulna kudu dibenerkeun,” tambahna.\n\n' +
  'Yayan Sopyan, pamayang ti basisir, ngajelaskeun yén parahuna ruksak. “Kuring moal bisa ka laut sabulan,” saurna.';

// Words opening a sentence before a name (`Numutkeun`, `Ceuk`) and the form of address `Bu`: the reader reads past them, but
// the text's own mention of the person keeps them as words of the name until names.ts knows them (lang/name-openers.ts).
const OPENERS =
  'Lilis Marlina, guru SD di Sukamanah, milu ngungsi.\n\n' +
  'Numutkeun Lilis, sakola ditutup saminggu. “Buku-buku barudak baseuh kabéh,” saurna.\n\n' +
  'Ceuk Agus Salim, tukang ojég ti lembur: “Jalan ka kota pegat.”\n\n' +
  '“Warung kuring kakeueum,” saur Bu Entin Suhaeti, padagang.';

const ROWS: KindCase[] = [
  ['su: `“…,” saur X ka wartawan.` (said X, to the press) is the man named X before', FLOOD, 'Cai datang gancang', 'Dadang Suherman', ANY],
  ['su: `pokna` (his words) is the person just quoted', FLOOD, 'Ayeuna urang keur', 'Dadang Suherman', ANY],
  ['su: `ceuk X bari ceurik` (said X, crying) after another speaker is X, not him', FLOOD, 'Kuring ngan bisa', 'Euis Komalasari', null],
  ['su: `cenah` (she said) is the person just quoted', FLOOD, 'Sawah kuring', 'Euis Komalasari', ANY],
  ['su: a split quote `“…,” cenah, “…”` is hers both parts', FLOOD, 'padahal geus', 'Euis Komalasari', ANY],
  ['su: counter-case: `ceuk Pamaréntah Désa X` is a body, no person', FLOOD, 'Bantuan geus dikirim', UNNAMED, null],
  ['su: `X, <role>, nandeskeun:` (X stressed) is X with the role', CAMP, 'Dahareun cukup', 'Iwan Setiawan', 'kapala posko'],
  ['su: `Manéhna nyebutkeun:` (he said) is the person just quoted', CAMP, 'Urang butuh simut', 'Iwan Setiawan', ANY],
  ['su: `ceuk saurang pangungsi nu embung disebut ngaranna` is someone unnamed', CAMP, 'Peuting mah tiris', DESCRIBED, null],
  ['su: `saur X, <role>` is X with the role after the name', CAMP, 'Budak-budak geus', 'Nining Rohaeni', 'bidan'],
  ['su: `saur anjeunna` (she said, respectful) is the person just quoted', CAMP, 'Obat geus béak', 'Nining Rohaeni', ANY],
  ['su: counter-case: `ceuk warga` (residents said) names no one', CAMP, 'Urang mah ngan', UNNAMED, null],
  ['su: `saur kapala désa éta` (that village head) is the village head named before', VILLAGE, 'Kami ménta', 'Oman Abdurahman', ANY],
  ['su: `tambahna` (he added) is the person just quoted', VILLAGE, 'Tanggulna kudu', 'Oman Abdurahman', ANY],
  ['su: `saurna` after a sentence about someone else (`X ngajelaskeun yén …`) is X, not the man quoted before', VILLAGE, 'Kuring moal bisa', 'Yayan Sopyan', ANY],
  ['su: `saurna` after `Numutkeun X, …` (according to X) is X', OPENERS, 'Buku-buku barudak', 'Lilis Marlina', ANY],
  ['su: `Ceuk X, <role>: “…”` (X said) is X, a motorbike driver', OPENERS, 'Jalan ka kota', 'Agus Salim', 'tukang ojég'],
  ['su: `saur Bu X, <role>` is X, `Bu` (Mrs) no part of the name', OPENERS, 'Warung kuring', 'Entin Suhaeti', 'padagang'],
];

// (`Bu` and `Pak` are no titles in names.ts: they are names in English copy, `Pak` a Korean family name, so the text's own
// mention keeps them.)
kindTable('Sundanese tags, forms of address, and unnamed speakers', ROWS, ['su: `saur Bu X, <role>` is X, `Bu` (Mrs) no part of the name']);
