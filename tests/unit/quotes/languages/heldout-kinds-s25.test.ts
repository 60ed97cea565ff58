// Kinds a private set of invented articles showed in the seventeenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { ANY, UNNAMED, kindTable, type KindCase } from './kind-table';

/** Russian, Ukrainian: a role, a preposition of place, the place, then the name (lang/newlang-roles.ts, latin-reader-words.ts). */
const PLACE_AFTER_PREPOSITION: KindCase[] = [
  ['ru: `Фельдшер … в Озёрках X Y …` before the quote: the place is the role\'s', 'Медсестра поликлиники в Заречье Ольга Смирнова работает одна. «У меня сорок пациентов на участке», — говорит она.', 'У меня сорок', 'Ольга Смирнова', 'в Заречье'],
  ['ru: `Директор гимназии в Самаре X Y сказал:`', 'Директор гимназии в Самаре Иван Петров сказал: «Мы откроемся в сентябре».', 'Мы откроемся', 'Иван Петров', 'в Самаре'],
  ['ru: `— сказала директор … в Самаре X Y.` after the quote', '«Мы откроемся в сентябре», — сказала директор гимназии в Самаре Ирина Кравец.', 'Мы откроемся', 'Ирина Кравец', 'в Самаре'],
  ['counter-case ru: a name of three words with a patronymic after the role stays whole', 'Директор гимназии Иван Сергеевич Петров сказал: «Мы откроемся в сентябре».', 'Мы откроемся', 'Иван Сергеевич Петров', ANY],
  ['counter-case ru: `в Твери` after the name is a place, no part of it', 'Иван Петров, директор гимназии в Твери, сказал: «Мы откроемся в сентябре».', 'Мы откроемся', 'Иван Петров', ANY],
];

/** Japanese: a foreign name in katakana written later by one part (lang/caseless-mentions.ts; ー in attribute.ts); full-width digits in an age (lang/ja.ts). */
const JAPANESE_NAMES: KindCase[] = [
  ['ja: `ミンさん` after `グエン・ヴァン・ミンさん` is the full name', 'ハノイ出身のグエン・ヴァン・ミンさん（３０）は「冬の仕事は初めてです」と話す。\n\nミンさんは春に帰国する。「また来年も来たい」', 'また来年も', 'グエン・ヴァン・ミン', ANY],
  ['ja: `クラークさん` (a long mark ー in it) after `エマ・クラークさん`', 'カナダ出身のエマ・クラークさんは料理人だ。\n\nクラークさんは来月も働く。「ここの雪は最高です」', 'ここの雪は', 'エマ・クラーク', ANY],
  ['ja: `７０代の女性` keeps its full-width age', '町で食堂を営む７０代の女性は「客が減った」と明かす。', '客が減った', '７０代の女性', null],
  ['counter-case ja: `スミスさん` is no one else\'s part', 'カナダ出身のエマ・クラークさんは料理人だ。\n\nスミスさんは来月も働く。「ここの雪は最高です」', 'ここの雪は', 'スミス', ANY],
  ['counter-case ja: `70代の女性` in ASCII digits as before', '町で食堂を営む70代の女性は「客が減った」と明かす。', '客が減った', '70代の女性', null],
];

/** Arabic: "but" before a family name (lang/semitic-adverbs.ts); a given name compounded with الهدى (lang/fuller-names.ts); a verb opening a comma group (lang/semitic-opening.ts). */
const ARABIC_SUBJECTS: KindCase[] = [
  ['ar: `لكن جبار يقول ساخراً:` is the man named before', 'قال التاجر كاظم جبار: "البضاعة تتلف". وقال المهندس سلام عبد الرزاق: "نعمل على الحل". لكن جبار يقول ساخراً: "أين ذهبت الوعود؟".', 'أين ذهبت', 'كاظم جبار', ANY],
  ['ar: `نور الهدى صالح` before `تقول صالح` is one name of three words', 'النائبة نور الهدى صالح حمّلت الوزارة المسؤولية. "الوعود نفسها كل صيف"، تقول صالح.', 'الوعود نفسها', 'نور الهدى صالح', ANY],
  ['ar: `«…»، تقول صالح، مضيفة: «…»`: the verb is no part of the name', 'حمّلت النائبة سلمى صالح الوزارة المسؤولية. "الوعود نفسها"، تقول صالح، مضيفة: "لا أحد يصدق".', 'لا أحد يصدق', 'سلمى صالح', ANY],
  ['counter-case ar: `لكن كاظم جبار يقول:` keeps the full name', 'قال المهندس سلام عبد الرزاق: "نعمل على الحل". لكن كاظم جبار يقول: "أين ذهبت الوعود؟".', 'أين ذهبت', 'كاظم جبار', ANY],
  ['counter-case ar: `حسام الدين فوزي` as before', 'التقى الوزير حسام الدين فوزي بالتجار. "سنحل المشكلة"، يقول فوزي.', 'سنحل', 'حسام الدين فوزي', ANY],
];

