import type { KindCase } from './kind-table';

// (The same markers as kind-table.ts, written here so the table loads without vitest.)
const ANY = '<any>';
const UNNAMED = '<unnamed>';

/**
 * People mentions in scripts without capitals (Chinese both scripts, Korean, Japanese): names found by the
 * closed class of family names and by the person noun or office beside them, so pronouns (他/她, 그는/그녀는,
 * 彼は/彼女は), left-out subjects and `这位…` resolve by salience as they do in English. Invented sentences.
 * [what the case shows, the text, the start of the quoted words, the speaker (or UNNAMED), the role words (null: none; ANY)].
 */
export const CJK_MENTION_CASES: KindCase[] = [
  // Chinese (simplified): a person noun or office before a name makes a mention; the pronoun is the latest fitting one.
  ['zh 选手X…。他对记者说：', '选手王建国以两小时十分的成绩夺冠。他对记者说：“今天的风很大，但我坚持下来了。”', '今天的风很大', '王建国', '选手'],
  ['zh 本地姑娘X夺得…。她笑着说：', '本地姑娘李晓梅夺得女子组第一名。她笑着说：“我每天早上都在江边练习。”', '我每天早上', '李晓梅', ANY],
  ['zh 市民张女士…。她说：', '市民张女士每天带孙子来公园散步。她说：“这里的空气比以前好多了。”', '这里的空气', '张女士', ANY],
  ['zh 他说 two paragraphs after the person, a plain paragraph between', '选手王建国以两小时十分的成绩夺冠。\n\n今年的比赛共有三千人参加，天气也很好。\n\n他说：“明年我还会再来。”', '明年我还会再来', '王建国', '选手'],
  ['zh 她说 goes to the woman (女士) over the man named after her (先生)', '李晓梅女士在镇上经营一家花店。\n\n她的邻居王建国先生开了一家面馆。\n\n她说：“生意比去年好一些。”', '生意比去年好一些', '李晓梅', null],
  ['zh 他说 goes to the man (先生) named after the woman', '李晓梅女士在镇上经营一家花店。\n\n她的邻居王建国先生开了一家面馆。\n\n他说：“生意比去年好一些。”', '生意比去年好一些', '王建国', ANY],
  ['zh 他说 with only a woman named before: 他 may stand for either gender', '李晓梅女士在镇上经营一家花店。\n\n他说：“生意比去年好一些。”', '生意比去年好一些', '李晓梅', null],
  ['zh split quote `“…，”这位冠军笑着说，“…”`: first part', '选手王建国以两小时十分的成绩夺冠。\n\n“风很大，”这位冠军笑着说，“但我坚持下来了。”', '风很大', '王建国', ANY],
  ['zh split quote `“…，”这位冠军笑着说，“…”`: second part, one speaker', '选手王建国以两小时十分的成绩夺冠。\n\n“风很大，”这位冠军笑着说，“但我坚持下来了。”', '但我坚持下来了', '王建国', ANY],
  ['zh 她说 after two subjects: the latest', '村长刘国强先介绍了村里的情况。\n\n村民赵红梅随后站起来发言。她说：“路修好以后，孩子上学方便多了。”', '路修好以后', '赵红梅', ANY],
  ['zh 他告诉记者 after a role and name, a clause with 高速 between', '司机孙立军每天开车往返两地。高速公路上的车辆排起了长队。他告诉记者：“今天比平时慢了一个小时。”', '今天比平时慢了', '孙立军', '司机'],
  ['counter: zh 周末 opening a sentence is no person; 他说 with no one named stays unnamed', '周末的比赛吸引了三千名观众。\n\n他说：“明年还会更多。”', '明年还会更多', UNNAMED, null],
  ['counter: zh 林业局 is a body, no person', '林业局昨天发布了防火通知。\n\n他说：“山上严禁用火。”', '山上严禁用火', UNNAMED, null],
  ['counter: zh 于是 and 黄金 are no names', '黄金价格连续三天上涨。于是不少市民赶来排队。\n\n他说：“现在买最划算。”', '现在买最划算', UNNAMED, null],
  ['counter: zh a named speaker in the tag stays', '选手王建国以两小时十分的成绩夺冠。\n\n教练周明表示：“他的训练非常刻苦。”', '他的训练非常刻苦', '周明', '教练'],

  // Chinese (traditional).
  ['zh-Hant 選手X…。他對記者說：「…」', '選手陳志明以兩小時十分的成績奪冠。他對記者說：「今天風很大，但我撐下來了。」', '今天風很大', '陳志明', '選手'],
  ['zh-Hant 她笑著說 two paragraphs after 本地姑娘X', '本地姑娘林美玲奪得女子組冠軍。\n\n比賽當天氣溫只有五度。\n\n她笑著說：「我每天早上都在河邊練習。」', '我每天早上', '林美玲', ANY],
  ['zh-Hant split quote `「…，」這位冠軍笑著說，「…」`: second part', '選手陳志明以兩小時十分的成績奪冠。\n\n「風很大，」這位冠軍笑著說，「但我撐下來了。」', '但我撐下來了', '陳志明', ANY],
  ['zh-Hant 他說 after 市民X先生 and a plain sentence', '市民黃先生每天清晨到公園打太極。\n\n公園去年重新整修，增加了不少座椅。\n\n他說：「現在環境比以前好太多了。」', '現在環境比以前', '黃先生', ANY],
  ['counter: zh-Hant 高雄市政府 is a body; 他說 stays unnamed', '高雄市政府昨天宣布新的交通計畫。\n\n他說：「捷運明年通車。」', '捷運明年通車', UNNAMED, null],

  // Korean: the role after the name, 씨, the family name alone, 그는/그녀는.
  ['ko 기관 X 연구사는: name, then the office', '농업기술원 이서준 연구사는 "올해는 병해충 피해가 적었다"고 말했다.', '올해는 병해충', '이서준', '연구사'],
  ['ko X 시 관광과장은: a one-syllable 시 before the office belongs to it', '정하늘 시 관광과장은 "축제 기간에 셔틀버스를 늘리겠다"고 밝혔다.', '축제 기간에', '정하늘', '관광과장'],
  ['ko 김 씨는 after 김영수(62) 씨', '김영수(62) 씨는 30년째 사과 농사를 짓고 있다.\n\n김 씨는 "올해 사과가 유난히 달다"고 말했다.', '올해 사과가', '김영수', ANY],
  ['ko 그는 after 어민 X 씨, a plain paragraph between', '어민 박철민(58) 씨는 새벽 네 시에 배를 띄운다.\n\n올해는 어획량이 절반으로 줄었다.\n\n그는 "바다가 예전 같지 않다"고 말했다.', '바다가 예전', '박철민', '어민'],
  ['ko 그녀는 after 간호사 X 씨, a body as the subject between', '간호사 한지민(31) 씨는 밤 근무를 마치고 퇴근했다.\n\n병원은 올해 인력을 두 배로 늘렸다.\n\n그녀는 "아직도 일손이 모자란다"고 말했다.', '아직도 일손이', '한지민', '간호사'],
  ['ko 그는 after a new person introduced since the last speaker', '이서준 연구사는 "올해는 병해충 피해가 적었다"고 말했다.\n\n농민 강민호(52) 씨는 올해 처음 드론을 샀다.\n\n그는 "일손을 크게 덜었다"고 말했다.', '일손을 크게', '강민호', '농민'],
  ['ko 황보 씨 after 황보민호(40) 씨: a two-syllable family name', '황보민호(40) 씨는 시장에서 떡집을 운영한다.\n\n황보 씨는 "명절 주문이 많이 줄었다"고 말했다.', '명절 주문이', '황보민호', ANY],
  ['ko 그는 after 정하늘 시 관광과장 and 한편 서울시는', '정하늘 시 관광과장은 주말 행사 일정을 발표했다. 한편 서울시는 교통 통제 계획을 내놨다.\n\n그는 "시민들의 협조를 부탁드린다"고 덧붙였다.', '시민들의 협조를', '정하늘', '관광과장'],
  ['counter: ko 이번 opening a sentence is no name; 그는 with no one named stays unnamed', '이번 축제에는 10만 명이 찾았다.\n\n그는 "내년에는 더 많이 올 것"이라고 말했다.', '내년에는 더 많이', UNNAMED, null],
  ['counter: ko a body (병원은) is never 그녀', '병원은 올해 인력을 두 배로 늘렸다.\n\n그녀는 "아직도 일손이 모자란다"고 말했다.', '아직도 일손이', UNNAMED, null],

  // Japanese: さん/氏 and offices after the name, a role before it with の or 、, 彼は/彼女は and a left-out subject.
  ['ja 彼は after X さん（45）は, a plain paragraph between', '山本健一さん（45）は20年前から米を作っている。\n\n今年は梅雨が短く、水不足が心配された。\n\n彼は「それでも何とかなった」と話した。', 'それでも何とかなった', '山本健一', null],
  ['ja 彼女は after 同市の農家、Xさん', '同市の農家、佐藤美香さんは毎朝五時に畑に出る。\n\n彼女は「土の匂いが好きだ」と語った。', '土の匂いが好きだ', '佐藤美香', '農家'],
  ['ja Xさん … and a left-out subject two paragraphs on', '山本健一さん（45）は20年前から米を作っている。\n\n今年は梅雨が短く、水不足が心配された。\n\n「それでも何とかなった」と話した。', 'それでも何とかなった', '山本健一', null],
  ['ja 田中課長は: the office after the family name', '市の田中課長は「予算を見直す」と話した。', '予算を見直す', '田中', '課長'],
  ['ja 彼は after a new person introduced since the last speaker', '田中課長は「予算を見直す」と話した。\n\n会社員の鈴木大輔さん（38）は毎日この道を使う。\n\n彼は「早く直してほしい」と話した。', '早く直してほしい', '鈴木大輔', '会社員'],
  ['counter: ja 今日は is no person; 彼は with no one named stays unnamed', '今日は朝から雨が降った。\n\n彼は「傘を忘れた」と話した。', '傘を忘れた', UNNAMED, null],

  // Arabic and Hebrew are not hurt.
  ['ar قال after a minister named in the tag stays', 'قال وزير النقل خالد المنصوري: «الطريق سيفتح قريبا».', 'الطريق سيفتح', 'خالد المنصوري', ANY],
  ['he אמר after a mayor named in the tag stays', 'ראש העיר דני כהן אמר: "הכביש ייפתח בקרוב".', 'הכביש ייפתח', 'דני כהן', ANY],
];

