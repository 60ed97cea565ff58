// Belarusian (Cyrillic script, lang/be.ts): invented articles of my own about a village bakery closing and a rural school,
// read whole by the quotes stage, with counter-cases (a body speaking, someone unnamed, a place before a name, Russian and
// Ukrainian tags beside the Belarusian reader).
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const BAKERY =
  'У вёсцы Ракітна зачыняецца адзіная пякарня. Яе ўладальнік Алесь Крук кажа, што мука падаражэла ўдвая.\n\n' +
  '«Мы пяклі хлеб тут дваццаць гадоў. Цяпер не выходзіць нават на нуль», — сказаў Алесь Крук.\n\n' +
  '«Шкада людзей, — дадаў ён. — Яны прывыклі да нашага хлеба».\n\n' +
  'Старшыня сельсавета Ганна Жук кажа: «Мы шукаем новага арандатара, але пакуль ніхто не згадзіўся».\n\n' +
  '«Аўтакрама будзе прыязджаць двойчы на тыдзень», — паведаміла старшыня сельсавета.\n\n' +
  'Па словах Ганны Жук, «памяшканне застанецца за вёскай».\n\n' +
  'Мясцовая жыхарка, якая не захацела называць сваё імя, уздыхнула: «Без пякарні вёска зусім апусцее».\n\n' +
  'Загадчык аддзела гандлю райвыканкама Тарас Мелех патлумачыў: «Мы прапануем ільготную арэнду».\n\n' +
  'Ён яшчэ звярнуў увагу: «Падтрымка малога бізнесу ў вёсках — наш прыярытэт».\n\n' +
  'У прэс-службе райвыканкама газеце «Наш край» паведамілі: «Пытанне будзе разгледжана на сесіі».\n\n' +
  '«Трэба было думаць раней», — паведамілі ў сельскім савеце.';

const SCHOOL =
  'Старшыня бацькоўскага камітэта вёскі Бярозаўка Зміцер Лабко лічыць, што школу трэба захаваць. «Дзеці не павінны ездзіць за трыццаць кіламетраў», — кажа Лабко.\n\n' +
  '«Мы ўжо сабралі подпісы», — паведаміў старшыня бацькоўскага камітэта.\n\n' +
  '«Школа — гэта сэрца вёскі», — заявіла дырэктар школы Святлана Кавалёва.\n\n' +
  '«Я не ведаю, што будзе далей», — кажа яна.\n\n' +
  'Паводле слоў Святланы Кавалёвай, «настаўнікі гатовыя застацца».\n\n' +
  '«Пасля дажджу дарога становіцца непраезнай», — сказаў Ян Мароз, вадзіцель школьнага аўтобуса.\n\n' +
  '«Мы паспрабуем захаваць хаця б пачатковыя класы», — адказала Кавалёва.\n\n' +
  'Пенсіянерка Вольга Сідарэнка ўспамінае: «Я сама тут вучылася, і мае дзеці таксама».\n\n' +
  '«Пра зачыненне школы пакуль размовы няма», — сказаў па тэлефоне міністр адукацыі.';

/**
 * After the quote the verb (its ў or ла tells the gender) and the subject, role words before the name; before it a
 * subject and a verb or a pronoun and a colon, and `па словах` / `паводле слоў` with the name in the genitive.
 */
