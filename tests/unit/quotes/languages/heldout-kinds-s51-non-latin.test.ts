// Kinds the fifty-first session read in non-Latin copy (Persian and Chinese invented pages), each in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const NAME_AFTER_COMPOUND =
  '«گمان می‌کردم فقط دانشجوها به این نمایش می‌آیند»، ماهان دل‌آرام می‌گوید، «اما امشب سالن پر از خانواده‌ها بود.»';
const POSSESSED_AFTER =
  '«گمان می‌کردم فقط دانشجوها به این نمایش می‌آیند»، همسایه‌اش می‌گوید، «اما امشب سالن پر از خانواده‌ها بود.»';

/** `«…»، X‌Y می‌گوید، «…»`: a family name compounded with a non-joiner after the quote (lang/fa.ts after). */
kindTable('fa: a compounded family name between the two parts of a quote', [
  ['fa: `«…»، دل‌آرام می‌گوید، «…»` is the name before the verb', NAME_AFTER_COMPOUND, 'گمان می‌کردم', 'ماهان دل‌آرام', ANY],
  ['fa: the second part is the same speaker', NAME_AFTER_COMPOUND, 'اما امشب سالن', 'ماهان دل‌آرام', ANY],
  ['counter-case fa: a noun with a possessive suffix (`همسایه‌اش`, his neighbour) is no family name', POSSESSED_AFTER, 'گمان می‌کردم', UNNAMED, ANY],
]);

const TOLD_QUOTED_OUTLET =
  'معاون فنی شهرداری، کامران جهانگیری، درباره پروژه پل توضیح داد. جهانگیری به روزنامه «صبح‌نو» گفت: «کار ساخت پل تا پایان تابستان تمام می‌شود و مسیر دوباره باز خواهد شد.»';
const OUTLET_WROTE =
  'معاون فنی شهرداری، کامران جهانگیری، درباره پروژه پل توضیح داد. روزنامه «صبح‌نو» نوشت: «کار ساخت پل تا پایان تابستان تمام می‌شود.»';
const NAMED_AFTER_WITH_QUOTED_BODY =
  'کارگران از صبح جلوی در جمع شدند. «بیست سال است که این کارخانه را می‌گردانم و هرگز چنین زمستانی ندیده بودم.» این را لیلا افشار، مدیر انجمن «همیاری»، می‌گوید که امسال نیمی از اعضایش را از دست داده است.';
const BODY_AFTER =
  'کارگران از صبح جلوی در جمع شدند. «بیست سال است که این کارخانه را می‌گردانم.» این را انجمن «همیاری» در بیانیه‌ای اعلام کرد.';

/** An outlet's or a body's name in guillemets inside the frame (`به روزنامه «…» گفت:`): its marks read past (frames.ts, lang/fa.ts). */
kindTable('fa: a name in guillemets inside the words that bring in a quote', [
  ['fa: `X به روزنامه «…» گفت: «…»` is X', TOLD_QUOTED_OUTLET, 'کار ساخت پل', 'کامران جهانگیری', ANY],
  ['fa: `«…» این را X، مدیر انجمن «…»، می‌گوید که …` is X, the office with the body', NAMED_AFTER_WITH_QUOTED_BODY, 'بیست سال است', 'لیلا افشار', 'مدیر انجمن'],
  ['counter-case fa: `روزنامه «…» نوشت:` is the paper, not the official before', OUTLET_WROTE, 'کار ساخت پل', UNNAMED, ANY],
  ['counter-case fa: `این را انجمن «…» … اعلام کرد` is a body, no person', BODY_AFTER, 'بیست سال است', UNNAMED, ANY],
]);

const RECENTLY_AFTER_NAME =
  '　　对此，市交通局副局长孙立伟近日在接受本地电视台采访时表示：“明年新的地铁线路将全面开通。”';
const LONG_AFFILIATION_THEN_SHE =
  '　　对此，市交通局副局长孙立伟近日在接受本地电视台采访时表示：“明年新的地铁线路将全面开通。”据孙立伟介绍，今年开工。\n\n' +
  '　　北方工业大学交通学院教授赵敏长期研究城市交通。她认为，地铁会改变城市。“如果站点离居民区太远，乘客就不会来。”她说。';
const CHANG_IN_NAME = '　　村主任李长春长期在村里工作。“今年的橙子特别甜。”他说。';

/** `X近日…表示`, `教授X长期…`: a time word after a name is no part of it (lang/zh.ts, lang/zh-mentions.ts). */
kindTable('zh: a time word right after a name, and an office at a named school', [
  ['zh: `副局长X近日在…时表示：` is X without 近日', RECENTLY_AFTER_NAME, '明年新的地铁', '孙立伟', ANY],
  ['zh: `…学院教授X长期研究…。她认为…。“…”她说` is X, the clause subject', LONG_AFFILIATION_THEN_SHE, '如果站点离', '赵敏', ANY],
  ['counter-case zh: 长 inside a given name (`李长春长期`) stays in it', CHANG_IN_NAME, '今年的橙子', '李长春', ANY],
]);

