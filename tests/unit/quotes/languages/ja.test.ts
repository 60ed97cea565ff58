import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['「…」とX氏は述べた', '「月曜日に橋を開通させる」と山田太郎氏は述べた。', '月曜日に橋を開通させる', '山田太郎', null],
  ['X氏は「…」と語った', '山田太郎氏は「月曜日に橋を開通させる」と語った。', '月曜日に橋を開通させる', '山田太郎', null],
  ['Xさんが「…」と話した', '佐藤花子さんが「店は月曜日に開く」と話した。', '店は月曜日に開く', '佐藤花子', null],
  ['a role after the name: 首相', '岸田文雄首相は「経済対策を急ぐ」と述べた。', '経済対策を急ぐ', '岸田文雄', '首相'],
  ['a role after the quote: 大統領', '「同盟を強化する」とバイデン大統領は語った。', '同盟を強化する', 'バイデン', '大統領'],
  ['a minister: 外相', '林芳正外相は「対話を続ける」と強調した。', '対話を続ける', '林芳正', '外相'],
  ['a long office: 官房長官', '松野博一官房長官は記者会見で「状況を注視している」と述べた。', '状況を注視している', '松野博一', '官房長官'],
  ['a company head: 社長', '田中一郎社長は「来年も値上げはしない」と説明した。', '来年も値上げはしない', '田中一郎', '社長'],
  ['time and place between the speaker and the quote', '山田太郎氏は13日、記者団に「月曜日に橋を開通させる」と語った。', '月曜日に橋を開通させる', '山田太郎', null],
  ['the subject left out: the last speaker', '山田太郎氏は「月曜日に橋を開通させる」と語った。\n\n「工事は順調だ」と述べた。', '工事は順調だ', '山田太郎', null],
  ['彼女は', '佐藤花子さんは「店は月曜日に開く」と話した。\n\n彼女は「値段は変えない」と語った。', '値段は変えない', '佐藤花子', null],
  ['white corner brackets', '『月曜日に橋を開通させる』と山田太郎氏は説明した。', '月曜日に橋を開通させる', '山田太郎', null],
  ['nested brackets', '山田太郎氏は「彼は『待て』と言った」と述べた。', '彼は『待て』と言った', '山田太郎', null],
  ['a suspect is a role too', '鈴木次郎容疑者は「覚えていない」と供述しているという。鈴木次郎容疑者は「金が欲しかった」と話した。', '金が欲しかった', '鈴木次郎', '容疑者'],
  ['a time topic is not the speaker', '山田太郎氏は会見を開いた。今日は「月曜日に橋を開通させる」と述べた。', '月曜日に橋を開通させる', '山田太郎', null],
  ['the subject left out: whom the sentence before names', '山田太郎氏は会見を開いた。「月曜日に橋を開通させる」と述べた。', '月曜日に橋を開通させる', '山田太郎', null],
  ['a family name alone is the full name used before', '山田太郎氏は「橋を開通させる」と述べた。\n\n山田氏は「工事は順調だ」と語った。', '工事は順調だ', '山田太郎', null],
  ['a short quote attributed after', '「開通させる」と山田太郎氏は述べた。', '開通させる', '山田太郎', null],
  ['a clause before the name', '山田太郎知事は「時間をかけすぎた」と述べた。\n\nパン店を営む佐藤花子さんは「毎月の売り上げが大事だ」と話した。', '毎月の売り上げが大事だ', '佐藤花子', null],
  ['polite past: 述べました', '岸田文雄総理大臣は13日夜、「経済対策を急ぎたい」と述べました。', '経済対策を急ぎたい', '岸田文雄', '総理大臣'],
  ['a clause that goes on: 述べ、', '「対話の扉は開いている」と林芳正外相は述べ、協議の再開を求めた。', '対話の扉は開いている', '林芳正', '外相'],
  ['the plain present in a feature: 話す', '佐藤花子さんは「店を続けたい」と話す。', '店を続けたい', '佐藤花子', null],
  ['a full-sentence quote: the name before it beats the dropped subject after it', '岸田文雄首相は「経済対策を急ぐ。補正予算を組む。」と述べた。', '経済対策を急ぐ。補正予算を組む。', '岸田文雄', '首相'],
  ['a family name with a title is the full name written before', '商店街振興組合の北川正理事長によると、駐車場が少ない。北川理事長は「平日にも来てもらえる仕組みが必要だ」と話した。', '平日にも来てもらえる仕組みが必要だ', '北川正', '理事長'],
  ['と話す after a paragraph introducing someone new', '山崎市長は「町を元気にする」と述べた。\n\n石田遼さん（28）は、東京の会社を辞めて故郷に戻った。「最初は不安だった」と話す。', '最初は不安だった', '石田遼', null],
  ['と話す with nobody new: the last speaker', '山崎市長は「町を元気にする」と述べた。「若い人が挑戦できる場所をつくる」と話した。', '若い人が挑戦できる場所をつくる', '山崎', '市長'],
  ['an unnamed official (担当者) is described; 呼びかけている reports speech', '高橋由美校長は「学校を開けることはできない」と説明した。県自然保護課の担当者は「クマを見かけたら、近づかずにすぐ連絡してほしい」と呼びかけている。', 'クマを見かけたら、近づかずにすぐ連絡してほしい', '県自然保護課の担当者', null],
];

attributionTable('Japanese', CASES);
