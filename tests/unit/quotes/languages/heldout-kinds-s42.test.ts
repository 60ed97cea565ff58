// Kinds the thirty-fourth session read (a twenty-third set of invented articles), each in fresh sentences of my own, with
// counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED } from './kind-table';

const ORCHARD =
  'The county approved a cooling center for farm crews on Tuesday.\n\n' +
  'Rosa García, 58, a packer who has sorted pears in the valley since 1994, said the heat was the worst she could recall. Her foreman, Julián Peña, said the crew starts at dawn.\n\n' +
  'The county manager, Leo Brandt, said the tents would arrive in June.\n\n' +
  '“Some days we stop at noon because nobody can breathe,” García said. “We lost two hours a day in August,” Peña said.\n\n' +
  '“The shade tents help a little,” said Sofía Arce, a picker from the next ranch. “Only a little,” María said later.';

/**
 * A family name ending in a letter beyond ASCII and then "a" (`García`, `Peña`): `\b` took the "a" for the article, so the
 * tag `“…,” García said` read as no name (verb-subject.ts). "María" alone, never introduced, is still read as written.
 */
kindTable('English tags on names ending in an accented letter and "a"', [
  ['en: `“…,” García said` after `Rosa García, 58, …` is Rosa García', ORCHARD, 'Some days we stop', 'Rosa García', ANY],
  ['en: `“…,” Peña said` after `Her foreman, Julián Peña,` is Julián Peña', ORCHARD, 'We lost two hours', 'Julián Peña', ANY],
  ['en: `said Sofía Arce, a picker …` is still Sofía Arce', ORCHARD, 'The shade tents', 'Sofía Arce', ANY],
]);

const HARBOR =
  'Dr. Lena Ortiz, who studies ports, said traffic fell. “The numbers are stark,” Ortiz said.\n\n' +
  'Outside the fish market by the north pier after dawn, one deckhand coiling a rope and a hose, who did not want to give his name, shrugged. “Thirty years and nobody asked us,” he said.\n\n' +
  'At the gate, a guard waved the trucks through. “Keep moving,” he said.';

/** An opening phrase of up to nine words before the comma may precede someone new (inner-introduction.ts). */
kindTable('English subjects after a long opening phrase', [
  ['en: `<place phrase of nine words>, one deckhand …, who did not want to give his name, …. “…,” he said` is unnamed', HARBOR, 'Thirty years', UNNAMED, ANY],
  ['en: `At the gate, a guard …. “…,” he said` is still the guard', HARBOR, 'Keep moving', UNNAMED, ANY],
  ['en: `“…,” Ortiz said` is still Lena Ortiz', HARBOR, 'The numbers are stark', 'Lena Ortiz', ANY],
]);

const CAMPUS =
  'Economist Imani Brookfield of Plainfield State University said the credits rarely pay off. “Towns win headlines, not jobs,” Brookfield said.\n\n' +
  'Secretary of State Carla Mendes disagreed. “The plant will come,” Mendes said.';

/** Office words past the English "of" after a two-word name are the body's (`X Y of Z State University`, name-forms.ts). */
kindTable('English names before "of" and a body holding an office word', [
  ['en: `Economist X Y of Z State University said …. “…,” Y said` is X Y, the economist', CAMPUS, 'Towns win headlines', 'Imani Brookfield', 'Economist'],
  ['en: `Secretary of State X Y …. “…,” Y said` is still X Y', CAMPUS, 'The plant will come', 'Carla Mendes', ANY],
]);

const PLAZA =
  'En la plaza, la vecina Ana Ruiz lo dijo así: ‘Vamos a volver también’. Después se fue a casa.\n\n' +
  '“We play rock ’n’ roll on Fridays,” said the owner, Tom Reyes.';

/** A closing single mark after `-ón`, `-én`, `-ão`: the n or o belongs to the word, no clipped `'n` or `o'` (find.ts). */
kindTable('Closing single marks after a word ending in an accented letter and n or o', [
  ['es: `… : ‘… también’.` is a quote, Ana Ruiz’s', PLAZA, 'Vamos a volver', 'Ana Ruiz', ANY],
  ['en: `rock ’n’ roll` inside a quote is still no quote mark', PLAZA, 'We play rock', 'Tom Reyes', ANY],
]);