/** The words around a name: a German manner participle, English clergy styles, Spanish and Italian `Lo dice X`, French `l’édile`. */
const AROUND_THE_NAME: KindCase[] = [
  ['de: `gab der Teenager lachend zu` is the player just named, not a description', 'Das Siegtor schoss Jonas Brandt per Kopf. „Ich habe den Ball kaum gesehen“, gab der Teenager lachend zu.', 'Ich habe den Ball', 'Jonas Brandt', ANY],
  ['en: `says the Reverend X` names X', '"We will rebuild the tower," says the Reverend Mere Hohaia.', 'We will rebuild', 'Mere Hohaia', ANY],
  ['en: `said the Right Honourable X`', '"We will rebuild the tower," said the Right Honourable Mere Hohaia.', 'We will rebuild', 'Mere Hohaia', ANY],
  ['es: `«…». Lo pregunta X, portavoz …`', '«¿Y si vuelve a llover?». Lo pregunta Marta Soler, portavoz de los vecinos.', '¿Y si vuelve', 'Marta Soler', 'portavoz'],
  ['it: `«…». Lo racconta X, pescatore …`', '«Il porto è morto». Lo racconta Franco Neri, pescatore di 60 anni.', 'Il porto', 'Franco Neri', 'pescatore'],
  ['fr: `répond l’édile` is the mayor, not the woman quoted just before', 'Le maire Paul Vidal défend son bilan. La candidate Inès Roux attaque. « Vous avez tout signé ! » accuse Mme Roux. « C’est faux », répond l’édile.', 'C’est faux', 'Paul Vidal', ANY],
  ['de: `sagte die Ärztin Anna Huber lachend`: the manner word after a name led by an article is cut too', '„Wir sind bereit“, sagte die Ärztin Anna Huber lachend.', 'Wir sind bereit', 'Anna Huber', ANY],
  ['counter-case de: `sagte die 54-Jährige` with no manner word still points back', 'Die Ärztin Anna Huber leitet die Praxis. „Wir sind bereit“, sagte die 54-Jährige.', 'Wir sind bereit', 'Anna Huber', ANY],
  ['counter-case ar: `وقال كاظم جبار:` as before', 'قال المهندس سلام عبد الرزاق: "نعمل على الحل". وقال كاظم جبار: "أين ذهبت الوعود؟".', 'أين ذهبت', 'كاظم جبار', ANY],
  ['counter-case en: `says the reverend` alone describes', '"We will rebuild the tower," says the reverend.', 'We will rebuild', UNNAMED, null],
  ['counter-case es: `Lo que pasa es que X …` names no one', '«¿Y si vuelve a llover?». Lo que pasa es que Marta Soler no vino.', '¿Y si vuelve', UNNAMED, null],
  ['counter-case fr: `répond la candidate` is still the candidate', 'Le maire Paul Vidal défend son bilan. La candidate Inès Roux attaque. « C’est faux », répond le maire. « Vous avez tout signé ! » répond la candidate.', 'Vous avez tout', 'Inès Roux', ANY],
];

