/**
 * Hebrew: `"…", אמר X`, `אמרה שרת החוץ X`, `ראש הממשלה X אמר: "…"`, `לדברי X`, outlets spoken to (`ל-ynet`, `לכאן`);
 * comma groups with titles (`ראש האופוזיציה, ח״כ X, אמרה`), a place after the verb (`אמרה בטקס הפתיחה:`),
 * where a person comes from (`מהאוניברסיטה`), words relayed from a body (`ממשרד X נמסר:`), `X עצמו`.
 */

import { semiticCues } from './semitic';

export const VERBS =
  'העריך העריכה התריע התריעה הודה הודתה סיכם סיכמה הבטיח הבטיחה קבע קבעה השיב השיבה ענה ענתה צחק צחקה נזכר נזכרה אמר אמרה הוסיף הוסיפה ציין ציינה הסביר הסבירה כתב כתבה טען טענה הדגיש הדגישה מסר מסרה סיפר סיפרה הבהיר הבהירה הגיב הגיבה אומר אומרת הזהיר הזהירה ' +
  // The present of a feature story: `הוא מספר`, `מסבירה פרופ' X`.
  'מספר מספרת מסביר מסבירה מוסיף מוסיפה מעיר מעירה מחייך מחייכת מציין מציינת מדגיש מדגישה טוען טוענת משחזר משחזרת ' +
  // Asking introduces words too (`"…?", שאל X`).
  'שאל שואל שואלת ' +
  // Shouting and summing up (`צעק תושב`, `שטרן מסכם:`).
  'צעק צעקה צועק צועקת מסכם מסכמת ' +
  // A threat or a warning is words said too (`"…", מאיים X`).
  'מאיים מאיימת איים איימה מזהיר מזהירה ' +
  // Sharing a memory or a feeling (`"…", משתפת X`).
  'משתף משתפת שיתף שיתפה ' +
  // The present of promising and answering (`"…", מבטיחה X`, `עונה X`).
  'מבטיח מבטיחה עונה משיב משיבה ' +
  // Describing (`כך מתאר X את …`).
  'מתאר מתארת';

