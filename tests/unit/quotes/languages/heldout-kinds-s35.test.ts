// Kinds the twenty-seventh session read (a sixteenth private set of invented articles, ten of them American political
// copy, and kinds left open on the fifteenth), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FISHING_PORTRAIT =
  'في سوق السمك بدمياط يبدأ البيع قبل الفجر.\n\nيجلس محمود عبد الرازق، 61 عامًا، صياد في بحيرة المنزلة منذ صباه، على حافة قاربه، ثم يقول: "السمك قل كثيرًا هذا العام".\n\n' +
  '"كنا نرجع بالشبكة مليانة"، يقول عبد الرازق، "النهارده نرجع بنص".\n\nوعند الغروب ربط عم محمود قاربه.\n\n"البحيرة دي بيتنا"، قالها عم محمود وهو يلملم الشباك.\n\n' +
  'ووفقًا للدكتورة سلوى المنشاوي، أستاذة علوم البحار بجامعة الإسكندرية، فإن "التلوث يقتل الزريعة قبل أن تكبر، والصيادون يدفعون الثمن".';

/**
 * Arabic portraits: a present verb of posture opening the sentence is no part of the name after it (lang/fuller-names.ts),
 * and that name given its age in years is whom `ثم يقول:` stands for (lang/semitic-adverbs.ts); `قالها` ("said it") is a
 * verb of saying (lang/ar.ts); `وفقًا للدكتورة X` is "according to" with the article contracted (lang/semitic-adverbs.ts).
 */
const ARABIC_PORTRAITS: KindCase[] = [
  ['ar: `يجلس X، 61 عامًا، …، ثم يقول:` is X', FISHING_PORTRAIT, 'السمك قل', 'محمود عبد الرازق', ANY],
  ['ar: `يقول عبد الرازق` is the man introduced after `يجلس`, without the verb', FISHING_PORTRAIT, 'كنا نرجع', 'محمود عبد الرازق', ANY],
  ['ar: `قالها عم محمود` is a tag', FISHING_PORTRAIT, 'البحيرة دي', 'محمود عبد الرازق', ANY],
  ['ar: `ووفقًا للدكتورة X، …، فإن "…"` is her quote', FISHING_PORTRAIT, 'التلوث يقتل', 'سلوى المنشاوي', ANY],
  ['counter-case ar: a given name opening the sentence stays the name’s', 'يوسف عبد الرازق، 40 عامًا، يبيع الخضار في سوق العتبة منذ عشرين عامًا.\n\n"الأسعار نار"، يقول عبد الرازق.', 'الأسعار نار', 'يوسف عبد الرازق', ANY],
];

/**
 * Japanese: `X・Y町長` is a name, then the place and office it holds (a role before ・ stays a role: `主将・X選手`); a split
 * quote whose subject comes between its parts (`「…」と木村さんは…、「…」と続けた`); the one asked answers
 * (`Xさんに…を聞くと、首を振った。「…」`) (lang/ja.ts).
 */
const JAPANESE_TAGS: KindCase[] = [
  ['ja: `佐々木健・北見市長は` is 佐々木健, mayor of 北見', '市議会では反対が続いた。佐々木健・北見市長は15日の記者会見で、こう述べた。「駅は町の顔だ。守り抜く」', '駅は町の顔', '佐々木健', '北見市長'],
  ['counter-case ja: `主将・大野拓海選手は` is 大野拓海', '試合後、主将・大野拓海選手は「みんなで勝ち取った」と話した。', 'みんなで', '大野拓海', ANY],
  ['ja: `「…」と佐藤さんはしばらく黙り込み、「…」と続けた`', '駅前で花屋を営む佐藤和子さん（66）は「昔は人であふれていた」と振り返る。\n\n商店街の店はずいぶん減った。「店を閉めたら」と佐藤さんはしばらく黙り込み、「この通りは真っ暗になる」と続けた。', '店を閉めたら', '佐藤和子', ANY],
  ['ja: `山田花子さんに売り上げを聞くと、首を振った。「…」`', '商店街の人通りは減った。店主の山田花子さんに売り上げを聞くと、首を振った。「ぜんぜんです」', 'ぜんぜんです', '山田花子', ANY],
];