/** A second batch, written after the mention finder was built and run once before any change for it (its first-run figure is in the test file). */
export const CJK_MENTION_CASES_2: KindCase[] = [
  ['zh 退休教师X…。她告诉记者：', '退休教师刘桂芳今年七十岁，每天坚持读报。她告诉记者：“读报让我跟得上时代。”', '读报让我', '刘桂芳', '教师'],
  ['zh `“…，”他一边擦汗一边说` after 来自…的外卖员X', '来自河南的外卖员张强每天要送六十多单。\n\n“中午最忙，”他一边擦汗一边说，“饭都顾不上吃。”', '中午最忙', '张强', '外卖员'],
  ['zh 他说 goes to the latest of two men', '局长王海涛先讲了今年的计划。工人赵大勇接着发言。他说：“工资能按时发就好。”', '工资能按时发就好', '赵大勇', '工人'],
  ['zh 他说 after the person named again as the subject, a quote by another between', '选手王建国以两小时十分的成绩夺冠。教练周明表示：“他的训练非常刻苦。”\n\n王建国今年二十八岁，来自山区。他说：“我想把奖牌带回家。”', '我想把奖牌带回家', '王建国', ANY],
  ['zh 这位老人说 after 退休工人X', '退休工人周桂兰每天清晨在广场上练太极。\n\n“练了十年，腰不疼了，”这位老人说。', '练了十年', '周桂兰', ANY],
  ['counter: zh 张家界 is a place; 他说 with no one named stays unnamed', '张家界的游客今年明显增多。\n\n他说：“酒店都订满了。”', '酒店都订满了', UNNAMED, null],
  ['counter: zh 本报记者X is the writer, not whom 他 stands for', '本报记者王明报道：\n\n村民吴海种了二十亩蔬菜。他说：“今年菜价不错。”', '今年菜价不错', '吴海', ANY],
  ['zh-Hant 家庭主婦X…。她說：', '家庭主婦陳淑芬每天早上到市場買菜。\n\n她說：「菜價比去年貴了三成。」', '菜價比去年', '陳淑芬', '家庭主婦'],
  ['zh-Hant `「…」他說` two paragraphs after 計程車司機X', '計程車司機林志強開車已經二十年。\n\n最近油價一直上漲。\n\n「一天要少賺好幾百塊，」他說。', '一天要少賺', '林志強', '司機'],
  ['zh-Hant 這名司機說 after 司機X', '計程車司機林志強開車已經二十年。\n\n「一天要少賺好幾百塊，」這名司機說。', '一天要少賺', '林志強', ANY],
  ['ko 이씨는 (glued) after 주부 X(38) 씨', '주부 이은정(38) 씨는 매일 아침 시장을 본다.\n\n이씨는 "채소값이 너무 올랐다"고 했다.', '채소값이 너무', '이은정', '주부'],
  ['ko 박 교수는 after 대학 X 교수', '한빛대 박지훈 교수는 이번 연구를 이끌었다.\n\n박 교수는 "결과가 예상보다 좋았다"고 말했다.', '결과가 예상보다', '박지훈', '교수'],
  ['ko `"…"라고 그녀는 말했다` after 간호사 X 씨', '간호사 한지민(31) 씨는 밤 근무를 마치고 퇴근했다.\n\n"아직도 일손이 모자란다"라고 그녀는 말했다.', '아직도 일손이', '한지민', '간호사'],
  ['ko 선우 씨 after 선우진(34) 씨: a compound family name and a one-syllable given name', '선우진(34) 씨는 동네에서 작은 서점을 운영한다.\n\n선우 씨는 "책을 읽는 손님이 줄었다"고 말했다.', '책을 읽는 손님이', '선우진', ANY],
  ['ko 그는 after a name, a body and a time sentence', '어민 박철민(58) 씨는 새벽 네 시에 배를 띄운다.\n\n수협은 올해 어획량이 절반으로 줄었다고 밝혔다. 지난달에는 태풍도 지나갔다.\n\n그는 "바다가 예전 같지 않다"고 말했다.', '바다가 예전', '박철민', '어민'],
  ['counter: ko 김장철 and 강원도는 are no names', '김장철을 맞아 배추값이 뛰었다. 강원도는 출하량을 늘리기로 했다.\n\n그는 "다음 주면 내려갈 것"이라고 말했다.', '다음 주면', UNNAMED, null],
  ['ja 鈴木さんは after 会社員の鈴木大輔さん（38）', '会社員の鈴木大輔さん（38）は毎日この道を使う。\n\n鈴木さんは「早く直してほしい」と話した。', '早く直してほしい', '鈴木大輔', '会社員'],
  ['ja 彼女は after 主婦、X さん（52）は', '主婦、高橋由美さん（52）は毎朝この店に来る。\n\n彼女は「野菜が新鮮でうれしい」と話した。', '野菜が新鮮で', '高橋由美', '主婦'],
  ['ja a left-out subject after a body (市は) stays with the person', '農家の石井和夫さん（67）は今年も米を作った。\n\n市は補助金を増やす方針だ。\n\n「ありがたい話だ」と語った。', 'ありがたい話だ', '石井和夫', '農家'],
  ['ja 彼女は after a katakana name with さん', 'マリア・サントスさん（29）は三年前に来日した。\n\n彼女は「日本語はまだ難しい」と話した。', '日本語はまだ難しい', 'マリア・サントス', null],
  ['counter: ja 東京都は is a body; 彼は stays unnamed', '東京都は新しい計画を発表した。\n\n彼は「来年から始める」と話した。', '来年から始める', UNNAMED, null],
];

