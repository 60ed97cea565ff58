// Batch others2 (20 articles in sv, da, no, fi, tr, el, cs, sk, hu, ro, hr, bg, et, id, ms, vi, tl, fa, hi, th): the kinds
// its first run got wrong that recur across those languages, each in fresh sentences, with counter-cases left alone.
import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/** A description followed by a clause saying the person is not named makes an unnamed speaker for the next bare tag. */
const ANONYMITY: KindCase[] = [
  ['fi: a description and `joka ei halua nimeään julki`, then hän sanoo', 'Kaupan kassa, joka ei halua nimeään julki, kertoo jonojen kasvaneen.\n\n– Ihmiset ostavat vain pakollisen, hän sanoo.', 'Ihmiset ostavat', DESCRIBED, null],
  ['id: `Seorang … yang enggan disebutkan namanya`, then katanya', 'Seorang pedagang sayur yang enggan disebutkan namanya mengaku omzetnya turun. "Pembeli tinggal separuh," katanya.', 'Pembeli tinggal', DESCRIBED, null],
  ['cs: an inverted subject and `který nechtěl uvést jméno`, then a colon', 'Na zastávce čekal důchodce, který nechtěl uvést své jméno. Stěžoval si na zpoždění: „Jezdím tudy čtyřicet let.“', 'Jezdím tudy', DESCRIBED, null],
  ['sv: `En … som inte vill framträda med namn`, then säger hon', 'En sjuksköterska på avdelningen, som inte vill framträda med namn, beskriver natten.\n\n”Vi var bara två i tjänst”, säger hon.', 'Vi var bara två', DESCRIBED, null],
  ['et: `Üks … , kes ei soovinud oma nime avaldada`, then ütles ta', 'Üks müüja, kes ei soovinud oma nime avaldada, kinnitas seda. „Inimesed ostavad vähem,“ ütles ta.', 'Inimesed ostavad', DESCRIBED, null],
  ['hr: a description and `koji nije želio reći ime`, then kaže', 'Konobar u kafiću na trgu, koji nije želio reći ime, potvrdio je pad prometa.\n\n„Gostiju je sve manje“, kaže.', 'Gostiju je sve', DESCRIBED, null],
  ['el: after the quote, an official of a ministry `ο οποίος ζήτησε να μην κατονομαστεί`', 'Ο δήμαρχος Κώστας Ρήγας ζήτησε βοήθεια.\n\n«Το πλοίο θα φτάσει την Τρίτη», ανέφερε στέλεχος του υπουργείου Ναυτιλίας, το οποίο ζήτησε να μην κατονομαστεί.', 'Το πλοίο θα φτάσει', DESCRIBED, null],
  ['counter-case cs: a name after the verb whose clause mentions a name stays named', '„Řidiči jezdí příliš rychle,“ řekl Jan Novák, jehož jméno zná celá obec.', 'Řidiči jezdí', 'Jan Novák', null],
  ['counter-case ro: `nimeni` (nobody) is no word for a name; ea is the woman named', 'Judecătoarea Ana Radu a citit sentința. Un martor, care nu a văzut pe nimeni, a plecat devreme.\n\n„Dosarul este complet”, a spus ea.', 'Dosarul este complet', 'Ana Radu', ANY],
  ['counter-case fi: a named person and a clause about names stays that person', 'Anna Korhonen kertoo, ettei potilaiden nimiä julkaista.\n\n– Emme kommentoi yksittäisiä tapauksia, hän sanoo.', 'Emme kommentoi', 'Anna Korhonen', null],
  ['counter-case id: a named subject whose name the report gave stays named', 'Bupati Sri Wahyuni, yang namanya disebut dalam laporan itu, membantah tuduhan tersebut. "Itu tidak benar," katanya.', 'Itu tidak benar', 'Sri Wahyuni', 'Bupati'],
  ['counter-case sv: a named woman who changed her name stays named', 'Maria Nilsson, som har bytt namn två gånger, driver kaféet sedan 2019.\n\n”Det här är mitt livsverk”, säger hon.', 'Det här är mitt', 'Maria Nilsson', ANY],
];

/** Forms of address of Malay, Indonesian and Filipino papers before a name are no part of it. */
const ADDRESS: KindCase[] = [
  ['ms: Encik before the name', '"Bekalan air dipulihkan petang ini," kata Encik Rahim Osman, jurutera daerah.', 'Bekalan air', 'Rahim Osman', ANY],
  ['ms: Datuk Haji before the name, then a colon', 'Ketika ditemui, Datuk Haji Salleh Omar berkata: "Kami bersedia menghadapi gelombang kedua."', 'Kami bersedia', 'Salleh Omar', ANY],
  ['ms: Puan after a role', '"Anak-anak selamat," kata guru besar sekolah itu, Puan Faridah Yusof.', 'Anak-anak selamat', 'Faridah Yusof', ANY],
  ['id: Ibu before the name', '"Harga cabai naik dua kali lipat," kata Ibu Sri Lestari, pedagang di Pasar Baru.', 'Harga cabai', 'Sri Lestari', ANY],
  ['id: Bapak before the name', '"Sawah kami terendam tiga hari," ujar Bapak Joko Santoso.', 'Sawah kami', 'Joko Santoso', ANY],
  ['tl: Aling before the name after ani', '"Wala na kaming makain," ani Aling Rosario Bautista.', 'Wala na kaming', 'Rosario Bautista', ANY],
  ['tl: Mang before the name after sabi ni', '"Ubos na ang isda sa laot," sabi ni Mang Tonyo Reyes.', 'Ubos na ang isda', 'Tonyo Reyes', ANY],
  ['counter-case: Haji after a given name is a family name', '"We will rebuild the school," said Amina Haji.', 'We will rebuild', 'Amina Haji', null],
];

