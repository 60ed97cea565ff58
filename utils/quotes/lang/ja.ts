/**
 * Japanese: `「…」と山田太郎氏は述べた`, `岸田首相は「…」と語った`, `「…」と話した` (the subject left
 * out: the last speaker). Honorifics (氏, さん) are dropped; offices written after the name
 * (首相, 外相, 社長, two in a row: 主任研究員) are its role; a body as the subject (`気象台は`) is described;
 * `「…」としている` holds like と述べた.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';

export const HONORIFICS = '氏|さん|様|君|ちゃん';
export const ROLES = [alternation(
  ('首相 総理 総理大臣 大統領 副大統領 国務長官 官房長官 長官 大臣 外務大臣 防衛大臣 財務大臣 外相 防衛相 財務相 経産相 ' +
    '厚労相 文科相 法相 総務相 知事 市長 町長 村長 区長 社長 会長 代表 議員 委員長 幹事長 総裁 教授 准教授 監督 選手 議長 ' +
    '投手 捕手 内野手 外野手 騎手 力士 棋士 裁判長 裁判官 検察官 次官 報道官 司令官 大使 理事長 支部長 館長 部長 課長 署長 院長 校長 所長 弁護士 医師 容疑者 被告 局長 主席 書記長 党首 首席 ' +
    'CEO 最高経営責任者 事務総長 主任 研究員 アナリスト 長 ' +
    // Board offices, alone or two in a row (`専務理事`, `代表取締役`).
    '理事 専務 常務 取締役 事務局長 副会長 副社長 組合長 会頭 ' +
    // Banks' and hotels' heads: `大西浩一頭取`, `総支配人`.
    '頭取 副頭取 執行役員 監査役 総支配人 支配人 ' +
    // Offices written after the name at schools, shops and town halls: `山田花子教諭`, `佐藤店長`, `鈴木副市長`.
    '教諭 講師 教頭 副校長 店長 園長 係長 室長 副市長 副知事 副町長 市議 県議 町議 村議 宮司 住職 料理長 ' +
    // Heads written with 長 after a field (`教育長`, `工場長`): whole, so the name does not swallow the field.
    '教育長 学長 総長 駅長 工場長 支店長 団長 隊長 班長 組長 塾長 消防長 病院長 栄養士 保健師 司書 学芸員 ' +
    // Long offices, whole, so that none of their first kanji is glued to the name (`山本健太支社長` → 支社長, not 山本健太支 + 社長).
    '支社長 支局長 支所長 本部長 事業部長 営業所長 出張所長 副支店長 副支配人 副理事長 事務長 編集長 専務理事 常務理事 代表理事 ' +
    '専務取締役 常務取締役 代表取締役 センター長 部次長 課長補佐 担当部長 ' +
    // Sumo: the stable master and the ranks, written after the ring name (`潮見親方`, `朝凪関`).
    '親方 横綱 大関 関脇 小結 関 ' +
    // Officials in 官 written after the name (`斎藤亮予報官`).
    '予報官 外交官 行政官 警察官 自衛官 調査官 監察官').split(' '),
  // A department's office (`総務部長`, `観光課長`): the field and the office together, so the field is no part of the name.
  )].concat('(?:総務|営業|広報|企画|経理|人事|技術|開発|管理|製造|販売|財務|政策|教育|福祉|観光|農林|商工|建設|都市|環境|保健|危機管理|市民|税務|土木|水道|産業|防災|' +
    // (Fire and police departments: `警防課長`, `救急課長`, `刑事課長`, `生活安全課長`.)
    '警防|予防|救急|警備|警務|刑事|交通|地域|生活安全|防犯|会計|庶務|医事|看護|学務|農政|河川|道路|住宅|子育て支援|介護保険)(?:部長|課長|局長|室長|部次長|係長)').join('|');
/** Past, polite and progressive forms (述べた, 述べました, 話しています), the clause-joining 述べ、 and the plain present (語る). */
const VERB =
  '(?:(?:述べ|語っ|話し|言っ|説明し|強調し|明らかにし|答え|指摘し|訴え|主張し|明かし|コメントし|強調)(?:た|ている|ていた|ています|ていました|ました)' +
  '|(?:述べ|語り|話し|説明し|強調し|指摘し|訴え|明かし)(?:、|て)|(?:述べる|語る|話す|明かす|訴える|強調する|説明する|指摘する|言う)' +
  '|呼びかけ(?:た|ている|ていた|ました)|振り返(?:る|った)' +
  '|笑顔を見せ(?:た|る)|唇をかん(?:だ)|唇をかむ|胸を張(?:った|る)|声を弾ませ(?:た|る)|悔しさをにじませ(?:た|る)|涙を浮かべ(?:た|る)' +
  // How the words were said, the way sports and human-interest pages close a quote: `と目を細めた`, `と涙ぐんだ`, `と評価した`.
  '|(?:目を細め|声を震わせ|声を詰まらせ|言葉を詰まらせ|力を込め|語気を強め|表情を引き締め|気を引き締め|涙を流し|肩を落とし|頭を下げ|首をかしげ|苦笑いし|苦笑し|評価し|称賛し|たたえ|称え|期待を寄せ|懸念を示し|口にし|打ち明け|安堵し|謝罪し|反論し|祝福し|締めくくっ)(?:た|ている|ていた|ました)' +
  // (`と嘆く`, `とこぼした`: lamenting and grumbling close a quote as saying does.)
  '|嘆(?:く|いた|いている|いていた|きました)|こぼ(?:す|した)' +
  // (`と不満を漏らす`, `と本音を明かした`: voicing a complaint or one's true feelings.)
  '|(?:不満|本音|不安|怒り)を(?:漏らす|漏らした|口にする|口にした|にじませる|にじませた)' +
  // (`と、隣の店の佐藤さんが続ける`, `とうなずいた`: taking up the talk, or nodding to it, closes a quote in a conversation.)
  '|続け(?:る|た)|うなず(?:く|いた)|苦笑(?:する|いする)' +
  '|(?:涙ぐ|喜|意気込)ん(?:だ|でいた|でいる))';
