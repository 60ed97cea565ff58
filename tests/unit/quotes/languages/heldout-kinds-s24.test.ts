// Kinds a private set of invented articles showed in the sixteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/** Chinese: a demonstrative and a classifier for persons point back, whatever the noun (lang/zh.ts readSpeaker). */
const CHINESE_DEMONSTRATIVE: KindCase[] = [
  ['zh: `這位70歲的常客說：` before the quote is the man named before (常 is also a family name)', '住在山腳的退休工人林志成，幾乎每天都來麵店吃早餐。這位70歲的常客說：「湯頭沒變，我就會一直來。」', '湯頭沒變', '林志成', ANY],
  ['zh: `这位68岁的老顾客说：`', '家住镇东的退休教师王建国，几乎每周都来夜市。这位68岁的老顾客说：“摊位换了地方，味道没变就好。”', '摊位换了地方', '王建国', ANY],
  ['zh: `X這麼說`: "said so" after the quote is no part of the name', '「客人少了一半，我還是要開。」鎮長林志成這麼說。', '客人少了一半', '林志成', '鎮長'],
  ['zh: `X这样说道`', '“客人少了一半，我还是要开。”镇长林志成这样说道。', '客人少了一半', '林志成', '镇长'],
  ['counter-case zh: `林志成笑着说` keeps its name', '“客人少了一半，我还是要开。”林志成笑着说。', '客人少了一半', '林志成', null],
  ['counter-case zh: a demonstrative and an office still point back', '在山腳開麵店的老闆林志成，每天清晨五點就起床。「客人少了一半，我還是要開。」這位60歲的店主說。', '客人少了一半', '林志成', ANY],
];

/** Arabic: how and when after the verb are no speaker (lang/semitic-adverbs.ts); `رفضت ذكر اسمها` withholds a name (lang/anonymous.ts). */
const ARABIC_WORDS: KindCase[] = [
  ['ar: `ثم أضاف ضاحكًا:` is the student just quoted, no name "ضاحكًا"', 'وقال سامي الحلبي، طالب في كلية الحقوق: «أركب الحافلة كل صباح»، ثم أضاف ضاحكًا: «الآن أمشي إلى الجامعة».', 'الآن أمشي', 'سامي الحلبي', ANY],
  ['ar: `قال أيضًا رئيس البلدية X`: "also" before the subject', '«نحتاج إلى حل سريع»، قال أيضًا رئيس البلدية خالد منصور.', 'نحتاج إلى حل', 'خالد منصور', 'رئيس البلدية'],
  ['ar: `، ورفضت ذكر اسمها، قالت` is someone described, never a name', 'لكن سائقة أجرة التقتها «صوت المدينة» قرب الميدان، ورفضت ذكر اسمها، قالت إنها تنتظر منذ الفجر: «لا يوجد ركاب اليوم، والبنزين غالٍ».', 'لا يوجد ركاب', DESCRIBED, null],
  ['counter-case ar: `طلب عدم نشر اسمه` still describes the source', 'من جانبه، قال مصدر بوزارة النقل، طلب عدم نشر اسمه، إن الوزارة تتابع الموقف، مضيفًا: «سنزيد عدد القطارات».', 'سنزيد عدد', UNNAMED, null],
  ['counter-case ar: a name right after the verb is read as before', '«الإغلاق مؤقت»، قال المهندس فادي سعيد، مدير الشركة.', 'الإغلاق مؤقت', 'فادي سعيد', 'مدير الشركة'],
];

/** Arabic and Hebrew: the sentence after the quote names an office, then the person set off by commas (lang/next-sentence.ts). */
const SEMITIC_NEXT_SENTENCE: KindCase[] = [
  ['he: `כך אמרה ראש המועצה, ד"ר X,` is X, the office her role', '"אנחנו לא נוותר על הגן". כך אמרה ראש המועצה, ד"ר רותי בן דוד, בישיבה אתמול.', 'אנחנו לא נוותר', 'רותי בן דוד', 'ראש המועצה'],
  ['he: `לדבריה,` after that quote is the same woman', '"אנחנו לא נוותר על הגן". כך אמרה ראש המועצה, ד"ר רותי כהן, בישיבה אתמול.\n\nלדבריה, "הגן שייך לכל התושבים".', 'הגן שייך', 'רותי כהן', ANY],
  ['ar: `هكذا قالت رئيسة البلدية، الدكتورة X،`', '«لن نتخلى عن الحديقة». هكذا قالت رئيسة البلدية، الدكتورة سعاد الخطيب، في اجتماع أمس.', 'لن نتخلى', 'سعاد الخطيب', 'رئيسة البلدية'],
  ['ar: `هذا ما يراه المهندس X، أستاذ …`: "this is what X thinks"', '«كان يجب إشراك السكان قبل القرار». هذا ما يراه المهندس وليد حداد، أستاذ التخطيط العمراني في الجامعة.', 'كان يجب إشراك', 'وليد حداد', 'أستاذ التخطيط'],
  ['counter-case he: `כך אומרת X, אם לשניים` names her with no office', '"אנחנו לא נוותר על הגן". כך אומרת נועה כהן, אם לשניים מהשכונה.', 'אנחנו לא נוותר', 'נועה כהן', null],
];

