// Leftover kinds of the sixty-first held-out set, in fresh sentences of my own, with counter-cases (the sixty-first
// held-out set showed a Bulgarian firm in marks with its legal form between an office and a name, a time adjunct before
// a Bulgarian subject and a colon, a Bulgarian and Latvian office noun no list held, West Slavic "works as" in the present,
// a Latvian date's ordinal stop cutting the sentence that introduces the pronoun's person, a Bengali office carried
// from a plain sentence to a later short tag).
import { kindTable, ANY } from './kind-table';

const BG = '„Зимата беше тежка и нямаме пари за ремонта на покрива. Ще чакаме пролетта“';
const MK = '„Зимата беше тешка и немаме пари за поправка на покривот. Ќе чекаме пролет“';

/** `, каза управителят на ЕООД „…“ X Y.`: the firm (legal form and name in marks) is part of the role, X Y speaks (bg-quoted-body.ts). */
kindTable('A firm in marks between an office and a name is the role\'s, the name after it speaks', [
  ['Bulgarian: legal form before the name in marks', `${BG}, каза управителят на ЕООД „Бяла мелница“ Стоян Пеев.`, 'Зимата', 'Стоян Пеев', 'управителят на ЕООД „Бяла мелница“'],
  ['Bulgarian: `АД` likewise', `${BG}, заяви директорът на АД „Северен камък“ Огнян Цонев.`, 'Зимата', 'Огнян Цонев', 'директорът на АД'],
  ['Bulgarian: the legal form after the name in marks', `${BG}, каза управителят на „Бяла мелница“ ЕООД Стоян Пеев.`, 'Зимата', 'Стоян Пеев', 'управителят на „Бяла мелница“ ЕООД'],
  ['Bulgarian: a firm in marks with no legal form', `${BG}, каза управителят на „Бяла мелница“ Стоян Пеев.`, 'Зимата', 'Стоян Пеев', 'управителят на'],
  ['Macedonian: `ДООЕЛ`', `${MK}, рече управителот на ДООЕЛ „Бела воденица“ Стојан Пешевски.`, 'Зимата', 'Стојан Пешевски', 'управителот на ДООЕЛ'],
  ['counter-case: a plain body noun stays as before', `${BG}, каза управителят на фирмата Стоян Пеев.`, 'Зимата', 'Стоян Пеев', '=управителят на фирмата'],
  ['counter-case: the firm after the name is no role', `${BG}, каза Стоян Пеев от ЕООД „Бяла мелница“.`, 'Зимата', 'Стоян Пеев', null],
]);

const INTRO = 'Стоян Пеев е собственик на мелницата край селото.';
/** `Рано сутринта X заяви:`: a time adjunct opening the sentence is no role of the name after it (bg-opening-adjunct.ts). */
kindTable('A time adjunct before a Bulgarian subject and colon leaves the subject', [
  ['Bulgarian: `Рано сутринта X заяви:`', `${INTRO} Рано сутринта Пеев заяви: ${BG}`, 'Зимата', 'Стоян Пеев', null],
  ['Bulgarian: `Късно в неделя вечерта X написа във фейсбук:` (написа, wrote, a verb of saying)', `${INTRO} Късно в неделя вечерта Пеев написа във фейсбук страницата на мелницата: ${BG}`, 'Зимата', 'Стоян Пеев', null],
  ['Bulgarian: a full name after the adjunct', `Рано сутринта Стоян Пеев заяви: ${BG}`, 'Зимата', 'Стоян Пеев', null],
  ['counter-case: an office before the name stays its role', `Кметът на селото Огнян Цонев заяви: ${BG}`, 'Зимата', 'Огнян Цонев', 'Кметът на селото'],
]);

/** Office nouns no list held: Bulgarian `наместник` (a mayor's deputy for a village); Latvian `deputāts` (a councillor or MP). */
kindTable('Bulgarian and Latvian office nouns give the role', [
  ['Bulgarian: `кметският наместник на X` before a colon paragraph', 'Кметският наместник на Горно поле Иван Дачев, който също гледа овце, застана на страната на хората и заяви:\n\n„Тук всяка къща живее от овцете. Ако хората не си получат парите, няма кой да работи догодина.', 'Тук всяка', 'Иван Дачев', 'наместник'],
  ['Latvian: `domes deputāts X` before a colon paragraph', 'Jelgavas domes deputāts Kārlis Bērziņš projektu nosauca par dārgu un sociālajā tīklā rakstīja:\n\n„Tilts stāvēja slēgts visu maiju, un neviens neko nedarīja. Es pieprasīšu atskaiti.”', 'Tilts', 'Kārlis Bērziņš', 'deputāts'],
]);

