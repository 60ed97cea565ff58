/**
 * Hebrew: `"…", אמר X`, `אמרה שרת החוץ X`, `ראש הממשלה X אמר: "…"`, `לדברי X`, outlets spoken to (`ל-ynet`, `לכאן`);
 * comma groups with titles (`ראש האופוזיציה, ח״כ X, אמרה`), a place after the verb (`אמרה בטקס הפתיחה:`),
 * where a person comes from (`מהאוניברסיטה`), words relayed from a body (`ממשרד X נמסר:`), `X עצמו`.
 */

import { semiticCues } from './semitic';

export const VERBS = 'אמר אמרה הוסיף הוסיפה ציין ציינה הסביר הסבירה כתב כתבה טען טענה הדגיש הדגישה מסר מסרה סיפר סיפרה הבהיר הבהירה הגיב הגיבה אומר אומרת הזהיר הזהירה';

const words = (list: string) => new Set(list.split(' '));

export const hebrew = semiticCues({
  verbs: `ו?(?:${VERBS.split(' ').join('|')})`,
  isFeminine: (verb) => /(?:ה|ת)$/u.test(verb) && !/^ו?(?:אמר|כתב|מסר)$/u.test(verb),
  pronouns: { הוא: 'male', היא: 'female' },
  according: 'לדברי|לפי|על\\s+פי',
  roleHeads: words(
    'ראש שר שרת השר השרה יו"ר יו״ר מנכ"ל מנכ״ל מנכ"לית דובר דוברת נשיא הנשיא נשיאת ח"כ ח״כ פרופ\' פרופ׳ פרופסור ד"ר ד״ר ' +
      'סגן סגנית שגריר שגרירת מזכיר מזכירת מנהל מנהלת המנהל היועץ יועץ יועצת עו"ד עו״ד הרב מפקד מפכ"ל הרמטכ"ל ' +
      // Occupations written before a name like offices: `פקח הרשות, דני אזולאי`, `האקולוגית שירה גולן`.
      'פקח פקחית חוקר חוקרת האקולוג האקולוגית מהנדס מהנדסת עורך עורכת מורה רופא רופאה ' +
      'שופט שופטת השופט השופטת הנאשם הנאשמת ' +
      // `מהנדסת התוכנה X`, `הכלכלן ד"ר X`.
      'הכלכלן הכלכלנית כלכלן כלכלנית מהנדסת המהנדס המהנדסת ' +
      // Sport: `המאמן X`, `מאמן הקבוצה, X,`.
      'חבר חברת מאמן מאמנת המאמן המאמנת קפטן הקפטן שחקן השחקן החלוץ השוער',
  ),
  descriptionHeads: words('גורם גורמים מקור בכיר בכירה תושב תושבת עד עדה אחד אחת מומחה מומחית'),
  definite: /^ה\p{Script=Hebrew}{2,}/u,
  outletHeads: words('עיתון ערוץ אתר רדיו סוכנות חדשות'),
  constructNouns: words('משרד ועדת מפלגת עיריית בית תנועת ארגון חברת'),
  // Adverbs and places of a ruling: `כתבה בגזר הדין`, `אמר בשקט`.
  stop: /^(?:כש\p{Script=Hebrew}+|בישיבה|בישיבת|בטקס|בסוף|בתחילת|במסיבת|בנאום|בגזר|בפסק|בהחלטה|בהחלטתה|בהחלטתו|בשקט|בקול|בדיון|באולם|בסיום|בתום|בחיוך|בהתרגשות|בכעס|בצחוק|בגאווה|בעצב|בשמחה|בזהירות|בתסכול|בחום|כי|ש|היום|אתמול|הבוקר|הערב|במהלך|לאחר|אחרי|בעקבות|בתגובה|בראיון|בהודעה|בשיחה|במכתב|בפוסט|בציוץ|ברשת|בפייסבוק|בכנס|לכתבים|לעיתונאים|בפני|ל[-־]\S*|ל["״]\S*|לכאן|לרדיו|לחדשות|לגלי|לערוץ|לאתר|לעיתון|לסוכנות)$/u,
  script: /\p{Script=Hebrew}/u,
  // Present tense of doing verbs: מחזיק, מוכר, מנהלת, עובד, גרה (a word starting מ with four letters or more is one).
  presentVerb: /^(?:מ\p{Script=Hebrew}{3,}(?<!ים|ות)|עובד|עובדת|גר|גרה|חי|חיה|שומר|שומרת|מוכר|מוכרת)$/u,
  // `סיפר בן ה-64`, `אמרה בת ה-72`: the person of that age just named.
  constructBeforeDefinite: true,
  anaphor: /^(?:בן|בת)\s+ה[-־]?\d{1,3}$/u,
  // `אמרה בטקס הפתיחה:`, `אמר בסוף ישיבת הוועד`: in (a place, an occasion) with a definite noun after it.
  adjunct: /^ב\p{Script=Hebrew}{2,}\s+(?:ה\p{Script=Hebrew}|\p{Script=Hebrew}+ת\s+ה|\p{Script=Hebrew}+ת$)/u,
  // (`מאוניברסיטת תל אביב`: from a university, its name in construct.)
  affiliation: /^(?:מה\p{Script=Hebrew}{2,}|מ(?:אוניברסיטת|מכון|חברת|עיריית|משרד|בית|קיבוץ|מושב|ארגון|רשות))$/u,
  // `ממשרד הביטחון נמסר בתגובה:`: from the ministry it was said.
  relayed: /(?:^|\s)מ((?:משרד|לשכת|דוברות|עיריית|משטרת|הנהלת|חברת|ארגון|רשות|מכון|מינהל|ועדת|צה["״]ל|ה\p{Script=Hebrew}+)(?:\s+ה?\p{Script=Hebrew}+){0,2}?)\s+נמסרה?(?:\s+\p{Script=Hebrew}+)?\s*[:,]?\s*$/u,
  emphatic: /^(\p{Script=Hebrew}+(?:\s+\p{Script=Hebrew}+)?)\s+(?:עצמו|עצמה)\s/u,
  title: /^(?:ח["״]כ|עו["״]ד|ד["״]ר|פרופ['׳]?|הרב|רו["״]ח)$/u,
  backReference: /^(?:לדבריה|לדבריו|לדעתה|לדעתו|לטענתה|לטענתו|לדבריהם)$/u,
});