/** Roles written before the name (`女将、吉田千代子さん`, `組合長の森田和彦さん`) beyond the offices above. */
const ROLES_BEFORE = '広報担当|担当|栄養士|管理栄養士|保健師|司書|学芸員|技師|消防士|警察官|作家|画家|職人|料理人|シェフ|経営者|市議|県議|町議|研究者|講師|コーチ|社員|教員|獣医師|薬剤師|介護士|ボランティア|代表理事|事務局長|会社員|公務員|主婦|農家|漁師|大学生|高校生|中学生|学生|看護師|保育士|教諭|自営業|店員|運転手|主将|副主将|エース|キャプテン|スキップ|サード|セカンド|リード|セッター|リベロ|ガード|フォワード|ストライカー|女将|店主|店長|園長|住職|宮司|組合長|自治会長|区長|院長|料理長|杜氏|船長|主将|代表|会長|社長|市長|町長|村長|校長|教授|医師|監督|弁護士|理事長|館長';
/** An occupation known by its ending (会社員, 美容師, 税理士, 研究者, 陶芸家) when written before the name, not listed above. */
const OCCUPATION_SHAPE = '[\\p{Script=Katakana}ー]{0,6}\\p{Script=Han}{1,4}(?:員|師|士|者|家)';
/**
 * Kin and household words (`女性の長男（62）は`, `近くの主婦（54）は`, `被害者の妻は`): the words a paper writes for someone it does
 * not name; a named relative always carries さん or an office, so these nouns alone as the topic are someone unnamed.
 */
const KIN = '長男|長女|次男|次女|三男|三女|息子|娘|妻|夫|祖母|祖父|孫|兄|姉|弟|妹|主婦|少年|少女|遺族|親族|知人|友人|隣人';
const NAME = '[\\p{Script=Han}\\p{Script=Katakana}ー・]{1,12}?';
/**
 * `伊藤さやか部長`, `小林さおりさん`: a family name in kanji and a given name in hiragana, only right before an honorific or an
 * office (`近所のおばあさん` is no name: the hiragana may not open with a particle, nor end like a verb, `説明した部長`).
 */
