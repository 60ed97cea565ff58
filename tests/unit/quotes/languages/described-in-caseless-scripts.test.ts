import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/**
 * Someone the paper leaves unnamed in Korean, Japanese or Chinese stays described, whatever the paragraphs before hold:
 * a Korean word that opens with 한 (Korea, "meanwhile") is no person of the family name 한; a phrase saying what
 * the answer is about is no part of the official's description; a field glued before a Japanese official; a Chinese noun
 * with a person's ending counted by 名 or 位; a Hebrew parent by the number of children. Counter-cases: a person of the family name 한 named earlier, a Japanese
 * official given a name, a Chinese 個 counting a thing. Sentences of my own.
 * [what the case shows, the text, the start of the quote, the speaker, the role].
 */
const CASES: KindCase[] = [
  // Korean: 한 before a noun for a person is "one", unless the text gave someone the family name 한.
  ['ko 한 주민 after 한편 opening the paragraph before', '꽃집을 하는 박영희(58) 씨는 "요즘 손님이 줄었다"고 전했다.\n\n한편 박 씨는 "임대료만 올랐다"고 거듭 강조했다.\n\n공원 옆 골목의 한 주민은 "새벽마다 오토바이 소리에 깬다"고 전했다.', '새벽마다 오토바이', DESCRIBED, ANY],
  ['ko 한 주민 after 한국 in the paragraph before', '한국 정부는 올해 예산을 늘렸다. 교육부 정민수 차관은 "학교 지원을 늘린다"고 전했다.\n\n공원 옆 골목의 한 주민은 "새벽마다 오토바이 소리에 깬다"고 전했다.', '새벽마다 오토바이', DESCRIBED, ANY],
  ['ko counter: 한지민 named before, 한 간호사 is not "one nurse"', '간호사 한지민(31) 씨는 밤 근무를 마쳤다. 병원장 이영수 씨는 "인력은 충분하다"고 전했다.\n\n한 간호사는 "매일 밤 인력이 부족하다"고 전했다.', '매일 밤 인력이', '간호사', null],
  ['ko 한 상인 after a number of years opening the clause', '번영회 최동욱 회장은 "관광버스가 늘어 다행"이라고 말했다.\n\n15년 넘게 정류장 앞에서 분식집을 하는 한 상인은 "늦게까지 문을 열기는 어렵다"고 했다.', '늦게까지 문을', DESCRIBED, ANY],
  // Korean: `이에 대해`, `이와 관련해` before an unnamed official.
  ['ko 이에 대해 before 군청 관계자', '상인들은 버스 노선 조정을 요구해 왔다.\n\n이에 대해 군청 관계자는 "내년 봄까지 주차장을 새로 만든다"고 밝혔다.', '내년 봄까지', '군청 관계자', null],
  ['ko 이와 관련해 before 군청 관계자', '상인들은 버스 노선 조정을 요구해 왔다.\n\n이와 관련해 군청 관계자는 "내년 봄까지 주차장을 새로 만든다"고 밝혔다.', '내년 봄까지', '군청 관계자', null],
  ['ko counter: a province and a body before 관계자 stay in it', '상인들은 버스 노선 조정을 요구해 왔다.\n\n강원도 산림청 관계자는 "내년 봄까지 주차장을 새로 만든다"고 밝혔다.', '내년 봄까지', '강원도 산림청 관계자', null],
  // Japanese: a field glued before 担当者/職員, a body's name opening in capitals.
  ['ja …の販売担当者 after a named farmer', '松本市で野菜を育てる佐藤一郎さん（58）は「今年は雨が少なく、苦労した」と話した。\n\nJA松本ハイランドの販売担当者は「出荷量は例年の8割ほどにとどまりそうだ」と述べた。', '出荷量は例年の', DESCRIBED, ANY],
  ['ja …の技術職員 after a named farmer', '松本市で野菜を育てる佐藤一郎さん（58）は「今年は雨が少なく、苦労した」と話した。\n\n市農政課の技術職員は「出荷量は例年の8割ほどにとどまりそうだ」と述べた。', '出荷量は例年の', DESCRIBED, ANY],
  ['ja counter: the official is named', '松本市で野菜を育てる佐藤一郎さん（58）は「今年は雨が少なく、苦労した」と話した。\n\n市農政課の職員、山本健さんは「出荷量は例年の8割ほどにとどまりそうだ」と述べた。', '出荷量は例年の', '山本健', '職員'],
  // Chinese: 一名/一位 and a noun with a person's ending; the pronoun after stays with them.
  ['zh 一名住戶 … 他說 after a named official', '交通局長陳志明表示，新路線下月上路。\n\n同一條街上的一名住戶並不看好。他說，上班時間巴士總是客滿，「排了二十分鐘也擠不上去」。', '排了二十分鐘', DESCRIBED, ANY],
  ['zh 一位業者說 after a named official', '交通局長陳志明表示，新路線下月上路。\n\n一位業者說：「這個月的客人掉了三成」。', '這個月的客人', DESCRIBED, ANY],
  ['zh counter: 一個 counts a thing, the official speaks', '交通局長陳志明表示，新路線下月上路。\n\n一個新站也將啟用。陳志明說：「生意會慢慢回來」。', '生意會慢慢回來', '陳志明', ANY],
  // Hebrew: a parent described by the number of children, with no article and no name.
  ['he אם לשניים after a named mayor', 'ראש העיר, דני כהן, אמר כי החוף ייפתח מחר.\n\n"לא ידענו שהחוף סגור", סיפרה אם לשניים שישבה ליד המים.', 'לא ידענו', DESCRIBED, ANY],
  ['he אב לשלושה after a named mayor', 'ראש העיר, דני כהן, אמר כי החוף ייפתח מחר.\n\n"לא ידענו שהחוף סגור", סיפר אב לשלושה מחיפה.', 'לא ידענו', DESCRIBED, ANY],
  ['he counter: a given name that starts like אב', 'ראש העיר, דני כהן, אמר כי החוף ייפתח מחר.\n\n"לא ידענו שהחוף סגור", אמר אבי לוינסון.', 'לא ידענו', 'אבי לוינסון', ANY],
];

kindTable('Someone unnamed in a caseless script stays described', CASES);
