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
  ['ar: `وتقدمت النائبة X، عضو …، بطلب …، وقالت:`: the subject of the verb of doing the sentence opens with', 'وتقدمت النائبة سميرة الحسن، عضو مجلس النواب، بطلب إحاطة بشأن القرار، وقالت في بيانها: «لا يجوز اتخاذ قرار بهذا الحجم دون حوار».', 'لا يجوز', 'سميرة الحسن', 'النائبة'],
  ['counter-case ar: `وتقدمت الشركة بطلب تعويض، وقالت:`: a body is no office, the engineer quoted before stays', 'وقال المهندس فادي سعيد: «الإغلاق مؤقت». وتقدمت الشركة بطلب تعويض، وقالت: «سنلجأ إلى القضاء».', 'سنلجأ', 'فادي سعيد', ANY],
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
  ['ko: `“…” 부산시 해양농수산국 X 국장은 … 이같이 밝혔다.`: a city and a bureau before the name in the sentence after', '어민 김철수 씨는 “배를 띄울수록 손해”라고 말했다.\n\n“손 놓고 있지는 않겠습니다.” 부산시 해양농수산국 정하늘 국장은 13일 기자간담회에서 이같이 밝혔다.', '손 놓고', '정하늘', '국장'],
  ['counter-case ko: `“…” X 국장은 이같이 밝혔다.` without a body still reads', '어민 김철수 씨는 “배를 띄울수록 손해”라고 말했다.\n\n“손 놓고 있지는 않겠습니다.” 정하늘 국장은 이같이 밝혔다.', '손 놓고', '정하늘', '국장'],
  ['counter-case ko: `지난주 X 씨는`: last week is no role', '지난주 김민수 씨는 “손님이 절반으로 줄었다”고 말했다.', '손님이 절반', '김민수', null],
];

/** English subjects: a role with "of the" before the name (entities.ts); "That warning came from X" (lang/next-sentence-unnamed.ts). */
const ENGLISH_SUBJECTS: KindCase[] = [
  ['en: `Chairman of the board X said …. ‘…,’ he said` is X, not the man quoted before', 'Mr Keane told the meeting that members had been misled.\n\nChairman of the board Declan Furlong said he was disappointed. ‘The board put forward the best option,’ he said.', 'The board put', 'Declan Furlong', ANY],
  ['en: `“…” That warning came from X, a researcher …` names her for the first time', '“The longer this lasts, the more riders we lose.” That warning came from Tessa Roy, a researcher at the university.', 'The longer this', 'Tessa Roy', 'researcher'],
  ['counter-case en: `That warning came from a resident who asked not to be named` stays unnamed', '“We will not close the pool.” That warning came from a resident who asked not to be named.', 'We will not close', UNNAMED, null],
  ['counter-case en: `Friends of the earth X said nothing`: no role noun, the man quoted before stays', 'Mr Keane told the meeting that members had been misled.\n\nFriends of the earth Alan Moore said nothing. ‘We did our best,’ he said.', 'We did our best', 'Keane', ANY],
];

/** French: "right away" after an inverted verb (lang/adjunct-group.ts AT_ONCE); an adjunct after a tag's set-off name (lang/incise.ts). */
const AFTER_THE_VERB: KindCase[] = [
  ['fr: `», a lancé d\'entrée de jeu X, présidente du comité.`', '« On ferme en juin. C\'est indécent », a lancé d\'entrée de jeu Karine Roy, présidente du comité.', 'On ferme en juin', 'Karine Roy', 'présidente du comité'],
  ['fr: `», a répondu d\'emblée X.`', '« Il n\'y aura pas de fermeture », a répondu d\'emblée Paul Roy.', 'Il n\'y aura', 'Paul Roy', null],
  ['fr: `« A, a déclaré le maire de Val-Rond, X Y, au micro. B »`: the second part is the mayor\'s, without `au micro`', 'Dans la salle, Réjean Thibodeau écoutait.\n\n« Je vais être franc avec vous, a déclaré le maire de Val-Rond, Denis Roy, au micro. On n\'a pas été consultés. »', 'On n\'a pas été', 'Denis Roy', ANY],
  ['counter-case fr: `a déclaré hier le maire, X` still reads its time', '« Nous avons fait des choix », a déclaré hier le maire, Olivier Ferrand.', 'Nous avons fait', 'Olivier Ferrand', 'le maire'],
];

