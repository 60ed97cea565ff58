import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/**
 * Kinds from batch intl6 (quotes-{ru,uk,ar,he,ja,zh,ko}-i6-*, written before their first run), most frequent first,
 * each with cases that failed before its rule and counter-cases it must leave alone. None of the sentences is from the batch.
 */
const CASES: KindCase[] = [
  // 1. Russian/Ukrainian label form: a role and a name right before the colon, no verb (`Капитан хозяев X: «…»`), a place's
  // name after its noun inside the role (`мешканка вулиці Франка X:`); an age before the name does not hide it (lang/cyrillic-colon.ts).
  ['ru Вратарь «…» X: «…» (no verb)', 'Вратарь «Сокола» Артём Назаров: «Мы отыграли этот матч на одном характере».', 'Мы отыграли', 'Артём Назаров', 'вратарь'],
  ['uk Мешканець провулку Садового X: «…»', 'Мешканець провулку Садового Ігор Бойко: «Світло дають на дві години на добу».', 'Світло дають', 'Ігор Бойко', 'мешканець'],
  ['uk … лікарні 52-річна X визнала: «…» (an age before the name)', 'Головна лікарка лікарні 52-річна Марія Дячук визнала: «Без донорів ми не впораємося».', 'Без донорів', 'Марія Дячук', 'лікарка'],
  ['counter: ru a name in the dative after a verb is no label', 'Жители дома передали письмо депутату Олегу Савину: «Просим вмешаться и остановить стройку».', 'Просим вмешаться', UNNAMED, null],
  ['counter: ru Вопрос к главе района X (oblique case) names no one', 'Вопрос к главе района Ирине Беловой: «Когда откроют новый мост через реку?»', 'Когда откроют', UNNAMED, null],
  ['counter: ru Вчера в Твери X: (only where before the name) names no one', 'Вчера в Твери Мария Ильина: «Это было давно и неправда, поверьте».', 'Это было давно', UNNAMED, null],

  // 2. Korean `한 …은`, Chinese `一名/一位 …说`, Japanese `…の一人は`: one person counted as the subject is someone unnamed,
  // whatever the noun, not the person named before (lang/counted-unnamed.ts).
  ['ko 경기장을 찾은 한 팬은 "…" is described', '박지훈 감독은 "수비가 좋았다"고 말했다.\n\n경기장을 찾은 한 팬은 "오늘은 정말 잊지 못할 경기"라고 말했다.', '오늘은 정말', DESCRIBED, null],
  ['zh 一名在工地上干活的泥瓦匠说： is described', '经理王建华说：“今年订单增加了。”\n\n一名在工地上干活的泥瓦匠说：“工钱一直拖着没发。”', '工钱一直', DESCRIBED, null],
  ['ja 球場に駆けつけたファンの一人は「…」 is described', '監督の山口誠さんは「守備が良かった」と話した。\n\n球場に駆けつけたファンの一人は「最高の試合だった」と笑顔を見せた。', '最高の試合', DESCRIBED, null],
  ['counter: ko 한 번은 (once) is no person: the speaker before', '박지훈 감독은 "수비가 좋았다"고 말했다.\n\n한 번은 "다시는 안 온다"고 말했다.', '다시는 안 온다', '박지훈', ANY],
  ['counter: zh 一位摊主陈刚说 names him', '经理王建华说：“今年订单增加了。”\n\n一位摊主陈刚说：“生意比去年好做。”', '生意比去年', '陈刚', ANY],
  ['counter: ja 選手の一人、X さんは names him', '監督の山口誠さんは「守備が良かった」と話した。\n\n選手の一人、森田陸さんは「最高の試合だった」と笑顔を見せた。', '最高の試合', '森田陸', ANY],

  // 3. Japanese: a kanji family name and a hiragana given name before an office (`伊藤さやか部長は`), as before an honorific,
  // so the office alone later (`伊藤部長は`) finds the full name; `「…」と小林院長。` (the verb left out) names the speaker
  // (lang/ja.ts, lang/ja-mentions.ts).
  ['ja …の石井あゆみ課長は「…」', '市民課の石井あゆみ課長は「窓口の待ち時間を半分にしたい」と話す。', '窓口の待ち時間', '石井あゆみ', '課長'],
  ['ja 石井課長は after 石井あゆみ課長', '市民課の石井あゆみ課長は「窓口の待ち時間を半分にしたい」と話す。利用者の森田健さんは「早くなった」と喜ぶ。石井課長は「まだ改善の余地がある」と語る。', 'まだ改善の', '石井あゆみ', '課長'],
  ['ja 「…」と原田校長。 after another speaker', '北小の原田浩校長は「児童は落ち着いている」と話す。保護者の森田健さんは「安心した」と語った。「春までに体育館も直したい」と原田校長。', '春までに体育館', '原田浩', '校長'],
  ['counter: ja a clause ending in a verb (`統括した`) before a kanji name stays out of it', '事業を統括した佐藤誠部長は「来月までに結論を出す」と述べた。', '来月までに', '佐藤誠', '部長'],
  ['counter: ja 「…」と説明。 (a verbal noun) names no one new', '北小の原田浩校長は「児童は落ち着いている」と話す。保護者の森田健さんは「安心した」と語った。「予算は足りない」と説明。', '予算は足りない', '森田健', ANY],

  // 4. Korean: the age in brackets after 씨 (`정미경 씨(67)는`), as after the name (lang/ko.ts).
  ['ko 시장에서 일하는 X 씨(58)는 "…"', '박영수 구청장은 "대책을 세우겠다"고 말했다.\n\n시장에서 일하는 최은숙 씨(58)는 "손님이 절반으로 줄었다"고 말했다.', '손님이 절반으로', '최은숙', ANY],
  ['ko 이모 씨(47)는 (a certain Lee, the age after 씨) is described, not the speaker before', '박영수 구청장은 "대책을 세우겠다"고 말했다.\n\n이모 씨(47)는 "손님이 절반으로 줄었다"고 말했다.', '손님이 절반으로', UNNAMED, ANY],
  ['counter: ko X 씨는 with no age names her as before', '박영수 구청장은 "대책을 세우겠다"고 말했다.\n\n시장에서 일하는 최은숙 씨는 "손님이 절반으로 줄었다"고 말했다.', '손님이 절반으로', '최은숙', ANY],
];

kindTable('kinds of batch intl6 (ru uk ar he ja zh ko)', CASES);
