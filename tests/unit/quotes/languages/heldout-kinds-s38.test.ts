// Kinds the thirtieth session read (a nineteenth private set of invented articles, ten of them American political
// copy, twenty in languages from Estonian to Korean), each in fresh sentences of my own, with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../../../utils/quotes/person-mentions';
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const STATEHOUSE =
  'Senate President Pro Tempore Gideon Marsh, R-Sumner, opened the debate.\n\n' +
  '“This board answers to nobody,” Marsh said.\n\n' +
  'Wanda Ortiz, who runs elections in Polk County, said she had heard nothing.\n\n' +
  'Her spokeswoman, Lena Friedman, said the governor would sue. “We will win in court,” Friedman said.\n\n' +
  'Until then, clerks will keep the old rules, and according to Ortiz, nobody has told them otherwise. “I will open the doors at six either way,” she said.';

/**
 * English offices and sources: `Pro Tempore` is part of the office before the name (names.ts); a sentence that names one
 * person as its source ("according to Ortiz") is whom the next "she said" stands for (according-source.ts).
 */
const SOURCES: KindCase[] = [
  ['en: `Senate President Pro Tempore X Y` is X Y', STATEHOUSE, 'This board', 'Gideon Marsh', ANY],
  ['en: `according to Ortiz, …. “…,” she said` is Ortiz, not the last speaker', STATEHOUSE, 'I will open', 'Wanda Ortiz', ANY],
  ['counter-case en: `According to Ortiz, Friedman was angry. “…,” she said` names another who may speak', STATEHOUSE.replace('Until then, clerks will keep the old rules, and according to Ortiz, nobody has told them otherwise.', 'According to Ortiz, Friedman was angry.'), 'I will open', 'Lena Friedman', ANY],
];

const FARM =
  'Sen. Hannah Lindqvist, the panel’s ranking Democrat, opposed the cuts. Marcus Obi, who directs a food-bank network, testified.\n\n' +
  'Visits rose 12% this year, according to Obi, who said “charity cannot fill this hole.”\n\n' +
  'What comes next: Lindqvist told reporters that her caucus would not supply a quorum. “We can delay the vote for weeks,” she said.\n\n' +
  'A senior Republican staffer, granted anonymity to discuss the count, was less sure. “The base text passes. The amendments will not.”\n\n' +
  'A retired dairyman from a family farm outside Tomah, who asked not to be named because his cousin sits on the board, said most of his neighbors had given up. “Half of them sold out already.”';

/**
 * Newsletter copy: a run-in label (`What comes next:`) is no part of the sentence's subject (sentences.ts); an indefinite
 * subject left unnamed on purpose brings in someone new, so an untagged quote after it is not the last speaker's turn
 * (lang/clause-opening.ts), and a party before the noun stays in the description (unnamed-introduction.ts); a place after
 * a preposition is not who "who" is, and a long indefinite subject speaks whole (verb-subject.ts).
 */
const NEWSLETTER: KindCase[] = [
  ['en: `What comes next: X told reporters …. “…,” she said` is X', FARM, 'We can delay', 'Hannah Lindqvist', ANY],
  ['en: `A senior Republican staffer, granted anonymity …` then an untagged quote is that staffer', FARM, 'The base text', 'a senior Republican staffer', null],
  ['en: `A retired dairyman from a family farm outside Tomah, who asked not to be named, said …` is no Tomah', FARM, 'Half of them', UNNAMED, null],
  ['counter-case en: `Lindqvist said:` opening the paragraph keeps its speaker', FARM.replace('What comes next: Lindqvist told reporters that her caucus would not supply a quorum.', 'Lindqvist said her caucus would not supply a quorum.'), 'We can delay', 'Hannah Lindqvist', ANY],
];

const PLANT =
  '“These are 900 jobs that stay in Ohio,” Gov. Ruth Calder said at the plant.\n\n' +
  'IBEW Local 1466 President Owen Stacey, who stood next to the governor throughout her speech, was cautious: “I will believe it when the line restarts.”\n\n' +
  'One welder with 19 years on the line, who would not give her name because she fears losing her shift, put it plainly: “Ask me next spring.”\n\n' +
  'Stacey wants the pledge in the contract. “A press release is not a promise,” he said.';

