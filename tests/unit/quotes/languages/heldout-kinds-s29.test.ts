// Kinds the twenty-first session read (a tenth private set of invented articles), each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, type KindCase } from './kind-table';

/** When it was said, between the verb and the name: `אמר היום (שלישי) X`, `قال أمس X` (semitic-adverbs.ts). */
const TIME_AFTER_VERB: KindCase[] = [
  ['he: `"…", אמר היום (שלישי) X Y, role`', 'העובדים הפגינו מול השער.\n\n"לא נחזור לעבודה בלי הסכם", אמר היום (שלישי) דני פרץ, יו"ר הוועד, בהפגנה.', 'לא נחזור', 'דני פרץ', ANY],
  ['he: `"…", אמרה אמש X Y`', 'העובדים הפגינו מול השער.\n\n"המשמרות יחזרו בקרוב", אמרה אמש רותי לוי.', 'המשמרות', 'רותי לוי', ANY],
  ['ar: `وقال أمس role X Y: «…»`', 'تظاهر العمال أمام الميناء.\n\nوقال أمس رئيس النقابة كريم الصافي: «لن نعود إلى العمل قبل الاتفاق».', 'لن نعود', 'كريم الصافي', 'رئيس النقابة'],
  ['ar: `وقال اليوم الأربعاء role X Y: «…»`', 'تظاهر العمال أمام الميناء.\n\nوقال اليوم الأربعاء مدير الميناء نبيل حداد: «الرصيف مفتوح».', 'الرصيف مفتوح', 'نبيل حداد', 'مدير الميناء'],
  ['counter-case he: `"…", אמר היום.` with no name is the person quoted before', 'העובדים הפגינו.\n\n"השער נשאר סגור עד הסוף", אמר דני פרץ.\n\n"לא נחזור לעבודה לפני שנקבל תשובה", אמר היום.', 'לא נחזור', 'דני פרץ', ANY],
  ['counter-case he: `X אמר היום (שלישי): "…"` keeps the subject before the verb', 'העובדים הפגינו.\n\nדני פרץ אמר היום (שלישי): "לא נחזור לעבודה".', 'לא נחזור', 'דני פרץ', ANY],
];

kindTable('when it was said, between the verb and the name', TIME_AFTER_VERB);
