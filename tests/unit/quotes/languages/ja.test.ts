import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
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
  ['a role before the name with 、 (女将、X さん) is the role', '老舗旅館「松風荘」の女将、吉田千代子さん（63）は「従業員が足りない」と話す。', '従業員が足りない', '吉田千代子', '女将'],
  ['a role before the name with の (組合長の X さん) is the role', '旅館組合の組合長の森田和彦さんは「町に戻るきっかけにしたい」と語った。', '町に戻るきっかけにしたい', '森田和彦', '組合長'],
  ['a place before the name with の is no role', '大阪市の山本花子さんは「毎年来ている」と話した。', '毎年来ている', '山本花子', null],
  ['a school grade in brackets and 笑顔を見せた', '主将の佐々木大翔選手（3年）は「後ろのみんなを信じて走った」と笑顔を見せた。', '後ろのみんなを信じて走った', '佐々木大翔', '主将'],
  ['唇をかんだ after a quote with its speaker before it', '高橋陸選手（3年）は「悔しいが、力の差を認めるしかない」と唇をかんだ。', '悔しいが、力の差を認めるしかない', '高橋陸', '選手'],
  ['an official after a clause ending in hiragana (主催する…の担当者) is described', '村上健一監督は「全国では入賞したい」と話した。大会を主催する県高校体育連盟の担当者は「沿道の応援が多かった」と話している。', '沿道の応援が多かった', '県高校体育連盟の担当者', null],
  // Disaster and business pages: two offices in a row after the name, a body as the subject, としている.
  ['two offices in a row after the name (主任研究員)', '北陸経済研究所の上田麻衣主任研究員は「価格を抑えた点は評価できる」と指摘した。', '価格を抑えた点は評価できる', '上田麻衣', '主任研究員'],
  ['one office after the name stays one (部長)', '県危機管理部の松田隆部長は「生活再建に全力を挙げる」と強調した。', '生活再建に全力を挙げる', '松田隆', '部長'],
  ['a body (気象台) as the subject is described, with としている', '南信地方気象台によると雨量が多かった。気象台は「土砂災害が起きる恐れがある」としている。', '土砂災害が起きる恐れがある', '気象台', null],
  ['a family name ending in 村 is no body', '中島誠町長は「帰宅を控えてほしい」と語った。\n\n木村は「まだ分からない」と話した。', 'まだ分からない', '木村', null],
  ['としている with the subject left out: the last speaker, the office learned with the name carried', '中島誠町長は「帰宅を控えてほしい」と語った。\n\n「避難指示は当面続ける」としている。', '避難指示は当面続ける', '中島誠', '町長'],
  // The second batch: a court (裁判長, 弁護側, 判決), a comment sent through the court, an unnamed woman.
  ['裁判長 after a family name: the full name written before', '大川恵子裁判長は懲役4年を言い渡した。大川裁判長は「卑劣な犯行だ」と指摘した。', '卑劣な犯行だ', '大川恵子', '裁判長'],
  ['弁護側 (the defence) is described, not named', '大川恵子裁判長は懲役4年を言い渡した。弁護側は「指示役に脅されていた」として執行猶予を求めた。', '指示役に脅されていた', '弁護側', null],
  ['判決は「…」: the ruling is described', '大川恵子裁判長は懲役4年を言い渡した。判決は「受け子は不可欠な役割だ」と退けた。', '受け子は不可欠な役割だ', '判決', null],
  ['an unnamed woman and とのコメントを出した', '大川恵子裁判長は「卑劣な犯行だ」と指摘した。\n\n被害者の一人で80代の女性は「同じ被害に遭う人が出ないでほしい」とのコメントを出した。', '同じ被害に遭う人が出ないでほしい', '80代の女性', null],

  // The fourth batch (intl9): こう話した in the sentence after the quote, occupations before the name, board offices, a given name.
  ['「…」。X はこう話した: the next sentence tells who said it', '「駅が遠すぎて通えない」。市内に住む男性（70）はこう話した。', '駅が遠すぎて通えない', '男性', null],
  ['「…」。 followed by a sentence with no こう keeps the speaker before', '山本さんは「バスが少ない」と話した。「駅が遠すぎて通えない」。市は来年、バスを増便する。', '駅が遠すぎて通えない', '山本', null],
  ['an occupation and 、 before the name is the role (会社員、X さん)', '会社員、田中一郎さん（40）は「電車が遅れて困る」と話した。', '電車が遅れて困る', '田中一郎', '会社員'],
  ['a place before the name is no role', '東京の田中一郎さんは「電車が遅れて困る」と話した。', '電車が遅れて困る', '田中一郎', null],
  ['the office held として in the clause before the name', '漁師として30年働いてきた田中一郎さんは「海が変わった」と話す。', '海が変わった', '田中一郎', '漁師'],
  ['the same clause with no として gives no role', '30年働いてきた田中一郎さんは「海が変わった」と話す。', '海が変わった', '田中一郎', null],
  ['two board offices after the name (専務理事)', '商工会の山本次郎専務理事は「売り上げが戻った」と述べた。', '売り上げが戻った', '山本次郎', '専務理事'],
  ['a given name with さん is the full name written before, the role written with it carried', '店主の川村美咲さんは「客がようやく戻ってきた」と話す。美咲さんは「本当にうれしいことです」と笑顔を見せた。', '本当にうれしいことです', '川村美咲', '店主'],

  ['a school office after the name (教諭)', '同校の山田花子教諭は「子どもたちが成長した」と話した。', '子どもたちが成長した', '山田花子', '教諭'],
  ['a council member before the name (市議の)', '市議の山田太郎さんは「予算が足りない」と話した。', '予算が足りない', '山田太郎', '市議'],

  // The third intl9 batch: a head of a field (教育長) whole, こう述べた after words about the occasion.
  ['教育長 after the name is one office: the name does not swallow 教育', '市教委の岡本恵子教育長は「対応できない」と理解を求めた。', '対応できない', '岡本恵子', '教育長'],
  ['「…」。X教育長は会見の最後にこう述べた: words between the subject and こう', '市教委の岡本恵子教育長は「食材費の高騰が続いている」と述べた。\n\n「慎重に検討していく」。岡本教育長は会見の最後にこう述べた。', '慎重に検討していく', '岡本恵子', '教育長'],

  ['a cleft sentence (…のは、X選手だった) names the person for と振り返った; a role joined by ・ is no part of the name', '決勝打を放ったのは、2年生の控え捕手・今井蓮選手だった。「監督の言葉で気持ちが楽になった」と振り返った。', '監督の言葉で気持ちが楽になった', '今井蓮', '選手'],
  ['with no cleft, と振り返った stays with the last speaker', '主将の坂本大和選手は「地元に恩返しができた」と語った。「監督の言葉で気持ちが楽になった」と振り返った。', '監督の言葉で気持ちが楽になった', '坂本大和', '主将'],
  // intl10: the office, then で (and is), a clause and the name; occupations known by their ending before the name.
  ['the office with で、 and a clause before the name', '組合の理事長で、創業80年の呉服店を営む大西健一さん（72）は「子どもの頃から見てきた屋根がなくなるのは寂しい」と肩を落とした。', '子どもの頃から見てきた屋根がなくなるのは寂しい', '大西健一', '理事長'],
  ['an occupation in -師 before の and the name', '美容師の松本結衣さん（29）は「お客さんの数が半分になった」と話した。', 'お客さんの数が半分になった', '松本結衣', '美容師'],
  ['counter-case: a place with で、 before the name is no role', '東京で、創業80年の呉服店を営む大西健一さん（72）は「子どもの頃から見てきた屋根がなくなるのは寂しい」と話した。', '子どもの頃から見てきた屋根がなくなるのは寂しい', '大西健一', null],
  ['counter-case: a place with の before the name is no role', '実家の近くに住む大西健一さんは「子どもの頃から見てきた屋根がなくなるのは寂しい」と話した。', '子どもの頃から見てきた屋根がなくなるのは寂しい', '大西健一', null],
  ['a trade in -業 before 、 is the occupation', '同校を卒業した農業、石田幸雄さん（70）は「校舎は地域の集会所として残してほしい」と求めた。', '校舎は地域の集会所として残してほしい', '石田幸雄', '農業'],
  ['an occupation with a katakana word before -員', '東小に通う4年生の母親で、パート従業員の北村真由美さん（38）は「バスに乗る時間が30分を超えると負担が大きい」と不安を口にした。', 'バスに乗る時間が30分を超えると負担が大きい', '北村真由美', 'パート従業員'],
  ['Latin letters in the role run (PTA会長、)', '東小学校のPTA会長、上田隆さん（45）は「統合後も地域の行事は続けてほしい」と話した。', '統合後も地域の行事は続けてほしい', '上田隆', 'PTA会長'],
  ['counter-case: 卒業後、 (after graduating) before the name is no trade', '卒業後、地元に戻った石田幸雄さん（70）は「校舎は地域の集会所として残してほしい」と話した。', '校舎は地域の集会所として残してほしい', '石田幸雄', null],
  // intl11: how the words were said (と目を細めた, と涙ぐんだ, と評価した), a note in brackets after the office, a name as the sentence's topic.
  ['と目を細めた after an office with a note in brackets (元小結…)', '師匠の潮見親方（元小結潮錦）は「稽古量は部屋で一番だ」と目を細めた。', '稽古量は部屋で一番だ', '潮見', '親方'],
  ['と涙ぐんだ with the subject left out: the person the sentence before introduces', '母親の中村由美子さん（52）が自宅で観戦した。優勝が決まると「よく頑張ったねと言いたい」と涙ぐんだ。', 'よく頑張ったねと言いたい', '中村由美子', null],
  ['と評価した after a name and office', '協会の北嶺理事長は「大関を狙う力は十分にある」と評価した。', '大関を狙う力は十分にある', '北嶺', '理事長'],
  ['a name as the topic, then where it was said, before the quote', '朝凪は表彰式後のインタビューで「まだ信じられない」と声を震わせた。', 'まだ信じられない', '朝凪', null],
  ['counter-case: an event as the topic is no speaker', '山田太郎氏は「楽しみだ」と話した。大会は雨の中で「最後まで走る」と声を震わせた。', '最後まで走る', '山田太郎', null],
  // intl12: the same company's PR (同社広報) is described.
  ['同社広報は「…」としている: described', 'JR西日本は運転見合わせを発表した。同社広報は「安全が確認でき次第、順次再開する」としている。', '安全が確認でき次第、順次再開する', '同社広報', null],
  ['counter-case: a person with さん after 同社 stays named', '同社の山田花子さんは「安全を確認してから再開する」と話した。', '安全を確認してから再開する', '山田花子', null],
  // q-intl batch 13: a passer-by with an age in decades, an office held now (を務める).
  ['a described passer-by with an age in decades (女性（70代）は) is described, not the last speaker', '店主の中村勝さん（62）は「仕入れ値が倍になった」と話します。\n\n常連客の女性（70代）は「ここの味は変わらないから通い続けますよ」と話していました。', 'ここの味は変わらないから通い続けますよ', '常連客の女性', null],
  ['the office the person serves in (理事長を務める) before the name, the quote in its own paragraph', '商店街振興組合で理事長を務める藤田恵子さんは、周辺の店も同じ悩みを抱えていると指摘します。\n\n「どの店も板挟みです」', 'どの店も板挟みです', '藤田恵子', '理事長'],
  ['counter-case: an office held once (市長を務めた) is no present role', '市長を務めた山田一郎さんは「町は変わった」と話しました。', '町は変わった', '山田一郎', null],
  ['a sumo rank glued before the ring name in the opening sentence (関脇朝凪（24）が) is the role of a later quote', '九州場所は千秋楽の24日に行われ、関脇朝凪（24）が13勝2敗で初優勝を果たした。\n\n朝凪は表彰式後のインタビューで「まだ信じられない」と声を震わせた。', 'まだ信じられない', '朝凪', '関脇'],
  ['counter-case: a former rank (元関脇朝凪) is no present role', '元関脇朝凪（30）が引退会見を開いた。\n\n朝凪は会見で「悔いはありません」と話した。', '悔いはありません', '朝凪', null],
  ['a body named in brackets after its noun (市民団体「…」は) is described, not a person', '市民団体「川を守る会」は「工事の中止を求めていく」としている。', '工事の中止を求めていく', '市民団体「川を守る会」', null],
  ['counter-case: a body in brackets before の and a named head: the head speaks', '「みどり会」の田中一郎会長は「協力したい」と語った。', '協力したい', '田中一郎', '会長'],
  // Batch 14 (a Hokkaido paper): the quote a sentence of its own, the next one naming who said it with こう and a verb of worry.
  ['「…」。X の担当者は、こう懸念を示す: the official of the next sentence, described', '松田健一さんは「来年は品種を変える」と話した。「原料が年明けには足りなくなる恐れがある」。菓子メーカーの担当者は、こう懸念を示す。', '原料が年明けには足りなくなる恐れがある', '菓子メーカーの担当者', null],
  ['counter-case: with no こう the next sentence does not claim the words; the last speaker keeps them', '松田健一さんは「来年は品種を変える」と話した。「原料が年明けには足りなくなる恐れがある」。菓子メーカーの担当者は懸念を示す。', '原料が年明けには足りなくなる恐れがある', '松田健一', null],
  // Session 14: a given name in hiragana, "according to" as the source, any short predicate after と.
  ['a given name in hiragana before さん; the family name with さん later is that person', '駅前で花屋を営む田村ゆかりさん（61）は「雪で市場から花が届かない」と話した。\n\n山崎市長は「除雪を急ぐ」と述べた。\n\n「週末までには戻ってほしい」と田村さんは言った。', '週末までには戻ってほしい', '田村ゆかり', null],
  ['counter-case: hiragana after a particle is no given name (近所のおばあさん)', '近所のおばあさんは「道が凍って歩けない」と話した。', '道が凍って歩けない', null, null],
  ['によると names the source; a quote closed by an unlisted predicate (と肩をすくめる) is theirs', '山崎市長は「除雪を急ぐ」と述べた。\n\n駅前で花屋を営む田村ゆかりさん（61）によると、今週は客がほとんど来ない。「こんな冬は初めてです」と肩をすくめる。', 'こんな冬は初めてです', '田村ゆかり', null],
  // Session 47: an office alone as the topic before 次のように述べた, a fire or police department's field before 課長.
  ['an office alone as the topic (町長は…次のように述べた。「…」) is the person introduced with it', '大川健二町長（61）は3日、役場で会見を開いた。町長は席に着くと、こう述べた。「復旧を最優先に進める」', '復旧を最優先に進める', '大川健二', '町長'],
  ['counter-case: an office held in a body named with の (漁協の組合長は) stays someone unnamed', '大川健二町長は「復旧を急ぐ」と述べた。地元漁協の組合長は「船が出せない」と話した。', '船が出せない', '地元漁協の組合長', null],
  ['a fire department\'s field before 課長 (救急課長) is the office\'s, not the name\'s', '市消防局の田島浩一救急課長は「出動が例年の倍になった」と話した。', '出動が例年の倍になった', '田島浩一', '救急課長'],
  ['counter-case: 課長 alone after a body (同局の課長は) is no name', '田島浩一救急課長は「出動が多い」と話した。県警の交通課長は「速度を落としてほしい」と呼びかけた。', '速度を落としてほしい', '県警の交通課長', null],
  // 彼女 and 彼 after the quote are pronouns, never a name of two kanji; a sign's words are no one's.
  ['「…」と彼女は肩を落とした: the woman the paragraph introduced, not a person called 彼女', '近所に住む川端美咲さん（52）は、公民館で一晩を過ごした。\n\n川端さんによると、毛布は足りなかったという。「せめて水だけでも配ってほしかった」と彼女は肩を落とした。', 'せめて水だけでも配ってほしかった', '川端美咲', null],
  ['「…」と彼は話した: the man just quoted', '市の防災課長の野口浩二さんは「備蓄を見直す」と述べた。\n\n「来月までに毛布を倍にする」と彼は話した。', '来月までに毛布を倍にする', '野口浩二', '防災課長'],
  ['counter-case: 「…」と X さんは話した after another speaker is X', '市の防災課長の野口浩二さんは「備蓄を見直す」と述べた。\n\n「もう少し早く知らせてほしかった」と山田花子さんは話した。', 'もう少し早く知らせてほしかった', '山田花子', null],
];

attributionTable('Japanese', CASES);

describe('Japanese: words written or named after と are no one\'s speech', () => {
  it.each([
    ['a sign (と書かれている)', '山崎市長は「除雪を急ぐ」と述べた。\n\n店の入り口には「本日は雪のため臨時休業します」と書かれている。', '本日は雪のため臨時休業します'],
    ['a name given (と名付けられた)', '田村さんは「客が来ない」と話した。新しい公園は「みんなの雪あそび広場」と名付けられた。', 'みんなの雪あそび広場'],
    ['a sign before the person the sentence names (と書かれた張り紙の前に立つX)', '大雨で公民館が避難所になった。\n\n「土足厳禁」と書かれた張り紙の前に立つ山田花子さんは首をかしげた。「靴をどこに置けばいいのか分からない」と山田さんは話した。', '土足厳禁'],
  ])('%s', (_, text, words) => {
    expect(findQuotes(text).map((quote) => quote.text)).not.toContain(words);
  });
});
