// Kinds the fifty-fifth held-out set showed in Russian, Arabic, Chinese, Persian and Korean copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const ACCORDING_WITH_PLACE_ADJECTIVE =
  'Жители жалуются на перебои с водой уже неделю.\n\n' +
  'По словам директора Озёрского водоканала Олега Мельникова, «насосную станцию отремонтируют до конца месяца, если подрядчик выполнит обязательства».\n\n' +
  '«Мы уже нашли деньги на новые трубы, осталось их только уложить», — добавил Мельников журналистам.';
const ACCORDING_WITH_FEMININE_NAME =
  'Больница переходит на зимний график.\n\n' +
  'По словам главного врача Натальи Сосновской, «очередей в приёмном покое станет меньше, когда откроется второй корпус».';

/** `По словам <role> <Place-adjective> <noun> <Name>`: a place's adjective in the genitive inside the role (lang/ru-uk.ts, person-mentions.ts). */
kindTable('A Russian `по словам` role holding a place adjective names the person in the nominative', [
  ['ru: `По словам директора Озёрского водоканала Олега Мельникова` is Олег Мельников', ACCORDING_WITH_PLACE_ADJECTIVE, 'насосную станцию', 'Олег Мельников', ANY],
  ['ru: the later `— добавил Мельников` is the full name too', ACCORDING_WITH_PLACE_ADJECTIVE, 'Мы уже нашли', 'Олег Мельников', ANY],
  ['counter-case ru: a woman’s family name in -ой before the comma stays the name', ACCORDING_WITH_FEMININE_NAME, 'очередей в приёмном', 'Наталья Сосновская', ANY],
]);

const FOURTH_FORM_VERB_BEFORE_NAME =
  'ارتفعت أسعار الخبز في المدينة خلال الأسبوع الماضي.\n\n' +
  'وأرجع ناصر البدوي، رئيس نقابة المخابز بالمحافظة، الزيادة إلى نقص الدقيق. «الدقيق لم يصل إلى المخابز منذ أسبوعين»، قال البدوي، «والأفران تعمل بنصف طاقتها».';
const GIVEN_NAME_WITH_HAMZA =
  'ارتفعت أسعار الخبز في المدينة خلال الأسبوع الماضي.\n\n' +
  'أيمن البدوي، رئيس نقابة المخابز بالمحافظة، أرجع الزيادة إلى نقص الدقيق. «الدقيق لم يصل إلى المخابز منذ أسبوعين»، قال البدوي.';

/** `وأرجع X Y، <role>، …` then `قال Y`: a perfect verb of the fourth form after the conjunction is no given name (lang/fuller-names.ts). */
kindTable('An Arabic conjunction and verb before a name are no part of it', [
  ['ar: `وأرجع X Y` … `قال Y` is X Y', FOURTH_FORM_VERB_BEFORE_NAME, 'الدقيق لم يصل', 'ناصر البدوي', ANY],
  ['counter-case ar: a given name opening with hamza-alif, no conjunction, stays', GIVEN_NAME_WITH_HAMZA, 'الدقيق لم يصل', 'أيمن البدوي', ANY],
]);

const POSTURE_PLACE_AND_PAIRED_DOING =
  '今年的茶叶收成比往年好得多。\n\n' +
  '“前几年茶叶卖不上价，今年网上订单一下子多了三倍。”蹲在自家茶园里，52岁的茶农刘春山一边摘着新芽，一边笑着对记者说。';
const PAIRED_DOING_WITHOUT_SAYING =
  '今年的茶叶收成比往年好得多。\n\n' +
  '“前几年茶叶卖不上价，今年网上订单一下子多了三倍。”坐在办公室里，会计周敏一边整理账本，一边核对订单。';

/** `”蹲在…里，<age>的<role>X一边…，一边笑着对记者说`: a posture and place, then two things done at once, the second saying (lang/zh.ts). */
kindTable('A Chinese speaker after a posture, a place and a paired 一边…，一边', [
  ['zh: `”蹲在…里，52岁的茶农X一边…，一边笑着对记者说` is X', POSTURE_PLACE_AND_PAIRED_DOING, '前几年茶叶', '刘春山', ANY],
  ['counter-case zh: the same frame with no verb of saying names no one', PAIRED_DOING_WITHOUT_SAYING, '前几年茶叶', UNNAMED, ANY],
]);

const OFFICE_RUNNING_INTO_VERB =
  'خشکسالی امسال باغ‌های انار را هم بی‌نصیب نگذاشته است.\n\n' +
  '«باغ ما چهل سال است که انار می‌دهد. امسال نصف درخت‌ها خشک شد»؛ این را محمود صفری، باغدار ۶۵ ساله روستای کلاته می‌گوید.';
const NO_VERB_OF_SAYING_AFTER =
  'خشکسالی امسال باغ‌های انار را هم بی‌نصیب نگذاشته است.\n\n' +
  '«باغ ما چهل سال است که انار می‌دهد. امسال نصف درخت‌ها خشک شد»؛ این جمله روی دیوار، کنار در ورودی باغ نوشته شده است.';

/** `»؛ این را X، <office> می‌گوید.`: the office after the name runs into the verb, no closing comma (lang/fa.ts). */
kindTable('A Persian name and office after the quote, the office running into the verb', [
  ['fa: `»؛ این را X، باغدار ۶۵ ساله روستای … می‌گوید` is X', OFFICE_RUNNING_INTO_VERB, 'باغ ما چهل', 'محمود صفری', ANY],
  ['counter-case fa: a sentence about the words, no verb of saying, names no one', NO_VERB_OF_SAYING_AFTER, 'باغ ما چهل', UNNAMED, ANY],
]);

const TRADE_BETWEEN_CLAUSE_AND_NAME =
  '“올해처럼 감이 안 열린 해는 처음입니다. 농약값도 못 건졌어요.”\n\n' +
  '지난 3일 오후 청솔마을 과수원에서 만난 감 농사 30년 차 농민 한정우(58)씨는 빈 가지를 가리키며 고개를 저었다.';
const TRADE_WITHOUT_NAME =
  '“올해처럼 감이 안 열린 해는 처음입니다. 농약값도 못 건졌어요.”\n\n' +
  '지난 3일 오후 청솔마을 과수원에서 만난 감 농사 30년 차 농민들은 빈 가지를 가리키며 고개를 저었다.';

/** `“…”` then `…에서 만난 <trade> X(58)씨는 …`: a lede quote, its speaker the next sentence's subject, a trade before the name (lang/next-sentence.ts). */
kindTable('A Korean lede quote whose speaker the next sentence brings in after a clause and a trade', [
  ['ko: `…에서 만난 감 농사 30년 차 농민 X(58)씨는` is X', TRADE_BETWEEN_CLAUSE_AND_NAME, '올해처럼', '한정우', ANY],
  ['counter-case ko: farmers in the plural and no name name no one', TRADE_WITHOUT_NAME, '올해처럼', UNNAMED, ANY],
]);
