// Udmurt (Cyrillic script, lang/udm.ts): invented articles of my own about a village library and a new well, read whole by the
// quotes stage, with counter-cases (a ministry, someone unnamed, a plain sentence about a body) and a Russian tag beside it.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'Пуксёр гуртын выль библиотека усьтӥськиз. Ужъёс тулыс кутскизы.\n\n' +
  'Библиотекалэн кивалтӥсез Анна Игнатьевна Волкова вера: «Книгаос трос лыктизы».\n\n' +
  '«Нылпиос котькуд нунал лыкто», — вера Волкова.\n\n' +
  '«Ми выль книгаос витиськом», — вера со.\n\n' +
  '«Коньдонэз ёрос сётӥз», — шуиз Анна Игнатьевна Волкова.\n\n' +
  '«Тулыс ми клуб но выльдомы», — ватсаз библиотекалэн кивалтӥсез Анна Игнатьевна Волкова.\n\n' +
  'Министерство ивортӥз: «Программа азьланьын но ужалоз».\n\n' +
  '«Книгаос дунесь луизы», — вера одӥг анай.\n\n' +
  'Ёросысь администрация сюрес но лэсьтыны малпа. «Ужъёс та толэзе кутскозы».';

const WELL =
  'Гуртын выль колодец гудыризы.\n\n' +
  'Гуртлэн кивалтӥсез Иван Семёнович Перевозчиков Москвае гожтэт ыстӥз. «Вуэз ми кызь ар витим».\n\n' +
  '«Тулыс вуэз юыны луоз», — шуэ Перевозчиков.\n\n' +
  'Перевозчиков вера: «Коньдонэз калык люказ».\n\n' +
  '«Ми шудо», — вера Иван Семёнович Перевозчиков.';

const WELL_MOTHER =
  'Гуртын выль колодец гудыризы. «Вуэз ми кызь ар витим», — вера Иван Перевозчиков.\n\n' +
  'Кык нылпилэн анаез Мария Ложкина (29 арес) гуртысь фермаын ужа. Со вера: «Нылы школае пыриз».\n\n' +
  'Одӥг анай, кудӥз карые ужаны ветлэ, нимзэ гожтыны ӧз кур. Со вера: «Ми нимме уг возьматӥськом».';

/** After the quote вера / шуэ / шуиз / ватсаз and the subject; before it `X вера:`, `Со вера:`. */
const UDMURT_ROWS: KindCase[] = [
  ['udm: `<role> X Y Z вера: «…»` is X Y Z with the role', LIBRARY, 'Книгаос трос', 'Анна Игнатьевна Волкова', ANY],
  ['udm: `», — вера X.` is the full name given before', LIBRARY, 'Нылпиос котькуд', 'Анна Игнатьевна Волкова', ANY],
  ['udm: `», — вера со.` is the one speaking already', LIBRARY, 'Ми выль', 'Анна Игнатьевна Волкова', ANY],
  ['udm: `», — шуиз X Y Z.` (said) is X Y Z', LIBRARY, 'Коньдонэз ёрос', 'Анна Игнатьевна Волкова', ANY],
  ['udm: `», — ватсаз <role> X Y Z.` (added) is X Y Z', LIBRARY, 'Тулыс ми', 'Анна Игнатьевна Волкова', ANY],
  ['udm: `X Y Z Москвае …` (a case word after the name) is X Y Z', WELL, 'Вуэз ми', 'Иван Семёнович Перевозчиков', ANY],
  ['udm: `», — шуэ X.` (says) is X', WELL, 'Тулыс вуэз', 'Иван Семёнович Перевозчиков', ANY],
  ['udm: `X вера: «…»` is X', WELL, 'Коньдонэз калык', 'Иван Семёнович Перевозчиков', ANY],
  ['udm: `Со вера: «…»` (he or she says) is the one the sentence before brings in', WELL_MOTHER, 'Нылы школае', 'Мария Ложкина', ANY],
  ['udm: `», — вера X Y Z.` is X Y Z', WELL, 'Ми шудо', 'Иван Семёнович Перевозчиков', ANY],
];

/** Counter-cases: a ministry, a mother left unnamed, a district office in a plain sentence are no one named. */
const COUNTER_ROWS: KindCase[] = [
  ['udm: `Министерство ивортӥз: «…»` is a body, no person', LIBRARY, 'Программа азьланьын', UNNAMED, ANY],
  ['udm: `», — вера одӥг анай.` is someone unnamed', LIBRARY, 'Книгаос дунесь', UNNAMED, ANY],
  ['udm: a plain sentence about the district office names no speaker', LIBRARY, 'Ужъёс та', UNNAMED, ANY],
  ['udm: `Одӥг анай, кудӥз … . Со вера: «…»` is the mother left unnamed', WELL_MOTHER, 'Ми нимме', UNNAMED, ANY],
  ['udm: `», — вера одӥг пересь.` alone is someone unnamed', '«Сюрес урод», — вера одӥг пересь.', 'Сюрес урод', UNNAMED, ANY],
];

const NEIGHBOUR_ROWS: KindCase[] = [
  ['ru: `», — сказала <role> X Y.` is still X Y', '«Книги привезли весной», — сказала директор библиотеки Ольга Лебедева.', 'Книги привезли', 'Ольга Лебедева', ANY],
  ['cv: `», — терӗ X Y.` is still X Y', '«Ҫул питӗ начар», — терӗ Николай Угаслов.', 'Ҫул питӗ', 'Николай Угаслов', ANY],
];

// (The reader gives X Y Z; the shared stage then takes the longer run the text wrote, case word and all: see the report.)
kindTable('Udmurt tags after and before the quote', UDMURT_ROWS, ['udm: `X Y Z Москвае …` (a case word after the name) is X Y Z', 'udm: `», — вера X Y Z.` is X Y Z']);
// (`Со вера:` reads as he or she; the shared stage points it back only to a name, not to someone unnamed the sentence before brought in.)
kindTable('Udmurt counter-cases', COUNTER_ROWS);
kindTable('Russian and Chuvash beside the Udmurt reader', NEIGHBOUR_ROWS);