/** A capitalised run right after a preposition of place (ro în/din, cs/sk v/ve, pl w/we, sv/da/no på, id di/ke… not: Italian di) is a place, never who a pronoun means. */
const PLACES: KindCase[] = [
  ['ro: the woman named before a place after din', 'Festivalul a fost organizat de actrița Elena Dobre, care a crescut în satul din Piatra Albă.\n\n„Am visat asta de zece ani”, spune ea.', 'Am visat asta', 'Elena Dobre', 'actrița'],
  ['ro: a place after în in the sentence introducing her', 'Sala a fost renovată de arhitecta Irina Matei, care lucrează acum în Valea Seacă.\n\n„Nu am schimbat nimic din fațadă”, explică ea.', 'Nu am schimbat', 'Irina Matei', ANY],
  ['cs: a place after v in the sentence introducing her', 'Sbírku uspořádala učitelka Petra Malá, která učí v Dolní Lhotě.\n\n„Pomáháme, jak můžeme,“ říká.', 'Pomáháme, jak', 'Petra Malá', 'učitelka'],
  ['sv: a place after på in the sentence introducing her', 'Insamlingen startades av Karin Lund, som bor på Norra Udden.\n\n– Vi ville göra något konkret, säger hon.', 'Vi ville göra', 'Karin Lund', null],
  ['counter-case ro: a name after de (by) is a person', 'Scrisoarea a fost semnată de Ana Pop, profesoară la liceu.\n\n„Nu mai putem aștepta”, scrie ea.', 'Nu mai putem', 'Ana Pop', null],
  ['counter-case pl: a place after w, then the person (three words or more)', 'Rzecznik szpitala w Lublinie Marek Wróbel odpisał na pytania. „Sytuacja jest stabilna” – napisał.', 'Sytuacja jest stabilna', 'Marek Wróbel', ANY],
  ['counter-case tr: ve (and) before a body and a name is no place', 'Kira artışları esnafı zorluyor. Esnaf ve Sanatkârlar Odası Başkanı Kemal Yurt, artışların sürdürülemez olduğunu söyledi. Yurt, "Kiralar iki katına çıktı" dedi.', 'Kiralar iki katına', 'Kemal Yurt', 'Başkanı'],
  ['counter-case: Italian di before a name is "of", a person', 'È arrivata la squadra di Massimo Rinaldi.\n\n«Siamo pronti», ha detto Rinaldi.', 'Siamo pronti', 'Massimo Rinaldi', null],
];

/** Tagalog marks a person's name with si, ni, kay; aniya, dagdag niya, sabi niya are "she/he said", the person just marked. */
const TAGALOG: KindCase[] = [
  ['tl: aniya after `si X` in an inverted sentence', 'Nakatayo sa pila si Lorna Aquino, 54, mula pa kaninang umaga.\n\n"Tatlong oras na akong naghihintay," aniya.', 'Tatlong oras', 'Lorna Aquino', null],
  ['tl: dagdag niya after `Ayon kay X`', 'Ayon kay Gobernador Felipe Ramos, may sapat na pondo ang lalawigan. "Walang pamilyang maiiwan," dagdag niya.', 'Walang pamilyang', 'Felipe Ramos', 'Gobernador'],
  ['tl: the particle naman and a role in English between ni and the name', '"Lalakas pa ang ulan mamayang gabi," pahayag naman ni PAGASA weather specialist Daniel Cruz.', 'Lalakas pa', 'Daniel Cruz', 'weather specialist'],
  ['counter-case tl: sabi ni X is X', '"Ligtas ang lahat," sabi ni Mario Santos, 61.', 'Ligtas ang lahat', 'Mario Santos', null],
];

/** Romanian `O`/`Un` ("a") opening a sentence brings in someone unnamed; Portuguese `O` ("the") is told apart by the letters. */
const ROMANIAN_INDEFINITE: KindCase[] = [
  ['ro: `O … ne-a spus:` after a named woman', 'Directoarea Maria Ene a deschis ședința.\n\nO pensionară venită din cartier ne-a spus: „Plătim tot mai mult pentru căldură.”', 'Plătim tot mai mult', DESCRIBED, null],
  ['ro: `Un vecin … a spus:`', 'Primarul Ion Stan a vizitat șantierul.\n\nUn localnic ne-a spus: „Lucrările țin de doi ani.”', 'Lucrările țin', DESCRIBED, null],
  ['counter-case pt: `O presidente …, X, disse:` is X', 'O presidente da câmara, Ana Silva, disse: "Não temos dinheiro para as obras."', 'Não temos dinheiro', 'Ana Silva', ANY],
  ['counter-case ro: `O scrisoare` (a letter) brings in no one; ea is the woman named', 'Actrița Ioana Pop a citit-o. O scrisoare a sosit ieri la teatru. „Nu mai putem aștepta”, spune ea.', 'Nu mai putem', 'Ioana Pop', ANY],
];

