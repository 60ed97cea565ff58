// Batch intl7 (20 articles in ru uk ar he ja zh ko): the kinds its first run got wrong that recur across those
// languages, each in fresh sentences (none copied from the batch), with counter-cases left alone.
import { DESCRIBED, UNNAMED, ANY, kindTable, type KindCase } from './kind-table';

/** A word that is no name (an adverb of place, of manner, a doing before the verb, a noun for a parent) read as the speaker's name. */
const NO_NAME: KindCase[] = [
  ['ru: `Там` (there) opening the sentence, the office named before', 'Ремонт моста затянулся. «Работы идут по графику», — сообщили в мэрии. Там добавили, что «движение откроют в марте».', 'движение откроют', UNNAMED, ANY],
  ['uk: `Тут` (here) opening the sentence', 'Школу відремонтували. «Усе готово», — повідомили в управлінні освіти. Тут додали, що «уроки почнуться в понеділок».', 'уроки почнуться', UNNAMED, ANY],
  ['counter-case ru: a named deputy mayor opening the sentence', 'Ремонт моста затянулся. Заместитель мэра Тамара Белова добавила, что «движение откроют в марте».', 'движение откроют', 'Тамара Белова', ANY],
  ['he: `בדמעות` (in tears) after the verb, the woman named before', 'בעלת המאפייה, נועה כץ, אמרה: "השנה הייתה קשה מאוד".\n\n"הלקוחות חזרו אחרי שנה קשה", אמרה בדמעות.', 'הלקוחות חזרו', 'נועה כץ', ANY],
  ['he: `באכזבה` (in disappointment) after the verb', 'בעלת המאפייה, נועה כץ, אמרה: "השנה הייתה קשה מאוד".\n\n"סוף סוף יש חשמל", אמרה באכזבה.', 'סוף סוף יש', 'נועה כץ', ANY],
  ['counter-case he: a name opening with ב after the verb', 'בעלת המאפייה, נועה כץ, אמרה: "השנה הייתה קשה מאוד".\n\n"הלקוחות חזרו אחרי שנה קשה", אמר ברק כהן, בעל המאפייה השכנה.', 'הלקוחות חזרו', 'ברק כהן', ANY],
  ['zh: `受询时` (when asked) between the spokesperson and the verb', '市政府昨天公布新规。交通局发言人受询时表示：“新规下月起实施。”', '新规下月起实施', DESCRIBED, ANY],
  ['zh: `受詢時`, traditional', '政府昨日公布新安排。運輸署發言人受詢時表示：「新安排下月起實施。」', '新安排下月起實施', DESCRIBED, ANY],
  ['counter-case zh: a named spokesperson `受访时`', '市政府昨天公布新规。交通局发言人王志明受访时表示：“新规下月起实施。”', '新规下月起实施', '王志明', ANY],
  ['ar: `ولي أمر` (a parent) with the pupil after it', 'قال ولي أمر طالب في الصف الخامس: «الطريق إلى المدرسة خطر على الأطفال».', 'الطريق إلى المدرسة', DESCRIBED, ANY],
  ['ar: `ولية أمر` (a mother) from a neighbourhood', 'وقالت ولية أمر من حي الزهور: «ننتظر الحافلة نصف ساعة كل صباح».', 'ننتظر الحافلة', DESCRIBED, ANY],
  ['counter-case ar: a kunya (`أم يوسف`) stays a name', 'وقالت أم يوسف: «ننتظر الحافلة نصف ساعة كل صباح».', 'ننتظر الحافلة', 'أم يوسف', ANY],
];