/**
 * Counter-cases for the finders' limits, written after reading which words of the repo's own CJK fixtures they
 * first took for names (none copied): a word, verb or body opening with a family-name character, a byline, an
 * unnamed `이모 씨`, a place or thing before an office.
 */
export const CJK_MENTION_COUNTERS: KindCase[] = [
  ['counter: zh 男子全程冠军 (全程 a word after a person noun) is no name', '男子全程冠军由外地选手获得。全程没有发生事故。\n\n他说：“明年还要再办。”', '明年还要再办', UNNAMED, null],
  ['counter: zh 家长关心 (a verb after a person noun) is no name', '家长关心的是孩子路上的安全。\n\n他说：“校车明年就有了。”', '校车明年就有了', UNNAMED, null],
  ['counter: zh-Hant 衛福部表示 (a body before a verb of saying) is no name', '衛福部表示將檢討補助辦法。\n\n他說：「下個月公布細節。」', '下個月公布細節', UNNAMED, null],
  ['counter: zh-Hant 一名蕭姓男子 gives only a family name', '警方昨天逮捕一名蕭姓男子。\n\n他說：「我只是路過。」', '我只是路過', UNNAMED, null],
  ['ko 그는 after a name between a modifier verb and its office (조사를 이끈 X 조사관은)', '조사를 이끈 남궁현우 조사관은 회견을 열었다.\n\n그는 "추가 피해자가 더 있을 수 있다"고 말했다.', '추가 피해자가', '남궁현우', '조사관'],
  ['ko 그녀는 after a place and a body before the office, the name after it (…어촌계 회장 X(69)씨는)', '남해군 상주면 어촌계 회장 임복례(69)씨는 평생 바다에서 일했다.\n\n그녀는 "요즘은 바다가 너무 따뜻하다"고 말했다.', '요즘은 바다가', '임복례', ANY],
  ['counter: ko 상인 상당수가 (an occupation before a word) is no name', '화재 뒤 시장 상인 상당수가 빚을 졌다.\n\n그는 "다시 일어설 수 있을지 모르겠다"고 말했다.', '다시 일어설 수', UNNAMED, null],
  ['counter: ko a byline (X 기자) is the writer, not 그', '정다은 기자\n\n올해 장마가 유난히 길어졌다.\n\n그는 "이런 비는 처음"이라고 말했다.', '이런 비는 처음', UNNAMED, null],
  ['counter: ko 이모(47) 씨 stays unnamed for 그는', '이모(47) 씨는 지난달 가게를 닫았다.\n\n그는 "월세를 감당할 수 없었다"고 말했다.', '월세를 감당할 수', UNNAMED, null],
  ['counter: zh 她说 after a newly introduced woman of unknown gender stays hers, not the woman marked 女士 before', '李晓梅女士在镇上经营一家花店。\n\n村民赵红梅随后站起来发言。她说：“路修好以后，生意好多了。”', '路修好以后', '赵红梅', ANY],
  ['counter: zh 国家 ends like an occupation but names no one, nor 林业局 after it', '国家林业局今年加大了补贴。\n\n他说：“补贴很及时。”', '补贴很及时', UNNAMED, null],
  ['counter: ja 東浜市長選挙 (a place before an office) is no person', '東浜市長選挙の投票が行われた。\n\n彼は「結果を待ちたい」と話した。', '結果を待ちたい', UNNAMED, null],
  ['counter: ja ロボット司書 (a katakana thing before an office) is no person', '図書館ではロボット司書が本を運ぶ。\n\n彼女は「子どもたちに人気です」と話した。', '子どもたちに人気です', UNNAMED, null],
];

