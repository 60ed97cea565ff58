// Malay (read by lang/id.ts with Indonesian): `kata X`, `katanya`, `jelas X`, `ujar X`, `Menurut X`, titles before the name
// (Datuk Seri, Tuan Haji, Puan, Encik, Cik), `bin`/`binti` inside it, bodies (`Jabatan …`, `Angkatan …`) described, and a
// quote standing alone after `X, <role>, 58, berkata …`; short paragraphs of my own about invented people, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const WATER =
  'Penduduk Taman Seri Lalang mengadu bekalan air terputus sejak Isnin.\n\n' +
  '"Kami terpaksa beli air botol setiap hari untuk memasak," kata Puan Halimah binti Yusof, 52, yang tinggal di situ.\n\n' +
  '"Paip utama pecah akibat kerja pembinaan jalan," jelas Encik Razak bin Ali, jurutera syarikat itu.\n\n' +
  'Menurut Tuan Haji Kamarul Ariffin, pengerusi persatuan penduduk, "Aduan sudah dibuat sejak minggu lalu lagi."\n\n' +
  '"Kami akan hantar tiga lori air esok pagi," ujar Datuk Seri Mahmud Zain.\n\n' +
  '"Air akan pulih sepenuhnya dalam dua hari," kata Jabatan Bekalan Air Negeri dalam satu kenyataan.\n\n' +
  'Angkatan Pertahanan Awam berkata: "Kami sudah hantar tiga lori ke kawasan itu."';

const STORM =
  'Ribut kencang melanda daerah Kuala Lipis malam tadi.\n\n' +
  'Penjual nasi, Siti Zubaidah Ramli, 47, berkata bumbung rumahnya tercabut dengan sangat cepat kira-kira jam dua pagi. Dia hanya sempat membawa anak-anaknya keluar.\n\n' +
  '"Saya dengar bunyi kuat, terus lari ke rumah jiran bersama anak-anak."\n\n' +
  'Ketua Kampung Batu Talam, Rosli Hamid, 60, berkata banyak pokok tumbang. Menurut ketua kampung itu: "Jalan ke kampung kami terputus sejak pagi tadi."\n\n' +
  'Seorang mangsa yang enggan dikenali berkata bantuan lambat sampai. "Kami tunggu dari pagi, tiada siapa datang," katanya.\n\n' +
  '"Semua pasukan sudah digerakkan sejak malam tadi," kata Tuan Ibrahim Tuan Man, ahli majlis daerah.';

const COUNCIL =
  'Majlis Daerah Raub mengadakan mesyuarat tergempar semalam.\n\n' +
  'Menurut Jabatan Kerja Raya, "Kerja membaiki jambatan akan bermula minggu depan."\n\n' +
  'Yang Dipertua majlis itu, Encik Faridah Osman berkata: "Kami akan pantau kontraktor setiap hari."\n\n' +
  '"Saya belum dapat apa-apa bantuan lagi dari sesiapa," kata Cik Nurul Izzah Hassan.';

const GROCER =
  'Pemilik kedai runcit di pekan Batu Lima, Tan Ah Seng, menafikan dia menaikkan harga gula.\n\n' +
  '“Pembekal naikkan harga kepada kami dulu,” kata Tan.\n\n' +
  'Dia menambah, “Kami cuma ikut harga pasaran sahaja.”\n\n' +
  'Rosnah Idris menambah, “Pelanggan pun sudah berkurangan sejak bulan lalu.”\n\n' +
  'Beliau turut menegaskan, “Kedai kecil tidak mampu menanggung kos itu.”\n\n' +
  'Jabatan Perdagangan Dalam Negeri menambah, “Pemeriksaan akan dibuat minggu depan.”';

const ROWS: KindCase[] = [
  ['ms: `kata Puan X binti Y, 52, yang …` is X binti Y: Puan off, binti (daughter of) inside the name', WATER, 'Kami terpaksa beli', 'Halimah binti Yusof', null],
  ['ms: `jelas Encik X bin Y, <role>` is X bin Y, Encik off', WATER, 'Paip utama pecah', 'Razak bin Ali', ANY],
  ['ms: `Menurut Tuan Haji X, <role>, "…"` is X, Tuan Haji off', WATER, 'Aduan sudah dibuat', 'Kamarul Ariffin', ANY],
  ['ms: `ujar Datuk Seri X` is X, the honour off', WATER, 'Kami akan hantar tiga', 'Mahmud Zain', ANY],
  ['ms: `kata Jabatan …` (a department) is described, no person', WATER, 'Air akan pulih', DESCRIBED, null],
  ['ms: `Angkatan … berkata:` (a civil defence force) is described, no person', WATER, 'Kami sudah hantar tiga lori', DESCRIBED, null],
  ['ms: a quote alone after `X, <role>, 47, berkata …` is X, the age set off by commas', STORM, 'Saya dengar bunyi kuat', 'Siti Zubaidah Ramli', ANY],
  ['ms: `Menurut ketua kampung itu:` (that village head) is the head named in the sentence before, not his village', STORM, 'Jalan ke kampung kami', 'Rosli Hamid', ANY],
  ['ms: `katanya` after `Seorang mangsa yang enggan dikenali` (a victim who would not be named) stays unnamed', STORM, 'Kami tunggu dari pagi', UNNAMED, null],
  ['ms: counter-case: `Tuan` not before `Haji` opens a name (`Tuan X Tuan Y`) and stays', STORM, 'Semua pasukan sudah', 'Tuan Ibrahim Tuan Man', ANY],
  ['ms: `Menurut Jabatan …,` (according to a department) is a body, described', COUNCIL, 'Kerja membaiki jambatan', DESCRIBED, null],
  ['ms: counter-case: a person after a body\'s office (`Yang Dipertua majlis itu, Encik X`) is the person', COUNCIL, 'Kami akan pantau kontraktor', 'Faridah Osman', ANY],
  ['ms: `kata Cik X` is X, Cik (Miss) off', COUNCIL, 'Saya belum dapat', 'Nurul Izzah Hassan', null],
  // Indonesian forms the same reader reads, kept as they were.
  ['ms/id: `kata X` is X', 'Harga cabai naik lagi minggu ini.\n\n"Harga naik terus sejak Jumaat lalu," kata Nurhayati.', 'Harga naik terus', 'Nurhayati', null],
  // Malay active verbs without -kan (`menambah`), and "he/she" before them, never a name.
  ['ms: `Dia menambah, "…"` is the one just quoted, not a person called Dia', GROCER, 'Kami cuma ikut', 'Tan Ah Seng', ANY],
  ['ms: counter-case: a name before `menambah,` is that person', GROCER, 'Pelanggan pun', 'Rosnah Idris', null],
  ['ms: `Beliau turut menegaskan, "…"` is the one just quoted', GROCER, 'Kedai kecil', 'Rosnah Idris', null],
  ['ms: counter-case: a department before `menambah,` is described', GROCER, 'Pemeriksaan akan', DESCRIBED, null],
  ['ms/id: `katanya` after a named speaker is that speaker', '"Harga naik terus sejak Jumaat lalu," kata Nurhayati.\n\n"Banyak cabai busuk di pokok," katanya.', 'Banyak cabai busuk', 'Nurhayati', null],
];

// (`Cik` (Miss), `Puan` (Mrs) and `Encik` (Mr) are forms of address, roles.ts FORM_OF_ADDRESS: no part of the name or the role.)
kindTable('Malay tags, titles, bin/binti and bodies', ROWS);
