// Kinds the thirty-third session read (a twenty-second set of invented articles), each in fresh sentences of my own, with
// counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'સુરત: શહેરના જૂના પુસ્તકાલયનું સમારકામ શરૂ થયું છે.\n\n' +
  'પુસ્તકાલયમાં કામ કરતા 48 વર્ષીય કિરણ મહેતા અહીં પંદર વર્ષથી આવે છે. “અહીંનાં પુસ્તકો મારા માટે ઘર જેવાં છે,” તેઓ જણાવે છે.\n\n' +
  'કિરણભાઈ પાસે સભ્યપદનું કાર્ડ પણ છે. “મેં કાર્ડ બતાવ્યું, પણ કોઈએ સાંભળ્યું નહીં,” એમ તેમણે કહ્યું.\n\n' +
  'મહાનગરપાલિકાના નાયબ કમિશનર અનિલ દેસાઈ કહે છે, “કામ માર્ચ સુધીમાં પૂરું થશે.”\n\n' +
  'વાચક મીના શાહના કહેવા મુજબ, “બાળકો માટે અલગ ખંડ હોવો જોઈએ.”\n\n' +
  '“અમે રાહ જોઈશું,” મીનાબેને જણાવ્યું.\n\n' +
  'એક નિવૃત્ત શિક્ષકે બપોરે ફોન પર કહ્યું, “સમારકામ જરૂરી હતું.”\n\n' +
  'સાંજે કિરણભાઈ ઘરે પાછા ફર્યા. “હવે શું કરીશું?”';

/**
 * Gujarati (lang/gu.ts), read as Hindi is: the agent marker written on the word (`મીનાબેને કહ્યું`), a form of address on a given
 * name (`કિરણભાઈ`, `મીનાબેન`) leading back to the full name, `X કહે છે, “…”`, `“…,” એમ તેમણે કહ્યું`, "according to"
 * with the genitive on the name; a word ending as the agent does but meaning "in the afternoon" is no agent.
 */
const GUJARATI_ROWS: KindCase[] = [
  ['gu: `“…,” તેઓ જણાવે છે` after `48 વર્ષીય X Y …` is X Y (the age word introduces the name)', LIBRARY, 'અહીંનાં પુસ્તકો', 'કિરણ મહેતા', null],
  ['gu: `“…,” એમ તેમણે કહ્યું` after `Xભાઈ પાસે …નું કાર્ડ …` is X Y, the genitive word no name', LIBRARY, 'મેં કાર્ડ', 'કિરણ મહેતા', ANY],
  ['gu: `<office> X Y કહે છે, “…”` is X Y with the office', LIBRARY, 'કામ માર્ચ', 'અનિલ દેસાઈ', 'કમિશનર'],
  ['gu: `<trade> X Yના કહેવા મુજબ, “…”` is X Y', LIBRARY, 'બાળકો માટે', 'મીના શાહ', ANY],
  ['gu: `“…,” Xબેને જણાવ્યું` is the X Y named before, address and agent off', LIBRARY, 'અમે રાહ', 'મીના શાહ', ANY],
  ['gu: `એક <trade>એ બપોરે … કહ્યું, “…”` is someone unnamed, `બપોરે` no agent', LIBRARY, 'સમારકામ જરૂરી', UNNAMED, ANY],
  ['gu: an untagged quote after `Xભાઈ … ફર્યા.` is X Y', LIBRARY, 'હવે શું', 'કિરણ મહેતા', ANY],
];
// (Left alone: a quote with no tag after a sentence naming someone, with no verb of saying, in a script without capitals.)
kindTable('Gujarati tags', GUJARATI_ROWS, ['gu: an untagged quote after `Xભાઈ … ફર્યા.` is X Y']);

