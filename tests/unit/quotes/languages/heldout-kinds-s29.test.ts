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

/** Japanese conversation: `と、…を営む X さんが続ける`, `と X さんが言うと、Y さんは「…」とうなずいた` (lang/ja.ts). */
const JAPANESE_EXCHANGE: KindCase[] = [
  ['ja: `「…」と、隣で店を営む X さん（６１）が続ける`', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　「夕方はもう誰も来ない」と小川さん。\n\n　「うちも同じで、毎晩早く閉めています」と、隣で靴店を営む村上純子さん（６１）が続ける。', 'うちも同じ', '村上純子', ANY],
  ['ja: `「…」と X さんが言うと、Y さんは「…」とうなずいた`: the second quote is Y\'s', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　「夕方はもう誰も来ない」と小川さん。\n\n　「それでも駅があるから店が続く」と小川さんが言うと、村上純子さんは「その通り。でも家賃が高すぎる」とうなずいた。', 'その通り', '村上純子', ANY],
  ['counter-case ja: `X さんは「…」と話した` still X when no one else is in the frame', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　村上純子さんは「その通り。でも家賃が高すぎる」と話した。', 'その通り', '村上純子', ANY],
  ['counter-case ja: `「…」と小川さんが言うと、会場は静まった`: the first quote stays 小川', '　駅前で花屋を営む小川正人さん（５８）は、客が減ったと話す。\n\n　「それでも駅があるから店が続く」と小川さんが言うと、会場は静まり返った。', 'それでも駅', '小川正人', ANY],
];

kindTable('when it was said, between the verb and the name', TIME_AFTER_VERB);
kindTable('a Japanese conversation', JAPANESE_EXCHANGE);
