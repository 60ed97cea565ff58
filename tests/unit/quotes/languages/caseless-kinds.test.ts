import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';

/**
 * Five kinds of attribution that went wrong in Russian, Ukrainian, Arabic, Hebrew, Japanese, Chinese and Korean
 * (and, for `According to X,`, in the Latin-script languages too). Each kind has counter-cases it must leave alone.
 * [what the case shows, the text, the start of the quoted words, the speaker, the role].
 * speaker: a name (speakerKind 'name'), DESCRIBED (anyone but a name), or null (no speaker).
 * role: a string the role must contain (any case), null (no role) or ANY.
 */
const DESCRIBED = '<described>';
const ANY = '<any>';
type KindCase = [name: string, text: string, quote: string, speaker: string | null, role: string | null];

const CASES: KindCase[] = [
  // 1. Chinese: organisation + title + name glued together in a tag between the two parts of a split quote.
  ['zh split quote, 公司总裁 X 在…后对记者说, first part', '“我们今年不会裁员，”星河科技公司总裁赵立新在发布会后对记者说，“明年还要招人。”', '我们今年不会裁员', '赵立新', '总裁'],
  ['zh split quote, 公司总裁 X 在…后对记者说, second part', '“我们今年不会裁员，”星河科技公司总裁赵立新在发布会后对记者说，“明年还要招人。”', '明年还要招人', '赵立新', '总裁'],
  ['zh split quote, 集团董事长 X 表示', '“价格会下调，”远航汽车集团董事长孙浩表示，“但不是现在。”', '价格会下调', '孙浩', '董事长'],
  ['zh split quote, 局长 X 指出', '“这条线路很关键，”市交通局局长钱卫东指出，“必须按期完工。”', '必须按期完工', '钱卫东', '局长'],
  ['zh split quote, 厂长 X 告诉记者', '“订单已经排到明年，”东方纺织厂厂长李秀梅告诉记者，“工人都在加班。”', '订单已经排到明年', '李秀梅', '厂长'],
  ['zh traditional split quote, 執行長 X 在…後表示', '「我們不會放棄，」宏達電子公司執行長陳志遠在記者會後表示，「新產品下月上市。」', '新產品下月上市', '陳志遠', '執行長'],
  ['zh split quote with a plain name and no office', '“我们今年不会裁员，”赵立新对记者说，“明年还要招人。”', '明年还要招人', '赵立新', null],
  ['counter: zh a compound family name (长孙) after an office not ending in 长 stays whole', '记者长孙明说：“这座桥明年三月就能通车。”', '这座桥明年三月', '长孙明', '记者'],
  ['counter: zh split quote with an unnamed engineer is described', '“这条线路很关键，”一位工程师表示，“必须按期完工。”', '必须按期完工', DESCRIBED, ANY],

  // 2. A definite role noun as the tag, for the person introduced earlier with that role.
  ['ar وأضاف الوزير after وزير النقل X', 'افتتح وزير النقل خالد المنصوري الطريق الجديد صباح الأحد.\n\nوأضاف الوزير أن «الطريق سيختصر الرحلة إلى النصف».', 'الطريق سيختصر', 'خالد المنصوري', ANY],
  ['ru — добавил глава города after глава города X', 'Глава города Сергей Волков осмотрел новый мост.\n\n«Мост откроют в мае», — добавил глава города.', 'Мост откроют', 'Сергей Волков', 'глава города'],
  ['ru — пообещал мэр after мэр X', 'Мэр Андрей Козлов посетил школу.\n\n«Ремонт закончим к сентябрю», — пообещал мэр.', 'Ремонт закончим', 'Андрей Козлов', 'мэр'],
  ['uk — наголосила міністр after міністр X', 'Міністр освіти Олена Коваль відвідала ліцей.\n\n«Ми збільшимо зарплати вчителям», — наголосила міністр.', 'Ми збільшимо', 'Олена Коваль', 'міністр'],
  ['he אמר השר after שר X', 'שר האוצר דני כהן הציג את התקציב.\n\n"הגירעון יירד בשנה הבאה", אמר השר.', 'הגירעון יירד', 'דני כהן', ANY],
  ['zh 该部长表示 after 部长 X', '财政部部长王建国今天出席论坛。\n\n该部长表示：“明年赤字将下降。”', '明年赤字将下降', '王建国', '部长'],
  ['ja 同社長は after 社長 X', '東山電機の社長、田中一郎氏は記者会見を開いた。\n\n同社長は「来年は値上げしない」と述べた。', '来年は値上げしない', '田中一郎', ANY],
  ['ko 이 장관은 after X 장관 (no one named 이)', '김민수 국토교통부 장관이 현장을 방문했다.\n\n이 장관은 "다리를 연말까지 완공하겠다"고 말했다.', '다리를 연말까지', '김민수', ANY],
  ['zh 该负责人表示 after 负责人 X and a day word (今天 is no part of the name)', '东方集团负责人刘强今天出席了论坛。\n\n该负责人表示：“我们明年会继续扩大投资。”', '我们明年会继续扩大投资', '刘强', '负责人'],
  ['ja 同氏は after X氏が', 'シンポジウムで田中一郎氏が講演した。\n\n同氏は「来年は値上げしない」と述べた。', '来年は値上げしない', '田中一郎', ANY],
  ['ko 해당 장관은 after X 장관', '김민수 국토교통부 장관이 현장을 방문했다.\n\n해당 장관은 "다리를 연말까지 완공하겠다"고 말했다.', '다리를 연말까지', '김민수', '장관'],
  ['counter: ko 이 장관은 after a minister named 이 is him', '이민호 국토교통부 장관이 현장을 방문했다.\n\n이 장관은 "다리를 연말까지 완공하겠다"고 말했다.', '다리를 연말까지', '이민호', '장관'],
  ['he אמרה השרה after שרת X (the feminine construct)', 'שרת החינוך מיכל לוי ביקרה בבית הספר.\n\n"נוסיף מורים בשנה הבאה", אמרה השרה.', 'נוסיף מורים', 'מיכל לוי', ANY],
  ['ar وأضافت الوزيرة after وزيرة X', 'زارت وزيرة الصحة ليلى حسن المستشفى صباح اليوم.\n\nوأضافت الوزيرة: «سنفتح قسما جديدا للأطفال قريبا».', 'سنفتح قسما', 'ليلى حسن', ANY],
  ['counter: ru two ministers, the tag is the latest', 'Министр финансов Павел Орлов выступил первым. Затем слово взял министр экономики Игорь Белов.\n\n«Рост продолжится», — добавил министр.', 'Рост продолжится', 'Игорь Белов', ANY],
  ['counter: ar two ministers, the tag is the latest', 'تحدث وزير المالية سامي الحداد أولا. ثم تحدث وزير الاقتصاد عمر النجار.\n\nوأضاف الوزير: «النمو سيستمر في العام المقبل بلا توقف».', 'النمو سيستمر', 'عمر النجار', ANY],

  // 3. `According to X,` never gives a role: what follows the comma is not an apposition.
  ['ru По словам X, a clause, then сказал он', 'По словам Ивана Петрова, в школах района отменены занятия. «Мы ждём решения комиссии», — сказал Петров.', 'Мы ждём решения', 'Иван Петров', null],
  ['ru По словам X, a clause and the quote after a colon', 'По словам Петрова, в школах района отменены занятия: «Мороз слишком сильный».', 'Мороз слишком сильный', ANY, null],
  ['uk За словами X, a clause', 'За словами Коваль, школи району закрито на карантин: «Ми чекаємо рішення».', 'Ми чекаємо рішення', ANY, null],
  ['es Según X, a clause', 'Según Marta López, la escuela cerrará en junio: "No hay otra salida".', 'No hay otra salida', ANY, null],
  ['fr Selon X, a clause', 'Selon Paul Martin, le pont sera fermé tout l’été : « Nous n’avons pas le choix ».', 'Nous n’avons pas le choix', ANY, null],
  ['de Laut X a clause', 'Laut Jana Weber bleibt die Schule bis Montag geschlossen: „Wir warten auf das Gutachten.“', 'Wir warten auf das Gutachten', ANY, null],
  ['it Secondo X, a clause', 'Secondo Marco Rossi, il ponte resterà chiuso fino a maggio: «Non abbiamo scelta».', 'Non abbiamo scelta', ANY, null],
  ['pt Segundo X, a clause', 'Segundo João Silva, a escola vai fechar em junho: "Não há outra saída".', 'Não há outra saída', ANY, null],
  ['zh 据X介绍，a clause, then the quote', '据王明介绍，学校下周开学，“我们已经准备好了”。', '我们已经准备好了', ANY, null],
  ['ar وفقا لـX، a clause', 'وفقا لأحمد سالم، المدرسة ستغلق أبوابها الشهر المقبل: «لا خيار أمامنا».', 'لا خيار أمامنا', ANY, null],
  ['he לדברי X, a clause', 'לדברי יוסי לוי, בית הספר ייסגר בחודש הבא: "אין לנו ברירה".', 'אין לנו ברירה', ANY, null],
  ['pl Za słowami X, a clause', 'Za słowami Jana Nowaka, szkoła zostanie zamknięta w czerwcu: „Nie mamy wyjścia, musimy to zrobić”.', 'Nie mamy wyjścia', ANY, null],
  ['counter: ru a real apposition after a name gives the role', 'Сергей Иванов, глава района, сказал: «Мы ждём решения комиссии».', 'Мы ждём решения', 'Сергей Иванов', 'глава района'],
  ['counter: es a real apposition after a name gives the role', 'Marta López, directora del hospital, dijo: "No hay camas libres".', 'No hay camas libres', 'Marta López', 'directora del hospital'],

  // 4. Russian/Ukrainian trailing tags: a lower-case role noun before the name, a place after it.
  ['ru — рассказала корреспонденту пенсионерка X с улицы …', '«Автобус не ходит уже неделю», — рассказала корреспонденту пенсионерка Анна Петрова с улицы Мира.', 'Автобус не ходит', 'Анна Петрова', 'пенсионерка'],
  ['ru — говорит студент X из Казани', '«Общежитие обещали отремонтировать ещё весной», — говорит студент Максим Орлов из Казани.', 'Общежитие обещали', 'Максим Орлов', 'студент'],
  ['ru — рассказал фермер X из села …', '«Урожай в этом году хороший», — рассказал фермер Иван Кузнецов из села Луговое.', 'Урожай в этом году', 'Иван Кузнецов', 'фермер'],
  ['ru — сказала жительница X с улицы …', '«Воды нет третий день», — сказала жительница Ольга Белова с улицы Лесной.', 'Воды нет третий день', 'Ольга Белова', 'жительница'],
  ['uk — розповіла пенсіонерка X із села …', '«Світла немає з самого ранку», — розповіла пенсіонерка Ганна Мельник із села Вербівка.', 'Світла немає', 'Ганна Мельник', 'пенсіонерка'],
  ['uk — каже вчителька X з Полтави', '«Діти дуже чекали на цей урок», — каже вчителька Оксана Шевчук з Полтави.', 'Діти дуже чекали', 'Оксана Шевчук', 'вчителька'],
  ['counter: ru a name and an apposition after it', '«Урожай в этом году хороший», — сказал Иван Кузнецов, фермер из Лугового.', 'Урожай в этом году', 'Иван Кузнецов', 'фермер'],
  ['counter: ru `с улыбкой` after the name is no place', '«Воды нет третий день», — сказала пенсионерка Ольга Белова с улыбкой.', 'Воды нет третий день', 'Ольга Белова', 'пенсионерка'],
  ['counter: ru a bare name in the tag', '«Воды нет третий день», — сказала Ольга Белова.', 'Воды нет третий день', 'Ольга Белова', null],

  // 5. Unnamed people introduced mid-sentence in caseless scripts.
  ['zh 在…，一位来自…的消费者告诉记者 is the unnamed consumer', '展会负责人刘强说：“今年展位全部售罄。”\n\n在展台前，一位来自杭州的消费者告诉记者，这款产品很实用。“价格能不能再低一点？”', '价格能不能再低一点', DESCRIBED, ANY],
  ['ko 시장에서 만난 한 상인은 is the unnamed trader', '김민수 시장은 "시장 현대화를 추진하겠다"고 말했다.\n\n시장에서 만난 한 상인은 "손님이 절반으로 줄었다"고 말했다.', '손님이 절반으로', DESCRIBED, ANY],
  ['ja 会場にいた60代の女性は is the unnamed woman', '田中一郎市長は「改修を急ぐ」と述べた。\n\n会場にいた60代の女性は「早く直してほしい」と話した。', '早く直してほしい', DESCRIBED, ANY],
  ['ar قال أحد السكان is the unnamed resident', 'قال وزير النقل خالد المنصوري: «الطريق سيفتح قريبا».\n\nوقال أحد السكان: «ننتظر منذ سنوات».', 'ننتظر منذ سنوات', DESCRIBED, ANY],
  ['he אחד התושבים אמר is the unnamed resident', 'ראש העיר דני כהן אמר: "הכביש ייפתח בקרוב".\n\nאחד התושבים אמר: "אנחנו מחכים שנים".', 'אנחנו מחכים שנים', DESCRIBED, ANY],
  ['counter: zh an unnamed consumer who asks is not the speaker', '一位来自杭州的消费者向王明提问。王明回答说：“价格不会再降了。”', '价格不会再降了', '王明', null],
  ['counter: ru an unnamed person before a named speaker', 'Один из жителей спросил мэра о ремонте. Андрей Козлов ответил: «Ремонт закончим к сентябрю».', 'Ремонт закончим', 'Андрей Козлов', null],
];