/**
 * American political copy: a bill's title in marks with its comma inside is no quote ending the frame (frames.ts); the
 * one just quoted stays whom "he" is about (salience.ts); `"…" since 2021, according to X` (own-cue.ts, cues.ts); a party
 * and a two-word home town set off by commas (verb-subject.ts); a definite office as a clause's subject (described-subjects.ts);
 * `X is the superintendent of …` and two roles joined by "and the" (entities.ts); a source named after a longer adjunct, or as the sender of a letter or memo (cues.ts); a Norwegian compound office with its definite ending (lang/newlang-roles.ts); `The moderator, KXLY anchor X,`; unnamed people after `In the hallway, where
 * …,` and in `Among the protesters was a …` (inner-introduction.ts).
 */
const AMERICAN_COPY: KindCase[] = [
  ['en: a title in marks, its comma inside, before a partial quote', 'Republicans were silent. State Rep. Rosa Delgado, a Dayton Democrat who spent six years pushing a measure known as the "Safe Streets for Every Child Act," said the east side had been "left behind for years" by the city.\n\n"We will try again," Delgado said.', 'left behind', 'Rosa Delgado', ANY],
  ['en: `He also declined …. "…," he said` after `Greer’s reply, …: "…"`', 'Mayor Paul Greer faced the council Tuesday.\n\nCommissioner Dan Lutz opened with his own report. "We are behind," Lutz said. "Nobody disputes that."\n\nGreer’s reply, all night long: "We will catch up."\n\nHe also declined to name a date. "I will not guess," he said.', 'I will not guess', 'Paul Greer', ANY],
  ['en: `"…" since 2021, according to X, who …`', 'Those fees have cost riders "nearly $200 a year" since 2021, according to Maya Chen, who directs the Transit Riders Union.', 'nearly $200', 'Maya Chen', ANY],
  ['en: `Sen. X, D-Las Cruces, called it "…"`', 'Sen. Ana Ruiz, D-Las Cruces, called the plan "a tax on the thirsty" and walked out.', 'a tax on', 'Ana Ruiz', ANY],
  ['en: `The treasurer was not persuaded. … "…," he said` after a namesake quoted', 'County Treasurer Bill Ostrow presented the audit.\n\n"The books balance," said Karen Ostrow, the finance clerk, who is not related to the treasurer.\n\nThe treasurer was not persuaded. A balance, he told the board, is not a plan. "We need a reserve," he said.', 'We need a reserve', 'Bill Ostrow', ANY],
  ['en: `the superintendent laughed: "…"` after `X, is the superintendent of the Hill district`', 'Lee’s cousin, Rosa Lima, is the superintendent of the Hill district. She came to the hearing after school.\n\n"We share two buses," Rosa Lima said. Asked about the vote count, the superintendent smiled: "Lee did fine."', 'Lee did fine', 'Rosa Lima', ANY],
  ['en: `When …, the moderator asked for quiet. "…," he said` after `The moderator, KXLY anchor X,`', 'The moderator, KXLY anchor Tom Fray, kept the candidates to time.\n\n"That is my record," said Jane Holt, a former state auditor.\n\nWhen the crowd booed one of Holt’s answers, the moderator asked for quiet. "Please, let her finish," he said.', 'Please, let her', 'Tom Fray', ANY],
  ['en: `In the hallway, where parents lined up, a teacher who asked not to be named …. "…," she said`', 'Rep. Ana Soto spoke last. "Vote no," she said.\n\nIn the hallway, where parents lined up, a kindergarten teacher who asked not to be named held a sign. "I took the day off," she said.', 'I took the day', DESCRIBED, ANY],
  ['en: `Among the protesters was a retired welder who …. "…," he said`', 'Sen. Mark Poole defended the bill. "It is fair," he said.\n\nAmong the protesters was a retired welder who declined to give his name. "I came to be heard," he said.', 'I came to be heard', DESCRIBED, ANY],
  ['en: `X, Tom Vigil’s cousin and the warden of …,` … `the warden said`', '"We need the water," said Tom Vigil, a farmer.\n\nLuis Ortega, Tom Vigil’s cousin and the warden of the Chama Reservoir, said the lake keeps dropping. "When I close the gates, they blame me," the warden said.', 'When I close', 'Luis Ortega', ANY],
  ['en: `had "not even half" of … when …, according to X, because …`', 'The agency had "not even half" of its inspectors on duty when the storm hit, according to Maria Lund, because many were on leave.', 'not even half', 'Maria Lund', ANY],
  ['en: `according to a three-page memo County Counsel X sent to …`', 'Supervisor Ana Ruiz spoke first. "We count, we certify," she said.\n\nThe board has "no choice at all" under state law, according to a three-page memo County Counsel Mark Ellis sent to the supervisors on Monday.', 'no choice at all', 'Mark Ellis', ANY],
  ['nb: `sier avdelingssjefen` is the one introduced as `avdelingssjef X`', '– Vi stenger badet i dag, sier avdelingssjef Kari Lunde i kommunen.\n\n– Det er trist, sier Per Olsen.\n\n– Vi åpner igjen når prøvene er rene, sier avdelingssjefen.', 'Vi åpner igjen', 'Kari Lunde', ANY],
  ['counter-case en: `The committee was split.` names no one; "she" is the woman just quoted', 'Sen. Mia Park chairs the committee. "We will vote," Park said.\n\nThe committee was split. "It is close," she said.', 'It is close', 'Mia Park', ANY],
];