/** Russian: a noun for a person opening a colon sentence (cues.ts), a name and patronymic (lang/role-nouns.ts), a verb first (lang/cyrillic-opening-word.ts), university offices. */
const RUSSIAN_SPEAKERS: KindCase[] = [
  ['ru: `Девушка показала …: «…», — подчеркнула она.` is the student named before', 'Студентка Мария Лесная собрала подписи. Девушка показала фото на экране: «Это снято на прошлой неделе», — подчеркнула она.', 'Это снято', 'Мария Лесная', ANY],
  ['ru: `— говорит Галина Степановна` after `Комендант … Галина Рябова` is her', 'Комендант общежития Нина Зорина жалоб не отрицает. «Я пишу заявки каждый месяц», — говорит Нина Павловна.', 'Я пишу заявки', 'Нина Зорина', 'комендант'],
  ['ru: `Ректор ВГУ X Y` before `— заявил ректор`', 'Ректор КГУ Олег Туманов пообещал ремонт летом.\n\n«Смета готова», — заявил ректор.', 'Смета готова', 'Олег Туманов', ANY],
  ['ru: `Пояснил он и …: «…»`: the verb first, then its subject', 'Ректор университета Олег Туманов пообещал ремонт.\n\nПояснил он и ситуацию с бассейном: «Это разные статьи бюджета».', 'Это разные', 'Олег Туманов', ANY],
  ['counter-case ru: `Нина Павловна` with two Ninas named stays as written', 'Комендант Нина Зорина пришла. Бухгалтер Нина Орлова тоже пришла. «Я пишу заявки каждый месяц», — говорит Нина Павловна.', 'Я пишу заявки', 'Нина Павловна', ANY],
  ['counter-case ru: `Девушка Анна …` with a name after the noun names her', 'Девушка Анна Белова показала фото на экране: «Это снято на прошлой неделе».', 'Это снято', 'Анна Белова', ANY],
  ['counter-case ru: `Он пояснил:` as before', 'Ректор университета Олег Туманов пообещал ремонт.\n\nОн пояснил: «Это разные статьи бюджета».', 'Это разные', 'Олег Туманов', ANY],
];

/** Chinese: a full name after a clause ending in 的 (lang/zh-mentions.ts); 老X and 小X for the one person of that family name (lang/zh.ts, caseless-mentions.ts). */
const CHINESE_FAMILIAR: KindCase[] = [
  ['zh: `在…十年的王建国对…表示支持。“…”老王坦言` is 王建国', '在南门菜市场卖菜十年的王建国对新规表示支持。“我们本来就不用塑料袋。”老王坦言。', '我们本来', '王建国', ANY],
  ['zh: `…的王建国对…。“…”王先生说` is 王建国 too', '在南门菜市场卖菜十年的王建国对新规表示支持。“我们本来就不用塑料袋。”王先生说。', '我们本来', '王建国', ANY],
  ['zh: `小李说` after `…的李晓红对…`', '刚毕业两年的李晓红对房租很满意。“房租终于降下来了。”小李说。', '房租终于', '李晓红', ANY],
  ['counter-case zh: `老师说` is a teacher, described', '“我们本来就不用塑料袋。”老师说。', '我们本来', UNNAMED, null],
  ['counter-case zh: `新鲜的白菜对价格…` holds no name', '市场上新鲜的白菜对价格影响很大。“我们本来就不用塑料袋。”老板说。', '我们本来', UNNAMED, null],
];

/** Hebrew and Arabic: the person a sentence opens with, whatever its verb, for a quote after it (lang/semitic-sentence-subject.ts); `את` after a verb opens its object (lang/he.ts). */
const SEMITIC_OPENINGS: KindCase[] = [
  ['he: `בעל החנות, X, 61, כבר סגר … . "…"` is X', 'בעל המאפייה ברחוב הרצל, משה דהן, 58, כבר פיטר שלושה עובדים. "אין לקוחות כבר חצי שנה."', 'אין לקוחות', 'משה דהן', ANY],
  ['he: `ראש המועצה, X, פתח את הישיבה. "…"`', 'ראש המועצה, רונית אלון, פתחה את הישיבה. "לא נחכה עוד שנה."', 'לא נחכה', 'רונית אלון', ANY],
  ['ar: `المزارع X، 60 عاماً، يزرع … . "…"`', 'المزارع سمير العلي، 60 عاماً، يزرع القمح منذ صغره. "الأرض عطشى هذا العام."', 'الأرض عطشى', 'سمير العلي', ANY],
  ['he: `X סיכם את הדיון: "…"`: the words after the verb are its object, the subject before it', 'ראש העירייה אבי כהן פתח את הישיבה. כהן סיכם את הדיון: "אם צריך, אלך לשרה בעצמי".', 'אם צריך', 'אבי כהן', ANY],
  ['counter-case he: a description opening the sentence names no one', 'תושבת השכונה, שביקשה שלא להזדהות, סיפרה על הרעש. "אני לא ישנה כבר חודשים."', 'אני לא ישנה', UNNAMED, null],
  ['counter-case he: `"…", אמר ראש העירייה X.` as before', '"אם צריך, אלך לשרה", אמר ראש העירייה אבי כהן.', 'אם צריך', 'אבי כהן', 'ראש העירייה'],
];

