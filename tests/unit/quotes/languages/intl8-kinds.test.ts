// Batch intl8 (20 articles in ru uk ar he ja zh ko): the kinds its first run got wrong that recur across those
// languages, each in fresh sentences (none copied from the batch), with counter-cases left alone.
import { DESCRIBED, UNNAMED, ANY, kindTable, type KindCase } from './kind-table';

/**
 * A quote standing as its own sentence, the next sentence naming the speaker after a clause saying who they are (Korean
 * `…에 사는 X(82) 할머니는`, `… X(68) 씨의 말이다`, "these are X's words"; Japanese `。…を営むXさん（58）は`, `。3代目の女将、Xさんは、`).
 */
const NEXT_SENTENCE_AFTER_CLAUSE: KindCase[] = [
  ['ko: a clause, the name, age and 할머니', '마을회관이 문을 닫았다. "겨울에는 갈 곳이 없어요. 하루 종일 혼자 있어요." 읍내에 혼자 사는 최복순(79) 할머니는 창밖을 보며 말했다.', '겨울에는 갈 곳이', '최복순', null],
  ['ko: `X 씨의 말이다` after a clause', '항구에 배가 줄었다. "예전에는 배가 스무 척이었어요. 지금은 다섯 척이죠." 30년째 그물을 손보는 한동수(64) 씨의 말이다.', '예전에는 배가', '한동수', null],
  ['ko: a clause ending in 중인 before the name with 씨가', '폐교가 결정됐다. "아이들 학교가 없어지면 마을도 끝이에요." 이사를 고민 중인 주민 윤미경(45) 씨가 고개를 저었다.', '아이들 학교가', '윤미경', ANY],
  ['counter-case ko: the next sentence opens with a body, no one named', '폐교가 결정됐다. "아이들 학교가 없어지면 마을도 끝이에요." 교육청은 다음 달 설명회를 연다.', '아이들 학교가', UNNAMED, ANY],
  ['ja: a clause, the name with さん and an age', '商店街の空き店舗が増えている。「昔は肩がぶつかるほど人がいた」。駅前で時計店を営む村上俊夫さん（81）は目を細めた。', '昔は肩がぶつかる', '村上俊夫', ANY],
  ['ja: an office and 、 before the name, は、', '老舗の旅館が閉館する。「長い間ありがとうございました」。4代目の主人、永井和彦さん（66）は、玄関で深々と頭を下げた。', '長い間ありがとう', '永井和彦', ANY],
  ['counter-case ja: the next sentence opens with the name', '老舗の旅館が閉館する。「長い間ありがとうございました」。永井和彦さん（66）は頭を下げた。', '長い間ありがとう', '永井和彦', ANY],
];

/** Japanese sports pages: a player by name and age alone, no honorific (`サードの吉村（23）は「`, `」と語ったのはリードの…（25）。`). */
const JA_NAME_WITH_AGE: KindCase[] = [
  ['ja: a position, the name and age before the quote', '試合は延長にもつれ込んだ。セッターの水野早紀（26）は「最後まで足が動いた」と胸を張った。', '最後まで足が動いた', '水野早紀', 'セッター'],
  ['ja: a cleft naming the player with an age', '試合は延長にもつれ込んだ。「全員で拾ったボールだった」と振り返ったのは主将の大川美咲（28）。', '全員で拾ったボール', '大川美咲', ANY],
  ['counter-case ja: an occupation with an age stays unnamed', '試合は満員の観客が見守った。近所の主婦（54）は「鳥肌が立った」と話した。', '鳥肌が立った', UNNAMED, ANY],
];

/** Japanese: an office held in a body named right before it with の (`漁協の組合長は`, `チームの主将は`): someone unnamed, not 組合 + 長. */
const JA_OFFICE_OF_A_BODY: KindCase[] = [
  ['ja: 組合長 of a co-op, read as 組合 + 長 before', '港の水揚げが激減した。地元漁協の組合長は「このままでは船を手放す人が出る」と話した。', 'このままでは船を', DESCRIBED, ANY],
  ['ja: 事務局長 of an association', '祭りの規模が縮小される。町観光協会の事務局長は「担い手が足りない」と明かした。', '担い手が足りない', DESCRIBED, ANY],
  ['ja: 主将 of the beaten team, someone named before', '大会は地元校が制した。監督の中島健太さんは「粘り勝ちだ」と述べた。敗れた隣町の高校の主将は「守備で崩れた」と悔しがった。', '守備で崩れた', DESCRIBED, ANY],
  ['counter-case ja: the office before a named person', '港の水揚げが激減した。組合長の森山利夫さんは「船を手放す人が出る」と話した。', '船を手放す人が', '森山利夫', '組合長'],
];

