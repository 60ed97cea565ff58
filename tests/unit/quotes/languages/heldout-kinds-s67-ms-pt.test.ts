// Kinds the sixty-seventh held-out set showed in Malay and European Portuguese, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY } from './kind-table';

const OFFICE_OVER_COMMITTEE =
  'Sebuah jambatan baharu dibuka kepada orang ramai semalam.\n\n' +
  '“Jambatan ini nadi ekonomi kampung kami,” kata Pengerusi Jawatankuasa Kerja Raya Negeri, Datuk Harun Mokhtar Salleh ketika merasmikan jambatan itu.';
const OFFICE_OVER_JOINED_COMMITTEE =
  'Sebuah jambatan baharu dibuka kepada orang ramai semalam.\n\n' +
  '“Jambatan ini nadi ekonomi kampung kami,” kata Pengerusi Jawatankuasa Kerja Raya dan Pembangunan Luar Bandar Negeri, Datuk Harun Mokhtar Salleh ketika merasmikan jambatan itu.';
const OFFICE_HOLDER_NAMED_DIRECTLY =
  'Sebuah jambatan baharu dibuka kepada orang ramai semalam.\n\n' +
  '“Jambatan ini nadi ekonomi kampung kami,” kata Harun Mokhtar Salleh ketika merasmikan jambatan itu.';

/** `kata Pengerusi Jawatankuasa X (dan Y) Negeri, Datuk A B`: an office over a committee, then the person (lang/id.ts, newlang-roles.ts). */
kindTable('A Malay office over a committee, then the person in a comma group', [
  ['ms: `kata Pengerusi Jawatankuasa X Negeri, Datuk A B C` is A B C', OFFICE_OVER_COMMITTEE, 'Jambatan ini', 'Harun Mokhtar Salleh', 'Pengerusi Jawatankuasa'],
  ['ms: the committee joining two fields with `dan` is still the office', OFFICE_OVER_JOINED_COMMITTEE, 'Jambatan ini', 'Harun Mokhtar Salleh', 'Pengerusi Jawatankuasa Kerja Raya dan Pembangunan'],
  ['counter-case ms: `kata A B C` with no office keeps the name, no role', OFFICE_HOLDER_NAMED_DIRECTLY, 'Jambatan ini', 'Harun Mokhtar Salleh', null],
]);

const DESCRIBED_AFTER_PLACE =
  'Sebuah jambatan baharu dibuka kepada orang ramai semalam.\n\n' +
  '“Jambatan ini bukan sekadar konkrit,” kata Pengerusi Jawatankuasa Kerja Raya Negeri, Datuk Noraini Abdul Hamid ketika merasmikan jambatan itu.\n\n' +
  'Beliau berkata, kerajaan negeri membelanjakan RM55 juta bagi projek itu. Noraini menyifatkan feri lama di sungai itu sebagai “bahaya harian” penduduk Lembah Jati.\n\n' +
  '“Saya sendiri akan berjalan kaki melintasinya setiap pagi,” kata wanita berusia 58 tahun itu yang disambut tepukan penduduk.\n\n' +
  'Ketua Polis Daerah Lembah Jati, Asisten Komisioner Roslan Ismail memberitahu Radio Jati FM: “Kenderaan berat dilarang melalui jambatan itu mulai esok.”';
const STREET_IN_BODY =
  'Kerajaan negeri membina laluan baharu sepanjang dua kilometer di Jalan Kenari.\n\n' +
  '“Kami tidak menentang jambatan ini, tetapi gerai kami kehilangan pelanggan.” Demikian kata Tan Mei Ling, pengerusi Persatuan Penjaja Jalan Kenari yang mewakili kira-kira 40 gerai di situ.\n\n' +
  '“Sejak kerja-kerja bermula setahun lalu, jualan kami jatuh separuh. Ada yang sudah berpindah ke pekan lain.\n\n' +
  '“Kami cuma minta majlis daerah sediakan tempat letak kereta sementara, itu sahaja,” tambahnya.\n\n' +
  'Pihak kontraktor memaklumkan fasa kedua akan siap tahun depan.';
const PRINCE_BANDAR =
  'Delegasi itu tiba di ibu negara semalam.\n\n' +
  '“Kami datang untuk berunding, bukan untuk bertelagah,” kata Bandar bin Khalid kepada pemberita.';