/** Hebrew: a parent "of three" after the verb is the person just named (lang/he.ts anaphor). */
const HEBREW_PARENT: KindCase[] = [
  ['he: `אמר האב לשלושה` is the driver named before', 'יוסי מזרחי עובד כנהג אוטובוס כבר 20 שנה. הבוקר הוא לא יצא לקו.\n\n"אני לא יודע מה יהיה עם המשפחה שלי", אמר האב לשלושה.', 'אני לא יודע', 'יוסי מזרחי', ANY],
  ['he: `אמרה האם לשניים`', 'ראש העירייה רונית לוי ביקרה בנמל. "אני לא יודעת מה יהיה", אמרה האם לשניים.', 'אני לא יודעת', 'רונית לוי', ANY],
  ['counter-case he: `אמר אב לשלושה`, a father of three, is someone else, described', 'יוסי מזרחי עובד כנהג אוטובוס כבר 20 שנה.\n\n"אין לנו ממה לחיות", אמר אב לשלושה מהשכונה.', 'אין לנו', UNNAMED, null],
];

/** Romance "words of X" after a quote (lang/next-sentence-unnamed.ts POINTS_BACK); `la`/`le` alone are no name particle (names.ts). */
const WORDS_OF: KindCase[] = [
  ['it: `Parole di X, presidente del consorzio,` names the speaker for the first time', '«Il mercato chiude a giugno». Parole di Mario Rossi, presidente del consorzio, che conta venti soci.', 'Il mercato chiude', 'Mario Rossi', 'presidente del consorzio'],
  ['es: `Palabras del alcalde X`', '«El mercado cierra en junio». Palabras del alcalde Mario Ruiz, que habló ayer.', 'El mercado cierra', 'Mario Ruiz', 'alcalde'],
  ['it: `Secondo Rossi la Provincia …`: the article is no part of the name', 'Il sindaco Paolo Rossi ha parlato ieri. Secondo Rossi la Provincia è stata avvisata. «Abbiamo scritto tre volte».', 'Abbiamo scritto', 'Paolo Rossi', ANY],
  ['counter-case it: `Parole di un commerciante che preferisce restare anonimo` stays unnamed', '«Il mercato chiude a giugno». Parole di un commerciante che preferisce restare anonimo.', 'Il mercato chiude', UNNAMED, null],
  ['counter-case es: `Ana de la Fuente` keeps its particles', '«No vamos a parar», dijo Ana de la Fuente, portavoz del sindicato.', 'No vamos', 'Ana de la Fuente', 'portavoz del sindicato'],
];

/** Korean owners written before the name like occupations (lang/ko.ts OWNERS). */
const KOREAN_OWNERS: KindCase[] = [
  ['ko: `선주 X(55) 씨는`: the shipowner is the role', '20년째 어선을 운영하는 선주 김민수(55) 씨는 “손님이 절반으로 줄었다”고 말했다.', '손님이 절반', '김민수', '선주'],
  ['counter-case ko: `지난주 X 씨는`: last week is no role', '지난주 김민수 씨는 “손님이 절반으로 줄었다”고 말했다.', '손님이 절반', '김민수', null],
];

kindTable('s24: Chinese demonstratives and "so"', CHINESE_DEMONSTRATIVE);
kindTable('s24: Arabic words around the verb', ARABIC_WORDS);
kindTable('s24: Arabic and Hebrew, the sentence after', SEMITIC_NEXT_SENTENCE);
kindTable('s24: a Hebrew parent', HEBREW_PARENT);
kindTable('s24: words of X', WORDS_OF);
kindTable('s24: Korean owners', KOREAN_OWNERS);