/** `X Y pracuje ako zvárač …`: "works as" in the present after the name gives the job as the role (as-role.ts). */
kindTable('West Slavic "works as" in the present gives the role', [
  ['Slovak: `pracuje ako zvárač`', 'Martin Novák pracuje ako zvárač v lodenici už dvadsať rokov. Do práce chodí pešo.\n\n„Pri dvanástich hodinách som doma neskoro a nestihnem nič. Peniaze budú rovnaké, ale život bude iný.“', 'Pri dvanástich', 'Martin Novák', '=zvárač'],
  ['Czech: `pracuje jako zdravotní sestra` (an adjective kept)', 'Jana Dvořáková pracuje jako zdravotní sestra v nemocnici.\n\n„Noční směny nás ničí,“ říká Dvořáková.', 'Noční', 'Jana Dvořáková', '=zdravotní sestra'],
  ['Polish: `od lat pracuje jako kucharka`', 'Anna Nowak od lat pracuje jako kucharka w szkole.\n\n„Dzieci się zmieniły” – mówi Nowak.', 'Dzieci', 'Anna Nowak', '=kucharka'],
  ['counter-case: the past `pracowała jako` says what the work was', 'Zofia Lis przez lata pracowała jako kucharka w stołówce.\n\n„Dzieci się zmieniły” – mówi Lis.', 'Dzieci', 'Zofia Lis', null],
  ['counter-case: two people as the subject', 'Anna Nowak i jej mąż pracują jako kucharze w szkole.\n\n„Dzieci się zmieniły” – mówi Nowak.', 'Dzieci', 'Anna Nowak', null],
]);

const OFFICIAL = '„Otro iepirkumu izsludinājām aprīlī,” norādīja departamenta vadītājs Jānis Ozols. „Līgumu ceram noslēgt jūnijā.”\n\n';
/** `… kopš 1990. gada.`: a number's ordinal stop before a lower-case word ends no sentence, so the one introducing her is read (newlang-introduced.ts). */
kindTable('A date\'s ordinal stop does not cut the sentence introducing the pronoun\'s person', [
  ['Latvian: `viņa stāsta` after an age, a name and `kopš 1990. gada`', `${OFFICIAL}Visvairāk pārdzīvo dārziņu īpašnieki. 68 gadus vecā Marija Kalniņa savā dobē audzē gurķus jau kopš 1990. gada. Līdz tam viņa uz dārziņu brauca ar autobusu.\n\n„Man sāp mugura. Ar kuģīti bija ātri, bet tagad jāiet pāri tiltam,” viņa stāsta.`, 'Man sāp', 'Marija Kalniņa', null],
  ['Latvian: a time adjunct before the name likewise', `${OFFICIAL}Kopš pavasara Marija Kalniņa audzē gurķus savā dobē jau kopš 1990. gada. Līdz tam viņa brauca ar autobusu.\n\n„Man sāp mugura. Tagad jāiet pāri tiltam,” viņa stāsta.`, 'Man sāp', 'Marija Kalniņa', null],
  ['counter-case: with no one introduced the official stays', `${OFFICIAL}„Man sāp mugura. Tagad jāiet pāri tiltam,” viņš stāsta.`, 'Man sāp', 'Jānis Ozols', ANY],
]);

const BN_QUOTE = '“আষাঢ় মাস থেকে পুকুরে পানি নেই। মাছ মরে যাচ্ছে,” বলেন রফিকুল ইসলাম।';
/** `সভাপতি X Y অভিযোগ করেন, …।` then `বলেন X Y`: the office of the plain sentence introducing the person carries (introduced-role.ts). */
kindTable('A Bengali office before a name in a plain sentence carries to a later tag', [
  ['Bengali: office and name, then a verb of accusing', `জেলা মৎস্যজীবী সমিতির সভাপতি রফিকুল ইসলাম উল্টো অভিযোগ করেন, কৃষকেরাই গেট বন্ধ রেখেছেন।\n\n${BN_QUOTE}`, 'আষাঢ়', 'রফিকুল ইসলাম', '=সভাপতি'],
  ['Bengali: prefixes before the full name', `জেলা মৎস্যজীবী সমিতির সভাপতি শেখ মো. রফিকুল ইসলাম উল্টো অভিযোগ করেন, কৃষকেরাই গেট বন্ধ রেখেছেন।\n\n${BN_QUOTE}`, 'আষাঢ়', 'শেখ মো. রফিকুল ইসলাম', '=সভাপতি'],
  ['Bengali: a trade likewise', `কৃষক রফিকুল ইসলাম উল্টো অভিযোগ করেন, মালিকেরাই গেট খুলে দিয়েছেন।\n\n${BN_QUOTE}`, 'আষাঢ়', 'রফিকুল ইসলাম', '=কৃষক'],
  ['counter-case: a time word before the name is no role', `গতকাল রফিকুল ইসলাম উল্টো অভিযোগ করেন, কৃষকেরাই গেট বন্ধ রেখেছেন।\n\n${BN_QUOTE}`, 'আষাঢ়', 'রফিকুল ইসলাম', null],
]);