const BELARUSIAN_ROWS: KindCase[] = [
  ['be: `», — сказаў X Y.` is X Y', BAKERY, 'Мы пяклі хлеб', 'Алесь Крук', null],
  ['be: a split quote, `— дадаў ён. —`, goes on the one named before', BAKERY, 'Шкада людзей', 'Алесь Крук', ANY],
  ['be: `<role> X Y кажа: «…»` is X Y with the role', BAKERY, 'Мы шукаем', 'Ганна Жук', 'старшыня сельсавета'],
  ['be: `— паведаміла старшыня сельсавета.` is the one the text gave that office', BAKERY, 'Аўтакрама будзе', 'Ганна Жук', ANY],
  ['be: `Па словах Ганны Жук, «…»` is Ганна Жук, back in the nominative', BAKERY, 'памяшканне застанецца', 'Ганна Жук', ANY],
  ['be: `Загадчык аддзела … X Y патлумачыў:` is X Y, the role opening the sentence', BAKERY, 'Мы прапануем', 'Тарас Мелех', 'загадчык аддзела'],
  ['be: `Ён яшчэ звярнуў увагу: «…»` is the one named just before', BAKERY, 'Падтрымка малога', 'Тарас Мелех', ANY],
  ['be: `— кажа Лабко.` is the full name given before', SCHOOL, 'Дзеці не павінны', 'Зміцер Лабко', ANY],
  ['be: `— заявіла <role> X Y.` is X Y with the role', SCHOOL, 'Школа — гэта', 'Святлана Кавалёва', 'дырэктар школы'],
  ['be: `— кажа яна.` after a named woman is her', SCHOOL, 'Я не ведаю', 'Святлана Кавалёва', ANY],
  ['be: `Паводле слоў Святланы Кавалёвай, «…»` is Святлана Кавалёва', SCHOOL, 'настаўнікі гатовыя', 'Святлана Кавалёва', ANY],
  ['be: `— сказаў X Y, <role>.` is X Y', SCHOOL, 'Пасля дажджу', 'Ян Мароз', ANY],
  ['be: `— адказала Кавалёва.` is the full name given before', SCHOOL, 'Мы паспрабуем', 'Святлана Кавалёва', ANY],
  ['be: `Пенсіянерка X Y ўспамінае:` is X Y, the noun no part of the name', SCHOOL, 'Я сама тут', 'Вольга Сідарэнка', ANY],
];

/** Counter-cases: a place's name after its noun is no part of the person's; bodies and unnamed people stay unnamed. */
const COUNTER_ROWS: KindCase[] = [
  ['be: `— паведаміў старшыня … камітэта.` is the holder, not the village before the name', SCHOOL, 'Мы ўжо сабралі', 'Зміцер Лабко', ANY],
  ['be: `Мясцовая жыхарка, якая …, уздыхнула:` is no one named', BAKERY, 'Без пякарні', UNNAMED, ANY],
  ['be: `У прэс-службе … паведамілі:` is a body, no person', BAKERY, 'Пытанне будзе', UNNAMED, ANY],
  ['be: `— паведамілі ў сельскім савеце.` is a body, no person', BAKERY, 'Трэба было', UNNAMED, ANY],
  ['be: an office no one in the text holds stays unnamed', SCHOOL, 'Пра зачыненне', UNNAMED, ANY],
];

const SHOP =
  'У вёсцы Зарэчча ўпершыню за дзесяць гадоў адкрылася крама. Аўталаўка сюды больш не ездзіць.\n\n' +
  'Ніна Сцяпанаўна Дубовік, якой 81 год, жыве побач з крамай. Яна прыйшла першай. «Цяпер не трэба ездзіць у горад па хлеб. Усё пад бокам.»\n\n' +
  '«Я тут з дзяцінства жыву», — кажа яна.\n\n' +
  'Па словах начальніка мясцовай пажарнай часці маёра Алега Шыманскага, у краме ўсталявалі новую сігналізацыю. «Мы праверылі праводку двойчы», — расказаў маёр.\n\n' +
  '«Наступная праверка будзе ўвосень», — удакладніў Шыманскі.\n\n' +
  'Старшыня райвыканкама Павел Гурыновіч наведаў краму ў пятніцу. Ён сказаў, што райвыканкам дапамог з рамонтам.\n\n' +
  '«Такіх крам у раёне будзе яшчэ тры», — запэўніў кіраўнік раёна.\n\n' +
  'Прадавачка Алена Жукоўская раскладае тавар. Яна паказвае на паліцу ля акна, дзе стаяць свежыя булкі: «Хлеб возім з райцэнтра кожную раніцу.»\n\n' +
  '«Не ведаю, ці хопіць пакупнікоў зімой», — кажа на развітанне Ніна Сцяпанаўна.';

