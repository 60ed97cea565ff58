// Kinds the twenty-second session read (an eleventh private set of invented articles), each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

/**
 * Hebrew: a geresh after a given name's first letter writes a foreign sound (`ז'אק`) and the word is still a given name
 * (fuller-names.ts); `מעירה` and `מחייך` tag a quote; `לפני` and `בשאלה` after a name end it (he.ts).
 */
const HEBREW_NAMES: KindCase[] = [
  ['he: `ז\'אק X` introduced, then `אומר X`: the given name with a geresh is kept', 'לידו יושב ז\'אק אלמוג, דייג ותיק מעכו.\n\n"הים השתנה מאוד בעשר השנים האחרונות", אומר אלמוג.', 'הים השתנה', 'ז\'אק אלמוג', ANY],
  ['he: `צ\'רלי X` before a role in apposition', 'צ\'רלי נחום, מנהל המחסן, ליווה אותנו.\n\n"אין לנו מספיק ידיים לעבודה", אומר נחום.', 'אין לנו', 'צ\'רלי נחום', ANY],
  ['counter-case he: a title with a geresh at its end (`פרופ\'`) is no given name', 'בכנס הרצה פרופ\' אלמוג מהטכניון.\n\n"הים השתנה מאוד בעשר השנים האחרונות", אומר אלמוג.', 'הים השתנה', 'אלמוג', ANY],
  ['he: `", מעירה X.` tags the quote with its own speaker', 'רונית שגיא עובדת במחסן. לצדה עובד דני פרץ.\n\n"הכול בסדר אצלנו", אומר פרץ.\n\n"ספר לו על השכר", מעירה שגיא.', 'ספר לו', 'רונית שגיא', ANY],
  ['he: `", מחייך X.` tags the quote with its own speaker', 'רונית שגיא עובדת במחסן. לצדה עובד דני פרץ.\n\n"ספר לו על השכר", אומרת שגיא.\n\n"כן, השכר", מחייך פרץ.', 'כן, השכר', 'דני פרץ', ANY],
  ['he: `", אומרת X לפני שהיא …`: "before" ends the name', 'רונית שגיא עובדת במחסן.\n\n"אני אוהבת את המקום הזה", אומרת שגיא לפני שהיא יוצאת.', 'אני אוהבת', 'רונית שגיא', ANY],
  ['he: `השיב X בשאלה: "…"`: "with a question" ends the name', 'רונית שגיא עובדת במחסן.\n\nכשנשאל אם ישבות, השיב דני פרץ בשאלה: "ומה אתם הייתם עושים במקומי?"', 'ומה אתם', 'דני פרץ', ANY],
  ['counter-case he: a family name opening with ב (`ברק`) stays the name', 'רונית שגיא עובדת במחסן.\n\n"הכול בסדר אצלנו", אומר אהוד ברק.', 'הכול בסדר', 'אהוד ברק', ANY],
];

/**
 * Arabic: an office of a place with no comma group (`عضو المجلس لمدينة X Y Z`) runs through the place (semitic-opening.ts);
 * a quote whose next sentence names someone for the first time with "and she is" (next-sentence.ts); a kunya the text
 * says people call someone by (arabic-kunya.ts).
 */
const ARABIC_PLACES_AND_NAMES: KindCase[] = [
  ['ar: `وطالب عضو المجلس البلدي لمدينة X الاسم بإصلاح…` then `قال الاسم`', 'وطالب عضو المجلس البلدي لمدينة السلط كريم النابلسي بإصلاح الشبكة. "الخط مكسور منذ شهرين"، قال النابلسي.', 'الخط مكسور', 'كريم النابلسي', 'عضو المجلس البلدي لمدينة السلط'],
  ['counter-case ar: `لمدينة X بإصلاح…`: a verbal noun after the place is no name', 'وطالب رئيس الجمعية لمدينة السلط بإصلاح الشبكة فوراً.\n\n"الخط مكسور منذ شهرين"، قال كريم النابلسي.', 'الخط مكسور', 'كريم النابلسي', ANY],
  ['ar: `"…"` then `بهذه الكلمات تصف X Y، وهي …`: named first in the next sentence', 'ارتفعت أسعار الخبز.\n\n"لم نعد نشتري إلا نصف ما كنا نشتريه."\n\nبهذه الكلمات تصف سلمى القاسم، وهي معلمة متقاعدة، حال بيتها.', 'لم نعد', 'سلمى القاسم', ANY],
  ['counter-case ar: `بهذه الكلمات تصف الأسواق…، التي …` names no one', 'ارتفعت أسعار الخبز.\n\n"لم نعد نشتري إلا نصف ما كنا نشتريه."\n\nبهذه الكلمات تصف الأسواق الشعبية، التي تعاني، حال الناس.', 'لم نعد', UNNAMED, ANY],
  ['ar: `X Y، …، يناديه الجيران بأبي Z` then `يقول أبو Z`', 'خالد الرواشدة، بائع خضار في السوق منذ عشرين عاماً، يناديه الجيران بأبي فارس.\n\nيقول أبو فارس: "البيع قليل هذا الشهر."', 'البيع قليل', 'خالد الرواشدة', ANY],
  ['counter-case ar: a kunya no sentence ties to anyone stays as written', 'خالد الرواشدة بائع خضار في السوق منذ عشرين عاماً.\n\nيقول أبو فارس: "البيع قليل هذا الشهر."', 'البيع قليل', 'أبو فارس', ANY],
];

kindTable('Hebrew given names and tags', HEBREW_NAMES);
kindTable('Arabic places, first names after a quote, kunyas', ARABIC_PLACES_AND_NAMES);