/** A customer or visitor (Japanese `女性客`, `観光客`; Korean `관광객`, `승객`) as the subject: someone unnamed, not the last speaker. */
const CUSTOMER_OR_VISITOR: KindCase[] = [
  ['ja: `女性客は` after a clause, someone named before', '店主の田村健一さんは「味は変えない」と話した。東京から来たという女性客は「わざわざ来る価値がある」と笑った。', 'わざわざ来る価値', DESCRIBED, ANY],
  ['ja: `観光客は`', '店主の田村健一さんは「味は変えない」と話した。台湾からの観光客は「また来たい」と話した。', 'また来たい', DESCRIBED, ANY],
  ['ko: an age decade and `관광객은`', '해설사 김민준 씨는 "주말마다 붐빈다"고 말했다. 부산에서 온 40대 관광객은 "생각보다 조용해서 좋았다"고 했다.', '생각보다 조용해서', DESCRIBED, ANY],
  ['counter-case ja: a named regular (`常連客の`) before the name', '店は満員だった。常連客の田村健一さんは「ここの味が一番」と話した。', 'ここの味が一番', '田村健一', ANY],
  ['counter-case ko: a named guide after `관광객을`', '해변이 붐볐다. 관광객을 안내한 해설사 김민준 씨는 "주말마다 두 배로 늘었다"고 말했다.', '주말마다 두 배로', '김민준', '해설사'],
];

/** Chinese `发言人回应时指出`: a bare `回应时` (when answering) between the role and the verb, read as a name. */
const ZH_ANSWERING_WHEN: KindCase[] = [
  ['zh: a spokesperson `回应时指出`', '公交票价下月上调。交通局发言人回应时指出，票价十年未调，“调整幅度已经很小”。', '调整幅度已经很小', DESCRIBED, ANY],
  ['zh: `回應時表示`, traditional', '渡輪服務將縮減。運輸署發言人回應時表示：「班次會按需求調整。」', '班次會按需求調整', DESCRIBED, ANY],
  ['zh: a named spokesperson `回应时`', '公交票价下月上调。交通局发言人林志强回应时表示：“调整幅度已经很小。”', '调整幅度已经很小', '林志强', ANY],
  ['counter-case zh: `回应` as the verb right after a name', '公交票价下月上调。市民代表陈文杰回应说：“我们可以接受。”', '我们可以接受', '陈文杰', ANY],
];

/** Arabic `الكابتن` (captain, how sports pages address a coach) after a role in apposition: a form of address, no name or role. */
const AR_CAPTAIN_TITLE: KindCase[] = [
  ['ar: a coach, then `الكابتن` and the name between commas', 'وقال مدرب الفريق، الكابتن ماجد الربيعي، بعد اللقاء: «اللاعبون قدموا كل ما لديهم».', 'اللاعبون قدموا', 'ماجد الربيعي', 'مدرب'],
  ['ar: `الكابتن` right after the verb', 'وقال الكابتن ماجد الربيعي: «اللاعبون قدموا كل ما لديهم».', 'اللاعبون قدموا', 'ماجد الربيعي', null],
  ['counter-case ar: a doctor between commas keeps the office before', 'وقال مدير المستشفى، الدكتور ماجد الربيعي، للصحفيين: «الأسرة كلها مشغولة».', 'الأسرة كلها', 'ماجد الربيعي', 'مدير'],
];

/** Arabic `حذّر` (warned), with `من أن` (against that) or a colon before the quote: a verb of saying missing from the verbs. */
const AR_WARNED: KindCase[] = [
  ['ar: an unnamed doctor warned `من أن`', 'ارتفعت درجات الحرارة. وحذرت طبيبة في مستوصف الحي من أن «الأطفال هم الأكثر تأثراً بالحر».', 'الأطفال هم الأكثر', DESCRIBED, ANY],
  ['counter-case ar: a named engineer after حذر and a colon (read so already)', 'وحذر المهندس كريم السوداني: «الجسر لن يتحمل شتاءً آخر».', 'الجسر لن يتحمل', 'كريم السوداني', ANY],
];