/**
 * A numbered local or district before the office (`IBEW Local 1466 President X`) opens the subject (sentence-subject.ts);
 * a pronoun right after another's office (`next to the governor throughout her speech`) teaches the name no gender
 * (coreference.ts); a long indefinite subject ending in a preposition's object speaks whole (verb-subject.ts).
 */
const PLANT_ROWS: KindCase[] = [
  ['en: `IBEW Local 1466 President X Y, who …, was cautious: “…”` is X Y', PLANT, 'I will believe', 'Owen Stacey', ANY],
  ['en: `One welder with 19 years on the line, who would not give her name, …:` is one welder, no line', PLANT, 'Ask me next', 'One welder', null],
  ['en: `“…,” he said` after the welder is Stacey, whom "her speech" did not make a woman', PLANT, 'A press release', 'Owen Stacey', ANY],
  ['counter-case en: a pronoun after a comma and a verb is still the name’s (`X, who thanked the mayor, said her crew …`)', 'Dana Price, who thanked the mayor, said her crew was ready.\n\nMr. Vance, a neighbor, disagreed.\n\n“We start Monday,” she said.', 'We start Monday', 'Dana Price', ANY],
];

const PARNU =
  'Pärnu abilinnapea Jaan Pärn tutvustas eile uut veehinda. Volikogu liige Reet Saar oli plaani vastu.\n\n' +
  '„Hind tõuseb liiga järsult,“ ütles Saar.\n\n' +
  '„Ilma selleta jääb torustik remontimata,“ tunnistas Pärnu Vesi juhatuse liige Rein Kuusk, „ja see läheb lõpuks kallimaks.“\n\n' +
  'Maa-ameti kaardiosakonna juhataja Liina Mägi kinnitas, et arvutused on üle vaadatud. „Me ei leidnud vigu.“\n\n' +
  'Rannas elav 81-aastane pensionär Ants Oja loeb laual arveid. „Pension ei kasva sama kiiresti.“\n\n' +
  '„Abi saavad kõik, kes selle järele tulevad,“ kinnitas abilinnapea.';

/**
 * Estonian and Latvian word order (lang/adjacent.ts, lang/role-opened-subject.ts, lang/newlang-introduced.ts): a body,
 * lower-case words ending in a role noun and the name, after the verb or opening a sentence; an office alone after the verb
 * is the holder the text named; a name in a bracketed aside is not the subject.
 */
const BALTIC: KindCase[] = [
  ['et: `tunnistas <Body> juhatuse liige X Y, „…“` is X Y, not the body', PARNU, 'Ilma selleta', 'Rein Kuusk', ANY],
  ['et: `<Body> … juhataja X Y kinnitas, et …. „…“` is X Y', PARNU, 'Me ei leidnud', 'Liina Mägi', ANY],
  ['et: `Rannas elav 81-aastane pensionär X Y loeb …. „…“` is X Y', PARNU, 'Pension ei kasva', 'Ants Oja', ANY],
  ['et: `„…,“ kinnitas abilinnapea.` is the deputy mayor named before, not the last speaker', PARNU, 'Abi saavad', 'Jaan Pärn', ANY],
  ['counter-case et: an office no one was named with stays unnamed', 'Vihm kestis terve öö.\n\n„Abi saavad kõik, kes selle järele tulevad,“ kinnitas abilinnapea.', 'Abi saavad', UNNAMED, ANY],
  ['lv: `<Two capitals> … profesors X Y uzskata, ka …. „…”` is X Y', 'Ostas attīstība turpinās.\n\nLiepājas Universitātes ekonomikas profesors Andris Bērziņš uzskata, ka citas izvēles nav. „Bez investīcijām kravas aizies citur.”', 'Bez investīcijām', 'Andris Bērziņš', ANY],
  ['lv: `X Y (ar … Z W viņi nav radinieki) … noraida. „…”, viņš apgalvo.` is X Y', '„Mūs aizstās mašīnas”, saka zvejnieks Kārlis Liepa.\n\nOstas valdes loceklis Juris Liepa (ar zvejnieku Kārli Liepu viņi nav radinieki) to noraida. „Darba vietu būs vairāk”, viņš apgalvo.', 'Darba vietu', 'Juris Liepa', ANY],
  ['counter-case hu: `mondta Kovács Péter polgármester.` keeps the name before the role', 'A terv vitát váltott ki.\n\n„Ezt nem fogadjuk el” – mondta Kovács Péter polgármester.', 'Ezt nem', 'Kovács Péter', ANY],
];