/** German: a degree before an apposed name (sentence-subject.ts); the subject after a fronted place and the verb (lang/german-inverted.ts); "would say no more". */
const GERMAN_SUBJECTS: KindCase[] = [
  ['de: `Der Geschäftsführer der X GmbH, Mag. Y Z, weist das zurück. „…“` is Y Z, the degree no part of the role', '„Wir sind dagegen“, sagt Anna Berger.\n\nDer Geschäftsführer der Talbahnen GmbH, Mag. Peter Huber, weist das zurück. „Wir investieren 20 Millionen Euro im Tal.“', 'Wir investieren', 'Peter Huber', '=der Geschäftsführer der Talbahnen GmbH'],
  ['de: `Oberhalb von X bewirtschaftet Y Z seit 30 Jahren …` then `sagt er` is Y Z', '„Wir sind dagegen“, sagt Anna Berger.\n\nOberhalb von Unterdorf bewirtschaftet Karl Gruber seit 30 Jahren eine Hütte. Der 67-Jährige ist hin- und hergerissen.\n\n„Meine Enkel sollen hier arbeiten können“, sagt er.', 'Meine Enkel', 'Karl Gruber', ANY],
  ['de: `„…“ Mehr wollte der zuständige Landesrat X Y am Dienstag nicht sagen.`', '„Wir sind dagegen“, sagt Anna Berger.\n\n„Das Verfahren läuft.“ Mehr wollte der zuständige Landesrat Karl Moser am Dienstag nicht sagen.', 'Das Verfahren', 'Karl Moser', 'Landesrat'],
  ['counter-case de: `Der Verein kritisiert X Y …`: the name after the verb is its object, the man quoted before stays', '„Wir sind dagegen“, sagt Peter Berger.\n\nDer Verein kritisiert Karl Gruber seit Wochen scharf.\n\n„Wir bleiben dabei“, sagt er.', 'Wir bleiben', 'Peter Berger', ANY],
  ['counter-case de: `Mehr wollte sie nicht sagen` is the woman quoted before', '„Wir sind dagegen“, sagt Anna Berger.\n\n„Das Verfahren läuft.“ Mehr wollte sie nicht sagen.', 'Das Verfahren', 'Anna Berger', ANY],
];

/** Italian: a particle opening a two-word family name (glued-opener.ts); a dashed incise with a role and a gerund (lang/incise.ts). */
const ITALIAN_NAMES: KindCase[] = [
  ['it: `Giuseppe De Luca … dice De Luca`: the given name is no glued opener', 'Giuseppe De Luca ha parlato ieri. La sindaca Anna Ferri promette: «Arriveranno le draghe». «Ce l’hanno detto anche l’anno scorso», dice De Luca.', 'Ce l’hanno', 'Giuseppe De Luca', null],
  ['it: `«A – dice X Y Z, pescatore di 58 anni, indicando le barche – B»` is cut, both parts his', 'Da mesi il porto è chiuso.\n\n«Il porto è morto – dice Giuseppe Lo Cascio, pescatore di 58 anni, indicando le barche ferme – e nessuno viene a fare il funerale».', 'e nessuno viene', 'Giuseppe Lo Cascio', 'pescatore'],
  ['counter-case de: `Gemeinderätin Maria Pichler … sagt Gemeinderätin Pichler`: the office still goes', 'Gemeinderätin Maria Pichler ist skeptisch. „Das rechnet sich nicht“, sagt Gemeinderätin Pichler.', 'Das rechnet', 'Maria Pichler', ANY],
  ['counter-case it: `– dice il sindaco –` in a quote is still cut', '«Il porto – dice il sindaco Paolo Neri – riaprirà in estate».', 'riaprirà', 'Paolo Neri', ANY],
];

kindTable('s24: Chinese demonstratives and "so"', CHINESE_DEMONSTRATIVE);
kindTable('s24: Arabic words around the verb', ARABIC_WORDS);
kindTable('s24: Arabic and Hebrew, the sentence after', SEMITIC_NEXT_SENTENCE);
kindTable('s24: a Hebrew parent', HEBREW_PARENT);
kindTable('s24: words of X', WORDS_OF);
kindTable('s24: Korean owners', KOREAN_OWNERS);
kindTable('s24: English subjects', ENGLISH_SUBJECTS);
kindTable('s24: after the verb', AFTER_THE_VERB);
kindTable('s24: German subjects', GERMAN_SUBJECTS);
kindTable('s24: Italian names', ITALIAN_NAMES);