const TENANTS =
  'Mayor Dana Holt backed the rent plan.\n\n' +
  'Advocates point to families like Nadia’s. A mother of two in East Lansing, Nadia requested that her surname be withheld while her lease is under review. She said the rent doubled.\n\n' +
  '“I am not against anyone,” she said. “All I want is a door that locks.”\n\n' +
  'Jonah, 34, a cook, said he had moved twice. “Twice in a year,” he said.';

/** One name and, in the verb after it, the family name withheld (`X asked that her last name not be used`): X is a person (lone-names.ts). */
kindTable('English people named by one word who withhold the rest', [
  ['en: `A mother of two in …, X requested that her surname be withheld …. “…,” she said` is X', TENANTS, 'I am not against', 'Nadia', ANY],
  ['en: `X, 34, a cook, said …. “…,” he said` is still X', TENANTS, 'Twice in a year', 'Jonah', ANY],
]);

const MARKET =
  'Predsjednica udruženja Vesna Marić kaže da su cijene porasle. „Ljudi više ne mogu kupiti ni hljeb“, rekla je.\n\n' +
  'Prodavačica Sanja Kovač (52) s Baščaršije radi na tezgi dvadeset godina. „Nekad je ovdje bila gužva“, kaže.';

/** Bosnian: a feminine trade noun opening a run of three is no name (lang/role-nouns.ts). */
kindTable('Bosnian trade nouns before a name', [
  ['bs: `Prodavačica X Y (52) … „…“, kaže.` is X Y, the trade no part of the name', MARKET, 'Nekad je ovdje', 'Sanja Kovač', ANY],
  ['bs: `Predsjednica udruženja X Y kaže … „…“, rekla je.` is still X Y', MARKET, 'Ljudi više', 'Vesna Marić', ANY],
]);

const BAZAAR =
  'Bozorda 15 yildan beri savdo qilayotgan 52 yoshli Jasur Karimovning doʻkoni ham yopildi. «Endi qayerga boraman?» — dedi u.\n\n' +
  'Tumanda yashovchi Malika Saidova esa boshqa fikrda. «Yangi bino chiroyli boʻladi», — dedi Saidova.\n\n' +
  'Hokimlik vakili Sardor Rasulov «Yangi Kun»ga quyidagicha izoh berdi: «Bozor yozda ochiladi.»';

/** Uzbek: a family name's genitive (`Karimovning`) is no part of the name (name-forms.ts); `X … shunday dedi:` before a quote (lang/uz.ts). */
kindTable('Uzbek family names in the genitive and colon tags', [
  ['uz: `… 52 yoshli X Ynning doʻkoni … «…» — dedi u.` is X Y', BAZAAR, 'Endi qayerga', 'Jasur Karimov', ANY],
  ['uz: `«…», — dedi Saidova.` is still Malika Saidova', BAZAAR, 'Yangi bino', 'Malika Saidova', ANY],
  ['uz: `X Y «<outlet>»ga quyidagicha izoh berdi: «…»` is X Y, the outlet in marks parting nothing (own-cue.ts)', BAZAAR, 'Bozor yozda', 'Sardor Rasulov', ANY],
]);

const HAWKERS =
  '“Dulu sewa murah,” kata Aminah Yusof, 48, yang menjual kuih di pasar itu sejak 2002.\n\n' +
  'Menurut Aminah, harga tepung naik. “Kalau harga kuih naik, orang tak beli,” katanya ketika ditemui Berita Pulau di sini, semalam.\n\n' +
  'Dia juga kecewa. “Siapa yang mahu dengar kami?” soalnya.';

/** Malay and Indonesian: a verb with -nya holds its subject, so a name after `ketika ditemui` is whom the speaker met; `soalnya` asks (lang/id.ts). */
kindTable('Malay verbs with -nya', [
  ['ms: `“…,” katanya ketika ditemui <outlet> …` is the X Y just named, not the outlet', HAWKERS, 'Kalau harga kuih', 'Aminah Yusof', ANY],
  ['ms: `“…?” soalnya.` is the X Y just named', HAWKERS, 'Siapa yang mahu', 'Aminah Yusof', ANY],
  ['ms: `“…,” kata X Y, 48, …` is still X Y', HAWKERS, 'Dulu sewa', 'Aminah Yusof', ANY],
]);