/** A third batch, longer stories with several people, written before its first run (figure in the test file). */
export const CJK_MENTION_CASES_3: KindCase[] = [
  ['zh three paragraphs: an official quoted, a vendor introduced, then 她说', '市场监管局副局长吴志刚表示：“我们会加强抽查。”\n\n在菜市场卖了二十年豆腐的摊主郑秀兰起得很早。她的摊位前已经排起了队。\n\n她说：“价格一直没涨。”', '价格一直没涨', '郑秀兰', ANY],
  ['zh 他表示 after a role and name with a place before (北京市民X)', '北京市民邓建平退休后开始学画画。\n\n他表示：“画画让我静下心来。”', '画画让我静下心来', '邓建平', ANY],
  ['zh a split quote whose tag is 他笑着说 after the person and a plain sentence', '小学校长冯丽华在这所学校工作了三十年。学校今年新建了图书馆。\n\n“孩子们终于有地方看书了，”她笑着说，“我也很开心。”', '我也很开心', '冯丽华', ANY],
  ['zh-Hant 她表示 after 藥師X女士 and an office quoted between', '社區藥局的藥師鄭美惠女士每天要接待上百位客人。衛生局長許文雄說：「我們會補助。」\n\n她表示：「補助還不夠。」', '補助還不夠', '鄭美惠', ANY],
  ['zh-Hant 他說 after 漁民X and the weather', '漁民蔡金龍凌晨三點就出海。\n\n這幾天海上風浪很大。\n\n他說：「今天只捕到一半。」', '今天只捕到一半', '蔡金龍', ANY],
  ['ko 그는 after X 대표는 (a company before), then a plain sentence', '한빛식품 오정민 대표는 지난해 공장을 새로 지었다. 올해 매출은 두 배로 늘었다.\n\n그는 "내년에는 수출도 시작한다"고 말했다.', '내년에는 수출도', '오정민', '대표'],
  ['ko 그녀는 after a second person introduced with age and 씨', '서병철 군수는 "주차장을 늘리겠다"고 말했다.\n\n시장에서 30년째 국밥집을 하는 문경희(66) 씨는 새벽 다섯 시에 문을 연다.\n\n그녀는 "손님이 예전 같지 않다"고 말했다.', '손님이 예전', '문경희', ANY],
  ['ko 정 씨는 after 정미란(44) 씨 and another person between', '정미란(44) 씨는 분식집을 운영한다. 옆 가게 주인 김상철(50) 씨도 사정은 비슷하다.\n\n정 씨는 "임대료가 너무 올랐다"고 말했다.', '임대료가 너무', '정미란', ANY],
  ['ja 彼女は after 看護師のXさん（33）and a body sentence', '看護師の松井紀子さん（33）は夜勤明けに取材に応じた。病院は人手不足が続いている。\n\n彼女は「休みが取れない」と話した。', '休みが取れない', '松井紀子', '看護師'],
  ['ja 彼は after X社長, another person quoted before', '市の担当者は「支援を続ける」と話した。\n\n地元で工場を営む大塚修一社長は昨年、工場を建て替えた。\n\n彼は「雇用は守る」と語った。', '雇用は守る', '大塚修一', '社長'],
  ['ja X さんは after the full name with an age, a second person between', '漁師の三浦正樹さん（61）は毎朝四時に港へ向かう。妻の三浦加奈子さん（58）も網の手入れを手伝う。\n\n正樹さんは「今年は魚が少ない」と話した。', '今年は魚が少ない', '三浦正樹', ANY],
  ['counter: ja 彼女は skips a man to the woman named before him', '主婦の岡田早苗さん（45）は毎週この店で買い物をする。夫の岡田俊介さん（47）は会社員だ。\n\n彼女は「野菜が高くなった」と話した。', '野菜が高くなった', '岡田早苗', ANY],
];
