import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/**
 * Japanese and Chinese kinds from the non-Latin batch (quotes-ja-*, quotes-zh-*): the name ends where a long office
 * starts (支社長, 総務部長, 理事長), a speaker written after 「…」と with a modifier before the name, an unnamed person
 * with a trade glued to 男性/女性, verbs of criticism, a trade alone as the speaker, and a newly introduced person as
 * the one 她 means. No spaces in any of them. Each kind has counter-cases it must leave alone.
 */
const CASES: KindCase[] = [
  // 1. Japanese: long offices are roles, no kanji of theirs glued to the name (lang/ja.ts ROLES).
  ['ja X支社長は: 支 is the office\'s', '東邦運輸の山本健太支社長は「来月から運賃を上げる」と述べた。', '来月から運賃', '山本健太', '支社長'],
  ['ja X総務部長は: a department\'s office', '市の中村修総務部長は「予算は足りている」と説明した。', '予算は足りている', '中村修', '総務部長'],
  ['ja X支配人は', 'ホテル青嵐の佐藤花子支配人は「週末は満室だ」と話した。', '週末は満室だ', '佐藤花子', '支配人'],
  ['ja X事務局長は', '県体育協会の鈴木正事務局長は「大会は予定通り開く」と語った。', '大会は予定通り', '鈴木正', '事務局長'],
  ['counter: ja a name whose own kanji start like an office (総) keeps them', '佐藤総一郎社長は「客足は戻った」と話した。', '客足は戻った', '佐藤総一郎', '社長'],
  ['counter: ja a plain 社長 after a name', '北陸精工の川田浩社長は「増産を続ける」と述べた。', '増産を続ける', '川田浩', '社長'],

  // 2. Japanese: `「…」と〇〇の X 支店長は話した`, the speaker after と with who they are before the name.
  ['ja after と, a body and の before the name and office', '「融資の相談が増えている」と北山銀行の田中一郎支店長は話した。', '融資の相談が', '田中一郎', '支店長'],
  ['ja after と, an occupation and の before the name with さん', '「朝市は毎週開きたい」と農家の石井和子さんは話した。', '朝市は毎週', '石井和子', '農家'],
  ['counter: ja after と with no one named, the subject left out', '北山銀行の田中一郎支店長は会見を開いた。「融資の相談が増えている」と話した。', '融資の相談が', '田中一郎', ANY],

  // 3. Japanese: a trade glued to 男性/女性 with an age after it is someone unnamed, not the last speaker.
  ['ja 会社員男性（64）は after a named speaker', '町観光協会の西沢修事務局長は「人手不足が課題だ」と指摘する。\n\n東京都の会社員男性（64）は「少し寂しい」と語った。', '少し寂しい', DESCRIBED, null],
  ['counter: ja a named man with an age is that man', '町観光協会の西沢修事務局長は「人手不足が課題だ」と指摘する。\n\n会社員の吉田浩二さん（39）は「またこういう場があるのはうれしい」と話した。', 'またこういう場が', '吉田浩二', ANY],

  // 4. Chinese: criticism as a verb of saying; a trade alone (no name after it) is described (lang/zh.ts).
  ['zh traditional 市議員X批評：', '對於外界質疑政府反應太慢，市議員許雅婷批評：「預估早在三月就出來了。」', '預估早在三月', '許雅婷', '議員'],
  ['zh simplified 专家X质疑：', '交通专家刘洋质疑：“这笔钱为什么现在才拨？”', '这笔钱为什么', '刘洋', '专家'],
  ['zh traditional 一家…的老闆娘笑說 is described', '分署長吳家豪說明，中央將撥款。「加工是好方法。」\n\n一家在地冰店的老闆娘笑說，今年成本降了不少，「但是看到農民辛苦，我們也高興不起來」。', '但是看到農民', DESCRIBED, null],
  ['counter: zh traditional 老闆娘X笑說 is X', '老闆娘林美華笑說：「今年生意好。」', '今年生意好', '林美華', '老闆娘'],

  // 5. Chinese: 她 after a sentence introducing a new woman (`76岁的X老人…`) is her, not the woman quoted before.
  ['zh 她 after 76岁的X老人 opens the sentence before', '处长王敏介绍，全市今年计划建成40家长者食堂。“我们要解决送餐问题。”她说。\n\n中午11点，食堂里已经坐满了人。76岁的陈桂兰老人几乎每天都来。“自己做饭，一个人吃不了多少。”她笑着说。', '自己做饭', '陈桂兰', null],
  ['counter: zh 她 with no one new introduced stays the woman quoted before', '处长王敏介绍，全市今年计划建成40家长者食堂。“我们要解决送餐问题。”她说。\n\n中午11点，食堂里已经坐满了人。“老人吃得很满意。”她补充说。', '老人吃得很满意', '王敏', ANY],
];

kindTable('Japanese and Chinese kinds of the non-Latin batch', CASES);