/**
 * Offices glued to a name: a nickname given at the next sentence's opening (`Conhecido … como seu Zeca, ele`, known-as.ts); `dice mientras …` leaves the subject out (lang/latin-reader.ts); Greek στις/στους/από/για open a place (lang/adjacent.ts); German `X Y von der Z AG` ends the name (name-bounds.ts) and an adverb after `der Gemeindepräsident` is
 * none of it (lang/trailing-name.ts); a long Cyrillic office before a full name (lang/trailing-name.ts; not a body's name after a
 * preposition); a compound of thirteen letters or more opening a run (names.ts); a body, "of" and its place before a full
 * name (lang/opening-person.ts); Hindi occupations, the present of saying before the words, a participle clause before
 * the verb and an office alone standing for the one introduced with it (lang/hi.ts, lang/unnamed-office.ts).
 */
const GLUED_OFFICES: KindCase[] = [
  ['ru: `— считает доцент кафедры … университета X Y`', '«Осенью грузы уходят на железную дорогу», — считает доцент кафедры экономики Волжского государственного университета водного транспорта Игорь Белов.', 'Осенью грузы', 'Игорь Белов', ANY],
  ['bg: `квартал Дружба Г`, a place and its letter, is no one `каза тя` may stand for', 'Новата линия ще свърже квартал Дружба Г с центъра на града.\n\n„Ще пътуваме по-бързо и по-евтино“, каза тя.', 'Ще пътуваме', UNNAMED, ANY],
  ['de: `Laut Bauleiterin X Y von der Z AG` … `so Y`', 'Laut Bauleiterin Petra Suter von der Kraftwerke Urnerland AG beginnt der Bau im Frühling. «Wenn alles klappt, sind wir 2028 fertig», so Suter.', 'Wenn alles klappt', 'Petra Suter', ANY],
  ['de: `sagte der Gemeindepräsident nachher. «…»`: the adverb is no part of the descriptor', 'Gemeindepräsident Urs Gwerder war erleichtert. «Das war knapp», sagte Gemeinderätin Anna Kälin.\n\nAm Abend gaben sich beide Lager die Hand. «Wir bleiben Nachbarn», sagte der Gemeindepräsident nachher. «Am Montag trinken wir wieder zusammen Kaffee.»', 'Am Montag trinken', 'Urs Gwerder', ANY],
  ['pt: `Conhecido no bairro como seu Zeca, ele …` names the one the sentence before named in full', 'Às 7h, no Jardim Ângela, José Carlos Ferreira, de 58 anos, já varre a calçada da padaria. Conhecido no bairro como seu Zeca, ele abriu a padaria em 1998.\n\n“O pão sai às seis, mas o movimento começa antes”, conta seu Zeca.', 'O pão sai', 'José Carlos Ferreira', ANY],
  ['es: `dice mientras guarda las pelotas`: what the speaker does meanwhile names no one', 'Lucas Ferrari, de 31 años, entrenador de básquet del club, cobra poco. “Acá aprendí todo lo que sé”, dice mientras guarda las pelotas.', 'Acá aprendí', 'Lucas Ferrari', ANY],
  ['counter-case es: `dijo el alcalde mientras saludaba` keeps the subject before mientras', 'El alcalde Ramón Gil visitó el club. “Vamos a ayudar”, dijo el alcalde mientras saludaba a los chicos.', 'Vamos a ayudar', 'Ramón Gil', ANY],
  ['el: `, έμαθαν γράμματα στις Αρχάνες.` inside the words is no tag: a capital after `στις` is a place', 'Η Ελένη Παπαδάκη μαζεύει ελιές από το πρωί. «Τα εγγόνια μου γεννήθηκαν εδώ, έμαθαν γράμματα στις Αρχάνες. Τώρα ζουν στην Αθήνα», λέει.', 'Τα εγγόνια μου γεννήθηκαν εδώ, έμαθαν', 'Ελένη Παπαδάκη', ANY],
  ['counter-case ru: `— сказал представитель компании «Речной порт»` names no one', '«Мы закрываем навигацию», — сказал представитель компании «Речной порт».', 'Мы закрываем', DESCRIBED, ANY],
  ['counter-case de: `sagte ein Sprecher von Borussia Dortmund` names no one', '«Wir prüfen das», sagte ein Sprecher von Borussia Dortmund.', 'Wir prüfen', DESCRIBED, ANY],
  ['fi: `Kaupunginvaltuutettu X Y` is an office and a name', 'Kaupunginvaltuutettu Aino Mäkelä (vihr.) vastustaa hanketta.\n\n”Luonto ei palaa”, Aino Mäkelä sanoo.', 'Luonto ei palaa', 'Aino Mäkelä', ANY],
  ['ca: `L’investigadora de la Universitat de Girona X Y, …` is X Y', "L'investigadora de la Universitat de Girona Marta Puig, especialista en rius, es mostra prudent. «Cal esperar la pluja», adverteix.", 'Cal esperar', 'Marta Puig', ANY],
  ['counter-case es: `Juan de Dios Pérez Gómez` is one name', 'Juan de Dios Pérez Gómez, pescador de Barbate, lo resume así: «El mar ya no da para todos».', 'El mar ya no', 'Juan de Dios Pérez Gómez', ANY],
  ['hi: `X कहते हैं, "…"` after `गृहिणी X ने बताया`', '"दो दिन से बिजली नहीं है", गृहिणी रेखा वर्मा ने बताया।\n\nमोहल्ला समिति के सचिव और पूर्व शिक्षक दिनेश यादव कहते हैं, "हमने तीन बार लिखा, कोई नहीं आया।"', 'हमने तीन बार', 'दिनेश यादव', ANY],
  ['hi: `गृहिणी X ने बताया` is X, a housewife', '"दो दिन से बिजली नहीं है", गृहिणी रेखा वर्मा ने बताया।', 'दो दिन से', 'रेखा वर्मा', ANY],
  ['hi: `X ने पानी की बाल्टी उठाते हुए कहा`', '"बस आज का काम चल गया", रेखा वर्मा ने पानी की बाल्टी उठाते हुए कहा।', 'बस आज का', 'रेखा वर्मा', ANY],
  ['hi: `अधीक्षण अभियंता ने कहा` after `… के अधीक्षण अभियंता X Y ने माना`', 'बिजली विभाग के अधीक्षण अभियंता सुरेश गुप्ता ने माना कि कटौती हो रही है। "मांग बहुत बढ़ गई है, हम नई लाइन डाल रहे हैं", अधीक्षण अभियंता ने कहा।', 'मांग बहुत', 'सुरेश गुप्ता', ANY],
];