const ROOF =
  'Ijọba ipinlẹ Ọyọ ti bẹrẹ atunṣe orule ileewe girama kan ni Ibadan.\n\n' +
  'Olukọ agba ileewe naa, Ọgbẹni Kunle Adeyemi, sọ fun awọn akọroyin pe: “Ojo ti n wọ inu kilaasi fun ọdun meji.”\n\n' +
  '“A dupẹ pe iṣẹ ti bẹrẹ,” lo sọ.\n\n' +
  'Arabinrin Funmi Olatunji, to n ta ounjẹ nitosi ileewe naa, sọ pe: “Awọn ọmọ n jiya.”\n\n' +
  '“Ko si owo fun gbogbo rẹ,” ni Olatunji wi.\n\n' +
  'Ọkunrin kan to n wa ọkọ akero, ti ko fẹ ki a darukọ rẹ, sọ pe: “Ileewe yii ṣe pataki fun wa.”\n\n' +
  'Gẹgẹ bi Adeyemi ṣe wi, “iṣẹ naa yoo pari ki ojo too rọ”.';

/** Yoruba (lang/yo.ts): `X, <who>, sọ pe: “…”`, `“…,” lo sọ`, `“…,” ni X wi`, `Gẹgẹ bi X ṣe wi,`; Ọgbẹni and Arabinrin off the name. */
const YORUBA_ROWS: KindCase[] = [
  ['yo: `<role>, Ọgbẹni X Y, sọ fun … pe: “…”` is X Y, the address off', ROOF, 'Ojo ti n wọ', 'Kunle Adeyemi', ANY],
  ['yo: `“…,” lo sọ` is the one just named', ROOF, 'A dupẹ pe', 'Kunle Adeyemi', ANY],
  ['yo: `Arabinrin X Y, to n …, sọ pe: “…”` is X Y', ROOF, 'Awọn ọmọ n jiya', 'Funmi Olatunji', ANY],
  ['yo: `“…,” ni Y wi` is the X Y named before', ROOF, 'Ko si owo', 'Funmi Olatunji', ANY],
  ['yo: `Ọkunrin kan …, sọ pe: “…”` (a man) is someone unnamed', ROOF, 'Ileewe yii', UNNAMED, ANY],
  ['yo: `Gẹgẹ bi Y ṣe wi, “…”` is the X Y named before', ROOF, 'iṣẹ naa yoo', 'Kunle Adeyemi', ANY],
];
kindTable('Yoruba tags', YORUBA_ROWS);

const BUSES =
  'Legislation from Del. Harriet Vance, D-Fairfax, would cap what the county pays for school bus fuel. “Families should not pay for a bad contract,” Vance said.\n\n' +
  'The delegate said she expects a vote next week. “We have the numbers,” the delegate said.\n\n' +
  '“We like the new buses,” said Del Shannon, a parent at the meeting.';

const HATCHERY =
  '“This hatchery feeds half the river,” U.S. Rep. Carla Whitby, D-Oregon, said in a statement. Whitby has asked for more money.\n\n' +
  'The congresswoman plans a visit in May. “The tanks need work,” the congresswoman said.\n\n' +
  'The senator said nothing. “No comment,” the senator said.';

const FLORIST =
  'Grace Okafor, who runs a flower shop on Pine Street, said sales are flat. “The weddings still come,” Okafor said.\n\n' +
  'According to Okafor, three of her growers added a “freight” charge to their bills within a month. “It is a dollar a stem, then two.”\n\n' +
  'According to the Ledger, a spokesman added a note. “We are done.”\n\n' +
  'According to Okafor, prices should settle by June, “whatever the weather does.”\n\n' +
  'A wholesale buyer, who asked not to be named because her firm forbids interviews, was blunter: “Nobody is buying roses this year.”';

const RANGER =
  'Hikers have complained about the closed trails.\n\n' +
  'A DNR trail officer who covers the lake district, and who asked not to be named because he is not authorized to speak publicly, says the repair crew is exhausted. “We clear one trail and two more go down.”\n\n' +
  'A state parks ranger, Ellen Marsh, expects the work to take all summer. “We need more hands,” Marsh said.';

/**
 * English: an office written as its abbreviation before the name (`Del. X`, `U.S. Rep. X`) is the one `the delegate`, `the
 * congresswoman` stand for (no one is `the senator`; `Del Shannon` is a name); a sentence opening "According to X" makes the
 * quote standing after it X's even when its subject "added" something; a described subject with a relative clause after it
 * (`A DNR trail officer who …`) is someone unnamed, not the letters.
 */