/** A word list; an abbreviation is written with ASCII `"`/`'` or with the Hebrew gershayim/geresh (`מנכ"ל`, `מנכ״ל`): both are in it. */
const words = (list: string) => new Set(list.split(' ').flatMap((word) => [word, word.replace(/"/gu, '״').replace(/'/gu, '׳'), word.replace(/״/gu, '"').replace(/׳/gu, "'")]));

/** `מפעילת`, `מתכנת`, `מלצרית`: מ and three to five letters, no plural; a closed list of given names and place heads excepted. */
const HEBREW_AGENT = /^(?!מ(?:שה|יכל|רים|איר|לכה|ורן|יכאל|רדכי|תן|עיין|ירב|איה|נחם|נשה|רגלית|זל|וטי|אור|חמוד|וחמד|וסא|רואן|נסור|ונא|הא|יה|ירי|ארי|ירה|לאכי|שולם)$|מ(?:רמת|קריית|קרית|בית|גבעת|כפר|נווה|תל|קיבוץ|מושב|עין|ראש|נחל|מעלה|גן|באר|כרם|אזור|שכונת)$)מ\p{Script=Hebrew}{3,5}(?<!ים|ות)$/u;

const hebrewCues = semiticCues({
  // (`"…?", שאלה שגיא.`: the feminine "asked" is also the noun "a question" (`שאלה אחת:`), so only a tag ending its sentence.)
  verbs: `ו?(?:${VERBS.split(' ').join('|')}|שאלה(?=\\s+[^:"“”\\n]{2,40}[.,!?]))`,
  isFeminine: (verb) => /(?:ה|ת)$/u.test(verb) && !/^ו?(?:אמר|כתב|מסר)$/u.test(verb),
  pronouns: { הוא: 'male', היא: 'female' },
  according: 'לדברי|לפי|על\\s+פי',
  roleHeads: words(
    'ראש שר שרת השר השרה יו"ר מנכ"ל מנכ"לית דובר דוברת נשיא הנשיא נשיאת ח"כ פרופ\' פרופסור ד"ר ' +
      'סגן סגנית שגריר שגרירת מזכיר מזכירת מנהל מנהלת המנהל היועץ יועץ יועצת עו"ד הרב מפקד מפכ"ל הרמטכ"ל ' +
      // Occupations written before a name like offices: `פקח הרשות, דני אזולאי`, `האקולוגית שירה גולן`.
      'פקח פקחית חוקר חוקרת האקולוג האקולוגית מהנדס מהנדסת עורך עורכת מורה רופא רופאה ' +
      'שופט שופטת השופט השופטת הנאשם הנאשמת ' +
      // `מהנדסת התוכנה X`, `הכלכלן ד"ר X`.
      'הכלכלן הכלכלנית כלכלן כלכלנית מהנדסת המהנדס המהנדסת ' +
      // Occupations a story writes before a name: `האחות X`, `בעל המסעדה X`, `הבמאית X`, ranks (`רס"ן X`).
      // (`תלמידת כיתה ו'`, a pupil, in construct with the class.)
      'תלמיד תלמידה תלמידת התלמיד התלמידה ' +
      'אחות האחות האח רופא הרופא הרופאה המורה סטודנט סטודנטית הסטודנט הסטודנטית נהג נהגת הנהג הנהגת חקלאי החקלאי החקלאית ' +
      'בעל בעלת עיתונאי עיתונאית העיתונאי העיתונאית רכז רכזת הרכז הרכזת מרכז מרכזת שוטר שוטרת השוטר השוטרת הלוחם הלוחמת המפקד המפקדת ' +
      'אלוף תא"ל אל"מ סא"ל רס"ן סרן סגן-אלוף הזמר הזמרת הבמאי הבמאית הסופר הסופרת האמן האמנית ' +
      'פעיל פעילה הפעיל הפעילה מתנדב מתנדבת המתנדב המתנדבת מדריך מדריכה המדריך המדריכה אדריכל אדריכלית האדריכל האדריכלית ' +
      'מזכ"ל גזבר גזברית ' +
      // Sport: `המאמן X`, `מאמן הקבוצה, X,`.
      'חבר חברת מאמן מאמנת המאמן המאמנת קפטן הקפטן שחקן השחקן החלוץ השוער ' +
      // Basketball positions (batch 14): `הגארד X, שקלע…, סיפר`.
      'גארד הגארד פורוורד הפורוורד סנטר הסנטר הבלם הקשר המגן ' +
      // Research: `דוקטורנט X`, `החוקרת X`, `אנטומולוג X`.
      'דוקטורנט דוקטורנטית הדוקטורנט הדוקטורנטית החוקר החוקרת מדען מדענית המדען המדענית ' +
      // Rescue: `פרמדיק מד"א X`, `החובש X`, `כבאי X`.
      // Trades in the pattern of a doer with no מ (`פועל רציף`, a dock worker; `סוחר תבלינים`), written after a name too.
      'פועל פועלת סוחר סוחרת רוקח רוקחת ' +
      'פרמדיק פרמדיקית הפרמדיק חובש חובשת החובש מציל המציל כבאי הכבאי החזאי החזאית',
  ),
  // (`אב לשלושה`, `אם לשניים`, `סבתא לשישה`: a parent by the number of children, no name given.)
  descriptionHeads: words('גורם גורמים מקור בכיר בכירה תושב תושבת עד עדה אחד אחת מומחה מומחית אב אם סבא סבתא אוהד אוהדת'),
  // (Given names that open with ה are no article and a noun: `הדס`, `הדר`, `הילה`, a closed list.)
  definite: /^(?!(?:הדס|הדסה|הדר|הילה|הלל|הראל|הגר|הודיה|הילית|הרצל)(?:$|[\s,.:]))ה\p{Script=Hebrew}{2,}/u,
  outletHeads: words('עיתון ערוץ אתר רדיו סוכנות חדשות'),
  constructNouns: words('משרד ועדת מפלגת עיריית בית תנועת ארגון חברת ועד מועצת איגוד הסתדרות רשות מכון לשכת אגף מחלקת בנק קופת אוניברסיטת מכללת עמותת תאגיד'),
  // Adverbs and places of a ruling: `כתבה בגזר הדין`, `אמר בשקט`; sentence adverbs (`מנגד,` on the other hand) open no name.
  // (`מסביר למתרחצים`: a plural noun after ל is whom the words were told.)
  // (`סיפרה לכתבנו`, `אמר לכתב`: to the reporter.)
  // (`בעל מסעדת דגים על הטיילת כבר 22 שנה`: on, with, already, since, before and "with a question" end an office in apposition, never open a name.)
  // (`להיסטוריה`, `מהעירייה`: a preposition fused with the article opens a complement, never a name; `שההפגנה`, "that the", a clause — but `מהנדס`, an engineer, only looks like one: `לדברי מהנדס העיר, X,`.)
  // (`היא אומרת ומראה על …`: "and" glued to a present participle is her second verb, no name.)
  // (`הבהירה שאין בכוונתה …`: "that" glued to a closed class of small words, `שאין`, `שיש`, `שלא`, opens a clause; `שלמה`, `שירה` stay names.)
  stop: /^(?:ש(?:אין|יש|לא|כל|זה|זו|זאת|אני|אנחנו|אנו|אם|כבר|גם|עוד|רק|אף|אפשר|צריך|מי|מה|אינו|אינה|אינם|אינן|בכוונת\p{Script=Hebrew}*)|את|ומ\p{Script=Hebrew}{3,}|שה\p{Script=Hebrew}{2,}|ל\p{Script=Hebrew}{2,}(?:ים|ות)|(?!מהנדס)[לבמ]ה\p{Script=Hebrew}{3,}|לכתב\p{Script=Hebrew}*|כש\p{Script=Hebrew}+|בישיבה|בישיבת|בטקס|בסוף|בתחילת|במסיבת|בנאום|בגזר|בפסק|בהחלטה|בהחלטתה|בהחלטתו|בשקט|בקול|בדיון|באולם|בסיום|בתום|בחיוך|בכאב|בצער|בעצבות|בכנות|בייאוש|בהקלה|בתדהמה|בזעם|בהתרגשות|בכעס|בדמעות|באכזבה|בהתלהבות|בנחרצות|בצחוק|בגאווה|בעצב|בשמחה|בזהירות|בתסכול|בחום|מנגד|על|עם|כבר|מאז|לפני|בערב|בבוקר|בצהריים|בלילה|בשאלה|לעומתו|לעומתה|במקביל|בינתיים|בנוסף|כי|ש|היום|אתמול|הבוקר|הערב|במהלך|לאחר|אחרי|בעקבות|בתגובה|בראיון|בהודעה|בשיחה|במכתב|בפוסט|בציוץ|ברשת|בפייסבוק|בכנס|לכתבים|לעיתונאים|בפני|ל[-־]\S*|ל["״]\S*|לכאן|לרדיו|לחדשות|לגלי|לערוץ|לאתר|לעיתון|לסוכנות)$/u,
  script: /\p{Script=Hebrew}/u,
  // Present tense of doing verbs: מחזיק, מוכר, מנהלת, עובד, גרה (a word starting מ with four letters or more is one).
  presentVerb: /^(?:מ\p{Script=Hebrew}{3,}(?<!ים|ות)|עובד|עובדת|גר|גרה|חי|חיה|שומר|שומרת|מוכר|מוכרת)$/u,
  // `סיפר בן ה-64`, `אמרה בת ה-72`, `הוסיף הגארד בן ה-24`: the person of that age just named.
  constructBeforeDefinite: true,
  // `כתבה השרה ברשת X`: an office with its article alone (a place after it) is the person the story just named; not a spokesperson or a body.
  // (An office with its complement, `השר לביטחון פנים`; or any definite noun, perhaps with a definite adjective: `הקשיש`, `האם הצעירה`; a parent or child, `האב לשלושה`.)
  anaphor: /^(?:(?:ה\p{Script=Hebrew}{2,}\s+)?(?:בן|בת)\s+ה[-־]?\d{1,3}|(?!ה(?:דובר|דוברת|מקור|גורם|משטרה|עירייה|משרד|חברה|ארגון|ממשלה|צבא|ועד|ועדה|מועצה|הנהלה|רשות|פרקליטות|עמותה|מחלקה|הודעה|מכתב|דוח|סקר|מחקר|בית)(?:\s|$))(?:ה(?:שר|שרה|מנכ"ל|מנכ"לית|שופט|שופטת|רופא|רופאה|מורה|מאמן|מאמנת|ראש|נשיא|נשיאה|יו"ר)(?:\s+[בל]\S+(?:\s+\S+)?)?|ה\p{Script=Hebrew}{3,}(?:\s+ה\p{Script=Hebrew}{3,})?|(?:האב|הבן|הבת|הסב)(?:\s+ל\S+)?|האם\s+ל\S+))$/u,
  // An occupation by its participle shape after a name and a comma: `X, מפעילת מנוף בנמל,`, `X, מתכנת בחברה,` (the lists
  // cannot hold them all). Given names opening with מ and places after "from" (`X, מרמת גן,`) are none.
  agentNoun: HEBREW_AGENT,
  // `אמרה בטקס הפתיחה:`, `אמר בסוף ישיבת הוועד`: in (a place, an occasion) with a definite noun after it.
  adjunct: /^ב\p{Script=Hebrew}{2,}\s+(?:ה\p{Script=Hebrew}|\p{Script=Hebrew}+ת\s+ה|\p{Script=Hebrew}+ת$)/u,
  // (`מאוניברסיטת תל אביב`: from a university, its name in construct.)
  affiliation: /^(?:מה\p{Script=Hebrew}{2,}|מ(?:אוניברסיטת|מכון|חברת|עיריית|משרד|בית|קיבוץ|מושב|ארגון|רשות))$/u,
  // `ממשרד הביטחון נמסר בתגובה:`: from the ministry it was said.
  // (`באוניברסיטת הגליל אמרו:`, `במכללה האזורית הגיבו:`: a plural verb said "in" a body, ב glued to it, no person named.)
  relayed: /(?:^|\s)מ((?:משרד|לשכת|דוברות|עיריית|משטרת|הנהלת|חברת|ארגון|רשות|מכון|מינהל|ועדת|צה["״]ל|ה\p{Script=Hebrew}+)(?:\s+ה?\p{Script=Hebrew}+){0,2}?)\s+נמסרה?(?:\s+\p{Script=Hebrew}+)?\s*[:,]?\s*$|(?:^|[.!?]\s+)ו?ב((?!(?:שבוע|יום|חודש|שנה|ערב|בוקר|לילה|צהריים|סוף|תחילת|ישיבה|דיון|שיחה|תגובה|ראיון)(?:\s|$))\p{Script=Hebrew}{3,}(?:\s+ה?\p{Script=Hebrew}+){0,3}?)\s+(?:אמרו|מסרו|הגיבו|טענו|הודיעו|ציינו|הסבירו|הבהירו|אישרו|מסרו\s+בתגובה)\s*[:,]?\s*$/u,
  // (A double family name with its hyphen, `X-Y עצמה`, is one word.)
  emphatic: /^(\p{Script=Hebrew}+(?:[-־]\p{Script=Hebrew}+)?(?:\s+\p{Script=Hebrew}+(?:[-־]\p{Script=Hebrew}+)?)?)\s+(?:עצמו|עצמה)\s/u,
  // (Police and fire ranks: `ניצב`, `רב-פקד`, `טפסר משנה`, `רנ"ג`.)
  title: /^(?:ח["״]כ|עו["״]ד|ד["״]ר|פרופ['׳]?|הרב|רו["״]ח|(?:רב-|תת-)?(?:טפסר|ניצב|פקד|מפקח|גונדר)(?:\s+משנה)?|נצ["״]מ|סנ["״]צ|רפ["״]ק|רנ["״]ג)$/u,
  backReference: /^(?:לדבריה|לדבריו|לדעתה|לדעתו|לטענתה|לטענתו|לדבריהם)$/u,
});

/** An aside in brackets of two words or more before a comma (`X Y (unrelated to the mayor), אמרה:`): no part of the tag. */
const ASIDE = /\s*\([^()]*\s[^()]*\)(?=\s*,)/gu;

/** Hebrew, its asides in brackets read past: `דוברת …, X Y (…), אמרה:` is X Y as if written without them. */
export const hebrew: typeof hebrewCues = { ...hebrewCues, before: (frame) => hebrewCues.before(frame.includes('(') ? frame.replace(ASIDE, '') : frame) };