/** Arabic: a long description (a role and its place, five words or more) before a withheld-name clause in commas, the clause read as a name. */
const AR_LONG_WITHHELD: KindCase[] = [
  ['ar: a doctor in a named hospital, `طلب عدم ذكر اسمه`', 'وقال طبيب في مستشفى الجمهورية التعليمي، طلب عدم ذكر اسمه، إن «الأسرة ممتلئة منذ أسبوع».', 'الأسرة ممتلئة', DESCRIBED, ANY],
  ['counter-case ar: a teacher at a named school, `فضل عدم الكشف عن هويته` (read so already)', 'وقال معلم في مدرسة حي السلام الابتدائية، فضل عدم الكشف عن هويته، إن «الفصول بلا تدفئة».', 'الفصول بلا تدفئة', DESCRIBED, ANY],
  ['counter-case ar: a short description before the clause', 'وقالت ممرضة في الطوارئ، طلبت عدم ذكر اسمها، إن «الأسرة ممتلئة منذ أسبوع».', 'الأسرة ممتلئة', DESCRIBED, ANY],
  ['counter-case ar: a named director of a named hospital', 'وقال مدير مستشفى المدينة سالم العبيدي: «الأسرة ممتلئة منذ أسبوع».', 'الأسرة ممتلئة', 'سالم العبيدي', 'مدير'],
];

/** How the words were said after a family name, read as part of it: Hebrew `בכאב` (in pain), Arabic `بحذر` (cautiously). */
const HE_MANNER_AFTER_NAME: KindCase[] = [
  ['he: `בכאב` after the family name', 'רכזת העמותה, דנה שפירא, אמרה כי "התור רק מתארך".\n\n"אנשים מוותרים ועוזבים", אומרת שפירא בכאב.', 'אנשים מוותרים', 'דנה שפירא', ANY],
  ['counter-case he: a full name before `בהקלה`', '"סוף סוף קיבלנו תשובה", אמר משה לנדאו בהקלה.', 'סוף סוף קיבלנו', 'משה לנדאו', null],
  ['ar: `بحذر` (cautiously) after the name, never the verb حذر', 'وقال سالم العبيدي بحذر: «الموسم لم ينته بعد».', 'الموسم لم ينته', 'سالم العبيدي', null],
  ['counter-case he: a family name opening with ב', '"סוף סוף קיבלנו תשובה", אמר משה בכר.', 'סוף סוף קיבלנו', 'משה בכר', null],
];

/**
 * Russian and Ukrainian: a verb of saying opening the sentence (`Каже, …:`) read as a one-word name, and a rescuer
 * (`Рятувальниця`) opening it glued to the name; still wrong: a place capitalised in the role before the name (`из села Верхний Бор X Y`).
 */
const CYRILLIC_RUN_BEFORE_NAME: KindCase[] = [
  ['uk: `Каже,` opening the sentence before the colon', 'Рятувальниця Олена Дорош чергувала всю ніч. Каже, туристам пощастило: «Ще годину в тумані, і ми б їх не знайшли».', 'Ще годину в тумані', 'Олена Дорош', ANY],
  ['ru: a place of two words between the role and the name', '«Мы испекли двести пирогов», — рассказала мастерица из деревни Верхний Бор Зульфия Ахметова.', 'Мы испекли двести', 'Зульфия Ахметова', 'мастерица'],
  ['counter-case uk: one capitalised word after a preposition in the role', 'Власниця кав’ярні біля Ринку Оксана Федорів не погоджується. «Туристів стало менше», — каже Федорів.', 'Туристів стало менше', 'Оксана Федорів', ANY],
  ['counter-case ru: a name with a patronymic stays whole', '«Все сроки соблюдены», — заявил директор Пётр Ильич Соколов.', 'Все сроки соблюдены', 'Пётр Ильич Соколов', ANY],
  ['counter-case ru: a two-word name after a role', '«Все сроки соблюдены», — заявил директор завода Пётр Соколов.', 'Все сроки соблюдены', 'Пётр Соколов', 'директор'],
];

kindTable('intl8: the next sentence names the speaker after a clause (ko, ja)', NEXT_SENTENCE_AFTER_CLAUSE);
kindTable('intl8: a Japanese player by name and age alone', JA_NAME_WITH_AGE);
kindTable('intl8: a Japanese office held in a body named before it', JA_OFFICE_OF_A_BODY);
kindTable('intl8: a customer or visitor as the subject (ja, ko)', CUSTOMER_OR_VISITOR);
kindTable('intl8: Chinese `回应时` between the role and the verb', ZH_ANSWERING_WHEN);
kindTable('intl8: Arabic `الكابتن`, a form of address', AR_CAPTAIN_TITLE);
kindTable('intl8: Arabic `حذّر`, a verb of warning', AR_WARNED);
kindTable('intl8: an Arabic description of five words or more before a withheld name', AR_LONG_WITHHELD);
kindTable('intl8: manner words after a family name (he, ar)', HE_MANNER_AFTER_NAME);
// (A place of two capitalised words glued to the name: four Cyrillic words with no patronymic, lang/cyrillic-name-run.ts, since s27.)
kindTable('intl8: Russian and Ukrainian words glued to the name', CYRILLIC_RUN_BEFORE_NAME);