/**
 * Chinese: a time word after a name is no part of it (`王麗雯昨在`, lang/fuller-names.ts reads the Japanese suffix in
 * Japanese text only); 回忆道; `说得很实在：`; a pronoun doing two things at once after the words; someone unnamed by a
 * trade ending in 农 (lang/zh.ts, unnamed-introduction.ts).
 */
const CHINESE_TAGS: KindCase[] = [
  ['zh: `市議員X昨在市議會…` then `X並提出` is X', '市議員林佩君昨在市議會發言時，批評交通局的規劃。\n\n「公車一小時才一班，誰會搭？」林佩君並要求市府重新檢討路線。', '公車一小時', '林佩君', ANY],
  ['zh: `“…”X回忆道。`', '渔民陈国强是村里最早开网店的人。\n\n村主任王海说：“网店帮了大忙。”\n\n“那时候鱼卖不出去，只能试一试。”陈国强回忆道。', '那时候鱼', '陈国强', ANY],
  ['zh: `X说得很实在：“…”`', '渔民陈国强是村里最早开网店的人。\n\n谈到明年，陈国强说得很坦白：“鱼还是要一条一条打上来的。”', '鱼还是要', '陈国强', ANY],
  ['zh: `“…”她一边…，一边…`', '渔民李秀英每天清晨直播卖鱼，丈夫王海负责出海。王海说：“风浪大的时候就不出去。”\n\n“大家看，这条鱼刚上岸。”她一边整理渔网，一边回复网友的留言。', '大家看', '李秀英', ANY],
  ['zh: `一位…的老果农没有透露姓名，他说：“…”` is someone unnamed', '果农张明是合作社的带头人。“今年收成不错。”张明说。\n\n一位在路边卖橘子的老果农没有透露姓名，他说：“收购价太低了。”', '收购价太低', DESCRIBED, ANY],
];