const DEMONSTRATIVE_OCCUPATION =
  'کارگران از صبح جلوی در جمع شدند. «بیست سال است که این کارخانه را می‌گردانم.» این را لیلا افشار، مدیر انجمن «همیاری»، می‌گوید.\n\n' +
  'این فروشنده ۴۶ ساله توضیح داد: «هر ماه اجاره بالاتر می‌رود و مشتری کمتر می‌شود.»';
const DEMONSTRATIVE_NO_ONE = 'بازار از صبح شلوغ بود.\n\nاین فروشنده ۴۶ ساله توضیح داد: «هر ماه اجاره بالاتر می‌رود و مشتری کمتر می‌شود.»';

/** `این فروشنده ۴۶ ساله توضیح داد:`: "this" and an occupation point back at the person just quoted (lang/fa.ts OFFICE). */
kindTable('fa: "this" and an occupation, then the verb', [
  ['fa: `این فروشنده … توضیح داد:` after X was quoted is X', DEMONSTRATIVE_OCCUPATION, 'هر ماه اجاره', 'لیلا افشار', ANY],
  ['counter-case fa: with no one named before it stays a description', DEMONSTRATIVE_NO_ONE, 'هر ماه اجاره', DESCRIBED, ANY],
]);

const INTERVIEWED_AFTER =
  '　　市立高中籃球隊昨天奪冠。\n\n　　「這些孩子每天清晨五點就到球場練球，今天證明努力有回報。」教練陳建宏賽後在場邊受訪時難掩激動。';
const NOT_INTERVIEWED = '　　市立高中籃球隊昨天奪冠。\n\n　　「這些孩子每天清晨五點就到球場練球，今天證明努力有回報。」教練陳建宏賽後在場邊難掩激動。';

/** `」教練X賽後在場邊受訪時難掩激動。`: the one interviewed right after the words said them, whatever the predicate (lang/zh.ts). */
kindTable('zh: a speaker "when interviewed" after the quote, with no verb of saying', [
  ['zh: `」教練X…受訪時難掩激動` is X', INTERVIEWED_AFTER, '這些孩子每天', '陳建宏', ANY],
  ['counter-case zh: `」教練X賽後在場邊難掩激動` (no interview) gives no speaker', NOT_INTERVIEWED, '這些孩子每天', UNNAMED, ANY],
]);

const OCCASION_THEN_HE =
  '"המתנו שש שעות בתור", סיפר דני כהן, תושב העיר.\n\nמנהל בית הספר, משה גרינברג, הציג השבוע תוכנית חדשה לשיפוץ הכיתות.\n\n' +
  'בשיחה עם העיתון "ידיעות הצפון" הוא אמר: "אם העירייה תעביר את הכסף בזמן, נפתח את הכיתות כבר בספטמבר".';
const OCCASION_NO_ONE_BEFORE =
  '"המתנו שש שעות בתור", סיפר דני כהן, תושב העיר.\n\nהעירייה הציגה השבוע תוכנית חדשה לשיפוץ הכיתות.\n\n' +
  'בשיחה עם העיתון "ידיעות הצפון" הוא אמר: "אם העירייה תעביר את הכסף בזמן, נפתח את הכיתות כבר בספטמבר".';

/** `בשיחה עם העיתון "…" הוא אמר: "…"`: an occasion, then he and the verb: the person the paragraph before introduced (lang/introduced.ts). */
kindTable('he: an occasion and a name in marks before "he said:"', [
  ['he: `בשיחה עם העיתון "…" הוא אמר:` after a paragraph introducing X is X', OCCASION_THEN_HE, 'אם העירייה', 'משה גרינברג', ANY],
  ['counter-case he: when the paragraph before names no one, the one last quoted', OCCASION_NO_ONE_BEFORE, 'אם העירייה', 'דני כהן', ANY],
]);

const AGED_THEN_PRESENT =
  '45 वर्षीय गीता शर्मा बताती हैं कि पहले गांव में पानी की कमी थी। उन्होंने कहा, “हम रोज दो किलोमीटर चलकर पानी लाते थे।”';
const AGED_THREE_WORDS =
  '45 वर्षीय गीता रानी शर्मा के पास समूह की जिम्मेदारी है। उन्होंने कहा, “हम रोज दो किलोमीटर चलकर पानी लाते थे।”';
const VERB_THEN_SPEAKER = 'गांव में पानी की कमी है। “अगला लक्ष्य है कि हर घर में नल पहुंचे,” कहती हैं पंचायत की सरपंच मीना यादव।';
const VERB_THEN_PLURAL = 'गांव में पानी की कमी है। “अगला लक्ष्य है कि हर घर में नल पहुंचे,” कहती हैं गांव की महिलाएं।';
const QUOTED_STATION_BETWEEN =
  'पुणे स्थित जल विशेषज्ञ डॉ. सुरेश पाटील ने \'आकाशवाणी\' से बातचीत में कहा, “तालाबों की सफाई तभी टिकती है जब गांव के लोग खुद जिम्मेदारी लें।”';