/** `Lembah Jati`, `Daerah X`, `Jalan X`, `Polis X`: a Malay place or the police is no one a descriptor or `tambahnya` goes to (non-person-words.ts). */
kindTable('A Malay place name (valley, district, street) or the police taken for a person', [
  ['ms: `kata wanita berusia 58 tahun itu` after `penduduk Lembah Jati` is the woman just quoted', DESCRIBED_AFTER_PLACE, 'Saya sendiri', 'Noraini Abdul Hamid', 'Pengerusi'],
  ['ms: `Ketua Polis Daerah X, Asisten Komisioner A B` still reads A B', DESCRIBED_AFTER_PLACE, 'Kenderaan berat', 'Roslan Ismail', 'Ketua Polis Daerah Lembah Jati'],
  ['ms: `tambahnya` after `pengerusi Persatuan Penjaja Jalan X` is the chair, not the street', STREET_IN_BODY, 'Sejak kerja-kerja', 'Tan Mei Ling', ANY],
  ['counter-case ms: `Bandar bin Khalid`, a name with `bin`, stays a person', PRINCE_BANDAR, 'Kami datang', 'Bandar bin Khalid', null],
]);

const HAKIM_INSIDE_NAME =
  'Sebuah jambatan baharu dibuka kepada orang ramai semalam.\n\n' +
  'Ketua Pegawai Eksekutif Jati Konkrit Sdn Bhd, Azlan Hakim Yusof mengakui kontraktor menerima banyak aduan. Menurut Azlan Hakim, “semua retakan kecil akan dibaiki dalam tempoh sebulan”.';
const HAKIM_AS_OFFICE =
  'Perbicaraan itu bersambung semalam.\n\n' +
  '“Mahkamah tidak boleh menunggu lebih lama,” kata Ketua Hakim Yusof ketika membacakan keputusan itu.';

/** `Azlan Hakim Yusof`: a role noun between a given and a family name is a word of the name (role-word-in-name.ts). */
kindTable('A role noun inside a three-word Malay name', [
  ['ms: `Menurut Azlan Hakim,` after `A Hakim Y` introduced is the full name', HAKIM_INSIDE_NAME, 'semua retakan', 'Azlan Hakim Yusof', 'Ketua Pegawai Eksekutif'],
  ['counter-case ms: `Ketua Hakim Yusof`, an office before it, keeps Hakim the office', HAKIM_AS_OFFICE, 'Mahkamah tidak', 'Yusof', 'Hakim'],
]);

const YOUNG_ONE_APPOSED =
  'O Lusitano de Vila Alva eliminou ontem o Académico no desempate por grandes penalidades.\n\n' +
  'O herói da tarde foi Rafael Antunes, médio de 20 anos que só chegou ao plantel em agosto e que travou os remates de Nuno Ferraz e de Paulo Garrido no desempate.\n\n' +
  '«Vi os jogos deles todos na televisão durante a semana. O treinador mandou-me ter calma e foi o que fiz», contou o jovem, que estuda Direito em Lisboa.';
const YOUNG_ONE_PLAIN =
  'O Lusitano de Vila Alva eliminou ontem o Académico no desempate por grandes penalidades.\n\n' +
  'O árbitro anulou os golos de Nuno Ferraz e de Paulo Garrido na primeira parte.\n\n' +
  '«Vi os jogos deles todos na televisão durante a semana. O treinador mandou-me ter calma e foi o que fiz», contou o jovem, que estuda Direito em Lisboa.';

/** `X, guarda-redes … que defendeu os remates de Y`: Y, in the relative clause of X's apposition, is not `o jovem` (lang/apposed-relative.ts). */
kindTable('A Portuguese descriptor after a sentence naming a rival inside the hero’s apposition', [
  ['pt: `contou o jovem` after `foi X, médio de 20 anos que travou os remates de Y e de Z` is X', YOUNG_ONE_APPOSED, 'Vi os jogos', 'Rafael Antunes', 'jovem'],
  ['counter-case pt: with no apposition the latest named stays the one meant', YOUNG_ONE_PLAIN, 'Vi os jogos', 'Paulo Garrido', 'jovem'],
]);

/** `Belediye Başkanı Karaca`: a body before the role word keeps it the office's, not a word of the name (role-word-in-name.ts). */
kindTable('A role word between a body and a family name stays an office', [
  ['counter-case tr: `dedi Belediye Başkanı Karaca` is the mayor named before in full',
    'Köyde dolu hasarı büyük. Belediye Başkanı Hüseyin Karaca köylülerle görüştü. “Gerekirse Ankara’ya kadar gideceğiz,” dedi Belediye Başkanı Karaca.',
    'Gerekirse Ankara', 'Hüseyin Karaca', ANY],
]);