/**
 * Persian: `»؛ این را X، …، می‌گوید.` and `»، X، …، در پاسخ … گفت.` (a name and its office between commas after the words),
 * `به گفته دکتر X، …، «…»` (its office after the name), `او ادامه می‌دهد:` (the present of going on), and `خانم X این را
 * می‌گوید و …` (the verb joined by و to what the speaker did next) (lang/fa.ts, lang/fa-subject.ts).
 */
const PERSIAN_TAGS: KindCase[] = [
  ['fa: `»؛ این را X، role، می‌گوید.`', '«قطار ساعت هفت دیگر نمی‌آید. من هر روز دیر می‌رسم»؛ این را مریم احمدی، پرستار بیمارستانی در شمال تهران، می‌گوید.\n\nاو ادامه می‌دهد: «کرایه تاکسی هم دو برابر شده است».', 'قطار ساعت هفت', 'مریم احمدی', ANY],
  ['fa: `او ادامه می‌دهد:` after her', '«قطار ساعت هفت دیگر نمی‌آید. من هر روز دیر می‌رسم»؛ این را مریم احمدی، پرستار بیمارستانی در شمال تهران، می‌گوید.\n\nاو ادامه می‌دهد: «کرایه تاکسی هم دو برابر شده است».', 'کرایه تاکسی', 'مریم احمدی', ANY],
  ['fa: `به گفته دکتر X، role، «…»`', 'به گفته دکتر رضا کریمی، استاد دانشکده عمران دانشگاه شریف، «این خط بدون برق پایدار کار نمی‌کند».', 'این خط بدون', 'رضا کریمی', ANY],
  ['fa: `»، X، role، در پاسخ به این پرسش گفت.`', '«تعمیرات تا آخر ماه تمام می‌شود»، علی نوری، مدیرکل حمل‌ونقل شهرداری، در پاسخ به این پرسش گفت.', 'تعمیرات تا', 'علی نوری', ANY],
  ['fa: `»، خانم X این را می‌گوید و …`', 'مریم احمدی پرستار است.\n\n«دیگر صبر نداریم»، خانم احمدی این را می‌گوید و به ساعتش نگاه می‌کند.', 'دیگر صبر', 'مریم احمدی', ANY],
];

