// Kinds the sixtieth held-out set showed in Swahili and Malay copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const COACH_DESCRIPTION_THEN_NAME =
  'MJINI – Simba Bay walishinda mabao mawili kwa moja jana jioni.\n\n' +
  '“Tulijituma sana kwa dakika zote tisini,” alisema kocha msaidizi wa Simba Bay, Rashidi Omari Mwinyi, baada ya mechi.';
const RESIDENT_DESCRIPTION_THEN_CLAUSE =
  'MJINI – Simba Bay walishinda mabao mawili kwa moja jana jioni.\n\n' +
  '“Tulijituma sana kwa dakika zote tisini,” alisema mkazi mmoja wa Tanga, ambaye hakutaka kutajwa.';

/** `,” alisema kocha mkuu wa Y, X Z, baada ya …`: the lower-case description before a comma is the role of the name after it (sw.ts). */
kindTable('Swahili: a description set off before a name after the tag verb is the name’s role', [
  ['sw: `alisema kocha msaidizi wa Y, X Z,` is X Z', COACH_DESCRIPTION_THEN_NAME, 'Tulijituma sana', 'Rashidi Omari Mwinyi', 'kocha msaidizi wa Simba Bay'],
  ['counter-case sw: `alisema mkazi mmoja wa Y, ambaye …` stays someone described', RESIDENT_DESCRIPTION_THEN_CLAUSE, 'Tulijituma sana', DESCRIBED, ANY],
]);

const DEFENDER_OPENS_SENTENCE =
  'MJINI – Timu ya Nyota ilishinda jana.\n\n' +
  'Mlinzi Juma Kassim Bakari alifunga bao moja katika dakika ya 80.\n\n' +
  '“Nimefurahi sana kwa ajili ya mashabiki,” alisema Bakari.';
const NAME_OPENS_SENTENCE =
  'MJINI – Timu ya Nyota ilishinda jana.\n\n' +
  'Juma Kassim Bakari alifunga bao moja katika dakika ya 80.\n\n' +
  '“Nimefurahi sana kwa ajili ya mashabiki,” alisema Bakari.';

/** `Mshambuliaji X Y alifunga …`: a Swahili trade opening a sentence before a name is the role, not the name's first word (newlang-roles.ts). */
kindTable('Swahili: a capitalised trade opening a sentence is no part of the name', [
  ['sw: `Mlinzi X Y Z alifunga …` then `alisema Z` is X Y Z', DEFENDER_OPENS_SENTENCE, 'Nimefurahi sana', 'Juma Kassim Bakari', ANY],
  ['counter-case sw: a name opening the sentence keeps its first word', NAME_OPENS_SENTENCE, 'Nimefurahi sana', 'Juma Kassim Bakari', ANY],
]);

const SESSIONS_JUDGE =
  'KUALA KANGSAR – Seorang kontraktor dihadapkan ke Mahkamah Sesyen di sini hari ini atas tuduhan menipu.\n\n' +
  '“Mahkamah menerima hujah pembelaan,” kata Hakim Sesyen Faridah Ahmad Tajudin sebelum menetapkan jaminan.';
const JUDGE_WITHOUT_COURT =
  'KUALA KANGSAR – Seorang kontraktor dihadapkan ke Mahkamah Sesyen di sini hari ini atas tuduhan menipu.\n\n' +
  '“Mahkamah menerima hujah pembelaan,” kata Hakim Faridah Ahmad Tajudin sebelum menetapkan jaminan.';
const SESSIONS_COURT_AS_PLACE =
  'KUALA KANGSAR – Seorang kontraktor dihadapkan ke mahkamah di sini hari ini atas tuduhan menipu.\n\n' +
  '“Kami akan hadir setiap hari,” kata seorang pegawai di Mahkamah Sesyen.';

/** `kata Hakim Sesyen X Y Z` (sessions judge): the court's level after the office is the role, not the name's first word (newlang-roles.ts). */
kindTable('Malay: a sessions judge’s court level belongs to the role', [
  ['ms: `kata Hakim Sesyen X Y Z` is X Y Z', SESSIONS_JUDGE, 'Mahkamah menerima hujah', 'Faridah Ahmad Tajudin', ANY],
  ['counter-case ms: `kata Hakim X Y Z` keeps the whole name', JUDGE_WITHOUT_COURT, 'Mahkamah menerima hujah', 'Faridah Ahmad Tajudin', ANY],
  ['counter-case ms: the court named as a place makes no speaker of its level', SESSIONS_COURT_AS_PLACE, 'Kami akan hadir', DESCRIBED, ANY],
]);