const VILLAGE =
  '52 წლის ირაკლი სვანიძე ამბობს, რომ სახლი ძველია.\n\n' +
  'მისი მეზობელი, მასწავლებელი მაკა სვანიძე, ირაკლის ნათესავი არ არის.\n\n' +
  'მაკა სვანიძე ამბობს: „ქალაქი სწრაფად იზრდება და ხმაური ყოველ დღე მატულობს.“\n\n' +
  'ირაკლი სვანიძემ აღნიშნა: „აქ დავიბადე და აქვე დავრჩები ბოლომდე.“';

/** Georgian `X Y ამბობს: „…“`: the nominative subject of a present verb before the colon (lang/ka.ts), as the ergative of a past one. */
kindTable('Georgian present verbs before a colon', [
  ['ka: `X Y ამბობს: „…“` is X Y', VILLAGE, 'ქალაქი სწრაფად', 'მაკა სვანიძე', ANY],
  ['ka: `X Yმ აღნიშნა: „…“` is still X Y', VILLAGE, 'აქ დავიბადე', 'ირაკლი სვანიძე', ANY],
]);

const FARM =
  'Die boer Pieter Swart (61) boer al dertig jaar in die vallei. “Ons wil net bly,” sê hy.\n\n' +
  'Vir Marietjie Swart is die saak persoonlik. “Hier is my kinders gebore,” sê sy.\n\n' +
  '“Ons sal die huise regmaak,” sê Swart.';

const HARBOUR_SQ =
  'Peshkatari Arben Leka, 58 vjeç, del në det çdo mëngjes. “Deti po na ikën,” tha ai.\n\n' +
  'Elira Leka, mësuese, e cila nuk ka lidhje familjare me peshkatarin, mendon ndryshe. “Fëmijët kanë nevojë për shkollë,” tha ajo. “Shkolla është shumë larg,” shtoi Leka.\n\n' +
  '“Ne duam vetëm rrugë të mirë,” shpjegoi Arben Leka.';

/** Afrikaans `Vir X …` (for X) opens no name (lang/name-openers.ts); Albanian `nuk ka lidhje familjare` says namesakes are no kin (namesakes.ts). */
kindTable('Afrikaans "vir" before a name, Albanian namesakes', [
  ['af: `Vir X Y is … “…,” sê sy.` is X Y, `Vir` no part of the name', FARM, 'Hier is my kinders', 'Marietjie Swart', ANY],
  ['af: `“…,” sê hy.` after `Die boer X Y (61) …` is still X Y', FARM, 'Ons wil net bly', 'Pieter Swart', ANY],
  ['sq: `X Y, e cila nuk ka lidhje familjare me …, … “…,” shtoi Y.` is X Y, not the namesake before', HARBOUR_SQ, 'Shkolla është', 'Elira Leka', ANY],
  ['sq: `“…,” shpjegoi X Y.` is still X Y', HARBOUR_SQ, 'Ne duam', 'Arben Leka', ANY],
]);

const LAKE =
  'ನಗರಸಭೆಯ ಆಯುಕ್ತ ರವಿ ಶಂಕರ್ “ಕೆಲಸ ಬೇಗ ಮುಗಿಯುತ್ತದೆ” ಎಂದು ಹೇಳಿದರು.\n\n' +
  'ಅಂಗಡಿ ನಡೆಸುವ ಲಕ್ಷ್ಮಿ ನಾಯಕ್ (45) ಇಲ್ಲಿ ಹತ್ತು ವರ್ಷದಿಂದ ವಾಸವಿದ್ದಾರೆ. “ನಮಗೆ ಬೇರೆ ಮನೆ ಎಲ್ಲೂ ಇಲ್ಲ” ಎಂದು ಅವರು ಹೇಳಿದರು.';

/** Kannada `“…” ಎಂದು ಅವರು ಹೇಳಿದರು` after a sentence bringing in `X Y (45)`: that person (lang/introduced.ts reads Kannada as Telugu). */
kindTable('Kannada pronoun tags after someone introduced', [
  ['kn: `… X Y (45) … . “…” ಎಂದು ಅವರು ಹೇಳಿದರು.` is X Y, not the officer before', LAKE, 'ನಮಗೆ ಬೇರೆ', 'ಲಕ್ಷ್ಮಿ ನಾಯಕ್', ANY],
  ['kn: `<office> X Y “…” ಎಂದು ಹೇಳಿದರು.` is still X Y', LAKE, 'ಕೆಲಸ ಬೇಗ', 'ರವಿ ಶಂಕರ್', ANY],
]);