/**
 * Thai: a long reported clause between กล่าวว่า and the words (lang/th.ts); an office alone after the words is the one the
 * sentence before names with it (own-cue.ts); a name after ของ ("of") is a relative, not the subject, and ซึ่ง opens no
 * family name; `มองต่างออกไป`; someone unnamed by รายหนึ่ง with where they are and a clause after it.
 */
const THAI_TAGS: KindCase[] = [
  ['th: a reported clause of a hundred letters and more before the words', 'นางสาวสุดา แก้วมณี กล่าวว่า “ตลาดเงียบมาก”\n\nนายสมศักดิ์ บุญเรือง ประธานสหกรณ์ชาวสวนยางบ้านหนองบัว ผู้รับซื้อยางจากสมาชิกกว่าสามร้อยครัวเรือน กล่าวว่า ราคายางแผ่นดิบตกลงเกือบร้อยละ 20 นับตั้งแต่ต้นปีที่ผ่านมาเพราะโรงงานในต่างประเทศลดคำสั่งซื้อลงอย่างต่อเนื่อง “ถ้าราคายังเป็นแบบนี้ สมาชิกคงต้องหยุดกรีดยาง”', 'ถ้าราคายัง', 'สมศักดิ์ บุญเรือง', ANY],
  ['th: `“…” รองอธิบดีกรมชลประทานกล่าว` after `ด้านนายX รองอธิบดีกรมชลประทาน เปิดเผยว่า`', 'ด้านนายวิชัย ศรีทอง รองอธิบดีกรมชลประทาน เปิดเผยว่า ทางกรมรับทราบปัญหาแล้ว “เราจะปล่อยน้ำเพิ่มในสัปดาห์หน้า” รองอธิบดีกรมชลประทานกล่าว', 'เราจะปล่อยน้ำ', 'วิชัย ศรีทอง', ANY],
  ['th: `นายX อายุ 61 ปี บิดาของ น.ส.Y ซึ่ง… มองต่างออกไป “…”` is X', 'นางสาวสุดา แก้วมณี อายุ 29 ปี กล่าวว่า “ตลาดเงียบมาก”\n\nขณะที่นายบุญมี แก้วมณี อายุ 61 ปี บิดาของ น.ส.สุดา ซึ่งขายผักอยู่แผงข้างกัน มองต่างออกไป “ผมว่ายังพอไหว”', 'ผมว่ายังพอไหว', 'บุญมี แก้วมณี', ANY],
  ['th: `แม่ค้าขายปลารายหนึ่งในตลาด ซึ่งไม่ประสงค์ออกนาม พูด…` is someone unnamed', 'นางสาวสุดา แก้วมณี กล่าวว่า “ตลาดเงียบมาก”\n\nแม่ค้าขายปลารายหนึ่งในตลาด ซึ่งไม่ประสงค์ออกนาม พูดสั้น ๆ ว่า “ขายไม่ออกเลย”', 'ขายไม่ออกเลย', DESCRIBED, ANY],
];

kindTable('Arabic portraits', ARABIC_PORTRAITS);
kindTable('Japanese tags', JAPANESE_TAGS);
kindTable('American copy', AMERICAN_COPY);
kindTable('Glued offices', GLUED_OFFICES);
kindTable('Chinese tags', CHINESE_TAGS);
kindTable('Persian tags', PERSIAN_TAGS);
kindTable('Thai tags', THAI_TAGS);