/**
 * A dashed aside before the verb (cues.ts), a place opening a Cyrillic sentence before its subject (sentence-subject.ts),
 * and a word in marks inside the sentence before an untagged quote (attribute.ts).
 */
const ASIDES: KindCase[] = [
  ['bg: `Управителят … X Y – не е роднина с … – заяви: „…“` is X Y', 'Заводът спря работа.\n\nУправителят на завода Петър Колев – не е роднина с инж. Иван Колев – заяви: „Нямаме пари за заплати.“', 'Нямаме пари', 'Петър Колев', ANY],
  ['bg: `Пред входа на пазара X Y, 70-годишен пенсионер, чака …. „…“` is X Y', 'Пазарът е почти празен.\n\nПред входа на пазара Стоян Пеев, 70-годишен пенсионер, чака автобуса. „Цените растат всеки ден.“', 'Цените растат', 'Стоян Пеев', ANY],
  ['tr: `X Y, projenin "geçici" olduğunu söyledi.` then `"…," dedi.` is X Y', 'Belediye Başkan Yardımcısı Kemal Oruç, projenin "geçici" olduğunu söyledi.\n\n"Yaz sonuna kadar her şey normale dönecek," dedi.', 'Yaz sonuna', 'Kemal Oruç', ANY],
  ['counter-case en: a dash aside ending the sentence before the quote leaves the subject as read', 'The mayor, Ana Lopez – a former judge – said: “We will appeal.”', 'We will appeal', 'Ana Lopez', ANY],
];

/**
 * Hungarian writes the role after the name, as a sentence's subject too, even after an adverbial (lang/role-opened-subject.ts);
 * an occasion after the tag's verb and article is no role (lang/adjacent.ts).
 */
const HUNGARIAN: KindCase[] = [
  ['hu: `A közgyűlésen a várost dr. X Y alpolgármester képviselte, aki …. „…”` is X Y', '„Ezt nem hagyjuk annyiban” – mondta Fekete Ilona, az egyesület elnöke.\n\nA közgyűlésen a várost dr. Nagy Ferenc alpolgármester képviselte, aki elmondta, hogy minden engedély megvan. „A szabályokat betartjuk.”', 'A szabályokat', 'Nagy Ferenc', ANY],
  ['hu: `X Y nyugdíjas tanár, aki …, a kútjáról beszélt. „…”` is X Y', '„Ezt nem hagyjuk annyiban” – mondta Fekete Ilona, az egyesület elnöke.\n\nVarga Béla nyugdíjas tanár, aki negyven éve él a faluban, a kútjáról beszélt. „Tavaly nyáron kiszáradt.”', 'Tavaly nyáron', 'Varga Béla', ANY],
  ['hu: `– mondta a gyűlés végén X Y.`: the occasion is no role', 'A terem megtelt.\n\n„Nem adjuk fel” – mondta a gyűlés végén Tóth Anna.', 'Nem adjuk fel', 'Tóth Anna', null],
];

kindTable('Estonian and Latvian offices, bodies and asides', BALTIC);
/**
 * Malay: the respectful `Beliau` opening a colon's sentence is the person just brought in (lang/id.ts, names.ts); `Jabatan …`, a
 * department, is no person (non-person-words.ts). And a whole quote with punctuation before an untagged one is no word in marks.
 */