const ENGLISH_ROWS: KindCase[] = [
  ['en: `Del. X Y` … `the delegate said` is X Y', BUSES, 'We have the numbers', 'Harriet Vance', ANY],
  ['en: `said Del Shannon` keeps Del as a given name', BUSES, 'We like the new', 'Del Shannon', ANY],
  ['en: `U.S. Rep. X Y` … `the congresswoman said` is X Y', HATCHERY, 'The tanks need', 'Carla Whitby', ANY],
  ['en: `the senator said` with only a representative named is no one named', HATCHERY, 'No comment', UNNAMED, ANY],
  ['en: `According to Y, three of her growers added a “…” charge … . “…”` is X Y', FLORIST, 'It is a dollar', 'Grace Okafor', ANY],
  ['en: `According to the Ledger, a spokesman added a note. “…”` stays the spokesman', FLORIST, 'We are done', UNNAMED, ANY],
  ['en: a quote after the paragraph that opens `According to Y, … “…”` is not Y’s', FLORIST, 'Nobody is buying', UNNAMED, ANY],
  ['en: `A DNR trail officer who …, says … . “…”` is that officer described, not a person `DNR`', RANGER, 'We clear one', 'A DNR trail officer', ANY],
  ['en: `A state parks ranger, X Y, said …` is X Y', RANGER, 'We need more', 'Ellen Marsh', ANY],
];
kindTable('English offices, sources and described subjects', ENGLISH_ROWS);

const MARKET =
  'Il-kunsill lokali tal-Mosta ħabbar pjan ġdid għas-suq.\n\n' +
  '“Is-suq se jiftaħ kull nhar ta’ Sibt,” qal Daniel Farrugia, il-kap tal-kunsill lokali.\n\n' +
  'Charlotte Zammit, li għandha ħanut tal-ħobż, kienet kuntenta. “Dan se jġib aktar nies,” qalet.\n\n' +
  'Hi żiedet: “Irridu wkoll aktar parkeġġ.”\n\n' +
  'Skont Farrugia, “il-kunsill se jħallas għat-tined”.\n\n' +
  '“Il-flus diġà qegħdin fil-baġit,” qal il-kap.';

/** Maltese (lang/mt.ts): `,” qal X,`, `,” qalet.` (she, left out), `Hi żiedet:`, `Skont X,`, `,” qal il-kap.` (the article on the noun). */
const MALTESE_ROWS: KindCase[] = [
  ['mt: `,” qal X Y, <role>.` is X Y', MARKET, 'Is-suq se', 'Daniel Farrugia', ANY],
  ['mt: `,” qalet.` is the woman the paragraph names', MARKET, 'Dan se jġib', 'Charlotte Zammit', ANY],
  ['mt: `Hi żiedet: “…”` is the woman just quoted', MARKET, 'Irridu wkoll', 'Charlotte Zammit', ANY],
  ['mt: `Skont Y, “…”` is the X Y named before', MARKET, 'il-kunsill se', 'Daniel Farrugia', ANY],
  ['mt: `,” qal il-kap.` is the one given that office', MARKET, 'Il-flus diġà', 'Daniel Farrugia', ANY],
];
kindTable('Maltese tags', MALTESE_ROWS);

const PARK =
  'Đà Nẵng sẽ mở rộng công viên ven sông.\n\n' +
  'Ông Trần Quốc Bảo, Phó chủ tịch quận Sơn Trà, cho biết: “Công viên sẽ mở cửa vào tháng Sáu.”\n\n' +
  'Anh Lê Văn Nam, một người dân, đi bộ ở đây mỗi sáng và rất vui.\n\n' +
  '“Chúng tôi không thu phí vào cửa”, vị phó chủ tịch quận khẳng định.\n\n' +
  'Khi trời tối, chị Phạm Thị Hoa dọn hàng nước gần cổng. “Mong là khách sẽ đông hơn”, chị nói rồi đạp xe về nhà.';

const CITY_HALL =
  'דובר העירייה, יואב לוי (אחיו של השחקן הידוע), אמר: "הכביש ייפתח בחודש הבא."\n\n' +
  '"לא נוותר על התקציב", השיב יואב לוי בבוקר.';

