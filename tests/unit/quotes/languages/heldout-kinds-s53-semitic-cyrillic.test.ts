// Kinds the fifty-third held-out set showed in Arabic, Russian and Ukrainian copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY } from './kind-table';

const TITLE_WITH_INNER_QUOTE_BEFORE =
  'Акцию назвали «Читать не вредно», а на плакатах обыгрывают название романа «Книга „Судьба“».\n\n' +
  '«Книги — это не просто бумага, — говорит Тамара Волкова, библиотекарь. — Это место, куда дети приходили после школы».';
const LOW_QUOTE_ALONE =
  'На плакатах написано „Читать не вредно“.\n\n' +
  '«Книги — это не просто бумага, — говорит Тамара Волкова, библиотекарь. — Это место, куда дети приходили после школы».';

/** `«Роман „Дом“»`: the “ closing a „ inside « … » closes it, so the next paragraph's quotation pairs on its own (find.ts). */
kindTable('A „…“ title inside « … » closes before the next quotation', [
  ['ru: a «„…“» title before leaves the next quote to its own tag', TITLE_WITH_INNER_QUOTE_BEFORE, 'Книги — это не просто бумага', 'Тамара Волкова', 'библиотекарь'],
  ['counter-case ru: a „…“ on its own before still pairs', LOW_QUOTE_ALONE, 'Книги — это не просто бумага', 'Тамара Волкова', 'библиотекарь'],
]);

const LONG_APPOSITION_INNER_TAG =
  'В Заречном закрывают последнюю библиотеку района.\n\n' +
  '«Книги — это не просто бумага, — говорит Тамара Волкова, бывшая библиотекарша, проработавшая в читальном зале двадцать два года. — Это место, куда дети вообще приходили после школы».';
const DASHED_CLAUSE_NO_TAG =
  'В Заречном закрывают последнюю библиотеку района.\n\n' +
  '«Книги — это не просто бумага, — а память целого района, которую мы берегли двадцать два года, — и её нельзя закрыть», — сказала Тамара Волкова.';

/** `«A, — говорит X, бывший …, проработавший … . — B»`: a tag with a long apposition still parts the quote (ru-uk-dialogue.ts). */
kindTable('A tag inside « … » with a long apposition after the name', [
  ['ru: the words before the long tag are X’s', LONG_APPOSITION_INNER_TAG, 'Книги — это не просто бумага', 'Тамара Волкова', 'библиотекарша'],
  ['ru: the words after the long tag are X’s', LONG_APPOSITION_INNER_TAG, 'Это место, куда дети', 'Тамара Волкова', ANY],
  ['counter-case ru: dashes around words that open with no verb of saying part nothing', DASHED_CLAUSE_NO_TAG, 'Книги — это не просто бумага, — а память', 'Тамара Волкова', null],
]);

const RUNS_OVER_PARAGRAPHS =
  'Розпис допомагала налаштовувати художниця Марія Ткачук із Вінниці.\n\n' +
  '«Цьому візерунку понад сто років. Його принесла ще прабабуся господаря.\n\n' +
  'Коли минулої весни майстерня стояла без глини, візерунок малювали на папері щовечора», — розповіла Ткачук.';
const TWO_CLOSED_PARAGRAPHS =
  'Розпис допомагала налаштовувати художниця Марія Ткачук із Вінниці.\n\n' +
  '«Цьому візерунку понад сто років», — каже Ткачук.\n\n' +
  '«Ми його бережемо», — додав гончар Петро Коваленко.';

/** `«A ¶ B», — сказала X`: Russian and Ukrainian open a quotation once and close it once over paragraphs; its opening paragraph is the closing tag’s speaker’s (run-on-speaker.ts). */
kindTable('A « quotation running over two paragraphs with one closing mark', [
  ['uk: the paragraph that opens it is the closing tag’s', RUNS_OVER_PARAGRAPHS, 'Цьому візерунку понад сто років', 'Марія Ткачук', ANY],
  ['counter-case uk: two closed quotes keep their own tags', TWO_CLOSED_PARAGRAPHS, 'Ми його бережемо', 'Петро Коваленко', ANY],
]);