export const KANA_GIVEN_NAME = `\\p{Script=Han}{2,3}(?![のはがをにでともへや])\\p{Script=Hiragana}{2,4}(?:(?=${HONORIFICS})|(?<![たてだでるうすくぐむぶつぬし])(?=${ROLES}))`;
/** How the names of bodies end: a weather office, an agency, a ministry, a prefecture, a union, a company. */
export const BODY = /(?:側|判決|声明|気象台|気象庁|庁|省|県|協会|連盟|連合会|委員会|事務所|警察|署|局|大学|組合|財団|機構|センター|研究所|病院|銀行|会社|政府|当局|役場|市役所|消防|本部|協議会)$/u;
/** Topics that are times or things, never speakers: 今日は, 同日は. */
/** Topics of events and things that open a sentence before a quote (`大会は雨の中で「…」`), never a person. */
export const TOPIC_NOT_A_PERSON = /(?:大会|試合|会見|式|場所|会議|議会|審議|集会|説明会|判決|法廷|公判|裁判|番組|記事|報告書|調査|声明|文書|資料|計画|事業|工事|駅|空港|港|店|社|校|園|館|市|町|村|国|党|軍|隊|チーム|クラブ)$/u;
/** A body's kind, then its name in 「」, as the topic: `市民団体「川を守る会」は`, `運営会社「みなと交通」が`. */
const BRACKETED_BODY = /(?:^|[、。\s])([\p{Script=Han}\p{Script=Katakana}ー]{0,10}(?:団体|組合|協会|会社|法人|グループ|連合|協議会|委員会|チェーン)「[^「」。]{1,16}」)(?:は|が|も)\s*$/u;
export const NOT_A_NAME = /^(?:今日|昨日|明日|今回|今年|昨年|同日|当日|今後|現在|政府|同社|同氏|会見|首相官邸|これ|それ)$/u;

