import { startsTable } from '../starts-table';

/**
 * The person a sentence names beside a body, a rank or a time: a Korean guild or township before the name, an office
 * spelt with the Hebrew gershayim, a two-word rank, a Chinese body whose last character is also a family name, a
 * Chinese verb with its own clause before the words, a Russian or Ukrainian sentence with no verb of saying ending in
 * a colon, a time opening it, a team's name in quotation marks inside it. Each case has a counter-case the reading
 * must leave alone. Sentences of my own.
 */
startsTable('The person a sentence names beside a body, a rank or a time', [
  // Korean: the word before the name ends like a guild (-계) or a township (-면), not like a given name.
  ['ko: a township and a guild before the name', '굴 양식 농가들은 지원이 늦다고 입을 모았다. 미포면 어촌계 김상철 계장은 “가입비부터 너무 비싸다”고 꼬집었다.', '가입비부터', '김상철', '계장'],
  ['ko: 박사 after the name', '국립농업과학원 중부연구소 최도윤 박사는 “벼 품종부터 바꿔야 할 때”라고 밝혔다.', '벼 품종부터', '최도윤', '박사'],
  ['ko counter: a department before the name still reads', '국문과 김철수 교수는 “맞춤법은 자주 바뀐다”고 말했다.', '맞춤법은 자주', '김철수', '교수'],
  // Hebrew: an office spelt with ״ or ", a rank of one or two words before the name.
  ['he: an office with gershayim, a comma, a title and the name after the verb', '"אנחנו בודקים את הנושא ברצינות", אמרה מנכ״לית החברה, ד״ר רונית לוי.', 'אנחנו בודקים', 'רונית לוי', 'מנכ״לית'],
  ['he: a two-word fire rank before the name', 'מפקד תחנת הכבאות במחוז, טפסר משנה אבי מזרחי, הזהיר כי הרוחות מסוכנות. "גם נהג טוב יכול להיתקע", אמר.', 'גם נהג טוב', 'אבי מזרחי', 'מפקד'],
  ['he: a police rank before the name', 'מפקד המחוז, ניצב אבי מזרחי, הזהיר כי הרוחות מסוכנות. "גם נהג טוב יכול להיתקע", אמר.', 'גם נהג טוב', 'אבי מזרחי', 'מפקד'],
  ['he counter: an office with no title before the name', '"אנחנו בודקים את הנושא ברצינות", אמרה מנהלת בית הספר, רונית לוי.', 'אנחנו בודקים', 'רונית לוי', 'מנהלת'],
  // Chinese: 管 of 监管局 opens no name; a pronoun after it is the deputy director's.
  ['zh: 他说 after an office in a body ending 监管局 (管 is a family name too)', '“旧楼的电线早该换了。”东城区质量监管局常务副局长罗志刚在巡查时表示，电线年底前全部换好。\n\n他说：“施工期间夜市照常营业，请市民放心。”', '施工期间夜市', '罗志刚', '副局长'],
  ['zh counter: 管 opening a full name', '区长管建国表示，电线年底前全部换好。他说：“施工期间夜市照常营业。”', '施工期间夜市', '管建国', '区长'],
  // Chinese: the verb's own clause of what was said, a comma, then the words.
  ['zh: 他认为…，“…”', '住在河边的退休工人李德明每天都来散步。他认为修路是好事，“以前一下雨就全是泥，现在终于能走了”。', '以前一下雨', '李德明'],
  ['zh counter: a comma right after the verb still reads', '住在河边的退休工人李德明每天都来散步。他坦言，桥修好以前只能绕路，“每次都得多骑一刻钟”。', '每次都得多骑', '李德明'],
  // Russian and Ukrainian: no verb of saying, the colon gives the words to the named subject.
  ['ru: an office and a name, a verb of doing, a colon', 'Глава района Ирина Соколова поддержала инициативу: «Нам давно нужен новый мост через реку».', 'Нам давно нужен', 'Ирина Соколова', 'глава района'],
  ['uk: an office and a name, a verb of doing, a colon', 'Голова громади Олена Бойко підтримала ініціативу: «Нам давно потрібен новий міст».', 'Нам давно потрібен', 'Олена Бойко', 'голова громади'],
  ['ru: a team in quotation marks inside the sentence', 'Тренер команды Павел Зуев после игры с «Нефтяником» похвалил вратаря: «Он спас нас в третьем периоде».', 'Он спас нас', 'Павел Зуев', 'тренер'],
  ['ru: a time opening the sentence is no name', 'Вечером Павел Зуев вышел к болельщикам. «Мы вернёмся сильнее», — сказал он.', 'Мы вернёмся', 'Павел Зуев'],
  ['ru: Накануне before the office is no part of it', 'Казанский «Локомотив» проводит слабый сезон. Накануне директор клуба Игорь Малахов заявил журналистам: «Тренер останется, это решено».', 'Тренер останется', 'Игорь Малахов', 'директор клуба'],
  ['uk: a noun opening the sentence, a present verb, a colon', 'Вчителька ліцею Ганна Мельник теж задоволена, хоча має питання щодо розкладу: «Уроки закінчуються надто пізно».', 'Уроки закінчуються', 'Ганна Мельник', 'вчителька ліцею'],
  ['ru counter: a verb opening the sentence, the name after it', 'Поддержала инициативу Ирина Соколова: «Нам давно нужен новый мост».', 'Нам давно нужен', null],
  ['ru: a mother who asked for her surname to be left out, after a woman named', '«Уроки пройдут по плану», — подчеркнула директор школы Анна Белова.\n\nРодители недовольны. «Дети будут приходить домой затемно», — говорит мама пятиклассника, попросившая не указывать её фамилию.', 'Дети будут', 'мама пятиклассника'],
  ['ru counter: the mother named, her request about something else', '«Уроки пройдут по плану», — подчеркнула директор школы Анна Белова.\n\nРодители недовольны. «Дети будут приходить домой затемно», — говорит мама пятиклассника Ольга Зайцева, попросившая не называть школу.', 'Дети будут', 'Ольга Зайцева'],
  ['uk: the office after a name with its body in guillemets', 'Директор підприємства «Міськтеплоенерго» Андрій Савчук розповів, що ремонт завершать у серпні.\n\n«Котельню запустимо до першого снігу», — запевнив директор підприємства.', 'Котельню запустимо', 'Андрій Савчук'],
  ['uk counter: the office no one named holds', 'Ремонт завершать у серпні, повідомили в мерії.\n\n«Котельню запустимо до першого снігу», — запевнив директор підприємства.', 'Котельню запустимо', 'директор підприємства'],
  // Japanese: the sentence after the quote is a cleft on "the one who says so", a body in corner brackets inside it.
  ['ja: そう語るのは、商店会「…」の X 会長だ', '市の担当者は「駐車場の拡張は来年度になる」と述べた。\n\n「週末だけでも臨時の駐車場がほしい」。そう語るのは、商店会「駅前通りの会」の田村浩二会長（66）だ。', '週末だけでも', '田村浩二', '会長'],
  ['ru: a region’s capitalised adjective in the office before the name, a colon', 'Губернатор Тверской области Игорь Руденко поддержал проект: «Новая дорога нужна всему региону».', 'Новая дорога', 'Игорь Руденко', 'губернатор'],
  ['uk: an indeclinable company between the office and the name', '«Світло вмикають за графіком», — пояснила директорка Львівобленерго Ірина Кравець.', 'Світло вмикають', 'Ірина Кравець', 'директорка'],
  ['uk counter: a given name, a patronymic and a family name after the office', '«Світло вмикають за графіком», — пояснила директорка Ірина Петрівна Кравець.', 'Світло вмикають', 'Ірина Петрівна Кравець', 'директорка'],
  ['uk: a resident of a district is no person named', '«Світло вмикають за графіком», — пояснила директорка Ірина Кравець.\n\n«Ми вже звикли до генераторів», — каже мешканка Левандівки.', 'Ми вже звикли', null],
  ['uk counter: a resident of a district, named', '«Світло вмикають за графіком», — пояснила директорка Ірина Кравець.\n\n«Ми вже звикли до генераторів», — каже мешканка Левандівки Ольга Бойко.', 'Ми вже звикли', 'Ольга Бойко'],
  ['ru counter: a name after a verb is its object', 'Ирина Соколова поблагодарила Павла Зуева: «Вы спасли нас».', 'Вы спасли нас', 'Ирина Соколова'],
]);
