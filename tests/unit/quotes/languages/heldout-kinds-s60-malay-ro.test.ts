// Kinds the sixtieth held-out set showed in Malay and Romanian copy, each in fresh sentences of my own, with counter-cases.
import { kindTable } from './kind-table';

const RO_DOCTOR_AFTER_ROLE =
  'Distribuie pe Facebook   Trimite unui prieten   Tipărește\n\n' +
  'Spitalul Orășenesc Valea Lungă a închis maternitatea de la 1 martie.\n\n' +
  '„Nu avem medici neonatologi și nu putem risca viața copiilor”, a declarat marți, la sediul prefecturii, directorul medical, dr. Sorin Păunescu.\n\n' +
  'Potrivit acestuia, posturile au fost scoase la concurs de trei ori. „Am cerut ajutor ministerului, dar nu am primit răspuns”, a spus el.';
const HU_DOCTOR_THEN_POSTPOSITION = 'Az ügyész, dr. Kovács Anna szerint a bizonyítékok egyértelműek. „Nincs kétség a tettes személyét illetően” – tette hozzá.';

/** `…, <role>, dr. X Y.`: a lower-case `dr.` after a comma, its name closing the sentence, ends no sentence (sentences.ts). */
kindTable('A lower-case doctor’s title after a role and a comma, the name closing the sentence', [
  ['ro: `”, a declarat …, directorul medical, dr. X Y.` is X Y', RO_DOCTOR_AFTER_ROLE, 'Nu avem medici', 'Sorin Păunescu', 'directorul medical'],
  ['ro: `a spus el` in the next paragraph is the same doctor, not the share bar', RO_DOCTOR_AFTER_ROLE, 'Am cerut ajutor', 'Sorin Păunescu', 'directorul medical'],
  ['counter-case hu: `, dr. X Y szerint` reads on after the name and stays as it was', HU_DOCTOR_THEN_POSTPOSITION, 'Nincs kétség', 'Kovács Anna', 'ügyész'],
]);

const MS_TWO_WORD_OFFICE =
  'Timbalan Pendakwa Raya Siti Aminah Rashid memohon jaminan RM10,000 dengan seorang penjamin.\n\n' +
  '“Tertuduh boleh mengganggu saksi-saksi pendakwaan,” katanya.';
const MS_RAYA_AS_GIVEN_NAME =
  'Jurucakap Raya Aminah Yusof memohon jaminan RM10,000 dengan seorang penjamin.\n\n' +
  '“Tertuduh boleh mengganggu saksi-saksi pendakwaan,” katanya.';

/** `Timbalan Pendakwa Raya X Y Z`: a Malay office of two capitalised words before a name is no part of it (lang/malay-office.ts). */
kindTable('A Malay office of two capitalised words before a three-word name', [
  ['ms: `Timbalan Pendakwa Raya X Y Z` is X Y Z', MS_TWO_WORD_OFFICE, 'Tertuduh boleh', 'Siti Aminah Rashid', 'Pendakwa Raya'],
  ['counter-case ms: `Raya` alone after a role is a given name', MS_RAYA_AS_GIVEN_NAME, 'Tertuduh boleh', 'Raya Aminah Yusof', 'Jurucakap'],
]);

const MS_ACCORDING_OFFICE_THEN_NAME =
  'Sebuah kilang papan di Kampung Lubok Merbau terbakar awal pagi semalam.\n\n' +
  '“Kami tidak menolak kemungkinan unsur khianat dalam kejadian ini,” menurut Ketua Polis Daerah, Azman Hamid, dalam satu kenyataan.';
const MS_ACCORDING_OFFICE_ACRONYM =
  'Sebuah kilang papan di Kampung Lubok Merbau terbakar awal pagi semalam.\n\n' +
  '“Siasatan masih diteruskan,” menurut Pengarah JBPM negeri, Norazlina Hassan, petang tadi.';
const MS_ACCORDING_BODY =
  'Sebuah kilang papan di Kampung Lubok Merbau terbakar awal pagi semalam.\n\n' +
  '“Kebakaran berpunca daripada litar pintas,” menurut kenyataan Jabatan Bomba, Kuala Lumpur, semalam.';

/** `”, menurut <office …>, X Y,`: the person is the comma group after the office, not its body or acronym (lang/id.ts). */
kindTable('Malay "according to" an office and then the name after a comma', [
  ['ms: `” menurut Ketua Polis Daerah, X Y,` is X Y', MS_ACCORDING_OFFICE_THEN_NAME, 'Kami tidak menolak', 'Azman Hamid', 'Ketua Polis Daerah'],
  ['ms: `” menurut Pengarah <ACRONYM> negeri, X Y,` is X Y', MS_ACCORDING_OFFICE_ACRONYM, 'Siasatan masih', 'Norazlina Hassan', 'Pengarah'],
  ['counter-case ms: `menurut kenyataan Jabatan …, <place>,` names no one', MS_ACCORDING_BODY, 'Kebakaran berpunca', 'Jabatan Bomba', null],
]);

const MS_NAME_THEN_VERB_AFTER =
  'Peguam Datuk Hafiz Rahman Ali mewakili tertuduh dalam kes itu.\n\n' +
  'Tertuduh kelihatan tenang sepanjang prosiding.\n\n' +
  '“Kami yakin anak guam saya tidak bersalah,” Hafiz Rahman memberitahu Berita Harian selepas prosiding.';
const MS_PRONOUN_THEN_VERB_AFTER =
  'Peguam Datuk Hafiz Rahman Ali mewakili tertuduh dalam kes itu.\n\n' +
  '“Kami yakin anak guam saya tidak bersalah,” Dia memberitahu pemberita selepas prosiding.';

/** `”, X Y memberitahu <outlet> …`: a name and its active verb right after the quote is the speaker (lang/id.ts). */
kindTable('A Malay name and its active verb of saying right after the quote', [
  ['ms: `” X Y memberitahu <outlet>` is the person X Y names', MS_NAME_THEN_VERB_AFTER, 'Kami yakin', 'Hafiz Rahman Ali', 'Peguam'],
  ['counter-case ms: `” Dia memberitahu …` is the pronoun, the one person named before', MS_PRONOUN_THEN_VERB_AFTER, 'Kami yakin', 'Hafiz Rahman Ali', 'Peguam'],
]);
