// Kinds the fifty-fifth held-out set showed in Indonesian and Malay copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const TOLD_OUTLET_SET_OFF =
  'Hujan belum turun di Sumba Timur. Kepala Dinas Pertanian Sumba Timur, Markus Lende, kepada Flores Pos, Selasa (4/3), mengatakan pihaknya sudah menyiapkan benih.\n\n' +
  '"Kami sudah bagikan dua ton benih ke petani. Tapi lahan masih kering," ujarnya.';
const TOLD_OUTLET_THAT =
  'Banjir melanda kampung itu. Pegawai Jabatan Pengairan, Encik Faizal Omar, memberitahu Harian Timur bahawa pam air sudah dipasang.\n\n' +
  '“Kami pasang tiga pam di tebing sungai. Paras air masih tinggi,” katanya.';
const NAMED_SPEAKER_AFTER_KEPADA =
  'Bantuan benih tiba di Waingapu. Surat itu dikirim kepada Bupati Yosef Ndapa pekan lalu.\n\n' +
  '"Kami sudah bagikan dua ton benih ke petani," kata Yosef Ndapa.';

/** `X, kepada <Outlet>, <day>, mengatakan …`, `X memberitahu <Outlet> bahawa …`: whom X talks to is no speaker (run-before.ts). */
kindTable('The outlet an Indonesian or Malay speaker talks to is never the speaker', [
  ['id: `X, kepada <Outlet>, Selasa, mengatakan` then `ujarnya` is X', TOLD_OUTLET_SET_OFF, 'Kami sudah bagikan', 'Markus Lende', ANY],
  ['ms: `X memberitahu <Outlet> bahawa` then `katanya` is X', TOLD_OUTLET_THAT, 'Kami pasang tiga pam', 'Faizal Omar', ANY],
  ['counter-case id: a person after `kepada` who then speaks by name keeps the name', NAMED_SPEAKER_AFTER_KEPADA, 'Kami sudah bagikan', 'Yosef Ndapa', ANY],
]);

const BELIAU_AFTER_ADJUNCT =
  'Menteri Besar, Datuk Azlan Hashim, mengumumkan peruntukan baharu untuk petani.\n\n' +
  'Dalam sidang media di Ipoh semalam, beliau berkata: “Kita akan bantu semua petani yang terjejas banjir.”';
const NAMED_AFTER_ADJUNCT =
  'Menteri Besar, Datuk Azlan Hashim, mengumumkan peruntukan baharu untuk petani.\n\n' +
  'Dalam sidang media di Ipoh semalam, Puan Salmah Idris berkata: “Kita akan bantu semua petani yang terjejas banjir.”';

/** `Dalam <occasion>, beliau berkata:`: the respectful pronoun after a fronted adjunct is the person just brought in (lang/id.ts). */
kindTable('Malay `beliau` after a fronted adjunct before a colon', [
  ['ms: `Dalam sidang media …, beliau berkata:` is the minister just named', BELIAU_AFTER_ADJUNCT, 'Kita akan bantu', 'Azlan Hashim', ANY],
  ['counter-case ms: a name after the adjunct is that name', NAMED_AFTER_ADJUNCT, 'Kita akan bantu', 'Salmah Idris', ANY],
]);

const VI_YOUNG_NAMED_APPOSED =
  'Ông Trần Văn Hải, giáo viên, nói về lũ. “Nước lên nhanh quá, chúng tôi không kịp chạy”, em Lê Minh Khoa, học sinh lớp 7, con trai một hộ dân ven sông, chia sẻ.';
const VI_NAME_AS_LISTENER =
  'Lũ về trong đêm. “Nước lên nhanh quá, chúng tôi không kịp chạy”, ông Trần Văn Hải nói với em Lê Minh Khoa, học sinh lớp 7.';

/** `”, em X, <role>, <more>, chia sẻ.`: a form of address, the name, descriptions set off by commas, the verb (lang/vi.ts). */
kindTable('Vietnamese tag: form of address, name, descriptions, verb', [
  ['vi: `”, em X, học sinh lớp 7, con trai …, chia sẻ.` is X', VI_YOUNG_NAMED_APPOSED, 'Nước lên nhanh', 'Lê Minh Khoa', ANY],
  ['counter-case vi: `”, ông X nói với em Y, …` is X, not whom he spoke to', VI_NAME_AS_LISTENER, 'Nước lên nhanh', 'Trần Văn Hải', ANY],
]);