/** A Chinese trade or standing before the name that the lexicon lacks: an owner (…主), a streamer (主播), a leader (领袖). */
const CHINESE_ROLE_BEFORE_NAME: KindCase[] = [
  ['zh: a stallholder (档主) after a clause in 的', '记者走访菜市场。在菜市场卖鱼十年的档主陈美华说：“今年生意不好做。”', '今年生意不好做', '陈美华', '档主'],
  ['zh: 檔主, traditional', '記者走訪街市。檔主李志明說：「生意差咗好多。」', '生意差咗好多', '李志明', '檔主'],
  ['zh: a boat owner (船主) with an age, after the quote', '渔港恢复开放。“今年鱼少了一半。”五十八岁的船主郑大海说。', '今年鱼少了一半', '郑大海', '船主'],
  ['zh: a streamer (主播)', '县里办起直播节。带货主播林小雨说：“一晚上卖了两千单。”', '一晚上卖了两千单', '林小雨', '主播'],
  ['zh: a community leader (领袖)', '组屋区新建花园。社区领袖黄国华说：“居民都很支持。”', '居民都很支持', '黄国华', '领袖'],
  ['counter-case zh: a party in the office (民主党议员) keeps its member', '议会昨天表决。“这项法案必须修改。”民主党议员陈美华说。', '这项法案必须修改', '陈美华', '议员'],
  ['counter-case zh: an owner unnamed', '记者走访菜市场。一位档主说：“今年生意不好做。”', '今年生意不好做', UNNAMED, ANY],
];

/** An age in brackets between an Arabic or Hebrew name and its verb (`X (60 عاماً) قال:`): no part of the name. */
const AGE_BEFORE_VERB: KindCase[] = [
  ['ar: a name, the age in years, then the verb', 'سالم العبيدي (60 عاماً) قال وهو يقف أمام حقله: «الماء لم يصل منذ شهر».', 'الماء لم يصل', 'سالم العبيدي', ANY],
  ['ar: an occupation, the name, the age, then the verb', 'المزارعة سعاد الحلبي (47 عاما) قالت: «الماء لم يصل منذ شهر».', 'الماء لم يصل', 'سعاد الحلبي', ANY],
  ['he: a name and the age alone in brackets', 'דוד אזולאי (67) אמר: "המים לא הגיעו כבר חודש".', 'המים לא הגיעו', 'דוד אזולאי', ANY],
  ['counter-case ar: the age after the verb\'s name in a tag after the quote', '«الماء لم يصل منذ شهر»، قال سالم العبيدي (60 عاماً).', 'الماء لم يصل', 'سالم العبيدي', ANY],
  ['counter-case ar: the name and the verb alone', 'سالم العبيدي قال: «الماء لم يصل منذ شهر».', 'الماء لم يصل', 'سالم العبيدي', ANY],
];

/** A verb of concluding (Arabic ختم, تختم) or of shouting (кричал, вигукнув) closing the tag after the quote, missing from the verbs. */
const CLOSING_OR_SHOUTING_VERB: KindCase[] = [
  ['ar: `ختم` (concluded) and a family name', 'وقال المدير سالم العبيدي: «نعمل بجد».\n\nوقالت المعلمة هدى سعيد: «الأطفال متعبون».\n\n«سننتهي قبل الشتاء»، ختم العبيدي.', 'سننتهي قبل الشتاء', 'سالم العبيدي', ANY],
  ['ar: `تختم` (she concludes), someone else quoted in between', 'وقالت المعلمة هدى سعيد: «الأطفال متعبون».\n\nوقال المدير سالم العبيدي: «نعمل بجد».\n\n«الصبر مفتاح كل شيء»، تختم سعيد.', 'الصبر مفتاح', 'هدى سعيد', ANY],
  ['ru: `кричал` and an unnamed fan', 'Тренер Игорь Лапин сказал: «Мы играли плохо».\n\n«Такого праздника здесь не было», — кричал болельщик с флагом.', 'Такого праздника', DESCRIBED, ANY],
  ['uk: `вигукнув` and an unnamed fan', 'Тренер Павло Гринчук сказав: «Ми грали погано».\n\n«Такого свята тут ще не було», — вигукнув уболівальник у шарфі.', 'Такого свята', DESCRIBED, ANY],
  ['counter-case ar: `ختام` (the end), a noun after the verb', 'وقال المدير سالم العبيدي: «نعمل بجد».\n\nوقالت المعلمة هدى سعيد: «الأطفال متعبون».\n\n«سننتهي قبل الشتاء»، قال العبيدي في ختام الاجتماع.', 'سننتهي قبل الشتاء', 'سالم العبيدي', ANY],
  ['counter-case uk: a named woman after `кричала`', 'Тренер Павло Гринчук сказав: «Ми грали погано».\n\n«Такого свята тут ще не було», — кричала Марія Бойко.', 'Такого свята', 'Марія Бойко', ANY],
];