const QUOTED_STATION_SPEAKS =
  'पुणे स्थित जल विशेषज्ञ डॉ. सुरेश पाटील ने तालाबों का दौरा किया। रेडियो चैनल \'आकाशवाणी\' ने बताया, “तालाबों की सफाई का काम अगले महीने शुरू होगा।”';
const YOUNG_MECHANIC =
  'गांव की 19 साल की रेखा वर्मा के पास पंप की जिम्मेदारी है। “मोटर खराब होती है तो मैं खुद ठीक करती हूं,” युवा मिस्त्री ने बताया।';
const NAMED_MECHANIC = 'गांव में पानी की कमी है। “मोटर खराब होती है तो मैं खुद ठीक करती हूं,” मिस्त्री रेखा वर्मा ने बताया।';

/** Hindi: a verb before "is" ends a name (`X Y बताती हैं`), the speaker after `कहती हैं`, a station in marks, an occupation (lang/hi.ts, frames.ts). */
kindTable('hi: the present of saying around a name, and names in marks or occupations before ने', [
  ['hi: `45 वर्षीय X Y बताती हैं कि` is X Y, not the verb', AGED_THEN_PRESENT, 'हम रोज दो', 'गीता शर्मा', ANY],
  ['counter-case hi: `45 वर्षीय X Y Z के पास` keeps the third word of the name', AGED_THREE_WORDS, 'हम रोज दो', 'गीता रानी शर्मा', ANY],
  ['hi: `“…,” कहती हैं पंचायत की सरपंच X Y।` is X Y, the office hers', VERB_THEN_SPEAKER, 'अगला लक्ष्य', 'मीना यादव', 'सरपंच'],
  ['counter-case hi: `“…,” कहती हैं गांव की महिलाएं।` names no one', VERB_THEN_PLURAL, 'अगला लक्ष्य', UNNAMED, ANY],
  ['hi: `X ने \'Y\' से बातचीत में कहा,` is X, the station in marks read past', QUOTED_STATION_BETWEEN, 'तालाबों की सफाई', 'सुरेश पाटील', ANY],
  ['counter-case hi: `रेडियो चैनल \'Y\' ने बताया` is no person', QUOTED_STATION_SPEAKS, 'तालाबों की सफाई', UNNAMED, ANY],
  ['hi: `“…,” युवा मिस्त्री ने बताया` is an occupation, no name', YOUNG_MECHANIC, 'मोटर खराब', UNNAMED, ANY],
  ['counter-case hi: `मिस्त्री X Y ने बताया` is X Y', NAMED_MECHANIC, 'मोटर खराब', 'रेखा वर्मा', 'मिस्त्री'],
]);

const RELATIVE_FROM_PLACE =
  '«Ми починали з однієї печі», — розповідає власниця пекарні Галина Коваль.\n\n' +
  'Її брат Остап відповідає за закупівлю борошна — сьогодні пекарня працює з фермерами із Веселого Поділля та двох сусідніх сіл. «Раніше зерно продавали за безцінь. Ми платимо більше», — каже він.';
const PERSON_AFTER_PLACE =
  '«Ми платимо більше», — розповідає власниця пекарні Галина Коваль.\n\n' +
  'Щоранку з Веселого Поділля Петро Білий привозить молоко. «Ми продаємо молоко щодня», — каже він.';
const HUSBAND_THEN_THE_WOMAN =
  'Пацієнтка Марія Ткачук їздить на процедури з села. Її чоловік Остап возить її тричі на тиждень. «Пальне коштує дедалі дорожче», — рахує жінка.';
const RELATIVE_UNNAMED =
  '«Ми платимо більше», — розповідає власниця пекарні Галина Коваль.\n\nЇї чоловік працює в місті. «Ми продаємо молоко щодня», — каже він.';

/** `Її брат Остап …` and `із Веселого Поділля`: a relative named by a given name, a village no person (lone-names.ts, place-runs.ts). */
kindTable('uk: "her brother X" and a village after a preposition, before "he says"', [
  ['uk: `Її брат X … із Веселого Поділля … — каже він` is X', RELATIVE_FROM_PLACE, 'Раніше зерно', 'Остап', ANY],
  ['counter-case uk: the person named right after `з Веселого Поділля` stays the speaker', PERSON_AFTER_PLACE, 'Ми продаємо', 'Петро Білий', ANY],
  ['counter-case uk: `Її чоловік працює` with no name names no one', RELATIVE_UNNAMED, 'Ми продаємо', UNNAMED, ANY],
  ['counter-case uk: "the woman" after `Її чоловік X` is still the wife (the relation noun makes X a man, relation-gender.ts)', HUSBAND_THEN_THE_WOMAN, 'Пальне коштує', 'Марія Ткачук', ANY],
]);
