// Malay, Tamil and Croatian shapes of attribution (the fifty-fourth held-out set showed a Malay council member's and a long
// association office's role lost before the comma, a trade after the age lost, a quote from "that statement" given to the
// last person named, a Tamil answer after "when asked X" left unattributed, and a Dalmatian form of address kept as the role
// over the occupation after the name), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const MS = '“Kami sudah lama menunggu jalan ini dibaiki tetapi tiada siapa datang melihat,”';

/** `Ahli Majlis X, Name …` then `katanya`: a seat in a council or house is the role (malay-office-lead.ts). */
kindTable('Malay: a member of a council or house set before the name is the role', [
  ['`Ahli Majlis <acronym>, X Y ketika dihubungi …`', `Ahli Majlis MPKJ, Zubaidah Hashim ketika dihubungi berkata kerja itu akan bermula bulan depan.\n\n${MS} katanya.`, 'Kami sudah', 'Zubaidah Hashim', 'Ahli Majlis'],
  ['`Ahli Parlimen <seat>, X Y berkata …`', `Ahli Parlimen Sungai Beroh, Faizal Omar berkata peruntukan sudah diluluskan.\n\n${MS} katanya lagi.`, 'Kami sudah', 'Faizal Omar', 'Ahli Parlimen'],
  ['counter-case: `Ahli gizi, Dr. X` is no seat and gets no role here', `Ahli gizi, Dr. Zubaidah Hashim ketika dihubungi berkata kerja itu akan bermula bulan depan.\n\n${MS} katanya.`, 'Kami sudah', 'Zubaidah Hashim', null],
]);

/** `Pengerusi Persatuan A dan B C D E, X Y berkata, …`: an office over a long body joined by `dan` keeps its role (malay-office-lead.ts). */
kindTable('Malay: an office over a long body name joined by `dan` is the role', [
  ['an eight-word office', `Pengerusi Persatuan Nelayan dan Pengusaha Kecil Teluk Sari Hilir, Rosli Mat Noor berkata, persatuan itu tidak dimaklumkan.\n\n${MS} katanya.`, 'Kami sudah', 'Rosli Mat Noor', 'Pengerusi'],
  ['with a/l in the name', `Ketua Gabungan Petani dan Penternak Kecil Bukit Seroja Utara, Ganesan a/l Maniam berkata, mesyuarat belum diadakan.\n\n${MS} katanya.`, 'Kami sudah', 'Ganesan a/l Maniam', 'Ketua'],
  ['counter-case: a plain clause before the comma gives no role', `Selepas mesyuarat panjang dan perbincangan dengan penduduk kampung semalam, Rosli Mat Noor berkata, persatuan itu tidak dimaklumkan.\n\n${MS} katanya.`, 'Kami sudah', 'Rosli Mat Noor', null],
]);

/** `”, kata X, 58, penjaja generasi ketiga.`: a trade after the age is the role; `di pusat penjaja` ("at the hawker centre") is a place. */
kindTable('Malay: a trade after the name and age is the role', [
  ['hawker', `${MS} kata Wong, 61, penjaja generasi kedua.`, 'Kami sudah', 'Wong', 'penjaja'],
  ['trader', `${MS} kata Salmah, 49, peniaga kain di situ.`, 'Kami sudah', 'Salmah', 'peniaga'],
  ['guard: the hawker centre in the tag is no role of the one named before', `Pengerusi Persatuan Nelayan dan Pengusaha Kecil Teluk Sari Hilir, Rosli Mat Noor berkata, persatuan itu tidak dimaklumkan.\n\n${MS} katanya ketika ditemui di pusat penjaja itu.`, 'Kami sudah', 'Rosli Mat Noor', 'Pengerusi'],
]);

/** `“…,” menurut kenyataan itu.`: words from a statement, no person (lang/id.ts). */
kindTable('Malay: "according to that statement" is a description, not the last person named', [
  ['`menurut kenyataan itu`', `Encik Hafiz Zainal berkata kerja akan siap tahun ini. ${MS} menurut kenyataan itu.`, 'Kami sudah', DESCRIBED, null],
  ['`menurut laporan tersebut`', `Puan Aminah Said berkata kerja akan siap tahun ini. ${MS} menurut laporan tersebut.`, 'Kami sudah', DESCRIBED, null],
  ['counter-case: a statement by a named office holder names the person', `${MS} menurut kenyataan Menteri Besar, Datuk Hafiz Zainal.`, 'Kami sudah', 'Hafiz Zainal', ANY],
]);

const TA = '“ஒவ்வொரு வருஷமும் நான் இங்கே கடை போடுவேன், அது என் வழக்கம்”';

/** `… என்று Xஇடம் கேட்டபோது, “…” என்று பதிலளித்தார்.`: the one asked answers (lang/ta.ts). */
kindTable('Tamil: the person asked answers the quote after "when asked"', [
  ['a name in -ம், `-த்திடம்`', `கோவில் விழாவில் பெரும் கூட்டம் இருந்தது. வி. ராமலிங்கம் பூக்கடை நடத்துகிறார். அவர் காலை முதல் கடையில் இருந்தார்.\n\nமீண்டும் வருவீர்களா என்று ராமலிங்கத்திடம் கேட்டபோது, ${TA} என்று சிரித்தபடி பதிலளித்தார்.`, 'ஒவ்வொரு', 'வி. ராமலிங்கம்', ANY],
  ['a name in a consonant, `-ிடம்`', `கோவில் விழாவில் பெரும் கூட்டம் இருந்தது. கே. செல்வகுமார் பூக்கடை நடத்துகிறார். அவர் காலை முதல் கடையில் இருந்தார்.\n\nமீண்டும் வருவீர்களா என்று செல்வகுமாரிடம் கேட்டபோது, ${TA} என்று சிரித்தபடி பதிலளித்தார்.`, 'ஒவ்வொரு', 'கே. செல்வகுமார்', ANY],
]);

const HR = '„Nekad smo sve imali na otoku, a danas bez broda nema ni kruha ni lijekova.“';

/** `Barba X Y, umirovljeni ribar, …`: the occupation after the name outranks the form of address before it (south-slavic-address.ts). */
kindTable('Croatian: an occupation after the name outranks a Dalmatian form of address', [
  ['`Barba X Y, umirovljeni ribar od 80 godina,`', `Stariji mještani pamte gore dane. Barba Ante Kovač, umirovljeni ribar od 80 godina, sjeća se broda dvaput tjedno.\n\n${HR.replace(/“$/u, '“,')} priča Kovač.`, 'Nekad smo', 'Ante Kovač', 'ribar'],
  ['counter-case: a relative clause after the name leaves the address', `Stariji mještani pamte gore dane. Barba Ante Kovač, koji živi sam, sjeća se broda dvaput tjedno.\n\n${HR.replace(/“$/u, '“,')} priča Kovač.`, 'Nekad smo', 'Ante Kovač', '=Barba'],
  ['counter-case: a trade before the name stays', `Stariji mještani pamte gore dane. Učiteljica Ana Horvat, majka troje djece, sjeća se broda dvaput tjedno.\n\n${HR.replace(/“$/u, '“,')} priča Horvat.`, 'Nekad smo', 'Ana Horvat', 'Učiteljica'],
]);
