// Tajik (Cyrillic script, lang/tg.ts): invented articles of my own about a village bridge and a school orchard, read whole by
// the quotes stage, with counter-cases (a ministry, someone unnamed, a plain sentence about a body) and a Russian tag beside it.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BRIDGE =
  'Дар деҳаи Сангобод пули нав сохта мешавад. Корҳо аз баҳор оғоз шудаанд.\n\n' +
  'Раиси ҷамоат Рустам Қосимов гуфт: «Пул то тирамоҳ тайёр мешавад».\n\n' +
  '«Маблағ аз буҷети ноҳия ҷудо шудааст», – мегӯяд Қосимов.\n\n' +
  '«Мо ҳар рӯз дар ин ҷо кор мекунем», – гуфт ӯ.\n\n' +
  '«Сементро аз шаҳр меоранд», – илова кард Рустам Қосимов.\n\n' +
  'Ба гуфтаи Рустам Қосимов, «Пули кӯҳна хеле хароб шуда буд».\n\n' +
  '«Мошинҳо аз ин ҷо гузашта наметавонистанд», – изҳор дошт раиси ҷамоат.\n\n' +
  'Вазорат чунин хабар дод: «Барнома соли оянда идома меёбад».\n\n' +
  'Пирамарде, ки дар соҳили дарё нишаста буд, бо оҳ гуфт: «Мо сӣ сол интизор будем».\n\n' +
  '«Нархҳо боз баланд шуданд», – гуфт як фурӯшанда.\n\n' +
  'Мақомоти ноҳия роҳро низ таъмир карданианд. «Корҳо дар ҳамин моҳ оғоз мешаванд».';

const ORCHARD =
  'Дар мактаби деҳа боғи нав шинонданд.\n\n' +
  'Муаллимаи биология Нилуфар Ҷӯраева бо шогирдон ба Ҳасан Раҳимов гуфт: «Ҳар синф даҳ ниҳол шинонд».\n\n' +
  '«Тобистон бачаҳо дарахтонро об медиҳанд», – мегӯяд Ҷӯраева.\n\n' +
  '«Себ ва зардолу пас аз се сол ҳосил медиҳанд, – илова мекунад Ҷӯраева. – Мо интизор мешавем».\n\n' +
  'Ӯ баъди дарс чунин гуфт: «Бачаҳо боғро дӯст медоранд».\n\n' +
  '«Боғ аз они ҳамаи деҳа аст», – таъкид кард Нилуфар Ҷӯраева.';

/** After the quote мегӯяд / гуфт / илова кард / изҳор дошт and the subject; before it `X гуфт:`, `Ӯ … гуфт:`, `Ба гуфтаи X,`. */
const TAJIK_ROWS: KindCase[] = [
  ['tg: `<role> X Y гуфт: «…»` is X Y with the role', BRIDGE, 'Пул то', 'Рустам Қосимов', 'Раиси ҷамоат'],
  ['tg: `», – мегӯяд X.` is the full name given before', BRIDGE, 'Маблағ аз', 'Рустам Қосимов', ANY],
  ['tg: `», – гуфт ӯ.` is the one speaking already', BRIDGE, 'Мо ҳар', 'Рустам Қосимов', ANY],
  ['tg: `», – илова кард X Y.` (added) is X Y', BRIDGE, 'Сементро аз', 'Рустам Қосимов', ANY],
  ['tg: `Ба гуфтаи X Y, «…»` (by the words of X Y) is X Y', BRIDGE, 'Пули кӯҳна', 'Рустам Қосимов', ANY],
  ['tg: `», – изҳор дошт <office>.` is the holder the text named', BRIDGE, 'Мошинҳо аз', 'Рустам Қосимов', ANY],
  ['tg: `X Y бо … ба Z гуфт:` is X Y, not Z after ба', ORCHARD, 'Ҳар синф', 'Нилуфар Ҷӯраева', ANY],
  ['tg: `», – мегӯяд X.` is X', ORCHARD, 'Тобистон бачаҳо', 'Нилуфар Ҷӯраева', ANY],
  ['tg: `«A, – илова мекунад X. – B»` is X', ORCHARD, 'Себ ва', 'Нилуфар Ҷӯраева', ANY],
  ['tg: `Ӯ … чунин гуфт: «…»` is the one the text brought in', ORCHARD, 'Бачаҳо боғро', 'Нилуфар Ҷӯраева', ANY],
  ['tg: `», – таъкид кард X Y.` (stressed) is X Y', ORCHARD, 'Боғ аз', 'Нилуфар Ҷӯраева', ANY],
];

/** Counter-cases: a ministry, an old man and a seller left unnamed, a district office in a plain sentence are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['tg: `Вазорат чунин хабар дод: «…»` is a body, no person', BRIDGE, 'Барнома соли', UNNAMED, ANY],
  ['tg: `Пирамарде, ки …, гуфт:` is someone unnamed', BRIDGE, 'Мо сӣ', UNNAMED, ANY],
  ['tg: `», – гуфт як фурӯшанда.` is someone unnamed', BRIDGE, 'Нархҳо боз', UNNAMED, ANY],
  ['tg: a plain sentence about the district authorities names no speaker', BRIDGE, 'Корҳо дар', UNNAMED, ANY],
];

const NEIGHBOUR_ROWS: KindCase[] = [
  ['ru: `», — сказал <role> X Y.` is still X Y', '«Мост откроют осенью», — сказал глава района Иван Смирнов.', 'Мост откроют', 'Иван Смирнов', ANY],
];

// (The reader reads both; the shared stage takes `Ба гуфтаи X,` right before a quote and a capitalised noun opening `…, ки …` otherwise.)
kindTable('Tajik tags after and before the quote', TAJIK_ROWS, ['tg: `Ба гуфтаи X Y, «…»` (by the words of X Y) is X Y']);
kindTable('Tajik counter-cases', COUNTER_ROWS, ['tg: `Пирамарде, ки …, гуфт:` is someone unnamed']);
kindTable('Russian beside the Tajik reader', NEIGHBOUR_ROWS);
