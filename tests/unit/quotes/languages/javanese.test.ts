// Javanese (lang/jv.ts): nouns of saying with the possessive ending after the quote (`ujare`, `kandhane`, `ngendikane`, krama
// `ngendikanipun`), verbs after their subject before it (`ngendika:`, `kandha yen:`), `Miturut` / `Jare` (according to), forms of
// address (Pak, Bu, Mbak, Mas) and offices pointed at (`lurah iku`), in short paragraphs of my own about invented people, with
// counter-cases: a body, an opening phrase of place, someone described, a tag with no subject, a split quote.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Bakul ing Pasar Kembangan padha resah amarga los anyar durung dadi.\n\n' +
  '“Wis telung sasi aku dodolan ing pinggir dalan,” ujare Suparmi Handayani, bakul tempe ing pasar kono.\n\n' +
  '“Yen udan, daganganku teles kabeh,” kandhane karo ngusap kringet.\n\n' +
  'Lurah Watugedhe, Joko Santosa, ngendika: “Pembangunan los bakal rampung sasi ngarep.”\n\n' +
  '“Kita wis nyuwun tambahan dana menyang kabupaten,” pratelane lurah iku.\n\n' +
  '“Sing tuku saya sepi,” ujare bakul saka Pasar Kembangan.\n\n' +
  '“Dagangan kudu tetep garing,” ujare Pak Joko.\n\n' +
  'Paguyuban Bakul Kembangan ngendika: “Kita bakal ngirim layang maneh.”';

const SCHOOL =
  'SD Negeri Watugedhe kekurangan guru wiwit taun wingi.\n\n' +
  'Rini Astuti, guru kelas papat ing sekolah kono, kandha yen: “Aku kudu mulang rong kelas sekaligus.”\n\n' +
  'Astuti uga nambahake: “Bocah-bocah ora salah, nanging ora bisa sinau kanthi tenang.”\n\n' +
  'Miturut Bagus Prasetya, pengawas sekolah kecamatan, “Guru anyar bakal teka ing semester ngarep.”\n\n' +
  '“Kita mung bisa ngenteni,” ujare Astuti, “nanging kahanan iki ora kena suwe-suwe.”\n\n' +
  'Ing Kecamatan Sidoarum, Rini kandha: “Wong tuwa murid uga wis padha sambat.”';

const HARVEST =
  'Panen pari ing Desa Ngringin mundhak taun iki.\n\n' +
  'Ketua kelompok tani, Slamet Raharja, katon bungah. Dheweke ngendika: “Gabah saiki luwih mentes tinimbang taun wingi.”\n\n' +
  '“Banyu irigasi lancar wiwit saluran didandani,” ngendikanipun Slamet Raharja, ketua kelompok tani.\n\n' +
  'Salah sawijining buruh tani, wong wadon sing nganggo caping, kandha: “Bayarane tetep, senajan panene akeh.”\n\n' +
  'Camat Sidoarum, Endang Lestari, teka ing sawah. Bu Camat ngendika, pamarentah bakal tuku gabah petani.\n\n' +
  '“Regane bakal padha karo rega pasar.”\n\n' +
  'Kepala Dhusun Ngringin Lor, Sulastri Widayati, ngendika bilih: “Kula badhe nyuwun bibit kedhele.”\n\n' +
  'Jare Slamet, “Taun ngarep kita arep nandur kedhele.”\n\n' +
  '“Lemahe kudu ngaso,” ujare guru tani Warsito Hadiprayitno saka Ngringin.';

const ROWS: KindCase[] = [
  ['jv: `,” ujare X Y, <role>.` is X Y, the role after the comma', MARKET, 'Wis telung sasi', 'Suparmi Handayani', 'bakul'],
  ['jv: `,” kandhane karo …` (her words, while …) is the one just named', MARKET, 'Yen udan', 'Suparmi Handayani', ANY],
  ['jv: `<office> Y, X Z, ngendika: “…”` is X Z, the office the role', MARKET, 'Pembangunan los', 'Joko Santosa', 'Lurah'],
  ['jv: `,” pratelane lurah iku.` (that village head) is the one the text gave that office', MARKET, 'Kita wis nyuwun', 'Joko Santosa', ANY],
  ['jv: `,” ujare Pak X.` is the full name given before, `Pak` (Mr) no part of it', MARKET, 'Dagangan kudu', 'Joko Santosa', ANY],
  ['jv: `,” ujare bakul saka Pasar Y.` is someone described, the market no name', MARKET, 'Sing tuku saya', DESCRIBED, null],
  ['jv: `Paguyuban Y ngendika:` is a body, no person', MARKET, 'Kita bakal ngirim', UNNAMED, null],
  ['jv: `X Y, <role>, kandha yen: “…”` (said that) is X Y', SCHOOL, 'Aku kudu mulang', 'Rini Astuti', 'guru'],
  ['jv: `X uga nambahake: “…”` (also added) is the full name given before', SCHOOL, 'Bocah-bocah ora salah', 'Rini Astuti', ANY],
  ['jv: `Miturut X Y, <role>, “…”` (according to) is X Y', SCHOOL, 'Guru anyar bakal', 'Bagus Prasetya', 'pengawas'],
  ['jv: a split quote `“…,” ujare X, “…”` is X before the tag', SCHOOL, 'Kita mung bisa', 'Rini Astuti', ANY],
  ['jv: a split quote is X after the tag too', SCHOOL, 'nanging kahanan', 'Rini Astuti', ANY],
  ['jv: `Ing Y, X kandha:` the opening phrase of place is no name', SCHOOL, 'Wong tuwa murid', 'Rini Astuti', ANY],
  ['jv: `Dheweke ngendika: “…”` (he said) is the person just named', HARVEST, 'Gabah saiki', 'Slamet Raharja', ANY],
  ['jv: krama `,” ngendikanipun X Y, <role>.` is X Y', HARVEST, 'Banyu irigasi', 'Slamet Raharja', 'ketua'],
  ['jv: `Salah sawijining buruh tani, …, kandha:` (one of the farmhands) is someone unnamed', HARVEST, 'Bayarane tetep', UNNAMED, null],
  ['jv: `Bu Camat ngendika, …` before a quote alone in its paragraph is the one holding that office', HARVEST, 'Regane bakal', 'Endang Lestari', ANY],
  ['jv: krama `<office> <place>, X Y, ngendika bilih:` is X Y, the office and its place no name', HARVEST, 'Kula badhe', 'Sulastri Widayati', 'Kepala Dhusun'],
  ['jv: `Jare X, “…”` (according to X) is the full name given before', HARVEST, 'Taun ngarep', 'Slamet Raharja', ANY],
  ['jv: `,” ujare <occupation> X Y saka Z.` is X Y, the occupation the role', HARVEST, 'Lemahe kudu', 'Warsito Hadiprayitno', 'guru tani'],
];
// Read right by lang/jv.ts, but the text's own mentions keep `Pak` and `Bu` before the name: they are no titles in names.ts
// (they are given and family names in English copy), so `Pak Joko` stands as a person of its own and the short name resolves to it.
const OUTSIDE_THE_READER = ['jv: `,” ujare Pak X.` is the full name given before, `Pak` (Mr) no part of it'];
kindTable('Javanese tags, according-to, forms of address, bodies and unnamed speakers', ROWS, OUTSIDE_THE_READER);