const MALAY: KindCase[] = [
  ['ms: `Beliau menambah: “…”` after `…, Tan Mei Ling, menganggap …`', 'Sementara itu, pensyarah undang-undang dari Kolej Tanjung, Tan Mei Ling, menganggap rancangan itu terburu-buru.\n\nBeliau menambah: “Tiada siapa bertanya kepada penduduk kampung.”', 'Tiada siapa', 'Tan Mei Ling', ANY],
  ['ms: `katanya` after a paragraph naming Datuk X and `Jabatan Kerja Raya` is X', 'Exco Pertanian negeri, Datuk Rahman Yusof, berjanji pampasan dibayar sebelum Jun. Pasukan petugas itu turut melibatkan Jabatan Kerja Raya dan pegawai daerah.\n\n“Semua permohonan akan diteliti dengan adil,” katanya semalam.', 'Semua permohonan', 'Rahman Yusof', ANY],
  ['counter-case zh: a whole quote before an untagged one still bounds its sentence', '果农李春生前年开始在网上卖橙子。“那时候橙子烂在地里，只好上网碰碰运气。”李春生说。头一个月只卖出二十箱，“大多是老同学买的”。', '大多是', '李春生', ANY],
];

kindTable('Hungarian names before roles', HUNGARIAN);
const MUSEUM =
  'Директор музею Ігор Мельник розповідає про ремонт. «Дах протікає вже третій рік», – каже Мельник.\n\n' +
  'Під час екскурсії Мельник показує на стелю залу. Поруч стоять відра з водою.\n\n' +
  '«Якщо не полагодимо до зими, картини доведеться вивезти».\n\n' +
  'Директорка ліцею Ольга Савчук теж чекає на гроші. «Кошторис досі не затвердили», – каже Савчук.\n\n' +
  '«Гроші обіцяли ще влітку», – нагадує мати учениці Ірина Ткач.\n\n' +
  'У ліцеї поки що шукають інше приміщення. «Ми вже тричі писали до міськради», – визнає директорка.';

/**
 * Ukrainian: a quote standing alone after a paragraph that opens with a place or time and then the last speaker's family
 * name (`Під час екскурсії Мельник показує …`) is theirs (sentence-subject.ts); the present `визнає` is a verb of saying, and
 * an office after it is the person introduced with it, one word of complement between (lang/ru-uk.ts).
 */
const UKRAINIAN: KindCase[] = [
  ['uk: a quote paragraph after `Під час екскурсії Мельник показує …` is Мельник', MUSEUM, 'Якщо не полагодимо', 'Ігор Мельник', ANY],
  ['uk: `– визнає директорка.` after `Директорка ліцею X Y` is X Y', MUSEUM, 'Ми вже тричі', 'Ольга Савчук', ANY],
  ['counter-case uk: `– визнає директорка.` with no director named stays unnamed', 'Уночі йшов дощ.\n\n«Ми готові до всього», – визнає директорка.', 'Ми готові', UNNAMED, ANY],
];

kindTable('Malay pronouns and departments', MALAY);
kindTable('Ukrainian places before a family name, offices after the verb', UKRAINIAN);

describe('A Greek body in the genitive running on past a genitive plural is no person (lang/greek-body.ts)', () => {
  const names = (text: string) => findPersonMentions(text).map((mention) => mention.name);
  it('reads `πρόεδρος του Σωματείου Αρτοποιών Πάτρας` as no one but the president named before it', () => {
    expect(names('«Οι πωλήσεις έπεσαν», λέει ο Νίκος Παππάς, πρόεδρος του Σωματείου Αρτοποιών Πάτρας.')).toEqual(['Νίκος Παππάς']);
  });
  it('counter-case: a person after a body with no genitive plural stays (`του Υπουργείου Γεωργίας Ανδρέας Πέτρου`)', () => {
    expect(names('Ο γενικός γραμματέας του Υπουργείου Γεωργίας Ανδρέας Πέτρου μίλησε χθες.')).toEqual(['Ανδρέας Πέτρου']);
  });
});
kindTable('Dashed asides, Cyrillic places and words in marks', ASIDES);
kindTable('English offices and named sources', SOURCES);
kindTable('Newsletter labels and subjects left unnamed on purpose', NEWSLETTER);
kindTable('Numbered locals, others’ offices and long indefinite subjects', PLANT_ROWS);