const LIBRARY =
  'Бібліятэка ў Ляснянах зачыняецца на рамонт.\n\n' +
  '«Кнігі перавязём у школу», — паведаміў кіраўнік аддзела культуры.\n\n' +
  'Бібліятэкар Павел Рак пакуе кнігі. «Рамонт скончыцца да зімы», — сказаў Павел Гурыновіч, старшыня райвыканкама.\n\n' +
  'Яны паказваюць на скрыні з кнігамі: «Гэта ўсё трэба перанесці да пятніцы.»';

/**
 * A given name and patronymic (`Ніна Сцяпанаўна`) is the full name of three words the text gave; a name after a rank in the
 * genitive, in a `па словах` sentence before a quote, back in the nominative; `Ён/Яна` and a present verb before a colon;
 * `кіраўнік раёна`, the district chair the text named.
 */
const CASE_AND_OFFICE_ROWS: KindCase[] = [
  ['be: `X Y Z` (given name, patronymic in -аўна, family name) is all three words', SHOP, 'Цяпер не трэба', 'Ніна Сцяпанаўна Дубовік', ANY],
  ['be: `— кажа яна.` after `Яна …`: the woman named in full', SHOP, 'Я тут з дзяцінства', 'Ніна Сцяпанаўна Дубовік', ANY],
  ['be: `— кажа … X Y` (given name and patronymic) is the full name given before', SHOP, 'Не ведаю, ці хопіць', 'Ніна Сцяпанаўна Дубовік', ANY],
  ['be: `Па словах <rank> X-а Y-ага, … .` then `— расказаў маёр` is X Y in the nominative', SHOP, 'Мы праверылі праводку', 'Алег Шыманскі', ANY],
  ['be: `— кажа кіраўнік раёна.` is the chair of the district executive named before', SHOP, 'Такіх крам у раёне', 'Павел Гурыновіч', ANY],
  ['be: `Яна паказвае на …, дзе …: «…»`: a present verb after the pronoun, the colon after its clause', SHOP, 'Хлеб возім', 'Алена Жукоўская', ANY],
];

/** Counter-cases: a family name in -овіч is no patronymic; the head of a department is no district chair; `Яны` is a group. */
const CASE_AND_OFFICE_COUNTER_ROWS: KindCase[] = [
  ['be: `— сказаў X Y-овіч.` beside another `X Z`: a family name in -овіч is no patronymic addressing him', LIBRARY, 'Рамонт скончыцца', 'Павел Гурыновіч', ANY],
  ['be: `— паведаміў кіраўнік аддзела культуры.` with no one holding it stays unnamed', LIBRARY, 'Кнігі перавязём', UNNAMED, ANY],
  ['be: `Яны паказваюць на …:` is a group, no one named', LIBRARY, 'Гэта ўсё трэба', UNNAMED, ANY],
];

/** `— удакладніў Шыманскі.` after the genitive `Алега Шыманскага`: name-resolution.ts reads Belarusian genitives through be.ts nominativeName. */
const GENITIVE_SHORT_ROWS: KindCase[] = [
  ['be: `— удакладніў Y.` after `<rank> X-а Y-ага` is X Y in the nominative', SHOP, 'Наступная праверка', 'Алег Шыманскі', ANY],
];

/** Russian and Ukrainian tags read as before beside the Belarusian reader. */
const NEIGHBOUR_ROWS: KindCase[] = [
  ['ru: `», — сказал директор X Y.` is still X Y', '«Мы откроем новую библиотеку к осени», — сказал директор департамента Олег Смирнов.', 'Мы откроем', 'Олег Смирнов', ANY],
  ['uk: `», — зазначила X Y.` is still X Y', '«Ми відкриємо нову бібліотеку восени», — зазначила директорка Оксана Гнатюк.', 'Ми відкриємо', 'Оксана Гнатюк', ANY],
];

kindTable('Belarusian tags after and before the quote', BELARUSIAN_ROWS);
kindTable('Belarusian counter-cases', COUNTER_ROWS);
kindTable('Russian and Ukrainian beside the Belarusian reader', NEIGHBOUR_ROWS);
kindTable('Belarusian case forms, patronymics and offices', CASE_AND_OFFICE_ROWS);
kindTable('Belarusian case forms and offices: counter-cases', CASE_AND_OFFICE_COUNTER_ROWS);
kindTable('Belarusian short names after a genitive', GENITIVE_SHORT_ROWS);