const DAM =
  'Kepala Dinas Tata Ruang (DTR) Provinsi Jawa Barat Rudi Hartono mengatakan tanggul selesai bulan depan.\n\n' +
  '"Kami sudah siap menghadapi musim hujan," kata Rudi.';

/**
 * Vietnamese `”, vị <office> khẳng định.` (the one given that office, set after the name) and `”, chị nói rồi …`; Hebrew asides
 * in brackets before the verb and a time after the name; Indonesian office runs through a body's acronym; Finnish and
 * Macedonian trade nouns by their form before a full name.
 */
const OTHER_ROWS: KindCase[] = [
  ['vi: `”, vị phó chủ tịch quận khẳng định.` is the one given that office, not the man named since', PARK, 'Chúng tôi không', 'Trần Quốc Bảo', ANY],
  ['vi: `”, chị nói rồi …` is the woman the sentence before names', PARK, 'Mong là khách', 'Phạm Thị Hoa', ANY],
  ['he: `<role>, X Y (…), אמר:` is X Y, the aside read past', CITY_HALL, 'הכביש ייפתח', 'יואב לוי', ANY],
  ['he: `, השיב X Y בבוקר.` is X Y, the time no part of the name', CITY_HALL, 'לא נוותר', 'יואב לוי', ANY],
  ['id: `Kepala Dinas Tata Ruang (DTR) Provinsi Jawa Barat X Y` then `kata X` is X Y, the office read through the acronym', DAM, 'Kami sudah siap', 'Rudi Hartono', 'Kepala Dinas Tata Ruang'],
  ['fi: `Isännöitsijä X Y kertoo` is X Y', 'Isännöitsijä Juha Korhonen kertoo, että puhelin soi koko päivän. ”Kaikki kysyvät samaa”, Korhonen sanoo.', 'Kaikki kysyvät', 'Juha Korhonen', ANY],
  ['mk: `Активистот X Y вели: „…“` is X Y', 'Активистот Горан Петровски вели: „Воздухот е отров за децата.“', 'Воздухот е', 'Горан Петровски', ANY],
];
kindTable('Vietnamese, Hebrew, Indonesian, Finnish and Macedonian forms', OTHER_ROWS);

const VILLAGE =
  'Köyde yaşayan öğretmen Zeynep Demir (38), okulun kapanacağını geçen hafta duydu.\n\n' +
  'Köy Muhtarı Hasan Demir ise velilerle bir toplantı yapacaklarını söyledi.\n\n' +
  'Muhtar Demir, kaymakamlıkla görüştüklerini anlatarak, "Okulun en az bir yıl daha açık kalmasını istiyoruz" dedi.';

const COUNCIL =
  'Mayor Ann Cole opened the meeting. Her son, Tom Cole, a contractor, sat in the front row.\n\n' +
  '"We will fix the roads first," Mayor Cole said.';

/** Namesakes told apart by a title the tag gives: the one bearer whose role opens as the title does (name-resolution.ts). */
kindTable('Namesakes by the title in the tag', [
  ['tr: `Muhtar Y, …, "…" dedi.` is the Y introduced as `Köy Muhtarı X Y`, not the other Y', VILLAGE, 'Okulun en az', 'Hasan Demir', ANY],
  ['en: `Mayor Y said` is the Y introduced as mayor, not her son', COUNCIL, 'We will fix', 'Ann Cole', ANY],
]);

const HARBOUR =
  '»Luka mora ostati otvorena cijelu zimu«, rekao je zamjenik župana Istre Marko Jurić, koji je plan predstavio novinarima.\n\n' +
  '»Nitko neće izgubiti posao«, ponovio je Jurić.\n\n' +
  '»Bolnica treba novi brod«, rekao je ravnatelj bolnice Ivan Horvat.';