const TRADE_BEFORE_NAME =
  'في سوق المدينة القديمة، تقف خمسة محلات لصناعة الفخار.\n\n' +
  '«نحن نصنع الجرار بالطريقة نفسها منذ قرن»، يقول صانع الفخار سالم الحارثي (58 عاماً)، وهو يمسح يديه بالطين.';
const CONSTRUCT_GIVEN_NAME =
  'في سوق المدينة القديمة، تقف خمسة محلات لصناعة الفخار.\n\n' +
  '«لا أعرف شيئاً عن الخطة»، يقول عبد الرحمن خالد الراشد.';

/** `يقول صانع الفخار X Y`: a trade in construct with its definite noun, then a name, is role and name (arabic-occupation.ts). */
kindTable('An Arabic trade in construct before the name', [
  ['ar: `صانع الفخار` is the role, the two words after it the name', TRADE_BEFORE_NAME, 'نحن نصنع الجرار', 'سالم الحارثي', 'صانع الفخار'],
  ['counter-case ar: `عبد الرحمن` opens a name, no trade', CONSTRUCT_GIVEN_NAME, 'لا أعرف شيئاً', 'عبد الرحمن خالد الراشد', null],
]);

const PRONOUN_BEFORE_DESCRIBING_VERB =
  "ד\"ר רונית שמואלי, חוקרת חינוך מאוניברסיטת חיפה, אומרת שהסיפור של הכפר מוכר מיישובים אחרים בגליל. בספרה \"הכיתה האחרונה\" היא מתארת עשרות בתי ספר קטנים.\n\n" +
  '"המשרד סוגר כיתות לפי מספר התלמידים, ולא לפי המרחק מהבית.\n\n' +
  '"אבל חינוך כפרי לא נמדד במספר התלמידים", אמרה החוקרת.';
const NAME_AFTER_VERB =
  'הדיון במועצה נמשך עד הלילה. בסופו אמרה רונית שמואלי: "אנחנו לא נוותר על בית הספר".';

/** `היא מתארת עשרות …`: a pronoun before the verb is the subject; the words after it are what is described (semitic-pronoun-subject.ts). */
kindTable('A Hebrew pronoun before the verb is its subject, the words after it no name', [
  ['he: the researcher named before, not `עשרות בתי ספר`', PRONOUN_BEFORE_DESCRIBING_VERB, 'המשרד סוגר כיתות', 'רונית שמואלי', ANY],
  ['counter-case he: with no pronoun before it, the name after the verb speaks', NAME_AFTER_VERB, 'אנחנו לא נוותר', 'רונית שמואלי', null],
]);

const TITLED_NAME_THEN_OFFICE =
  "פרופ' רונית שמואלי, חוקרת מדיניות חינוך מאוניברסיטת חיפה, אומרת שהסיפור מוכר.\n\n" +
  '"המשרד סוגר כיתות לפי מספר התלמידים", אמרה החוקרת.';
const OFFICE_THEN_OFFICE_AND_NAME =
  'דובר המועצה, מהנדס התוכנה אורי בלום, סיפר: "קיבלנו מכתב ביום שישי".';

/** `פרופ' X Y, חוקרת מדיניות Z מ…, אומרת`: after a titled name, the comma group is the office alone (semitic-pronoun-subject.ts). */
kindTable('A Hebrew titled name, then an office set off by commas', [
  ['he: the titled name is the person, the group after it the office', TITLED_NAME_THEN_OFFICE, 'המשרד סוגר כיתות', 'רונית שמואלי', 'חוקרת'],
  ['counter-case he: after an office with no title, the group is an office and a name', OFFICE_THEN_OFFICE_AND_NAME, 'קיבלנו מכתב', 'אורי בלום', 'מהנדס'],
]);