const patterns = lazy(() => ({
  // (An age in brackets may follow: `と佐藤一郎さん（５２）は振り返る`.)
  afterNamed: new RegExp(`^と(?:、)?(${NAME})(${HONORIFICS}|${ROLES})?(?:[（(][０-９\\d]{1,3}[）)])?(?:は|が)[^。]{0,20}?${VERB}`, 'u'),
  // `「…」と北山銀行の田中一郎支店長は話した`: who they are (ending in の) before the name and its office or honorific;
  // or a clause ending in its verb (`と、牧場を営む佐藤一郎さん（５２）は`).
  afterModified: new RegExp(`^と(?:、)?([^。「」]{1,24}?(?:の|[うくすつぬむるぐぶ]|いる|た))(${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(][^（）()「」。]{1,12}[）)])?(?:は|が)[^。]{0,20}?${VERB}`, 'u'),
  afterSplit: new RegExp(`^と(?:、)?(${NAME})(${HONORIFICS}|${ROLES})(?:[（(][０-９\\d]{1,3}[）)])?(?:は|が)[^。「」]{0,20}?、\\s*(?:「|$)`, 'u'),
  afterPronoun: new RegExp(`^と(?:、)?(彼女|彼)(?:は|が)`, 'u'),
  // `「…」と小林院長。`: the name and its office or honorific closing the sentence, the verb left out (a bare word there may
  // be a verbal noun, `と説明。`).
  afterElided: new RegExp(`^と(?:、)?(${KANA_GIVEN_NAME}|${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})。`, 'u'),
  afterBare: new RegExp(`^と(?:、)?[^。「」]{0,20}?${VERB}`, 'u'),
  // `「…」としている`: what a body or person holds, the subject left out as with と述べた.
  afterHolds: /^と(?:、)?し(?:ている|ていた|た|ています|ました)|^との(?:コメント|談話|声明)を(?:出し|発表し)/u,
  // `「…」と肩を落とす。`, `「…」と笑う。`: any short predicate closing the sentence after と, with no subject of its own, is how
  // the words were said (a sign's or a title's words are written, named or called: 書かれ, 名付け, 呼ばれ, passives).
  afterPredicate: /^と、?(?!いう|の)([^。「」がは\s]{1,10}?(?:[うくぐすつぬぶむるた]|ます|ました))(?:。|$)/u,
  writtenNotSaid: /書|記|掲|刻|表示|呼|名付|題し|銘打|れ(?:る|た|ている|ていた|ます|ました)$/u,
  // `「…」と手書きされた紙`, `「…」と書かれた看板`, `「…」と呼ばれる`: words written on a sign or a name given, in the passive, are
  // no one's speech, whoever the sentence goes on to name.
  writtenOn: /^と、?[^。「」、]{0,6}?(?:書か|書きさ|記さ|掲げら|刻ま|表示さ|印刷さ|印字さ|呼ば|名付けら|題さ)れ/u,
  // Anything but a name character bounds the name: `パン店を営む佐藤花子さんは`.
  // (`X教授によれば、…という。「…」`: the one a sentence reports "according to" is its subject too, lang/ja-mentions.ts.)
  beforeTitled: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー・])(${KANA_GIVEN_NAME}|${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(][^（）()「」。]{1,12}[）)])?(?:は|が|も|によると|によれば)`, 'u'),
  // (`と小川さんが言うと、村上さんは「…」`: the named subject right before the quote, not one earlier in the frame.)
  beforeTitledLast: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー・])(${KANA_GIVEN_NAME}|${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(][^（）()「」。]{1,12}[）)])?(?:は|が|も)、?\\s*$`, 'u'),
  // The role run written right before the name, then `の` or `、`: `組合長の`, `松風荘」の女将、`.
  // (Latin letters belong to the run too: `PTA会長、`.)
  roleBefore: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z])([\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]{0,6}(?:${ROLES_BEFORE}|${ROLES}))(?:の|、)$`, 'u'),
  beforeBare: new RegExp(`(?:^|[、。\\s])(${NAME})(?:は|が)\\s*$`, 'u'),
  // `山田花子さんに売り上げを聞くと、首を振った。`: the one asked answers, whatever the clause after と says they did.
  askedThenAnswered: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー・])(${KANA_GIVEN_NAME}|${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})に[^。「」]{0,30}?(?:尋ねる|尋ねた|聞く|聞いた|質問する|質問した)と、[^。「」]{0,24}?(?:た|る)。?\\s*$`, 'u'),
  beforePronoun: /(?:^|[、。\s])(彼女|彼)(?:は|が)/u,
  // `朝凪は表彰式後のインタビューで「…」`: a name opening the sentence as its topic, then where or when it was said.
  beforeTopic: /(?:^|[。\s])(\p{Script=Han}{2,6}|[\p{Script=Katakana}ー・]{2,12})は、?[^。「」、]{1,30}?(?:で|に|の中で|を前に)、?\s*$/u,
  // `決勝打を放ったのは、控え捕手・今井蓮選手だった。`: a cleft sentence names the person it is about.
  // (A body's name in brackets may stand before the name: `…のは、商店会「駅前通りの会」の田村会長だ`.)
  cleft: new RegExp(`のは、?(?:[^。「」]|「[^「」。]{1,24}」){0,40}?(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー・])(${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(][\\d０-９]{1,3}年?[）)])?(?:だった|だ|です|でした)。?\\s*$`, 'u'),
  // (`女性客は`, `観光客の男性は`: a customer or visitor in 客 likewise; a pupil or student, `２年の女子生徒は`.)
  // `県自然保護課の担当者は`, `常連客の女性（70代）は`, `会社員男性（64）は` (an occupation glued before it): an unnamed official or passer-by (an age or decade after), described.
  // (`技術職員`, `営業担当者`: the field glued before the official; `JA…の`: a body's name may open in capitals.)
  beforeOfficial: new RegExp(String.raw`(?:^|[^\p{Script=Han}\p{Script=Katakana}ー\d０-９A-Z])((?:[\p{Script=Han}\p{Script=Katakana}ー\d０-９A-Z]{1,12}の)?(?:\p{Script=Han}{0,4}(?:担当者|関係者|幹部|職員)|\p{Script=Han}{0,4}(?:女性|男性|生徒|学生|児童)|\p{Script=Han}{1,4}客|住民|市民|母親|父親|${KIN})|同(?:社|署|市|町|村|県|校|院|省|庁)(?:広報|幹部|関係者|担当者)?|[\p{Script=Han}\p{Script=Katakana}ー]{1,12}広報)(?:[（(]\d{1,3}(?:代|歳)?[）)])?(?:は|が|も)`, 'u'),
  // `「…」。市内に住む女性（79）はこう話し`, `…の担当者は、こう懸念を示す`: the next sentence names who said it, with こう (thus).
  // `「…」。佐藤さんは傷ついた実を手に肩を落とした。`: the quote stands as its own sentence and the next one opens with a named person.
  // (Who the person is may come first, a clause or an office before 、: `。店を営む佐藤さん（58）は…`, `。3代目の女将、佐藤さんは、…`.)
  // (`「…」。佐藤さんはそう言って笑い、「…」と続けた。`: "saying so" names the speaker even when the sentence goes on to a new quote.)
  // (A given name in kana, or kana and 子, is the name's: `山口ひろ子さん`, `佐々木みどりさん`; its last character alone is no name of one character.)
  nextTitled: new RegExp(`^。\\s*(?:[^。「」]{0,30}?(?:[\\p{Script=Hiragana}、]))?(\\p{Script=Han}{2,3}\\p{Script=Hiragana}{1,3}子|\\p{Script=Han}{2,3}\\p{Script=Hiragana}{2,4}(?=${HONORIFICS})|[\\p{Script=Han}\\p{Script=Katakana}ー・]{2,12}?|(?<!(?:^|[^\\p{Script=Han}])\\p{Script=Han}{2,3}\\p{Script=Hiragana}{1,3})${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(][^（）()「」。]{1,12}[）)])?は(?:[^。「」]{1,60}。|、?(?:そう|こう)(?:言っ|言い|話し|語っ|語り)[^。「」]{0,20}、)`, 'u'),
  // `敗れたチームの主将は`: an office alone, held in a body named right before it with の: someone unnamed.
  heldOffice: new RegExp(`(?:^|[、。\\s」])([^、。\\s「」（）()]{1,16}の)(${ROLES_BEFORE}|${ROLES})(?:[（(]\\d{1,3}[）)])?(?:は|が)、?\\s*$`, 'u'),
  // `スキップの吉田真央（24）は`, `」と振り返ったのはサードの岩田彩花（22）。`: sports pages write players by name and age alone, no
  // honorific; a run of kanji with an age in brackets is a person (a word for someone unnamed or an office there is not).
  agedBefore: /(?:^|[^\p{Script=Han}\p{Script=Katakana}ー・])(\p{Script=Han}{2,5})[（(]\d{1,3}[）)](?:は|が)、?\s*$/u,
  // `「…」と話すのは、保存会会長の佐藤花子さん（72）。`: the cleft after the quote names its speaker with an honorific or an office,
  // the copula often left out (`…のは、X さん（72）。`).
  honouredCleft: new RegExp(`^と、?[^。「」]{1,16}?のは、?([^。「」]{0,30}?)(?<![\\p{Script=Han}\\p{Script=Katakana}ー・])(${KANA_GIVEN_NAME}|${NAME})(${HONORIFICS}|(?:${ROLES}){1,2})(?:[（(][\\d０-９]{1,3}[）)])?(?:だった|だ|です|でした)?。`, 'u'),
  agedCleft: /^と、?[^。「」]{1,16}?のは、?([^。「」]{0,20}?)(?<![\p{Script=Han}])(\p{Script=Han}{2,5})[（(]\d{1,3}[）)](?:だった|だ|です|でした)?。/u,
  // `「…」。そう語るのは、…の田村会長だ。`: the sentence after the quote is a cleft on "the one who says so".
  // (Any verb in its plain form before のは: `こう指摘するのは`, `そう声を上げるのは`; an age in full-width digits too.)
  thusCleft: /^。\s*(?:こう|そう)[^。「」、]{1,12}?(?:る|う|す|く|ぐ|つ|む|ぶ|ぬ)のは/u,
  thusSaid: /^。\s*([^。「」]{1,40}?(?:は|が))、?[^。「」]{0,16}?こう(?:話|語|述べ|説明|振り返|訴え|明か|強調|懸念|指摘|分析|嘆|打ち明け|期待)/u,
  // `杜氏として40年以上蔵を支えてきた佐藤政男さんは`: the office held "as" in the clause before the name;
  // `組合で理事長を務める藤田恵子さんは`: the office the person serves in now (を務めた, a past one, is none).
  roleAs: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー])([\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}(?:${ROLES_BEFORE}|${ROLES}))(?:として[^。、「」]{0,24}|を務め(?:る|ている))$`, 'u'),
  // `組合の理事長で、創業80年の呉服店を営む大西健一さんは`: the office, then で (and is), a clause, then the name.
  roleIs: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー])([\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}(?:${ROLES_BEFORE}|${ROLES}|${OCCUPATION_SHAPE}))で、[^。「」]{0,30}$`, 'u'),
  // `会社員の`, `税理士、`: an occupation known by its ending, right before the name.
  // A trade written as the person's occupation before 、 (`農業、石田幸雄さん`, `建設業、`): -業 only there.
  occupationBefore: new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー])(${OCCUPATION_SHAPE})(?:の|、)$|(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー])(\\p{Script=Han}{1,3}業)、$`, 'u'),
}));

function phrase(name: string | undefined, suffix: string | undefined): SpeakerPhrase | null {
  // `控え捕手・今井蓮選手`: a role joined by ・ to a name in kanji is no part of it (katakana names keep theirs: エマ・ウィルソン).
  const dotted = name ? /^(\p{Script=Han}+)・(\p{Script=Han}{2,})$/u.exec(name) : null;
  let role = suffix && !new RegExp(`^(?:${HONORIFICS})$`, 'u').test(suffix) ? suffix : null;
  // (`佐々木健・北見市長`: a name before ・ and the place its office serves after it, when no role ends the words before ・.)
  if (dotted && role && dotted[1]!.length <= 5 && !new RegExp(`(?:${ROLES}|${ROLES_BEFORE}|${OCCUPATION_SHAPE})$`, 'u').test(dotted[1]!)) [name, role] = [dotted[1], `${dotted[2]}${role}`];
  else if (dotted) name = dotted[2];
  if (!name || NOT_A_NAME.test(name)) return null;
  // (`会社員高橋真理子さん`: an everyday occupation glued before a kanji name of three characters or more is no part of it.)
  const occupied = /^(会社員|公務員|主婦|大学生|高校生|中学生|看護師|保育士|自営業|農家|漁師|パート)(\p{Script=Han}{3,5})$/u.exec(name);
  if (occupied) [name, role] = [occupied[2]!, role ?? occupied[1]!];
  // `山崎光男スカウト部長`: a katakana word between a kanji name and an office is the office's field, not part of the name.
  const field = role ? /^(\p{Script=Han}{2,})([\p{Script=Katakana}ー]{3,})$/u.exec(name) : null;
  if (field) [name, role] = [field[1]!, `${field[2]}${role}`];
  return person(name, role);
}

export function roleBeforeName(lead: string): string | undefined {
  const occupation = patterns().occupationBefore.exec(lead);
  return (patterns().roleBefore.exec(lead)?.[1] ?? (occupation ? (occupation[1] ?? occupation[2]) : undefined) ?? patterns().roleAs.exec(lead)?.[1] ?? patterns().roleIs.exec(lead)?.[1]);
}

/** Whether a kanji run with an age after it names a person: not an office, an occupation, a kin word or a body. */
function agedPerson(run: string): boolean {
  return !new RegExp(`(?:${ROLES}|${ROLES_BEFORE}|${KIN}|女性|男性|住民|市民)$|^${OCCUPATION_SHAPE}$`, 'u').test(run) && !BODY.test(run) && !NOT_A_NAME.test(run);
}

/** `この医師は`, `その男性が`: a demonstrative, a noun of up to six characters, the topic or subject particle. */
const DEMONSTRATIVE_TOPIC = /(?:^|[^\p{Script=Hiragana}])((?:この|その)[\p{Script=Han}\p{Script=Katakana}ー]{1,6})(?:さん)?(?:は|が)[、\s]*$/u;

/**
 * `」と、64歳の杜氏は目を細めた`, `」と市長は語った`: a name and a suffix that together are one office (杜氏 is no 杜 + 氏, 市長 no
 * 市 + 長) are the office alone, standing for the person the story introduced with it.
 */
function officeAlone(name: string, suffix: string | undefined, lead = ''): SpeakerPhrase | null {
  if (!new RegExp(`^(?:${ROLES}|${ROLES_BEFORE})$`, 'u').test(`${name}${suffix ?? ''}`)) return null;
  const age = /(\d{1,3})歳の$/u.exec(lead)?.[1];
  // (Read as `その杜氏`, "that brewer": a definite office, found among the people introduced with it, lang/definite-role.ts.)
  return { ...pronoun('they'), descriptor: true, definite: `その${name}${suffix ?? ''}`, ...(age ? { age: Number(age) } : {}) };
}

export const japanese: LanguageCues = {
  applies: (frame) => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(frame),
  after(frame) {
    const { afterNamed, afterPronoun, afterBare, thusSaid } = patterns();
    if (patterns().writtenOn.test(frame)) return null;
    const thus = thusSaid.exec(frame);
    if (thus) return japanese.before(thus[1]!);
    const cleft = patterns().thusCleft.test(frame) ? patterns().cleft.exec(frame.slice(frame.indexOf('のは'))) : null;
    if (cleft) {
      // (`そう話すのは、元運転士の川端一郎さん（68）だ。`: the occupation before the name is the role, as in honouredCleft's.)
      const found = phrase(cleft[1], cleft[2]);
      const lead = cleft[0].slice(0, cleft[0].lastIndexOf(`${cleft[1]}${cleft[2]}`));
      const role = found && !found.role ? roleBeforeName(lead) : undefined;
      return role ? person(found!.phrase, role) : found;
    }
    const next = patterns().nextTitled.exec(frame);
    if (next) return phrase(next[1], next[2]);
    // (`」と、別の利用者の男性（72）は話した`: an unnamed passer-by or official as the subject after the quote, described.)
    const unnamed = /^と[、,]?/u.test(frame) ? patterns().beforeOfficial.exec(frame.replace(/^と[、,]?\s*/u, '').split(/[。\n]/u)[0]!) : null;
    if (unnamed && !/同/u.test(unnamed[1]!)) return described(unnamed[1]!);
    // (`「…」と彼女は唇をかんだ`: 彼女 and 彼 are kanji like a name, but pronouns, read before the names.)
    const said = afterPronoun.exec(frame);
    if (said) return pronoun(said[1] === '彼女' ? 'she' : 'he');
    // (`「…」と佐藤さんはしばらく黙り込み、「…」と続けた`: a split quote, its verb after the second part.)
    const named = afterNamed.exec(frame) ?? patterns().afterSplit.exec(frame);
    if (named) return officeAlone(named[1]!, named[2]) ?? phrase(named[1], named[2]);
    const modified = patterns().afterModified.exec(frame);
    if (modified) {
      const office = officeAlone(modified[2]!, modified[3], modified[1]);
      if (office) return office;
      const found = phrase(modified[2], modified[3]);
      const role = found && !found.role ? roleBeforeName(modified[1]!) : undefined;
      return role ? person(found!.phrase, role) : found;
    }
    const elided = patterns().afterElided.exec(frame);
    // (Not an office alone, `と市長。`, nor a body, `と同社。`, `と気象台。`; a place's ending, `と沢井町。`, is a family name's with an
    // honorific after it: `と川村さん。`, `と中村氏。`.)
    const honoured = new RegExp(`^(?:${HONORIFICS})$`, 'u').test(elided?.[2] ?? '');
    if (elided && elided[1]!.length >= 2 && !new RegExp(`^(?:${ROLES})$`, 'u').test(elided[1]!) && !/^同/u.test(elided[1]!) && !BODY.test(elided[1]!) && (honoured || !TOPIC_NOT_A_PERSON.test(elided[1]!))) return phrase(elided[1], elided[2]);
    const cleftNamed = patterns().honouredCleft.exec(frame);
    if (cleftNamed && !officeAlone(cleftNamed[2]!, cleftNamed[3])) {
      const found = phrase(cleftNamed[2], cleftNamed[3]);
      const role = found && !found.role ? roleBeforeName(cleftNamed[1]!) : undefined;
      if (found) return role ? person(found.phrase, role) : found;
    }
    const aged = patterns().agedCleft.exec(frame);
    if (aged && agedPerson(aged[2]!)) return person(aged[2]!, roleBeforeName(aged[1]!));
    // `「…」と述べた。`: the subject is left out, as the writer's last speaker.
    if (afterBare.test(frame) || patterns().afterHolds.test(frame)) return pronoun('they');
    // `「…」。そう言って笑う`, `「…」。そう話すと…`: the next sentence opens with "saying so", its subject left out.
    if (/^。\s*そう(?:言っ|話し|語っ|言う|話す|語る|口にし)/u.test(frame)) return pronoun('they');
    const predicate = patterns().afterPredicate.exec(frame)?.[1];
    return predicate && !patterns().writtenNotSaid.test(predicate) ? pronoun('they') : null;
  },
  before(frame) {
    const { beforeTitled, beforeBare, beforePronoun, beforeOfficial } = patterns();
    // `市民団体「川を守る会」は「…」としている`: a body named in brackets after its noun speaks as itself, described.
    const body = BRACKETED_BODY.exec(frame);
    if (body) return described(body[1]!);
    // `この医師は`, `その男性は`: a demonstrative and a noun point back at someone in the story (lang/demonstrative-person.ts).
    const pointed = DEMONSTRATIVE_TOPIC.exec(frame);
    if (pointed) return described(pointed[1]!);
    const official = beforeOfficial.exec(frame);
    if (official) return described(official[1]!);
    const titled = patterns().beforeTitledLast.exec(frame) ?? beforeTitled.exec(frame);
    if (titled) {
      // A place before the name (`東京の山田太郎さん`) is no role: only a run ending in a role noun is.
      const lead = frame.slice(0, titled.index + titled[0].indexOf(titled[1]!));
      // (`地元漁協の組合長は`, `協会の事務局長は`: an office read as 組合 + 長, held in a body named right before it with の, is
      // someone the paper brings in without a name; `市長は` alone still points back, as after the quote.)
      const body = /([^、。\s「」（）()]{1,16}の)$/u.exec(lead)?.[1];
      if (body && new RegExp(`^(?:${ROLES}|${ROLES_BEFORE})$`, 'u').test(`${titled[1]}${titled[2] ?? ''}`)) return described(`${body}${titled[1]}${titled[2] ?? ''}`);
      // (`市長は席上、こう述べた。`: an office alone as the topic, read as 市 + 長, is the person introduced with it.)
      const office = officeAlone(titled[1]!, titled[2], lead);
      if (office) return office;
      const found = phrase(titled[1], titled[2]);
      // `主将の佐々木大翔選手`: the role before the name says more than the generic 選手 after it.
      const role = found && (!found.role || found.role === '選手') ? roleBeforeName(lead) : undefined;
      return role ? person(found!.phrase, role) : found;
    }
    const said = beforePronoun.exec(frame);
    if (said) return pronoun(said[1] === '彼女' ? 'she' : 'he');
    const asked = patterns().askedThenAnswered.exec(frame);
    if (asked) return phrase(asked[1], asked[2]);
    const cleft = patterns().cleft.exec(frame);
    if (cleft) return phrase(cleft[1], cleft[2]);
    // (`敗れたチームの主将は`: an office alone, held in a body named right before it with の, likewise; `同社の社長は` points back.)
    const held = patterns().heldOffice.exec(frame);
    if (held && !/^(?:同|その|この)/u.test(held[1]!)) return described(`${held[1]}${held[2]}`);
    const aged = patterns().agedBefore.exec(frame);
    if (aged && agedPerson(aged[1]!)) return person(aged[1]!, roleBeforeName(frame.slice(0, aged.index + aged[0].indexOf(aged[1]!))));
    const bare = beforeBare.exec(frame);
    // `気象台は「…」としている`: a body is described, never named (`木村は` stays a name: 村 ends family names).
    if (bare && BODY.test(bare[1]!)) return described(bare[1]!);
    if (bare) return phrase(bare[1], undefined);
    // (`同社は`, a body or a time as the topic: no one.)
    const topic = patterns().beforeTopic.exec(frame)?.[1];
    return topic && !BODY.test(topic) && !/^同/u.test(topic) && !TOPIC_NOT_A_PERSON.test(topic) ? phrase(topic, undefined) : null;
  },
};

/** `関脇朝凪（24）`, `横綱北嶺`: a sumo rank written right before a ring name (no の, no space) is the wrestler's role. */
export function sumoRankBefore(lead: string): string | null {
  return /(?:^|[^\p{Script=Han}])(?:(?:東|西)?(横綱|大関|関脇|小結))$/u.exec(lead)?.[1] ?? null;
}
