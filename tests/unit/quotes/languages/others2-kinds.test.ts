// Batch others2 (20 articles in sv, da, no, fi, tr, el, cs, sk, hu, ro, hr, bg, et, id, ms, vi, tl, fa, hi, th): the kinds
// its first run got wrong that recur across those languages, each in fresh sentences, with counter-cases left alone.
import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/** A description followed by a clause saying the person is not named makes an unnamed speaker for the next bare tag. */
const ANONYMITY: KindCase[] = [
  ['fi: a description and `joka ei halua nimeään julki`, then hän sanoo', 'Kaupan kassa, joka ei halua nimeään julki, kertoo jonojen kasvaneen.\n\n– Ihmiset ostavat vain pakollisen, hän sanoo.', 'Ihmiset ostavat', DESCRIBED, null],
  ['id: `Seorang … yang enggan disebutkan namanya`, then katanya', 'Seorang pedagang sayur yang enggan disebutkan namanya mengaku omzetnya turun. "Pembeli tinggal separuh," katanya.', 'Pembeli tinggal', DESCRIBED, null],
  ['cs: an inverted subject and `který nechtěl uvést jméno`, then a colon', 'Na zastávce čekal důchodce, který nechtěl uvést své jméno. Stěžoval si na zpoždění: „Jezdím tudy čtyřicet let.“', 'Jezdím tudy', DESCRIBED, null],
  ['sv: `En … som inte vill framträda med namn`, then säger hon', 'En sjuksköterska på avdelningen, som inte vill framträda med namn, beskriver natten.\n\n”Vi var bara två i tjänst”, säger hon.', 'Vi var bara två', DESCRIBED, null],
  ['et: `Üks … , kes ei soovinud oma nime avaldada`, then ütles ta', 'Üks müüja, kes ei soovinud oma nime avaldada, kinnitas seda. „Inimesed ostavad vähem,“ ütles ta.', 'Inimesed ostavad', DESCRIBED, null],
  ['hr: a description and `koji nije želio reći ime`, then kaže', 'Konobar u kafiću na trgu, koji nije želio reći ime, potvrdio je pad prometa.\n\n„Gostiju je sve manje“, kaže.', 'Gostiju je sve', DESCRIBED, null],
  ['counter-case fi: a named person and a clause about names stays that person', 'Anna Korhonen kertoo, ettei potilaiden nimiä julkaista.\n\n– Emme kommentoi yksittäisiä tapauksia, hän sanoo.', 'Emme kommentoi', 'Anna Korhonen', null],
  ['counter-case id: a named subject whose name the report gave stays named', 'Bupati Sri Wahyuni, yang namanya disebut dalam laporan itu, membantah tuduhan tersebut. "Itu tidak benar," katanya.', 'Itu tidak benar', 'Sri Wahyuni', 'Bupati'],
  ['counter-case sv: a named woman who changed her name stays named', 'Maria Nilsson, som har bytt namn två gånger, driver kaféet sedan 2019.\n\n”Det här är mitt livsverk”, säger hon.', 'Det här är mitt', 'Maria Nilsson', ANY],
];

/** Forms of address of Malay, Indonesian and Filipino papers before a name are no part of it. */
const ADDRESS: KindCase[] = [
  ['ms: Encik before the name', '"Bekalan air dipulihkan petang ini," kata Encik Rahim Osman, jurutera daerah.', 'Bekalan air', 'Rahim Osman', null],
  ['ms: Datuk Haji before the name, then a colon', 'Ketika ditemui, Datuk Haji Salleh Omar berkata: "Kami bersedia menghadapi gelombang kedua."', 'Kami bersedia', 'Salleh Omar', null],
  ['ms: Puan after a role', '"Anak-anak selamat," kata guru besar sekolah itu, Puan Faridah Yusof.', 'Anak-anak selamat', 'Faridah Yusof', null],
  ['id: Ibu before the name', '"Harga cabai naik dua kali lipat," kata Ibu Sri Lestari, pedagang di Pasar Baru.', 'Harga cabai', 'Sri Lestari', null],
  ['id: Bapak before the name', '"Sawah kami terendam tiga hari," ujar Bapak Joko Santoso.', 'Sawah kami', 'Joko Santoso', null],
  ['tl: Aling before the name after ani', '"Wala na kaming makain," ani Aling Rosario Bautista.', 'Wala na kaming', 'Rosario Bautista', null],
  ['tl: Mang before the name after sabi ni', '"Ubos na ang isda sa laot," sabi ni Mang Tonyo Reyes.', 'Ubos na ang isda', 'Tonyo Reyes', null],
  ['counter-case: Haji after a given name is a family name', '"We will rebuild the school," said Amina Haji.', 'We will rebuild', 'Amina Haji', null],
];

