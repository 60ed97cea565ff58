// Kinds the seventy-first held-out set showed in Indonesian and Bengali copy, each in fresh sentences of my own, with
// counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const PRONOUN_LONG_OBJECT_COLON =
  'Perpustakaan desa di Lembah Hijau dibuka kembali setelah banjir. Pekerjaan perbaikan dipimpin oleh Dewi Anggraini, pustakawan yang sudah bekerja di sana selama dua puluh tahun. Ia menjelaskan bagaimana buku-buku yang basah dikeringkan satu per satu:\n\n' +
  '“Kami menjemur ribuan halaman di lapangan sekolah selama tiga minggu. Banyak yang bisa diselamatkan.”\n\nWarga menyambut gembira.';
const NAME_LONG_OBJECT_COLON =
  'Perpustakaan desa di Lembah Hijau dibuka kembali setelah banjir. Pekerjaan perbaikan dipimpin oleh Dewi Anggraini, pustakawan yang sudah bekerja di sana selama dua puluh tahun. Agus Prasetyo menjelaskan bagaimana buku-buku yang basah dikeringkan satu per satu:\n\n' +
  '“Kami menjemur ribuan halaman di lapangan sekolah selama tiga minggu. Banyak yang bisa diselamatkan.”\n\nWarga menyambut gembira.';
const TOLD_OUTLET_FRONTED =
  'Bupati Lembah Hijau Hendra Gunawan hadir dalam pembukaan itu. Kepada Harian Pagi Nusantara ia mengatakan: “Kami akan menanggung biaya buku baru tahun depan.”\n\nAcara ditutup dengan doa.';
const TOLD_FRONTED_THEN_NAME =
  'Bupati Lembah Hijau Hendra Gunawan hadir dalam pembukaan itu. Kepada wartawan, Camat Sari Wulandari mengatakan: “Kami akan menanggung biaya buku baru tahun depan.”\n\nAcara ditutup dengan doa.';

/** `Ia menjelaskan <a long object>:` is "he/she", never a name `Ia` (lang/id.ts PRONOUN_SAYS_BEFORE). */
kindTable('Indonesian "Ia" and a verb of saying with a long object before a colon', [
  ['id: `Ia menjelaskan bagaimana …:` is the person just brought in', PRONOUN_LONG_OBJECT_COLON, 'Kami menjemur', 'Dewi Anggraini', ANY],
  ['counter-case id: a named subject before the same verb is that name', NAME_LONG_OBJECT_COLON, 'Kami menjemur', 'Agus Prasetyo', ANY],
]);

/** `Kepada <outlet> ia mengatakan:`: the fronted listener is no name, the pronoun the speaker (lang/id.ts, run-before.ts). */
kindTable('Indonesian fronted "Kepada X" (to X) before "ia mengatakan"', [
  ['id: `Kepada Harian … ia mengatakan:` is the person last named, not the paper', TOLD_OUTLET_FRONTED, 'Kami akan menanggung', 'Hendra Gunawan', ANY],
  ['counter-case id: `Kepada wartawan, <Name> mengatakan:` is that name', TOLD_FRONTED_THEN_NAME, 'Kami akan menanggung', 'Sari Wulandari', ANY],
]);

const HYPHENATED_OCCUPATION =
  '‘নদীর পাড় ভেঙে আমার ঘর চলে গেছে। এখন আত্মীয়ের বাড়িতে থাকি।’—এ কথা বলছিলেন সোনাপুর গ্রামের মাছ-ব্যবসায়ী রফিকুল ইসলাম।\n\nগ্রামের আরও অনেকে একই কথা বলেন।';
const HYPHENATED_NAME_AFTER_ROLE =
  '‘নদীর পাড় ভেঙে আমার ঘর চলে গেছে। এখন আত্মীয়ের বাড়িতে থাকি।’—এ কথা বলছিলেন সোনাপুর গ্রামের শিক্ষক নূর-জাহান বেগম।\n\nগ্রামের আরও অনেকে একই কথা বলেন।';

/** `মাছ-ব্যবসায়ী X Y`: a hyphenated compound whose last part is an occupation is the role, no part of the name (lang/bn.ts isRole). */
kindTable('Bengali hyphenated occupation before a name', [
  ['bn: `মাছ-ব্যবসায়ী X Y` is X Y', HYPHENATED_OCCUPATION, 'নদীর পাড় ভেঙে', 'রফিকুল ইসলাম', ANY],
  ['counter-case bn: a hyphenated given name after a role stays in the name', HYPHENATED_NAME_AFTER_ROLE, 'নদীর পাড় ভেঙে', 'নূর-জাহান বেগম', ANY],
]);

const ANONYMOUS_AFTER_UNNAMED =
  'বাঁধের কাজ নিয়ে প্রশ্ন তুলেছেন স্থানীয় সংসদ সদস্য মাহমুদা খাতুন। তিনি বলেন, ‘এক বছরেও কাজ শেষ হয়নি।’\n\n' +
  'তবে দেরির জন্য পানি উন্নয়ন বোর্ড দায়ী নয় বলে দাবি করেছেন বোর্ডের এক কর্মকর্তা। নাম প্রকাশ না করার শর্তে তিনি বলেন, ‘বরাদ্দ সময়মতো আসেনি। আমরা কী করব?’\n\nএলাকাবাসী হতাশ।';
const PRONOUN_AFTER_UNNAMED_NO_ANONYMITY =
  'বাঁধের কাজ নিয়ে প্রশ্ন তুলেছেন স্থানীয় সংসদ সদস্য মাহমুদা খাতুন। তিনি বলেন, ‘এক বছরেও কাজ শেষ হয়নি।’\n\n' +
  'তবে দেরির জন্য পানি উন্নয়ন বোর্ড দায়ী নয় বলে দাবি করেছেন বোর্ডের এক কর্মকর্তা। সভায় তিনি বলেন, ‘বরাদ্দ সময়মতো আসেনি। আমরা কী করব?’\n\nএলাকাবাসী হতাশ।';

/** `… এক কর্মকর্তা। নাম প্রকাশ না করার শর্তে তিনি বলেন,`: the pronoun of an anonymous source is the unnamed person before (lang/anonymous.ts, lang/unnamed-closing.ts). */
kindTable('Bengali "on condition of anonymity he said" after an unnamed person', [
  ['bn: `নাম প্রকাশ না করার শর্তে তিনি বলেন` is the unnamed official', ANONYMOUS_AFTER_UNNAMED, 'বরাদ্দ সময়মতো', DESCRIBED, ANY],
  ['counter-case bn: with no anonymity the same `তিনি বলেন` stays with the person last named', PRONOUN_AFTER_UNNAMED_NO_ANONYMITY, 'বরাদ্দ সময়মতো', 'মাহমুদা খাতুন', ANY],
]);