/**
 * Not yet right (kept as todos, each says today's result): a body as the subject of a split-quote tag is described
 * (`这家公司`) where a plain tag names no one; an office noun no one was introduced with (`— пообещал мэр`, `אמר השר`)
 * still goes to the latest named person, whatever office the text gave them.
 */
const GAPS: KindCase[] = [
  ['counter: zh split quote with a company as the subject names no one', '“我们已经报警，”这家公司表示，“正在配合调查。”', '我们已经报警', null, null],
  ['counter: ru a role tag no one was introduced with is described', 'Директор школы Анна Седова встретила гостей.\n\n«Ремонт закончим к сентябрю», — пообещал мэр.', 'Ремонт закончим', DESCRIBED, ANY],
  ['counter: he a role tag no one was introduced with is described', 'מנהלת בית הספר רונית לוי קיבלה את האורחים.\n\n"הכביש ייסלל בקיץ", אמר השר.', 'הכביש ייסלל', DESCRIBED, ANY],
];

describe('caseless kinds: who said it', () => {
  for (const [name] of GAPS) it.todo(name);
  it.each(CASES)('%s', (_name, text, quote, speaker, role) => {
    const quotes = findQuotes(text);
    const found = quotes.find((candidate) => candidate.text.trimStart().startsWith(quote));
    expect(found, `quotes found: ${JSON.stringify(quotes.map((candidate) => candidate.text))}`).toBeDefined();
    const got = { speaker: found?.speaker ?? null, role: found?.role ?? null, kind: found?.speakerKind ?? null };
    if (speaker === DESCRIBED) expect(got.speaker && got.kind !== 'name', JSON.stringify(got)).toBeTruthy();
    else if (speaker !== ANY) expect(got.speaker, JSON.stringify(got)).toBe(speaker);
    if (role === null) expect(got.role, JSON.stringify(got)).toBeNull();
    else if (role !== ANY) expect((got.role ?? '').toLowerCase(), JSON.stringify(got)).toContain(role.toLowerCase());
  });
});