/**
 * An office alone as the subject (Hebrew `השופטת הוסיפה:` before the verb; Japanese `」と、64歳の杜氏は…`, `」と、市長は語った`, where
 * the office was read as a name and an honorific or 長): the person the story introduced with it.
 */
const OFFICE_ALONE: KindCase[] = [
  ['he: the judge before the verb, the paragraph after her words', 'בית המשפט דחה את העתירה. "העתירה כללית מדי", כתבה השופטת נעמה גל.\n\nהשופטת הוסיפה כי "אין מקום להתערבות".', 'אין מקום להתערבות', 'נעמה גל', ANY],
  ['he: the judge, a colon', 'בית המשפט דחה את העתירה. "העתירה כללית מדי", כתבה השופטת נעמה גל.\n\nהשופטת הוסיפה: "אין מקום להתערבות".', 'אין מקום להתערבות', 'נעמה גל', ANY],
  ['ja: 杜氏 with an age, someone else quoted in between', '片山社長は「蔵は続く」と話した。\n\n杜氏の野村健一さん（64）は「米が大事だ」と話す。\n\n蔵人の松井翔さん（27）は「朝がつらい」と話す。\n\n「松井は筋がいい」と、64歳の杜氏は目を細めた。', '松井は筋がいい', '野村健一', ANY],
  ['ja: 市長 alone, someone else quoted in between', '岡部市長は「橋は春に開通する」と述べた。\n\n技師の吉村聡さんは「予算は足りる」と話した。\n\n「開通しなければ辞任する」と、市長は語った。', '開通しなければ', '岡部', ANY],
  ['counter-case he: an office and a name before the verb', 'בית המשפט דחה את העתירה. "העתירה כללית מדי", כתבה השופטת נעמה גל.\n\nהתובעת מיכל בר הוסיפה: "נשקול ערעור".', 'נשקול ערעור', 'מיכל בר', ANY],
  ['counter-case ja: the family name 杜 and the honorific 氏', '「橋は春に開通する」と杜翔太氏は述べた。', '橋は春に開通する', '杜翔太', ANY],
];

/** A Japanese tag with no verb, a family name ending like a place (村, 町) and an honorific (`」と野村さん。`): the person, not a village. */
const HONOURED_PLACE_LIKE_NAME: KindCase[] = [
  ['ja: 野村さん, someone else quoted in between', '杜氏の野村健一さんは「米が大事だ」と話す。\n\n片山社長は「蔵は続く」と話した。\n\n「若い人が来てくれるのがうれしい」と野村さん。', '若い人が来て', '野村健一', ANY],
  ['ja: 中村氏', '中村浩二氏は「値上げはしない」と述べた。\n\n石田社長は「検討中だ」と話した。\n\n「来年も据え置く」と中村氏。', '来年も据え置く', '中村浩二', ANY],
  ['counter-case ja: a town alone after と is read as no person (the last speaker stays)', '石田社長は「検討中だ」と話した。\n\n「バスは残す」と沢井町。', 'バスは残す', '石田', ANY],
];

kindTable('intl7: a word that is no name read as the speaker', NO_NAME);
kindTable('intl7: a Chinese trade or standing the lexicon lacked, before the name', CHINESE_ROLE_BEFORE_NAME);
kindTable('intl7: an age in brackets between the name and the verb', AGE_BEFORE_VERB);
kindTable('intl7: a verb of concluding or of shouting closing the tag', CLOSING_OR_SHOUTING_VERB);
kindTable('intl7: an office alone as the subject, for the person introduced with it', OFFICE_ALONE);
kindTable('intl7: a family name ending like a place, an honorific, no verb', HONOURED_PLACE_LIKE_NAME);