/** A capitalised run right after a preposition of place (ro în/din, cs/sk v/ve, pl w/we, sv/da/no på, id di/ke… not: Italian di) is a place, never who a pronoun means. */
const PLACES: KindCase[] = [
  ['ro: the woman named before a place after din', 'Festivalul a fost organizat de actrița Elena Dobre, care a crescut în satul din Piatra Albă.\n\n„Am visat asta de zece ani”, spune ea.', 'Am visat asta', 'Elena Dobre', null],
  ['ro: a place after în in the sentence introducing her', 'Sala a fost renovată de arhitecta Irina Matei, care lucrează acum în Valea Seacă.\n\n„Nu am schimbat nimic din fațadă”, explică ea.', 'Nu am schimbat', 'Irina Matei', null],
  ['cs: a place after v in the sentence introducing her', 'Sbírku uspořádala učitelka Petra Malá, která učí v Dolní Lhotě.\n\n„Pomáháme, jak můžeme,“ říká.', 'Pomáháme, jak', 'Petra Malá', null],
  ['sv: a place after på in the sentence introducing her', 'Insamlingen startades av Karin Lund, som bor på Norra Udden.\n\n– Vi ville göra något konkret, säger hon.', 'Vi ville göra', 'Karin Lund', null],
  ['counter-case ro: a name after de (by) is a person', 'Scrisoarea a fost semnată de Ana Pop, profesoară la liceu.\n\n„Nu mai putem aștepta”, scrie ea.', 'Nu mai putem', 'Ana Pop', null],
  ['counter-case: Italian di before a name is "of", a person', 'È arrivata la squadra di Massimo Rinaldi.\n\n«Siamo pronti», ha detto Rinaldi.', 'Siamo pronti', 'Massimo Rinaldi', null],
];

/** Tagalog marks a person's name with si, ni, kay; aniya, dagdag niya, sabi niya are "she/he said", the person just marked. */
const TAGALOG: KindCase[] = [
  ['tl: aniya after `si X` in an inverted sentence', 'Nakatayo sa pila si Lorna Aquino, 54, mula pa kaninang umaga.\n\n"Tatlong oras na akong naghihintay," aniya.', 'Tatlong oras', 'Lorna Aquino', null],
  ['tl: dagdag niya after `Ayon kay X`', 'Ayon kay Gobernador Felipe Ramos, may sapat na pondo ang lalawigan. "Walang pamilyang maiiwan," dagdag niya.', 'Walang pamilyang', 'Felipe Ramos', null],
  ['tl: the particle naman and a role in English between ni and the name', '"Lalakas pa ang ulan mamayang gabi," pahayag naman ni PAGASA weather specialist Daniel Cruz.', 'Lalakas pa', 'Daniel Cruz', 'weather specialist'],
  ['counter-case tl: sabi ni X is X', '"Ligtas ang lahat," sabi ni Mario Santos, 61.', 'Ligtas ang lahat', 'Mario Santos', null],
];

kindTable('others2: an unnamed speaker brought in by a clause about the name', ANONYMITY, [
  'fi: a description and `joka ei halua nimeään julki`, then hän sanoo',
  'id: `Seorang … yang enggan disebutkan namanya`, then katanya',
  'cs: an inverted subject and `který nechtěl uvést jméno`, then a colon',
  'et: `Üks … , kes ei soovinud oma nime avaldada`, then ütles ta',
  'hr: a description and `koji nije želio reći ime`, then kaže',
]);
kindTable('others2: forms of address before a name in Malay, Indonesian and Filipino papers', ADDRESS, [
  'ms: Encik before the name',
  'ms: Datuk Haji before the name, then a colon',
  'ms: Puan after a role',
  'id: Ibu before the name',
  'id: Bapak before the name',
  'tl: Aling before the name after ani',
  'tl: Mang before the name after sabi ni',
]);
kindTable('others2: a capitalised run after a preposition of place is no person', PLACES, [
  'ro: the woman named before a place after din',
  'ro: a place after în in the sentence introducing her',
  'cs: a place after v in the sentence introducing her',
  'sv: a place after på in the sentence introducing her',
]);
kindTable('others2: Tagalog person markers and pronoun tags', TAGALOG, [
  'tl: aniya after `si X` in an inverted sentence',
  'tl: dagdag niya after `Ayon kay X`',
  'tl: the particle naman and a role in English between ni and the name',
]);