/** Croatian: after an office and its genitive (`zamjenik župana`), a place's genitive opening a run of three is the office's (newlang-roles.ts). */
kindTable('Croatian offices with a place in the genitive', [
  ['hr: `rekao je zamjenik župana Istre X Y` is X Y', HARBOUR, 'Luka mora', 'Marko Jurić', 'župana'],
  ['hr: `ponovio je Y` is the X Y named before, no place in the name', HARBOUR, 'Nitko neće', 'Marko Jurić', ANY],
  ['hr: `rekao je ravnatelj bolnice X Y` keeps its two words', HARBOUR, 'Bolnica treba', 'Ivan Horvat', ANY],
]);

/** Turkish: an office naming a list of portfolios (`Gıda, Tarım ve Hayvancılık İl Müdürü`) before the name, its commas no subject's end (lang/tr.ts). */
kindTable('Turkish offices with a list of portfolios', [
  ['tr: `<Place> A, B ve C İl Müdürü X Y, … şunları söyledi: "…"` is X Y', 'Antalya Gıda, Tarım ve Hayvancılık İl Müdürü Kemal Uçar, dün şunları söyledi: "Hasat bu yıl erken başladı."', 'Hasat bu yıl', 'Kemal Uçar', 'İl Müdürü'],
  ['tr: `X Y, Z W ve A B, … söyledi:` names three people, the first the subject as before', 'Kemal Uçar, Ayşe Kaya ve Ali Demir, dün şunları söyledi: "Hepimiz buradayız."', 'Hepimiz buradayız', 'Kemal Uçar', ANY],
]);

const SALON =
  '„Nem értem” – mondta Kiss Péter budai fodrász.\n\n' +
  'A fodrász később hozzátette, hogy a régi busz is gyakran késett. „Lassú volt, de legalább járt.”\n\n' +
  'Kovács Éva, a 40 éves tanárnő is várt.\n\n' +
  'A tanárnő reggel felhívta az irodát: „Holnap korán indulok.”\n\n' +
  'A nurse on the night shift said the ward was full. “We are tired.”';

/** Hungarian `A`/`Az` and a noun is "the" noun, the person named with it (lang/hungarian-definite.ts); English `A nurse` stays someone new. */
kindTable('Hungarian definite openings', [
  ['hu: `A fodrász … hozzátette, hogy … . „…”` is the hairdresser named before', SALON, 'Lassú volt', 'Kiss Péter', ANY],
  ['hu: `A tanárnő reggel felhívta …: „…”` is the teacher named before', SALON, 'Holnap korán', 'Kovács Éva', ANY],
  ['en: `A nurse on … said … . “…”` is someone new, unnamed', SALON, 'We are tired', UNNAMED, ANY],
]);

const SQUARE =
  'Ο δήμαρχος Νίκος Παππάς εγκαίνιασε τη νέα πλατεία. «Είναι μια μέρα γιορτής», είπε.\n\n' +
  'Μια υπάλληλος σε φούρνο κοντά στην Ροτόντα, που προτίμησε να μείνει ανώνυμη, λέει ότι η κίνηση αυξήθηκε: «Τα πρωινά έχουμε ουρά.»\n\n' +
  'Στην είσοδο της αγοράς, ένας νεαρός κάτοικος από την Τούμπα σχολίασε: «Επιτέλους κάτι καινούργιο.»\n\n' +
  'Ο πρόεδρος των εμπόρων, Γιάννης Ζήσης, δήλωσε: «Στηρίζουμε το έργο.»';

/** Greek: a capital after "in the"/"from the" is a place, no name; someone brought in with an indefinite article before the colon is unnamed (lang/el.ts). */
kindTable('Greek places and unnamed subjects before a colon', [
  ['el: `Μια υπάλληλος … κοντά στην Χ, που …, λέει ότι …: «…»` is someone unnamed, not the place', SQUARE, 'Τα πρωινά', UNNAMED, ANY],
  ['el: `Στην είσοδο …, ένας νεαρός κάτοικος από την Χ σχολίασε: «…»` is someone unnamed, not the mayor', SQUARE, 'Επιτέλους', UNNAMED, ANY],
  ['el: `Ο πρόεδρος …, X Y, δήλωσε: «…»` is still X Y', SQUARE, 'Στηρίζουμε', 'Γιάννης Ζήσης', ANY],
]);
