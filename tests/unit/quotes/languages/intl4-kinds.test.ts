import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/**
 * Kinds from batch intl4 (quotes-{ru,uk,ar,he,ja,zh,ko}-i4-*, written before their first run), each with a case
 * that failed before its rule and a counter-case it must leave alone. None of the sentences is from the batch.
 */
const CASES: KindCase[] = [
  // 1. Japanese: a kin or household word with an age as the topic is someone unnamed (lang/ja.ts KIN).
  ['ja 女性の長男（62）は after a named judge is described', '佐藤明裁判長は「施設に責任がある」と述べた。判決後、女性の長男（62）は「母の無念が晴れた」と話した。', '母の無念が', DESCRIBED, null],
  ['ja 近くの主婦（48）は is described', '田中一郎市長は「支援を急ぐ」と述べた。\n\n近くに住む主婦（48）は「安ければ助かる」と話した。', '安ければ助かる', DESCRIBED, null],
  ['ja 被害者の妻は is described', '県警の山本健署長は「捜査を続ける」と述べた。被害者の妻は「早く犯人を」と訴えた。', '早く犯人を', DESCRIBED, null],
  ['counter: ja 長男の X さん（40）は is the son named', '判決後、長男の吉田浩二さん（40）は「母の無念が晴れた」と話した。', '母の無念が', '吉田浩二', ANY],
  ['counter: ja a given name ending in 夫 stays a name', '町議の山田和夫さん（70）は「道を直してほしい」と話した。', '道を直して', '山田和夫', ANY],

  // 2. Japanese: a katakana field between a kanji name and its office belongs to the office; positions in 手 are offices.
  ['ja X マーケティング部長は', '北山商事の中村修マーケティング部長は「来年は輸出を増やす」と述べた。', '来年は輸出を', '中村修', 'マーケティング部長'],
  ['ja X 投手（18）が … then 右腕は', '九州商業高の石井大和投手（18）が仮契約を結んだ。最速150キロの右腕は「１年で一軍に上がる」と語った。', '１年で一軍に', '石井大和', '投手'],
  ['counter: ja a katakana given name with an honorific stays whole', '営業部の山田エリカさんは「来月から始める」と話した。', '来月から始める', '山田エリカ', ANY],

  // 3. Arabic: short vowels and shadda are marks of no script; a name written with them finds its full form.
  ['ar نصّار after وليد نصّار', 'وأعلن رئيس النقابة، وليد نصّار، أن الإضراب سيستمر. وقال نصّار: «لن نتراجع عن مطالبنا».', 'لن نتراجع', 'وليد نصّار', ANY],
  ['ar حدّاد after سامي حدّاد', 'وكان المحامي سامي حدّاد قد طلب التأجيل. وقال حدّاد للمحكمة: «الملف لم يكتمل بعد».', 'الملف لم يكتمل', 'سامي حدّاد', ANY],
  ['counter: ar a verb written with shadda before the name is no given name', 'وصرّح عبد الرحيم الوزاني بأن الموسم صعب. وقال الوزاني: «المراكب تعود بنصف حمولتها».', 'المراكب تعود', 'عبد الرحيم الوزاني', ANY],
  ['counter: ar a short name with no full form before stays as written', 'وقال نصّار: «لن نتراجع عن مطالبنا».', 'لن نتراجع', 'نصّار', ANY],

  // 4. Arabic: `المتحدث ذاته`, `المسؤول نفسه` (the same speaker, official) is whoever was just quoted.
  ['ar وأضاف المتحدث ذاته', 'وقال عبد الله أوحمو، وهو فلاح من الإقليم، إن المحصول «ضعيف جدا» هذا العام.\n\nوأضاف المتحدث ذاته: «لم نجن حتى نصف ما جنيناه العام الماضي».', 'لم نجن حتى', 'عبد الله أوحمو', ANY],
  ['ar وأوضحت المتحدثة نفسها', 'وقالت فاطمة الزهراء بنعلي، مديرة المدرسة، إن الأقسام مكتظة. وأوضحت المتحدثة نفسها: «نحتاج إلى أساتذة جدد».', 'نحتاج إلى أساتذة', 'فاطمة الزهراء بنعلي', ANY],
  ['counter: ar وأوضح المصدر ذاته stays the unnamed source', 'وقال المدير سامي الحسني إن الأسعار مستقرة. وأفاد مصدر من المديرية، فضل عدم الكشف عن هويته، بأن الدعم قادم. وأوضح المصدر ذاته: «اللوائح يجري إعدادها».', 'اللوائح يجري', UNNAMED, ANY],
  ['counter: ar المتحدث باسم الوزارة is a spokesperson, unnamed', 'وقالت فاطمة بنعلي، مديرة المدرسة، إن الأقسام مكتظة. وقال المتحدث باسم الوزارة: «سنرسل أساتذة جددا».', 'سنرسل أساتذة', UNNAMED, ANY],

  // 5. Arabic: an occupation with no article and no name (`بائع زيت متجول`, `طالبة جامعية`) is someone unnamed.
  ['ar قال بائع زيت متجول is described', 'وقال المدير سامي الحسني إن الأسعار مستقرة. وفي السوق، قال بائع زيت متجول إن الزبائن قلوا: «الناس يسألون ثم يذهبون».', 'الناس يسألون', DESCRIBED, null],
  ['ar وقالت طالبة جامعية is described', 'وقالت الوزيرة ليلى منصور إن الحافلات كافية. وقالت طالبة جامعية: «لم نجد مقاعد في الحافلة».', 'لم نجد مقاعد', DESCRIBED, null],
  ['counter: ar بائع الخضار X (in construct with a definite noun) names X', 'وقال بائع الخضار محمد منصور: «الأسعار ارتفعت».', 'الأسعار ارتفعت', 'محمد منصور', 'بائع الخضار'],
  ['counter: ar البائع X names X', 'وقال البائع محمد منصور: «الأسعار ارتفعت».', 'الأسعار ارتفعت', 'محمد منصور', 'البائع'],

  // 6. Arabic: `أما <office with its field> X، فـverb` introduces X for a bare `وقال:` after it.
  ['ar أما الخبير في الشأن الفلاحي X، فاعتبر … وقال:', 'أما الخبير في الشأن الفلاحي عزيز المنصوري، فاعتبر أن الأزمة هيكلية. وقال: «لا يمكن أن نستمر في توسيع المساحات».', 'لا يمكن أن نستمر', 'عزيز المنصوري', 'الخبير'],
  ['counter: ar أما الأهالي، فاعتبروا names no one', 'قال المدير سامي حداد إن المشروع تأخر. أما الأهالي، فاعتبروا أن الأزمة هيكلية. وقالت إحدى السيدات: «لا يمكن أن نستمر».', 'لا يمكن أن نستمر', UNNAMED, ANY],

  // 7. Hebrew and Arabic: an office with where it is held, a comma, then an occupation used as a title and the name.
  ['he מנהל הפרויקט בחברה, המהנדס X', '"גילינו צינורות שלא הופיעו במפה", אמר מנהל הפרויקט בחברה, המהנדס יואב שטרן.', 'גילינו צינורות', 'יואב שטרן', 'מנהל הפרויקט'],
  ['counter: ar مدير المشروع في الشركة، المهندس X (Arabic already read it)', '«نرى كل سنة من يغامر»، قال مدير المشروع في الشركة، المهندس سامي حداد.', 'نرى كل سنة', 'سامي حداد', 'مدير المشروع'],
  ['counter: ar X، رئيس مجلس مدينة Y، is X with the office', 'في المقابل، أكد المهندس سامح عبد الغفار، رئيس مجلس مدينة طنطا، أن القرار نهائي. وأضاف: "الأرض الجديدة جاهزة".', 'الأرض الجديدة', 'سامح عبد الغفار', 'رئيس مجلس مدينة'],
  ['counter: he an office, a comma and the name alone', '"גילינו צינורות", אמר מנהל הפרויקט, יואב שטרן.', 'גילינו צינורות', 'יואב שטרן', 'מנהל הפרויקט'],

  // 8. Russian and Ukrainian: the role a person was introduced with reaches a descriptor tag (`— говорит эксперт`) when it
  // holds a quoted body, a place's adjective or an occupation known by its ending (-іст, -істка, -итик).
  ['ru аналитик агентства «…» X … — говорит эксперт', 'Аналитик агентства «Зерновой рынок» Павел Осипов считает, что цены вырастут.\n\n«Трейдеры будут осторожнее», — говорит эксперт.', 'Трейдеры будут', 'Павел Осипов', 'аналитик агентства'],
  ['uk економістка Київської школи економіки X … — вважає експертка', 'Економістка Київської школи економіки Марта Гнатюк пояснила, що ціни зростуть.\n\n«Зростання буде помірним», — вважає експертка.', 'Зростання буде', 'Марта Гнатюк', 'економістка'],
  ['ru тренер «…» X принял спокойно: «…»', 'Наставник «Амура-2» Вадим Ким поражение принял спокойно: «Мы проиграли достойной команде».', 'Мы проиграли', 'Вадим Ким', 'наставник'],
  ['counter: ru a place opening the sentence is no role', 'Вчера журналистам Павел Осипов сказал, что цены вырастут.\n\n«Трейдеры будут осторожнее», — говорит Осипов.', 'Трейдеры будут', 'Павел Осипов', null],

  // 9. Russian and Ukrainian: `нашему корреспонденту`, `нашому виданню` after the name is whom it was said to, no role.
  ['ru — рассказал X нашему корреспонденту keeps the role the story gave', 'Главный тренер команды Сергей Прохоров перенёс операцию.\n\n— Ребята всё решили сами, — рассказал Прохоров нашему корреспонденту.', 'Ребята всё решили', 'Сергей Прохоров', 'тренер'],
  ['uk — розповіла X нашому виданню', 'Директорка музею Ганна Лисенко відкрила виставку.\n\n«Ми чекали цього три роки», — розповіла Лисенко нашому виданню.', 'Ми чекали', 'Ганна Лисенко', 'директорка'],
  ['counter: ru — рассказал корреспонденту X', 'Главный тренер команды Сергей Прохоров перенёс операцию.\n\n— Ребята всё решили сами, — рассказал корреспонденту Прохоров.', 'Ребята всё решили', 'Сергей Прохоров', ANY],

  // 10. Korean: an official in -관 before a name with 씨 is the role; an occupation as the subject with no name is unnamed.
  ['ko 예보관 X 씨는', '기상청 예보관 양소라 씨는 "내일 새벽 영하로 떨어질 것"이라고 말했다.', '내일 새벽', '양소라', '예보관'],
  ['ko 대학생 자원봉사자는 after a named official', '강태호 팀장은 "부직포를 덮으면 된다"고 말했다.\n\n일손 돕기에 나선 대학생 자원봉사자는 "생각보다 힘들다"며 웃었다.', '생각보다 힘들다', DESCRIBED, null],
  ['ko 회사원은 after a named official', '강태호 팀장은 "부직포를 덮으면 된다"고 말했다.\n\n회사원은 "출근이 걱정"이라고 말했다.', '출근이 걱정', DESCRIBED, null],
  ['counter: ko a full name as the subject stays named', '강태호 팀장은 "부직포를 덮으면 된다"고 말했다. 김민수는 "생각보다 힘들다"며 웃었다.', '생각보다 힘들다', '김민수', ANY],
  ['counter: ko 대학생 X 씨는 is X with the occupation', '강태호 팀장은 "부직포를 덮으면 된다"고 말했다.\n\n대학생 김하늘 씨는 "생각보다 힘들다"며 웃었다.', '생각보다 힘들다', '김하늘', '대학생'],
  ['counter: ko X 충북지사는: an office in -사 after a name', '김영순 충북지사는 "전력 공급에 차질이 없도록 하겠다"고 말했다.', '전력 공급에', '김영순', '충북지사'],
  ['counter: ko X 연구위원은: an office in -원 after a name', '정미라 연구위원은 "야간 사고가 나면 목격자도 없다"고 말했다.', '야간 사고가', '정미라', '연구위원'],
  ['counter: ko 도서관 before a name is a building, no role', '시립 도서관 김민수 씨는 "책이 늘었다"고 말했다.', '책이 늘었다', '김민수', ANY],

  // 11. Arabic: the body a spokesperson speaks for (`متحدث باسم بلدية رأس الخيمة`) holds no name; an unnamed speaker's
  // noun in construct after a name (`X، خبير الأرصاد في المركز،`) is the office, over a title before the name.
  ['ar متحدث باسم بلدية <city of two words> is described', 'وقال العميد سالم الشحي إن الطرق مغلقة. كما ذكر متحدث باسم بلدية رأس الخيمة أن الفرق تعمل، مؤكداً: «جميع الأنفاق مفتوحة».', 'جميع الأنفاق', DESCRIBED, null],
  ['counter: ar المتحدث باسم الوزارة X names X', 'وقال المتحدث باسم الوزارة أحمد حسن: «جميع الأنفاق مفتوحة».', 'جميع الأنفاق', 'أحمد حسن', 'المتحدث باسم الوزارة'],
  ['ar الدكتور X، خبير الأرصاد في المركز الوطني،', 'من جانبه، قال الدكتور أحمد الحبسي، خبير الأرصاد في المركز الوطني للأرصاد، إن المنخفض سيستمر. وأضاف: «نتوقع أمطارا غزيرة».', 'نتوقع أمطارا', 'أحمد الحبسي', 'خبير الأرصاد'],
  ['counter: ar الدكتور X، في المؤتمر، keeps the title', 'وقال الدكتور أحمد الحبسي، في المؤتمر، إن المنخفض سيستمر. وأضاف: «نتوقع أمطارا غزيرة».', 'نتوقع أمطارا', 'أحمد الحبسي', 'الدكتور'],

  // 12. Chinese: after the quote, a clause ending in 的 that holds a number (an age) and a household trade (-户) before the name.
  ['zh ”今年56岁的种植户X一边…一边告诉记者', '“以前一亩地一年挣不到一千块。”今年56岁的种植户王桂兰一边摘草莓一边告诉记者。', '以前一亩地', '王桂兰', '种植户'],
  ['zh ”养殖户X说', '“今年猪价回升了。”养殖户刘建国说。', '今年猪价', '刘建国', '养殖户'],
  ['counter: zh a date before the name after the quote names no one', '“今年猪价回升了。”3日刘建国说。', '今年猪价', UNNAMED, ANY],

  // 14. Arabic: Maghreb given names written with the article (`الحسين`, `المهدي`: a closed list) open a name, never go on
  // the office before them, and a later family name alone finds them.
  ['ar رئيس التعاونية الحسين X … يقول X', 'وأكد رئيس التعاونية الحسين بوعزة أن العمل تقلص.\n\n«المعصرة كانت تشتغل ليلا ونهارا»، يقول بوعزة.', 'المعصرة كانت', 'الحسين بوعزة', 'رئيس التعاونية'],
  ['ar وقال المدرب المهدي X', 'وقال المدرب المهدي بنسعيد: «اللاعبون قدموا كل شيء».', 'اللاعبون قدموا', 'المهدي بنسعيد', 'المدرب'],
  ['counter: ar a definite complement that is no given name stays in the office', 'وقال رئيس الجمعية الخيرية سعيد بنعلي: «المعصرة كانت تشتغل ليلا ونهارا».', 'المعصرة كانت', 'سعيد بنعلي', 'رئيس الجمعية الخيرية'],

  // 15. Japanese: a quote standing as its own sentence, the next one opening with そう言って (saying so), subject left out.
  ['ja 「…」。そう言って笑う', '九州工業高の山田翔投手（18）が仮契約を結んだ。\n\n身長186センチ。高校で投手に転向した。「まだ伸びしろしかないと思っています」。そう言って笑う顔には、あどけなさが残る。', 'まだ伸びしろ', '山田翔', ANY],
  ['counter: ja 「…」。そう思うファンは多い is no tag', '九州工業高の山田翔投手（18）が仮契約を結んだ。\n\n身長186センチ。高校で投手に転向した。「まだ伸びしろしかない」。そう思うファンは多い。', 'まだ伸びしろ', UNNAMED, ANY],

  // 16. Chinese: answering questions with no one named between (`回覆查詢時表示`) is an adjunct, never the name.
  ['zh 發言人回覆查詢時表示 is the spokesperson, described', '運輸署發言人回覆查詢時表示，署方會「仔細考慮乘客需要」，暫未有決定。', '仔細考慮', DESCRIBED, null],
  ['counter: zh 發言人X回覆本報查詢時表示 names X', '運輸署發言人陳志明回覆本報查詢時表示：「仔細考慮乘客需要。」', '仔細考慮', '陳志明', '發言人'],
];

kindTable('kinds of batch intl4 (ru uk ar he ja zh ko)', CASES);