/** A role before the name opening the sentence (sentence-subject.ts); the name a person is known by (person-mentions.ts), which is no role (lang/latin-reader-words.ts). */
const ROLE_FIRST_AND_KNOWN_AS: KindCase[] = [
  ['en: `Chairman … for 12 years, X Y has followed …. "…"` is X Y, the role without its years', 'Chairman of the allotment society for 12 years, Tom Reyes has followed the dispute from the start. "We are not against the houses."', 'We are not', 'Tom Reyes', '=Chairman of the allotment society'],
  ['pt: `Presidente da associação há 12 anos, X Y acompanha …. “…”`', 'Presidente da associação de moradores há 12 anos, Maria Souza acompanha as obras desde o início. “A gente não é contra a obra.”', 'A gente', 'Maria Souza', 'Presidente da associação'],
  ['pt: `conhecida como dona Zezé`, then `dona Zezé acompanha`', '“Prometeram tudo para dezembro”, diz Maria José Prado, 58, conhecida no bairro como dona Zezé.\n\nPresidente da associação há 12 anos, dona Zezé acompanha as obras. “A gente não é contra a obra.”', 'A gente', 'Maria José Prado', ANY],
  ['en: `X, known locally as Tiny` then `Tiny added`', '"We are not against it," said Thomas Okafor, known locally as Tiny. "We are against neglect," Tiny added.', 'We are against', 'Thomas Okafor', ANY],
  ['pt: `conhecida … como …` after the name is no role', '“Prometeram tudo para dezembro”, diz Maria José Prado, 58, conhecida no bairro como dona Zezé.', 'Prometeram', 'Maria José Prado', null],
  ['counter-case en: an adjunct before the name is no role', 'After the meeting in Leeds, Tom Reyes went home. "We are not against the houses."', 'We are not', 'Tom Reyes', null],
  ['counter-case pt: a one-word name nobody was given in full stays unread', 'Presidente da associação, Souza acompanha as obras. “A gente não é contra a obra.”', 'A gente', UNNAMED, null],
];

/** A role noun before a spelled-out style (cues.ts); German colleagues and neighbours as people brought in (lang/de-roles.ts). */
const STYLES_AND_COLLEAGUES: KindCase[] = [
  ['en: `says vicar the Reverend X` is X, the vicar', '"We will rebuild the tower," says vicar the Reverend Mere Hohaia.', 'We will rebuild', 'Mere Hohaia', 'vicar'],
  ['en: `said parish priest the Rev. X`', '"We will rebuild the tower," said parish priest the Rev. John Doyle.', 'We will rebuild', 'John Doyle', 'parish priest'],
  ['de: `Ein Kollege aus …, der seinen Namen nicht … möchte, formuliert es drastischer:` is someone unnamed', 'Monteur Karl Weiß arbeitet hier. „Wir reparieren alles“, sagt er.\n\nEin Kollege aus der Busflotte, der seinen Namen nicht in der Zeitung lesen möchte, formuliert es drastischer: „Die da oben wissen nichts.“', 'Die da oben', UNNAMED, null],
  ['de: `Eine Kollegin formuliert es so:`', 'Monteur Karl Weiß arbeitet hier. „Wir reparieren alles“, sagt er.\n\nEine Kollegin formuliert es so: „Die da oben wissen nichts.“', 'Die da oben', UNNAMED, null],
  ['counter-case en: `said the man to the Reverend X` keeps its description', '"We will rebuild the tower," said the man to the Reverend Smith.', 'We will rebuild', UNNAMED, null],
  ['counter-case de: `sagt er über seine Kollegen` is still the man quoted', 'Monteur Karl Weiß arbeitet hier. „Wir reparieren alles“, sagt er. „Die da oben wissen nichts“, sagt er über seine Kollegen.', 'Die da oben', 'Karl Weiß', ANY],
  ['de: `sagt Kollege X Y` names him, the noun his role', '„Wir reparieren alles“, sagt Kollege Peter Brandt.', 'Wir reparieren', 'Peter Brandt', 'Kollege'],
];

kindTable('s25: a place after a preposition', PLACE_AFTER_PREPOSITION);
kindTable('s25: styles and colleagues', STYLES_AND_COLLEAGUES);
kindTable('s25: a role first, a name known as', ROLE_FIRST_AND_KNOWN_AS);
kindTable('s25: Hebrew and Arabic openings', SEMITIC_OPENINGS);
kindTable('s25: Chinese familiar names', CHINESE_FAMILIAR);
kindTable('s25: Russian speakers', RUSSIAN_SPEAKERS);
kindTable('s25: Japanese names', JAPANESE_NAMES);
kindTable('s25: Arabic subjects', ARABIC_SUBJECTS);
kindTable('s25: around the name', AROUND_THE_NAME);