/** A name and its verb after the quote with an adjunct after the verb (fi, et, hu write it so); Persian office-first and after-quote tags. */
const NAME_VERB_TAGS: KindCase[] = [
  ['fi: `”…”, X kirjoittaa tiedotteessaan.`', 'Joensuun kaupunginvaltuuston puheenjohtaja Pirjo Laitinen (vihr.) pitää esitystä virheenä.\n\n”Tämä on virhe, jota korjataan vuosia”, Laitinen kirjoittaa tiedotteessaan.', 'Tämä on virhe', 'Pirjo Laitinen', ANY],
  ['et: `„…“, X ütles eile õhtul.`', 'Volikogu liige Tõnu Kallas (Isamaa) kohtus elanikega.\n\n„Kooli me ei sulge,“ Kallas ütles eile õhtul.', 'Kooli me ei sulge', 'Tõnu Kallas', ANY],
  ['counter-case fi: the verb first, the name after it, read as before', 'Valtuusto hyväksyi esityksen.\n\n”Tämä on virhe, jota korjataan vuosia”, sanoo Pirjo Laitinen tiedotteessaan.', 'Tämä on virhe', 'Pirjo Laitinen', ANY],
  ['fa: the office first, the name between commas, then the verb', 'شهردار کرج، علی صادقی، به خبرنگاران گفت: «پروژه تا پایان سال تمام می‌شود.»', 'پروژه تا پایان', 'علی صادقی', 'شهردار کرج'],
  ['fa: after the quote, a form of address, the name and the verb', 'نرگس احمدی، مدیر مدرسه، از کمبود معلم خبر داد. «دو کلاس بدون معلم مانده است»، خانم احمدی گفت.', 'دو کلاس بدون', 'نرگس احمدی', ANY],
  ['el: the role opening the sentence, the name between commas, the verb and a colon', 'Η προϊσταμένη του Κέντρου Υγείας, Μαρία Δήμου, προειδοποιεί: «Οι ασθενείς περιμένουν ώρες στον διάδρομο.»', 'Οι ασθενείς', 'Μαρία Δήμου', 'προϊσταμένη'],
  ['counter-case hr: the same shape, read before this rule too', 'Ravnatelj bolnice u Kninu, Ante Jurić, upozorava: „Nedostaje nam dvanaest liječnika.“', 'Nedostaje nam', 'Ante Jurić', 'Ravnatelj'],
  ['hr: a region between commas after a place is no person (wrong before: the place was the speaker)', 'U Splitu, Dalmacija, građani poručuju: „Dosta nam je gužvi na rivi.“', 'Dosta nam je', UNNAMED, null],
  ['counter-case fa: an unnamed official after the quote stays unnamed', 'هیئت ایرانی دیروز به ژنو رسید. «مذاکرات تا پایان هفته ادامه دارد و نتیجه را اعلام می‌کنیم»، یک مقام ایرانی گفت.', 'مذاکرات تا پایان', UNNAMED, null],
];

/** Hindi एक ("one", "a") before the words ending at ने opens an unnamed speaker. */
const HINDI_ONE: KindCase[] = [
  ['hi: `एक बुजुर्ग दुकानदार ने … कहा`', 'बाजार में मौजूद एक बुजुर्ग दुकानदार ने नाम न छापने की शर्त पर कहा, "हर साल किराया बढ़ता है, ग्राहक घटते हैं।"', 'हर साल किराया', DESCRIBED, null],
  ['counter-case hi: एक साल बाद (a year later) before a named subject', 'एक साल बाद विधायक रमेश चौहान ने कहा, "सड़क का काम अब पूरा होगा।"', 'सड़क का काम', 'रमेश चौहान', ANY],
];

kindTable('others2: Romanian indefinite openings', ROMANIAN_INDEFINITE);
kindTable('others2: Hindi एक before the agent', HINDI_ONE);
kindTable('others2: a name and its verb after the quote, Persian offices', NAME_VERB_TAGS);
kindTable('others2: an unnamed speaker brought in by a clause about the name', ANONYMITY, [
  'cs: an inverted subject and `který nechtěl uvést jméno`, then a colon',
]);
kindTable('others2: forms of address before a name in Malay, Indonesian and Filipino papers', ADDRESS);
kindTable('others2: a capitalised run after a preposition of place is no person', PLACES, [
]);
kindTable('others2: Tagalog person markers and pronoun tags', TAGALOG, [
  'tl: the particle naman and a role in English between ni and the name',
]);
