import { ANY, DESCRIBED, kindTable, UNNAMED, type KindCase } from './kind-table';

/**
 * An unnamed speaker stays unnamed, in every language and script: an indefinite subject (an article, "one", "one of
 * the", "another", a Korean placeholder `A씨`/`김모씨`, Chinese `一位`/`一名`/`某`, Japanese `ある`, a Hebrew noun with no
 * article, Arabic `أحد`/`إحدى`) or a clause saying the source is unnamed on purpose, in a tag before or after the quote,
 * inverted or with a colon, is a description, never the name of someone else in the paragraph; the unnamed person's
 * later pronoun tags stay theirs. Counter-cases: an indefinite noun followed by a name is that name, a definite
 * descriptor for a named person is that person, a plural is a group. Sentences of my own.
 * [what the case shows, the text, the start of the quote, the speaker, the role].
 */
const CASES: KindCase[] = [
  // English.
  ['en said a resident after the mayor named', 'Mayor Tom Reyes opened the new bridge on Monday.\n\n"It took them long enough," said a resident who lives by the river.', 'It took them', DESCRIBED, ANY],
  ['en one nurse, who asked not to be named, after the director named', 'Hospital director Ellen Marsh said staffing had improved this year. "We are still short every night," said one nurse, who asked not to be named.', 'We are still short', DESCRIBED, ANY],
  ['en a fisherman at the port, colon introduction', 'Councillor Priya Nair told the meeting the quota was fair.\n\nA fisherman at the port was blunter: "This quota will finish us."', 'This quota will', DESCRIBED, ANY],
  ['en an official at the ministry said, after the minister named', 'Finance Minister Paul Odell announced the cuts on Tuesday. "The numbers were worse than anyone expected," an official at the ministry said.', 'The numbers were worse', DESCRIBED, ANY],
  ['en In the words of one parent', 'Principal Sarah Lowe defended the decision to close early.\n\nIn the words of one parent, "It was chaos at the gate."', 'It was chaos', DESCRIBED, ANY],
  ['en According to a resident, before the quote', 'Fire chief Dan Kerr praised the crews.\n\nAccording to a resident of Mill Lane, "The sirens never stopped all night."', 'The sirens never', DESCRIBED, ANY],
  ['en she added stays with the unnamed volunteer, not the governor', 'Governor Amy Clark visited the shelter on Friday. One volunteer, who asked not to be named, said the beds ran out by nine. "We turned people away," she added.', 'We turned people', DESCRIBED, ANY],
  ['en another councillor is someone else', 'Councillor Priya Nair said the plan was fair. "It is anything but fair," said another councillor.', 'It is anything but', DESCRIBED, ANY],
  ['en a local, inverted after the quote', 'Park ranger Joe Banks led the search. "Nobody knows these hills like he does," said a local.', 'Nobody knows these', DESCRIBED, ANY],
  ['counter: en a resident, then the name, is that name', 'Mayor Tom Reyes opened the new bridge on Monday. "It took them long enough," said a resident, Maria Lopez.', 'It took them', 'Maria Lopez', ANY],
  ['counter: en One of the organisers, X, is X', 'Police said the march was peaceful. One of the organisers, Jake Turner, said: "Nobody was hurt."', 'Nobody was hurt', 'Jake Turner', ANY],
  ['counter: en the mayor after the mayor named is that person', 'The mayor, Tom Reyes, opened the bridge on Monday. "It took long enough," the mayor said.', 'It took long', 'Tom Reyes', ANY],
  ['counter: en residents said is a group', 'Mayor Tom Reyes opened the new bridge on Monday. "We were never asked," residents said.', 'We were never asked', UNNAMED, ANY],

  // French.
  ['fr raconte une habitante du quartier after the mayor named', 'Le maire, Paul Girard, a inauguré le pont samedi.\n\n« On l’attendait depuis dix ans », raconte une habitante du quartier.', 'On l’attendait', DESCRIBED, ANY],
  ['fr une infirmière qui a souhaité garder l’anonymat', 'La directrice de l’hôpital, Anne Roux, assure que tout va bien. « Nous manquons de lits chaque nuit », affirme une infirmière qui a souhaité garder l’anonymat.', 'Nous manquons de lits', DESCRIBED, ANY],
  ['fr selon un pêcheur du port', 'Le préfet Jean Morel a visité la digue.\n\n« La mer monte chaque hiver », selon un pêcheur du port.', 'La mer monte', DESCRIBED, ANY],
  ['fr a-t-elle ajouté stays with the unnamed shopkeeper, not the mayor', 'La maire, Anne Roux, a présenté le budget. Une commerçante, qui n’a pas souhaité donner son nom, l’a critiqué. « Les loyers vont encore monter », a-t-elle ajouté.', 'Les loyers vont', DESCRIBED, ANY],
  ['counter: fr une habitante, X, is X', 'Le maire, Paul Girard, a inauguré le pont samedi. « On l’attendait depuis dix ans », raconte une habitante, Marie Dubois.', 'On l’attendait', 'Marie Dubois', ANY],

  // Spanish.
  ['es dijo una vecina del barrio after the mayor named', 'El alcalde Tomás Vera presentó el plan de obras.\n\n«Nadie nos consultó nada», dijo una vecina del barrio.', 'Nadie nos consultó', DESCRIBED, ANY],
  ['es un médico que pidió no ser identificado', 'La consejera Elena Martín visitó el hospital. «Faltan enfermeras cada noche», dijo un médico que pidió no ser identificado.', 'Faltan enfermeras', DESCRIBED, ANY],
  ['es según una vecina after the quote', 'La alcaldesa Ana Gil inauguró el mercado.\n\n«Los precios son muy altos», según una vecina.', 'Los precios son', DESCRIBED, ANY],
  ['es añadió stays with the unnamed worker', 'El gerente Luis Gómez negó los despidos. Un trabajador, que pidió no ser identificado, aseguró que ya hay listas. «Nos avisaron el lunes», añadió.', 'Nos avisaron el lunes', DESCRIBED, ANY],
  ['counter: es uno de los organizadores, X, is X', 'La policía habló de una marcha tranquila. Uno de los organizadores, Luis Mora, dijo: «No hubo heridos».', 'No hubo heridos', 'Luis Mora', ANY],

  // Portuguese.
  ['pt disse um morador da rua after the mayor named', 'O prefeito Carlos Mendes visitou a obra da ponte.\n\n“Esperamos há anos”, disse um morador da rua.', 'Esperamos há anos', DESCRIBED, ANY],
  ['pt disse ela stays with the teacher who asked not to be named', 'A diretora Rita Lopes falou com a imprensa. Uma professora, que pediu para não ser identificada, contou que as salas estão lotadas. “Não há cadeiras para todos”, disse ela.', 'Não há cadeiras', DESCRIBED, ANY],
  ['pt segundo um pescador do porto', 'O ministro Paulo Dias visitou o cais.\n\n“Ninguém nos avisou”, segundo um pescador do porto.', 'Ninguém nos avisou', DESCRIBED, ANY],

  // German.
  ['de sagte ein Anwohner after the mayor named', 'Bürgermeisterin Katrin Albers eröffnete am Montag die Brücke.\n\n„Das hat viel zu lange gedauert“, sagte ein Anwohner.', 'Das hat viel', DESCRIBED, ANY],
  ['de eine Pflegerin, die anonym bleiben wollte', 'Klinikchef Peter Brandt sprach von einer stabilen Lage. „Wir sind jede Nacht unterbesetzt“, sagte eine Pflegerin, die anonym bleiben wollte.', 'Wir sind jede Nacht', DESCRIBED, ANY],
  ['de Ein Fischer am Hafen, colon introduction', 'Minister Jan Kruse verteidigte die Fangquote.\n\nEin Fischer am Hafen sagte: „Die Quote ruiniert uns.“', 'Die Quote ruiniert', DESCRIBED, ANY],
  ['de fügte sie hinzu stays with the unnamed teacher', 'Schulrätin Maria Vogt lobte die Schule. Eine Lehrerin, die ihren Namen nicht nennen wollte, widersprach. „Uns fehlen drei Kollegen“, fügte sie hinzu.', 'Uns fehlen drei', DESCRIBED, ANY],
  ['counter: de the unnamed speaker given a name after the comma', 'Bürgermeisterin Katrin Albers eröffnete die Brücke. „Das hat gedauert“, sagte ein Anwohner, Klaus Weber.', 'Das hat gedauert', 'Klaus Weber', ANY],

  // Italian.
  ['it racconta una residente after the mayor named', 'Il sindaco Paolo Neri ha inaugurato il ponte.\n\n«Lo aspettavamo da anni», racconta una residente.', 'Lo aspettavamo', DESCRIBED, ANY],
  ['it un’infermiera che chiede di restare anonima', 'La direttrice Laura Conti parla di una situazione sotto controllo. «Siamo sotto organico ogni notte», dice un’infermiera che chiede di restare anonima.', 'Siamo sotto organico', DESCRIBED, ANY],
  ['counter: it uno degli organizzatori, X, is X', 'La questura parla di un corteo tranquillo. Uno degli organizzatori, Marco Rota, ha detto: «Nessun ferito».', 'Nessun ferito', 'Marco Rota', ANY],

  // Russian and Ukrainian.
  ['ru — сказала одна из жительниц after the head named', 'Глава района Пётр Жуков открыл новый мост.\n\n«Мы ждали его десять лет», — сказала одна из жительниц.', 'Мы ждали его', DESCRIBED, ANY],
  ['ru не пожелавший называть своё имя', 'Глава района Пётр Жуков заявил, что деньги найдены. «Денег на ремонт нет», — сказал сотрудник администрации, не пожелавший называть своё имя.', 'Денег на ремонт', DESCRIBED, ANY],
  ['uk — розповіла одна з мешканок after the mayor named', 'Мер Олег Дробов відкрив новий міст.\n\n«Ми чекали його десять років», — розповіла одна з мешканок.', 'Ми чекали його', DESCRIBED, ANY],
  ['ru — добавила она stays with the unnamed saleswoman', 'Глава района Анна Жукова пообещала снизить аренду. Одна из продавщиц, попросившая не называть её имени, в это не верит. «Обещают каждый год», — добавила она.', 'Обещают каждый год', DESCRIBED, ANY],
  ['counter: ru один из организаторов, X, is X', 'Полиция сообщила, что акция прошла спокойно. Один из организаторов, Иван Рябов, сказал: «Пострадавших нет».', 'Пострадавших нет', 'Иван Рябов', ANY],

  // Korean.
  ['ko 주민 A씨는 after the mayor named', '김성호 시장은 새 다리를 개통했다. 주민 A씨는 "10년을 기다렸다"고 말했다.', '10년을 기다렸다', DESCRIBED, ANY],
  ['ko 상인 김모씨는 after the head named', '박지민 구청장은 시장을 둘러봤다. 상인 김모(52)씨는 "손님이 절반으로 줄었다"고 말했다.', '손님이 절반으로', DESCRIBED, ANY],
  ['ko 익명을 요구한 한 간호사는', '이영수 병원장은 인력이 충분하다고 밝혔다. 익명을 요구한 한 간호사는 "매일 밤 인력이 부족하다"고 말했다.', '매일 밤 인력이', DESCRIBED, ANY],
  ['ko 한 관광객은 (a visitor in -객) after a long clause, a head named before', '김영호 상인회장은 “손님이 다시 늘었다”고 전했다. 이날 가족과 함께 시장을 찾은 한 관광객은 “주차할 곳을 찾느라 한참 돌았다”고 말했다.', '주차할 곳을 찾느라', DESCRIBED, ANY],
  ['counter: ko 한 대표는 (the family name 한 and an office) names no one new', '한지수 대표는 회사를 세웠다. 한 대표는 “올해 매출이 두 배로 늘었다”고 말했다.', '올해 매출이 두 배로', '한지수', ANY],
  ['counter: ko 주민 X 씨는 is X', '김성호 시장은 새 다리를 개통했다. 주민 이영희 씨는 "10년을 기다렸다"고 말했다.', '10년을 기다렸다', '이영희', ANY],

  // Chinese.
  ['zh 一位摊主说 after the mayor named', '市长刘强今天为新桥剪彩。一位摊主说：“生意比以前好多了。”', '生意比以前', DESCRIBED, ANY],
  ['zh 要求匿名的一名护士表示', '院长王芳表示医院人手充足。要求匿名的一名护士表示：“每天晚上都缺人。”', '每天晚上都缺人', DESCRIBED, ANY],
  ['zh 某村民 after the head named', '镇长赵明说新路年底完工。某村民对记者说：“这话去年也说过。”', '这话去年', DESCRIBED, ANY],
  ['counter: zh 一位摊主X说 is X', '市长刘强今天为新桥剪彩。一位摊主陈刚说：“生意比以前好多了。”', '生意比以前', '陈刚', ANY],

  // Japanese.
  ['ja ある漁師は after the mayor named', '田中一郎市長は新しい防波堤を視察した。ある漁師は「海はもう元には戻らない」と話した。', '海はもう', DESCRIBED, ANY],
  ['ja 近所の70代の男性は after the mayor named', '田中一郎市長は新しい橋を開通させた。近所の70代の男性は「この橋を10年も待っていた」と語った。', 'この橋を10年も', DESCRIBED, ANY],
  ['counter: ja 漁師のX さんは is X', '田中一郎市長は新しい防波堤を視察した。漁師の田村誠さん（45）は「海はもう元には戻らない」と話した。', '海はもう', '田村誠', ANY],

  // Hebrew.
  ['he אמרה תושבת השכונה after the mayor named', 'ראש העירייה, אבי כהן, פתח את הגשר החדש.\n\n"חיכינו לזה עשר שנים", אמרה תושבת השכונה.', 'חיכינו לזה', DESCRIBED, ANY],
  ['he תושב אחד שביקש שלא להזדהות, colon', 'ראש העירייה, אבי כהן, הבטיח תקציב.\n\nתושב אחד שביקש שלא להזדהות אמר: "אף אחד לא הזהיר אותנו".', 'אף אחד לא', DESCRIBED, ANY],
  ['counter: he an office and a name in commas is that person', 'ראש העירייה, אבי כהן, פתח את הגשר. "חיכינו לזה עשר שנים", אמר ראש העירייה.', 'חיכינו לזה', 'אבי כהן', ANY],

  // Arabic.
  ['ar وقال أحد الصيادين after the governor named', 'افتتح المحافظ أحمد راشد الميناء الجديد.\n\nوقال أحد الصيادين: «البحر لم يعد كما كان».', 'البحر لم يعد', DESCRIBED, ANY],
  ['ar قالت إحدى الممرضات التي طلبت عدم ذكر اسمها', 'قال مدير المستشفى سامي الحداد إن الوضع مستقر. «لا يوجد دواء منذ أسبوع»، قالت إحدى الممرضات التي طلبت عدم ذكر اسمها.', 'لا يوجد دواء', DESCRIBED, ANY],
  ['counter: ar أحد المنظمين، X، is X', 'قالت الشرطة إن المسيرة كانت سلمية. وقال أحد المنظمين، خالد يوسف: «لم يصب أحد».', 'لم يصب أحد', 'خالد يوسف', ANY],

  // Turkish and Indonesian.
  ['tr Bir esnaf … dedi after the mayor named', 'Belediye Başkanı Ahmet Yılmaz köprüyü açtı. Bir esnaf, "Yıllardır bekliyorduk" dedi.', 'Yıllardır bekliyorduk', DESCRIBED, ANY],
  ['tr İsminin açıklanmasını istemeyen bir hemşire', 'Başhekim Ayşe Demir hastanede sorun olmadığını söyledi. İsminin açıklanmasını istemeyen bir hemşire, "Her gece eksik çalışıyoruz" dedi.', 'Her gece eksik', DESCRIBED, ANY],
  ['id Seorang warga mengatakan after the regent named', 'Bupati Agus Santoso meresmikan jembatan baru. Seorang warga mengatakan, "Kami sudah menunggu sepuluh tahun."', 'Kami sudah menunggu', DESCRIBED, ANY],
  // The paragraph names someone else in the unnamed person's own sentence (an object, a person criticised).
  ['en the woman after A woman … said Mayor X had …', 'A woman waiting outside the hall said Mayor Ann Reyes had ignored the street for years. "She never came here once," the woman said.', 'She never came', DESCRIBED, ANY],
  ['en a bare quote after One nurse, who asked not to be named, … the director', 'One nurse, who asked not to be named because she was not authorised to speak, said director Ellen Marsh knew about the shortages. "We were sleeping in shifts."', 'We were sleeping', UNNAMED, ANY],
  ['es dijo alone after Una vecina, que prefirió no dar su nombre, criticó a la alcaldesa X', 'Una vecina, que prefirió no dar su nombre, criticó a la alcaldesa Ana Gil. «Nunca viene por aquí», dijo.', 'Nunca viene', DESCRIBED, ANY],
  ['de Ein Anwohner kritisierte Bürgermeisterin X, colon', 'Ein Anwohner kritisierte Bürgermeisterin Katrin Albers scharf: „Sie war nie hier.“', 'Sie war nie hier', DESCRIBED, ANY],
  ['it Un residente, che chiede l’anonimato, accusa il sindaco X', 'Un residente, che chiede l’anonimato, accusa il sindaco Paolo Neri: «Non si è mai visto da queste parti».', 'Non si è mai visto', DESCRIBED, ANY],
  ['fr Un agent, sous couvert d’anonymat, confirme', 'Le préfet Jean Morel dément toute consigne. Un agent, sous couvert d’anonymat, confirme : « Les ordres venaient d’en haut. »', 'Les ordres venaient', DESCRIBED, ANY],
  ['pt afirmou after Um funcionário, que falou sob condição de anonimato, … o ministro X', 'Um funcionário, que falou sob condição de anonimato, disse que o ministro Paulo Dias sabia do problema. “Ele foi avisado em março”, afirmou.', 'Ele foi avisado', DESCRIBED, ANY],
  ['ru — сказала женщина after an unnamed resident reproached the head X', 'Жительница соседнего дома, попросившая не называть её имени, упрекнула главу района Анну Жукову. «Она ни разу сюда не приехала», — сказала женщина.', 'Она ни разу', DESCRIBED, ANY],
  ['zh a bare quote after 一位不愿透露姓名的村民说 … 镇长X', '一位不愿透露姓名的村民说，镇长赵明从没来过村里。“他只在电视上出现。”', '他只在电视上', UNNAMED, ANY],
  ['ko 그는 after 한 주민은 … 김 시장을 비판했다', '한 주민은 김성호 시장을 비판했다. 그는 "시장이 한 번도 오지 않았다"고 말했다.', '시장이 한 번도', DESCRIBED, ANY],
  ['ar وأضافت after إحدى الساكنات، التي فضلت عدم ذكر اسمها … المحافظة X', 'وقالت إحدى الساكنات، التي فضلت عدم ذكر اسمها، إن المحافظة ليلى حسن لم تزر الحي. وأضافت: «لم نرها هنا أبدا».', 'لم نرها هنا', DESCRIBED, ANY],
  ['he הוסיפה after אחת התושבות, שביקשה לא להזדהות, … ראש העיר X', 'אחת התושבות, שביקשה לא להזדהות, אמרה כי ראש העיר רונית לוי לא הגיעה לשכונה. "היא לא הייתה כאן אף פעם", הוסיפה.', 'היא לא הייתה', DESCRIBED, ANY],
  ['counter: fr Une habitante, X, 67 ans, raconte', 'Le maire, Paul Girard, a inauguré le pont. Une habitante, Marie Dubois, 67 ans, raconte : « Je traverse tous les jours. »', 'Je traverse', 'Marie Dubois', ANY],
  ['counter: es varios vecinos is a group', 'El alcalde Tomás Vera presentó el plan. «Nadie nos consultó», dijeron varios vecinos.', 'Nadie nos consultó', UNNAMED, ANY],
  ['counter: de Anwohner sagten is a group', 'Bürgermeisterin Katrin Albers eröffnete die Brücke. „Das hat gedauert“, sagten Anwohner.', 'Das hat gedauert', UNNAMED, ANY],
  ['counter: ru the one later named after одна из жительниц is her', 'Глава района Пётр Жуков открыл мост. Одна из жительниц, Ольга Литвин, пришла с внуком. «Мы ждали десять лет», — сказала она.', 'Мы ждали десять', 'Ольга Литвин', ANY],
  // Added after the mechanism was built (not part of the first run): tags after the quote in Korean and Japanese, groups
  // with a complement, Russian "local", an unnamed speaker's chain, and the answer to an unnamed asker.
  ['ko "…"고 한 주민이 말했다 after the mayor named', '김성호 시장은 현장을 찾았다. "물이 사흘째 끊겼다"고 한 주민이 말했다.', '물이 사흘째', DESCRIBED, ANY],
  ['ja 「…」と近くに住む女性は話した after the mayor named', '田中一郎市長は現地を視察した。「本当に怖かったです」と近くに住む女性は話した。', '本当に怖かった', DESCRIBED, ANY],
  ['ja 住民の一人は after the mayor named', '田中一郎市長は現地を視察した。住民の一人は「水は夜中に来た」と話した。', '水は夜中に', DESCRIBED, ANY],
  ['en said residents of the street is a group', 'Mayor Ann Reyes toured the street. "We were never told," said residents of the street.', 'We were never told', UNNAMED, ANY],
  ['ru — рассказала местная жительница after a woman named', 'Глава района Анна Жукова осмотрела дома. «Вода пришла ночью», — рассказала местная жительница.', 'Вода пришла', DESCRIBED, ANY],
  ['ko the second quote of 김모씨 "…"며 "…"고 말했다 stays hers', '김성호 시장은 현장을 찾았다. 주민 김모(60)씨는 "집이 다 잠겼다"며 "시장은 한 번도 오지 않았다"고 말했다.', '시장은 한 번도', DESCRIBED, ANY],
  ['ko 그는 … 덧붙였다 after 익명을 요구한 한 공무원은', '이영희 구청장은 대책을 발표했다. 익명을 요구한 한 공무원은 "예산이 부족하다"고 말했다. 그는 "현장을 모른다"고 덧붙였다.', '현장을 모른다', DESCRIBED, ANY],
  ['zh 她说 after 一名不愿具名的护士', '院长王芳表示医院人手充足。一名不愿具名的护士则说，夜班经常只有两个人。她说：“我们已经连续加班三个月了。”', '我们已经连续', DESCRIBED, ANY],
  ['ar وأضاف after أحد الأطباء، الذي طلب عدم الكشف عن هويته', 'قالت الوزيرة ليلى حسن إن الوضع مستقر. وقال أحد الأطباء، الذي طلب عدم الكشف عن هويته، إن المستشفى يعاني. وأضاف: «ليس لدينا أدوية كافية».', 'ليس لدينا', DESCRIBED, ANY],
  ['en the resident added after A resident said', 'Mayor Ann Reyes toured the street. A resident said the water rose fast. "It came through the door," the resident added.', 'It came through', DESCRIBED, ANY],
  ['counter: fr the answer to an unnamed client’s question is the official’s', 'Les commerçants ont rencontré l’adjoint au commerce, Marc Vidal, à la mairie.\n\n– Pourquoi pas la place du marché ? a demandé un client.\n\n– Parce qu’elle accueille la foire en mai, a répondu l’élu.', 'Parce qu’elle accueille', 'Marc Vidal', ANY],
  ['counter: en An economist at X, Dr Y, then he said is Y', 'Farmer Agnes Banda said she would keep her crop. An economist at the state university, Dr Paul Mbeki, said the dispute showed a bigger problem. "Every year we fight over one number," he said.', 'Every year we fight', 'Paul Mbeki', ANY],
  ['en said one. after a named mayor', 'Residents were angry with Mayor Tom Reyes. "Nobody came," said one.', 'Nobody came', DESCRIBED, ANY],
  ['es añadió otra after dijo una vecina', 'El alcalde Tomás Vera presentó el plan. «Nadie nos consultó», dijo una vecina. «Es una vergüenza», añadió otra.', 'Es una vergüenza', DESCRIBED, ANY],
  ['es añadió otro vecino after the mayor named', 'El alcalde Tomás Vera presentó el plan. «Es una vergüenza», añadió otro vecino.', 'Es una vergüenza', DESCRIBED, ANY],
  ['counter: es dijo el alcalde after the mayor named is that mayor', 'El alcalde Tomás Vera presentó el plan. «No subiremos impuestos», dijo el alcalde.', 'No subiremos', 'Tomás Vera', ANY],
];

/** Read wrong before the mechanism (first run: 54 of the first 75 passed; one of the 21, `ja 近所の70代の男性は`, had a quote too short to be found, now longer). */
const FAILING: string[] = [
];

kindTable('An unnamed speaker stays unnamed, in every language', CASES, FAILING);
