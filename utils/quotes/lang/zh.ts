/**
 * Chinese, simplified and traditional: `“…”他说`, `“…”，王毅表示`, `外交部发言人毛宁表示，“…”`,
 * `「…」他說`. An office written before the name (发言人, 外长, 總統, 镇长, 读者) is its role, and
 * a clause before it (`在…工作的读者X`) is dropped at its 的; 先生/女士 are dropped; a news agency
 * (新华社, 路透社) is never the speaker; an office with no name after it (`交通局相关负责人`) describes.
 */

import type { SpeakerPhrase } from '../cues';
import { alternation, described, lazy, person, pronoun, type LanguageCues } from './shared';
import { endsWithRole, isFamilyNameAlone, looksLikeChineseName, PERSON_SUFFIX, splitOfficeAndName } from './zh-names';

export const VERBS = alternation(
  ('说 說 回忆说 回憶說 表示 称 稱 指 指出 强调 強調 认为 認為 透露 坦言 介绍 介紹 告诉 告訴 说道 說道 回应 回應 补充 補充 表明 提到 ' +
    '回应称 回應稱 回应说 回應說 介绍称 介紹稱 写道 寫道 直言 笑言 声称 聲稱 重申 解释 解釋 呼吁 呼籲 警告 承认 承認 ' +
    // Advice and complaint that introduce words: `提醒：“…”`, `抱怨道`.
    '提醒 提醒说 提醒說 建议 建議 感叹 感嘆 抱怨 抱怨道 坦承 说明 說明 ' +
    // An answer: `回答说：“…”`.
    '回答 回答说 回答說 答道 回忆 回憶 ' +
    // Criticism and rebuttal introduce words too: `市議員X批評：「…」`, `质疑说`, `反驳称`.
    '批评 批評 质疑 質疑 反驳 反駁 痛批 砲轟 炮轟 感慨 ' +
    // A scholar's reading: `副教授X分析：「…」`.
    '分析 分析说 分析說 分析指出 ' +
    // A sigh or a pause right after the words is their speaker's (`“…”老刘叹了口气。`, `“…，”孙大爷顿了顿，“…”`).
    '叹了口气 嘆了口氣 叹道 嘆道 顿了顿 頓了頓 顿了一顿 頓了一頓 摇摇头 搖搖頭 摇了摇头 搖了搖頭').split(' '),
);
export const ROLES = alternation(
  ('发言人 發言人 立委 立法委员 立法委員 外长 外長 部长 部長 主席 总统 總統 总理 總理 首相 主任 董事长 董事長 总经理 總經理 市长 市長 省长 省長 ' +
    '教授 院长 院長 局长 局長 书记 書記 大使 秘书长 秘書長 首席执行官 首席執行官 执行长 執行長 创始人 創辦人 创办人 ' +
    '负责人 負責人 队长 隊長 教练 教練 议员 議員 县长 縣長 校长 校長 所长 所長 研究员 研究員 分析师 分析師 律师 律師 ' +
    '医生 醫生 总裁 總裁 行政长官 行政長官 国务卿 國務卿 经理 經理 主委 处长 處長 厅长 廳長 司长 司長 老板 老闆 店主 ' +
    // A streamer and a community's leader (`带货主播X`, `社区领袖X`).
    '主播 领袖 領袖 ' +
    // An Indigenous community's chief (`部落頭目X·Y`).
    '头目 頭目 ' +
    // Kin written before a name (`死者的母親X`): who the person is to someone in the story.
    '母亲 母親 父亲 父親 妻子 丈夫 儿子 兒子 女儿 女兒 遗孀 遺孀 家属 家屬 ' +
    '居民 村民 学生 學生 家长 家長 镇长 鎮長 村长 村長 区长 區長 馆长 館長 科长 科長 社长 社長 主编 主編 总监 總監 ' +
    '副教授 讲师 講師 教师 教師 老师 老師 专家 專家 学者 學者 读者 讀者 市民 网友 網友 委员 委員 代表 摊主 攤主 摊商 攤商 ' +
    '工程师 工程師 护士 護士 警官 官员 官員 法官 检察官 檢察官 发起人 發起人 志愿者 志願者 选手 選手 作家 经济学家 經濟學家 ' +
    // Customers and workers as a story introduces them: `会员张晓雯`, `乘客李明`, `业主王芳`.
    '会员 會員 消费者 消費者 乘客 顾客 顧客 车主 車主 业主 業主 患者 游客 遊客 员工 員工 司机 司機 农民 農民 ' +
    // Growers and village offices: `蕉農`, `果农`, `班長`, `里長`.
    // Households by what they grow or keep: `种植户X`, `养殖户X`.
    '种植户 種植戶 养殖户 養殖戶 农户 農戶 商户 商戶 个体户 個體戶 承包户 承包戶 ' +
    '蕉農 蕉农 果農 果农 菜農 菜农 茶農 茶农 稻農 稻农 棉農 棉农 花農 花农 瓜農 瓜农 漁民 渔民 班長 班长 組長 组长 里長 里长 鄉長 乡长 ' +
    // Trades and offices a story writes before a name: `民警X`, `厨师X`, `店长X`, `快递员X`.
    '民警 警察 消防员 消防員 店员 店員 厨师 廚師 店长 店長 厂长 廠長 站长 站長 快递员 快遞員 外卖员 外賣員 骑手 騎手 工人 ' +
    // Police ranks (Hong Kong, Taiwan, mainland): `總督察X`, `警司X`.
    '督察 總督察 总督察 高級督察 高级督察 警司 高級警司 高级警司 總警司 总警司 警長 警长 警員 警员 ' +
    '助理 總經理助理 总经理助理 特助 秘书 秘書 老闆娘 老板娘 家庭主婦 家庭主妇 主婦 主妇 東主 东主 點心師傅 点心师傅 街坊 医师 醫師 院士 会长 會長 理事长 理事長 总干事 總幹事 村支书 支书 董事 主持人 导演 導演 演员 演員 运动员 運動員 球员 球員 队员 隊員').split(' '),
);
const HONORIFICS = /(?:先生|女士|小姐)$/u;
/** Titles Hong Kong and Taiwan papers write after a name: doctors, professors, lawyers, engineers. */
const TITLE_AFTER = /^(\p{Script=Han}{2,16}?)(醫生|医生|醫師|医师|教授|博士|律師|律师|工程師|工程师)$/u;
/**
 * Malaysian state and federal titles the Chinese press writes before a name (`主席拿督陈国辉`, `丹斯里林某`):
 * an honour, not part of the name nor the office; taken off only before a name of two or three characters.
 */
const MALAYSIAN_TITLE = /(?:拿督斯里|拿汀斯里|丹斯里|普安斯里|拿督|拿汀)(?=\p{Script=Han}{2,3}$)/u;
/** How the names of bodies end: a centre, a bureau, a commission, a court, a company (never a person's name). */
const BODY = /(?:中心|局|委|委员会|委員會|部|厅|廳|署|法院|医院|醫院|政府|公司|集团|集團|办公室|辦公室|部门|部門|理事会|理事會|协会|協會)$/u;
const OUTLET = /(?:社|报|報|台|网|網|新闻|新聞|通讯|通訊|媒体|媒體|日报|日報|时报|時報)$|新华|新華|路透|法新|美联|美聯|彭博|央视|央視/u;
const DESCRIPTION = /^(?:一名|一位|该|該|这位|這位|有关|有關|相关|相關|多名|多位)|^\p{Script=Han}{1,2}姓(?!名)/u;
/**
 * What the speaker was doing when speaking, as a `…時` clause with no 在: `判刑時`, `質詢時`, `受訪時`,
 * `接受本報查詢時`. A list of such doings, because a lazy name before any `…時` would swallow the name.
 */
const DOING =
  '(?:判刑|宣判|求情|质询|質詢|受访|受訪|受询|受詢|答问|答問|致辞|致詞|发言|發言|出席[^，,。“”「」：:]{1,8}?|接受[^，,。“”「」：:]{0,8}?(?:采访|採訪|访问|訪問|查询|查詢|专访|專訪)' +
  // `答复本报询问时`, `回覆記者查詢時`, `回覆查詢時` (no one named between): answering the paper's questions; `回应时` (answering) alone too.
  '|(?:答复|答覆|回复|回覆|回应|回應)(?:[^，,。“”「」：:]{0,8}?(?:询问|詢問|查询|查詢|提问|提問))?)';
/** A post that carries the words: `在臉書發文`, `在其官方微信公众号发文`, `在脸书贴文`. */
const POSTED = '在[^，,。“”「」：:]{1,16}?(?:发文|發文|贴文|貼文|撰文|留言|发帖|發帖|发布|發布)';
/** How a 在… phrase of where or when ends: 时 上 中 后 外, or the opening or close of an event (`一開始`, `結束時`). */
const WHEN_END = '(?:[时時上中后後外]|一?開始|一?开始|開場|开场|尾聲|尾声)';
/** What may stand between a speaker and the verb: `对记者`, `在接受采访时`, `13日`, `在发布会后对记者`. */
const ADJUNCT =
  // (`韩磊近日在接受…采访时表示`: "recently", "the other day", "lately" are a when too, no part of the name.)
  '(?:(?:\\d+|[一二三四五六七八九十]+)[日月号號]|[今昨前][（(]\\d{1,2}[）)]日|[今昨前]日[（(]\\d{1,2}日?[）)]|[今昨前]日|昨天|今天|当天|當天|近日|日前|近期|近来|近來|周[一二三四五六日]|週[一二三四五六日])?' +
  '(?:上午|下午|晚上|晚间|晚間|稍早|稍后|稍後|赛后|賽後|会后|會後|事后|事後|课后|課後|随后|隨後)?' +
  // (`在发布会后对记者说`: where or when, then to whom.)
  // (`在說明會一開始`, `在会议结束前`: a meeting's opening or close is a when, like its 上 or 后.)
  `(?:(?:在[^，,。“”「」：:]{1,16}?${WHEN_END})?(?:对|對|向)[^，,。“”「」：:]{1,10}?|在[^，,。“”「」：:]{1,16}?${WHEN_END}|${DOING}[时時]|${POSTED})?`;
/** Whom the words were told: `告诉记者`, `提醒市民`. */
// (`说得很坦白：“…”`: how plainly the words were said, a 得 complement of two to four characters.)
const OBJECT = '(?:记者|記者|媒体|媒體|本报|本報|本台|外界|民众|民眾|市民|公众|公眾|家长|家長|居民|大家|网友|網友|(?<=[说說])得\\p{Script=Han}{2,4})?';
/** What a sentence is about, or where, before its subject: `对于家长关心的…问题，`, `針對…，`, `在展台前，`. */
const ABOUT = '(?:(?:对于|對於|关于|關於|针对|針對|谈到|談到|谈及|談及|至于|至於)[^，,。「」“”：:]{1,24}[，,]|在[^，,。「」“”：:]{1,24}?[上中时時后後前里裡外旁边邊内內][，,])?';
const SPEAKER = '([\\p{Script=Han}·・A-Za-z]{1,30}?)';
/** After the quote, the speaker may come with a clause ending in 的 that holds a number: `”今年56岁的种植户X告诉记者`. */
// (`这位22岁的体育老师`: a demonstrative opening it points back to the person just named, read by zh-mentions.ts, so it opens no clause here.)
const SPEAKER_AFTER = '((?:(?!这位|這位|该名|該名|此)[\\p{Script=Han}\\d]{1,12}?的)?[\\p{Script=Han}·・A-Za-z]{1,30}?)';
/** A note in brackets after the speaker's name: an age (`（41岁）`), a pseudonym (`（化名）`). */
const NOTE = '(?:[（(][^（）()，,。“”「」]{1,8}[）)])?';
/** The subject opening a sentence may hold a number in the clause before its 的: `在酒樓工作超過40年的點心師傅X`. */
const OPENING_SPEAKER = '([\\p{Script=Han}·・A-Za-z\\d]{1,30}?)';
/** Adverbs between the speaker and the verb: `王明也表示`, `他还说`. */
// (`一開始就表示`, `當場便說`: 就 and 便 "right then", 當場 "on the spot".)
const ADVERB = '(?:私下|也|还|還|则|則|亦|更|又|再|续|續|接着|接著|进一步|進一步|同时|同時|随后|隨後|当时|當時|最后|最後|当场|當場)?(?:就|便)?';
/** Times and linking words that open a clause before its subject: `昨天王明表示`. */
const LEADING = /^(?:昨天|今天|前天|日前|近日|此前|随后|隨後|同时|同時|另外|此外|对此|對此|不过|不過|但是|但|而|其中)/u;

/** How the words were said, between the speaker and the verb: `她笑着说`, `他无奈地表示`. */
const MANNER =
  // (`老闆娘笑說`, `苦笑称`: a smile with no 着 before the verb.)
  // (`X這麼說`, `X如是說`: "said so", after the words.)
  '(?:这么|這麼|这样|這樣|如此|如是|笑着|笑著|苦笑着|苦笑著|苦笑|笑(?=说|說|称|稱|道|表示)|叹着气|嘆著氣|无奈地|無奈地|激动地|激動地|感慨地|坦率地|认真地|認真地|高兴地|高興地|' +
  // `她一边夹菜一边告诉记者`, `林阿嬤邊翻動煎餅邊說`: what the speaker does while speaking, in the paired (一)边…(一)边.
  '一?[边邊][^，,。：:“”「」]{1,10}?一?[边邊]|' +
  // A one-character verb in the durative 着/著 with its object (`紅著眼眶說`, `含着泪说`), a two-character adverb
  // in 地 (`哽咽地說`): fixed widths, so the lazy name before them keeps all its characters.
  '\\p{Script=Han}[着著]\\p{Script=Han}{0,4}?|\\p{Script=Han}{2}地)?';
/** Kinship words after a family name that make a name of their own: 林阿嬤, 王奶奶, 张大爷. */
const KIN = '阿嬤|阿嬷|阿公|阿伯|阿姨|阿婆|奶奶|爷爷|爺爺|大爷|大爺|大妈|大媽|婆婆|师傅|師傅';
/** What follows a sentence's subject: a time, an adverb, a verb of doing. */
// (`教授吴敏长期关注…`: "for a long time", "for years" open the predicate as a time does.)
const PREDICATE = '(?:每|今年|去年|今天|昨天|明天|前天|今日|昨日|近日|日前|近期|近来|近來|长期|長期|多年|常年|昨晚|今晚|今早|前晚|当晚|當晚|当天|當天|已|从|從|在|是|也|都|就|还|還|有|把|和|与|與|曾|正|一直|几乎|幾乎|负责|負責|经营|經營|则|則|更|却|卻|[，,。])';

/** `补充说`, `表示道`: a verb of the list and 说/道 after it are one verb, so the verb is never read as the name's end (`王教授补充说`). */
const SAID = '(?:说|說|道)?';

const patterns = lazy(() => ({
  after: new RegExp(`^[，,、]?\\s*${SPEAKER_AFTER}${NOTE}${ADJUNCT}${ADVERB}${MANNER}(?:${VERBS})${SAID}(?![\\p{Script=Han}])|^[，,、]?\\s*${SPEAKER_AFTER}${ADJUNCT}${ADVERB}${MANNER}(?:${VERBS})${SAID}`, 'u'),
  // (`」總教練X賽後在場邊受訪時難掩激動`: the speaker, then when interviewed or answering, whatever the predicate: the words were his.)
  interviewedAfter: new RegExp(`^[，,、]?\\s*${SPEAKER_AFTER}${NOTE}(?:赛后|賽後|会后|會後|事后|事後|稍后|稍後)?(?:在[^，,。“”「」：:]{1,12}?)?${DOING}[时時]`, 'u'),
  // `”这位31岁的护士笑着说，`: a demonstrative description, whose clause before 的 may hold a number (lang/demonstrative-person.ts).
  demonstrativeAfter: new RegExp(`^[，,、]?\\s*((?:这|這|该|該|此)(?:位|名|个|個)?[^，,。“”「」：:\\s]{1,14}?)${ADJUNCT}${ADVERB}${MANNER}(?:${VERBS})${SAID}`, 'u'),
  before: new RegExp(`(?:^|[，,。；;：:\\s“”「」])${SPEAKER}${NOTE}${ADJUNCT}${ADVERB}${MANNER}(?:${VERBS})${SAID}${OBJECT}[，,：:\\s]*$`, 'u'),
  // `处长孙丽萍表示，今年…，“…”`: the sentence opens with its speaker and verb, the quote comes later in it.
  // (`他认为修路是好事，“…”`: or the verb's own clause of what was said, a comma, then the words.)
  opening: new RegExp(`^\\s*(?:(?:对此|對此|另外|此外|同时|同時|不过|不過)[，,])?(?:([^，,。「」“”：:]{1,16}?)、)?${ABOUT}(?:\\d{1,3}[岁歲])?${OPENING_SPEAKER}${NOTE}${ADJUNCT}${ADVERB}${MANNER}(?:${VERBS})${SAID}${OBJECT}(?:[，,：:]|[^，,。！？「」“”：:]{1,20}[，,]\\s*$)`, 'u'),
  // `…今年62歲，她說，來買菜的多是長輩，「…」`: a clause of the sentence names the speaker and verb, what was said runs on
  // in one more clause, then the words.
  midClause: new RegExp(`[，,]\\s*${SPEAKER}${ADJUNCT}${ADVERB}${MANNER}(?:${VERBS})${SAID}[，,][^，,。！？「」“”：:]{1,30}[，,]\\s*$`, 'u'),
  // `蕉農陳文彬站在蕉園裡，苦笑著說：`: a clause after the subject, then only how and the verb.
  verbOnly: new RegExp(`[，,]\\s*${ADVERB}${MANNER}(?:${VERBS})${SAID}[：:]\\s*$`, 'u'),
  // `他呼籲不要氣餒：`, `吳志豪巡完一圈後說：`: a pronoun and a verb with a few words of its own, or a name and what was done
  // first (…後, …時), then the colon and the words.
  pronounVerbColon: new RegExp(`(?:^|[，,。；;])\\s*(他|她)${ADVERB}${MANNER}(?:${VERBS})${SAID}[^，,。！？「」“”：:]{0,12}[：:]\\s*$`, 'u'),
  pronounReported: new RegExp(`(?:^|[，,])\\s*(他|她)${ADVERB}${MANNER}(?:${VERBS})${SAID}[^。！？「」“”：:]{2,40}[。！？]\\s*$`, 'u'),
  nameAfterDoing: new RegExp(`(?:^|[，,。；;])\\s*(\\p{Script=Han}{2,3}?)[^，,。！？「」“”：:\\d]{1,20}?(?:之後|之后|以後|以后|後|后|時|时)${ADVERB}${MANNER}(?:${VERBS})${SAID}[：:]\\s*$`, 'u'),
  toSomeone: /[，,]\s*(?:也|还|還|并|並|再)?(?:向|对|對|跟)[^，,。：:“”「」]{1,14}?(?:致歉|道歉|致谢|致謝|道谢|道謝|喊话|喊話|保证|保證|承诺|承諾)[：:]\s*$/u,
  // A name of two or three characters opening the sentence, then a time or an adverb: `郑文豪昨晚也…`.
  bareSubject: /^(\p{Script=Han}{2,3}?)(?=昨|今|前|当|當|随|隨|也|还|還|则|則|又|再|在|随即|隨即)/u,
  roleNameAny: new RegExp(`^(\\p{Script=Han}{0,10}?(?:${ROLES}))(\\p{Script=Han}{3})`, 'u'),
  // (`據X說，「…」`: Traditional characters write 據 for 据.)
  according: /(?:^|[，,。\s])[据據]([\p{Script=Han}·A-Za-z]{1,16}?)(?:称|稱|说|說|表示|报道|報導)[，,：:\s]*$/u,
  roleThenName: new RegExp(`^(.*?(?:${ROLES}))([\\p{Script=Han}·・A-Za-z]{1,8})$`, 'u'),
  kinName: new RegExp(`^(\\p{Script=Han}{1,2}?(?:${KIN}))(?=${PREDICATE})`, 'u'),
  // (`某理工大学交通运输工程系副教授X长期研究…`: a college and its department before the office may take up to sixteen characters.)
  roleNameSubject: new RegExp(`^(\\p{Script=Han}{0,16}?(?:${ROLES}))(\\p{Script=Han}{2,3}?)(?=${PREDICATE})`, 'u'),
  bracketedBody: new RegExp(`(?:^|[，,。；;\\s])(\\p{Script=Han}{0,10}?(?:機構|机构|團體|团体|協會|协会|公司|集團|集团|組織|组织|社團|社团|中心|联盟|聯盟)[「“][^「」“”，。]{1,12}[」”])${ADVERB}(?:${VERBS})[，,：:\\s]*$`, 'u'),
  roleAlone: new RegExp(`^(?:${ROLES})$`, 'u'),
  nameThenRole: new RegExp(`^([\\p{Script=Han}·・A-Za-z]{1,6}?)(${ROLES})$`, 'u'),
}));
const ENDS_WITH_ROLE = endsWithRole(ROLES);
/** Characters Chinese uses to spell foreign names (基普罗蒂奇, 穆萨, 埃琳娜), four to eight of them. */
const TRANSLITERATED = /^[阿埃艾安奥巴贝比波布达德迪蒂杜多厄恩法菲弗福格哈赫霍基吉加杰卡凯科克库拉莱兰劳勒雷里利列卢鲁罗洛马迈曼梅米莫穆纳内尼诺帕佩皮普奇乔琼萨塞桑沙舍什斯索塔泰汤特提图托瓦韦维沃西希谢辛雅亚伊尤约扎泽詹兹娜娃丽琳莉妮]{4,8}$/u;
/** How country and region names end in transliteration: 利比亚, 俄罗斯, 波兰, 伊拉克. */
const COUNTRY_END = /(?:亚|斯|兰|国|坦|加|哥|拉|克|尼西亚|利亚)$/u;

/** Nouns for the people a story meets before `X女士`: 市民, 工人, and 旅客 游客 乘客 顾客 (-客), 住户 (-户), 家长, 学生, 司机, 业主. */
const PERSON_NOUN = /(?:[民人客户戶]|家长|家長|学生|學生|司机|司機|业主|業主)$/u;

const ANONYMOUS = /(?:不願具名|不愿具名|不願透露姓名|不愿透露姓名|不願意具名|不愿意具名|匿名)的/u;

/** Characters that open a deed or a link, never a name's last character: 在, 到, 把, 也, 已. */
const DEED_START = /^[在到去來来把被跟和與与也就都還还已正又再將将從从對对向給给]$/u;

/** A subject, then sitting, standing or holding something, a clause running on to a comma right before the next part of the quote. */
const POSTURE_BETWEEN = /^\s*(他|她|\p{Script=Han}{2,4}?)(?:也|还|還|则|則|又|仍|依然)?(?:坐|站|躺|蹲|靠|倚|望|握|抱|低頭|低头|抬頭|抬头|摇头|搖頭|點頭|点头)[^。！？「」“”]{0,40}[，,]\s*$/u;

const ANONYMOUS_BEFORE_VERB = /(?:不願具名|不愿具名|不願透露姓名|不愿透露姓名|不願意具名|不愿意具名|要求匿名|匿名)$/u;

function readSpeaker(words: string | undefined): SpeakerPhrase | null {
  // `在一家公司工作的读者陈思远`: what the clause before 的 says of the speaker is not the name or the office.
  const chunk = (words ?? '').trim().replace(/^.*的/u, '').replace(LEADING, '').replace(MALAYSIAN_TITLE, '');
  if (!chunk) return null;
  // `這位70歲的常客`: a demonstrative and a classifier for persons point back at someone, whatever the noun (常客 is no name;
  // `该名单`, `該名稱` are a list and a name, no person).
  if (/^(?:这|這|该|該)(?:位|名(?![单單称稱字额額]))/u.test((words ?? '').trim())) return described((words ?? '').trim());
  // `一名不願具名的攤商`, `匿名的居民`: a person the paper leaves unnamed on purpose is described, whatever the noun.
  if (ANONYMOUS.test(words ?? '')) return described(chunk);
  // (`一名消防隊員不願具名透露`: "not wishing to be named" between the noun and the verb leaves the person unnamed too.)
  const unwilling = ANONYMOUS_BEFORE_VERB.exec(chunk);
  if (unwilling) return unwilling.index > 0 ? { ...described(chunk.slice(0, unwilling.index))!, unnamed: true } : null;
  if (/^(?:他|她)们$|^(?:他|她)們$/u.test(chunk)) return pronoun('they');
  if (chunk === '他') return pronoun('he');
  if (chunk === '她') return pronoun('she');
  if (OUTLET.test(chunk)) return null;
  if (DESCRIPTION.test(chunk)) return described(chunk);
  // `市疾控中心`, `市卫健委`, `建屋发展局`: a body speaks as itself, never as the person last named.
  if (BODY.test(chunk)) return described(chunk);
  // `市民张女士`: a family name and a form of address is the only name the paper gives, kept whole.
  const formOfAddress = HONORIFICS.exec(chunk);
  const base = formOfAddress ? chunk.slice(0, formOfAddress.index) : '';
  const family = [base.slice(-2), base.slice(-1)].find((end) => end && isFamilyNameAlone(end) && (end.length === 1 || base.length >= 2));
  if (formOfAddress && family && (base.length === family.length || ENDS_WITH_ROLE().test(base.slice(0, -family.length)) || PERSON_NOUN.test(base.slice(0, -family.length)))) {
    return person(family + formOfAddress[0], base.slice(0, -family.length) || null);
  }
  const { roleThenName, nameThenRole } = patterns();
  // `一家在地冰店的老闆娘笑說`: an office or trade alone, no name after it, is someone described (the clause before 的 with it).
  if (patterns().roleAlone.test(chunk)) return described((words ?? '').trim().replace(LEADING, ''));
  // `醫管局總行政經理李家明醫生`, `陳大文教授`: a title written after the name (Hong Kong and Taiwan style) is no part of it.
  const titled = TITLE_AFTER.exec(chunk);
  const titledName = titled ? [3, 2].map((length) => titled[1]!.slice(-length)).find((end) => looksLikeChineseName(end) && (end.length === titled[1]!.length || ENDS_WITH_ROLE().test(titled[1]!.slice(0, -end.length)))) : undefined;
  if (titled && titledName) return person(titledName, titled[1]!.slice(0, -titledName.length) || titled[2]!);
  const suffixed = nameThenRole.exec(chunk);
  // (`房屋署發言人`: a body's name before its office is no person's, though its first character is a family name.)
  if (suffixed && BODY.test(suffixed[1]!)) return described(chunk);
  if (suffixed && (looksLikeChineseName(suffixed[1]!) || suffixed[1]!.includes('·'))) return person(suffixed[1]!, suffixed[2]);
  const name = chunk.replace(HONORIFICS, '');
  if (name !== chunk && looksLikeChineseName(name)) return person(name);
  // `街坊李太`, `陳生`: a family name and a Hong Kong form of address (太 Mrs, 生 Mr) is how the paper names the person.
  const addressed = new RegExp(`^(.*?(?:${ROLES}))?(\\p{Script=Han}(?:太|生))$`, 'u').exec(name);
  if (addressed && looksLikeChineseName(addressed[2]!.slice(0, 1))) return person(addressed[2]!, addressed[1] ?? null);
  // `老刘坦言`, `小王说`: "old" or "little" before a family name, the familiar address (resolved to the full name, caseless-mentions.ts).
  if (/^(?:老|小)\p{Script=Han}$/u.test(name) && isFamilyNameAlone(name.slice(1))) return person(name);
  const split = splitOfficeAndName(name, ENDS_WITH_ROLE);
  if (split && BODY.test(split.name)) return described(name);
  if (split) return person(split.name, split.role);
  // A foreign name after a known office: `美国国务卿布林肯`, `国务卿约翰·克里`.
  const prefixed = roleThenName.exec(name);
  if (prefixed && ((prefixed[2]!.length >= 2 && prefixed[2]!.length <= 5) || prefixed[2]!.includes('·'))) return person(prefixed[2]!, prefixed[1]);
  // An office and no name: `市交通运输局相关负责人`.
  if (ENDS_WITH_ROLE().test(name)) return described(name);
  if (name.length <= 4 && looksLikeChineseName(name)) return person(name);
  // `基普罗蒂奇`: a foreign name in transliteration, every character one that spells foreign sounds (not a country: 利比亚, 俄罗斯).
  return (name.includes('·') && name.length <= 12) || (TRANSLITERATED.test(name) && !COUNTRY_END.test(name)) ? person(name) : null;
}

/** `宏茂桥市镇理事会主席、国会议员郑文豪`: an office before the 、 joins the one before the name. */
function withFirstOffice(found: SpeakerPhrase | null, before: string | undefined): SpeakerPhrase | null {
  // (`另一名居民、`: one more of a kind, not an office.)
  if (!found || found.kind !== 'name' || !found.role || !before || !ENDS_WITH_ROLE().test(before) || /的/u.test(before) || /^另|^一[名位个個]/u.test(before) || DESCRIPTION.test(before)) return found;
  return person(found.phrase, `${before}、${found.role}`);
}

/**
 * `醫院管理局總行政經理（質素及安全）劉家明`: a note in brackets after an office (its portfolio, an acting post) is no part of
 * the name or the frame's words: read as if it were not there. (A note after the name, `X（41岁）`, stays: NOTE reads it.)
 */
function withoutRoleNote(frame: string): string {
  return frame.replace(ROLE_NOTE(), '$1');
}
const ROLE_NOTE = lazy(() => new RegExp(`((?:${ROLES}))[（(][^（）()，,。“”「」]{1,12}[）)](?=\\p{Script=Han}{2,3})`, 'gu'));

export const chinese: LanguageCues = {
  applies: (frame) => /\p{Script=Han}/u.test(frame),
  after(written) {
    // (`”在信丰县…的果园里，58岁的果农X一边…一边告诉记者`: where it was said, set off by a comma before the speaker.)
    // (`”站在自家果园里，…`: a posture verb may open that place, `站`, `坐`, `蹲`; `X一边剪枝，一边笑着说`: the first of two things
    // done at once, set off by a comma, is passed over, so the second and its verb of saying follow the name.)
    const frame = withoutRoleNote(written)
      .replace(/^([，,、]?\s*)(?:[站坐蹲躺走]|靠)?在[^，,。“”「」：:]{1,24}?[上中时時后後前里裡外旁边邊内內][，,]/u, '$1')
      // (Not after a bare pronoun, `她一边…，一边回复…`: who she is stays with the reading of the pronoun.)
      .replace(/^([，,、]?\s*(?![她他]一?[边邊])[^，,。“”「」：:]{1,30}?)一?[边邊][^，,。：:“”「」]{1,16}[，,]\s*一?[边邊]/u, '$1');
    const match = patterns().after.exec(frame);
    if (match) return readSpeaker(match[1] ?? match[2]);
    const interviewed = patterns().interviewedAfter.exec(frame);
    if (interviewed) return readSpeaker(interviewed[1]);
    const demonstrative = patterns().demonstrativeAfter.exec(frame);
    if (demonstrative) return described(demonstrative[1]!);
    // (`”她一边整理渔网，一边回复网友的留言。`: a pronoun doing two things at once right after the words says them.)
    const doing = /^\s*(他|她)一?[边邊][^，,。“”「」]{1,16}[，,]?一?[边邊]/u.exec(frame);
    if (doing) return readSpeaker(doing[1]);
    // (`「A。」X坐在床上，手裡握著鑰匙，「B。」`: a subject and how they sit or stand, the clause running on into the next part, is
    // the speaker of both parts; a name written in full before, `X·Y`, gives the fuller form, caseless-mentions.ts.)
    const posture = POSTURE_BETWEEN.exec(written);
    return posture && !PERSON_SUFFIX.test(posture[1]!) && !/[们們]$/u.test(posture[1]!) && !BODY.test(posture[1]!) ? readSpeaker(posture[1]) ?? person(posture[1]!) : null;
  },
  before(written) {
    const frame = withoutRoleNote(written);
    const { before, according } = patterns();
    // `長者服務機構「耆樂社」表示：`: a body named in corner brackets after its noun speaks as itself, described.
    const bracketed = patterns().bracketedBody.exec(frame);
    if (bracketed) return described(bracketed[1]!);
    if (according.test(frame)) {
      const source = readSpeaker(according.exec(frame)?.[1]);
      if (source) return source;
    }
    const match = before.exec(frame);
    // `…，又指「…」`: an adverb and a verb with no subject; the sentence's opening names the speaker.
    const read = match ? readSpeaker(match[1]) : null;
    if (read) return read;
    const opening = patterns().opening.exec(frame);
    const opened = opening ? withFirstOffice(readSpeaker(opening[2]), opening[1]) : null;
    if (opened) return opened;
    const mid = patterns().midClause.exec(frame);
    const midSpeaker = mid ? readSpeaker(mid[1]) : null;
    if (midSpeaker?.kind === 'name') return midSpeaker;
    // `另一名会员刘建国则更为无奈：“…”`: no verb of saying, the colon gives the words to the sentence's subject;
    // `蕉農陳文彬站在蕉園裡，苦笑著說：` too, the verb standing alone after a clause.
    const subject = /[：:]\s*$/u.test(frame) && (!match || patterns().verbOnly.test(frame)) ? chineseSubject(frame.split(/[。！？]/u).at(-1)!) : null;
    if (subject) return subject;
    // (`63歲的黃女士帶同孫兒到場，她笑言已輪候多年。「…」`: he or she said something in the writer's words, then the
    // quote goes on with it; the person the sentence opens with, when it names one.)
    const reported = patterns().pronounReported.exec(frame);
    if (reported) {
      const opener = chineseSubject(frame.slice(0, reported.index).split(/[。！？]/u).at(-1)!.split(/[，,]/u)[0]!);
      return opener ?? readSpeaker(reported[1]);
    }
    const pronounSaid = patterns().pronounVerbColon.exec(frame);
    if (pronounSaid) return readSpeaker(pronounSaid[1]);
    // (The name is tried at three characters, then two: a two-character name is followed by the deed's verb.)
    // (`站長X巡完一圈後說：`: an office before the name is its role.)
    const doer = patterns().nameAfterDoing.exec(frame)?.[0].replace(/^[，,。；;\s]+/u, '');
    const officeFirst = doer ? patterns().roleNameAny.exec(doer) : null;
    if (officeFirst && looksLikeChineseName(officeFirst[2]!)) return person(officeFirst[2]!, officeFirst[1]);
    const doerName = doer ? [doer.slice(0, 3), doer.slice(0, 2)].find((name) => looksLikeChineseName(name) && !DEED_START.test(doer.slice(name.length, name.length + 1)) && !DEED_START.test(name.slice(-1))) : undefined;
    if (doerName) return person(doerName);
    // `郑文豪昨晚也在脸书贴文，向受影响居民致歉：“…”`: an apology or thanks to someone, after the subject's own clause.
    const addressed = patterns().toSomeone.test(frame) ? patterns().bareSubject.exec(frame.split(/[。！？]/u).at(-1)!.trim()) : null;
    return addressed && looksLikeChineseName(addressed[1]!) ? person(addressed[1]!) : null;
  },
};

/**
 * The person a plain sentence opens with (no speech verb in it): `店主张秀英每天要处理…`,
 * `在學校旁經營雜貨店的林阿嬤今年七十三歲，…` (a clause before 的 describes them). For a later
 * `她说` in the same paragraph (lang/introduced.ts).
 */
const TOPIC = /^(?:对于|對於|关于|關於|针对|針對|至于|至於)[^，,。「」“”：:]{1,24}[，,]\s*/u;

export function chineseSubject(sentence: string): SpeakerPhrase | null {
  // (`對於落空的申請人，他…`, `至於何小姐，…`: the topic set off before the clause is no subject.)
  const trimmed = sentence.trim().replace(TOPIC, '');
  const clause = trimmed.replace(/^[^，,。]*?的(?=\p{Script=Han})/u, '').replace(LEADING, '');
  // (`出租车司机陈刚昨天把乘客遗失的钱包…`: a 的 later in the sentence opens no describing clause; the subject comes first.)
  return subjectOf(trimmed, clause) ?? (clause !== trimmed.replace(LEADING, '') ? subjectOf(trimmed, trimmed.replace(LEADING, '')) : null);
}

function subjectOf(trimmed: string, clause: string): SpeakerPhrase | null {
  // `家住云川、在海平工作的张丽娜是首批乘客之一`: after a clause describing someone (…的), a three-character name and its predicate.
  // (`76岁的陈桂兰老人几乎每天都来`: a word for an elder or a form of address may follow the name.)
  const described = clause !== trimmed.replace(LEADING, '') ? new RegExp(`^(\\p{Script=Han}{3})(?:老人|老太太|老太|老伯)?(?=${PREDICATE})`, 'u').exec(clause) : null;
  // (`申請人`, `參加者`: a noun for a person, 人 or 者 at its end, is no name.)
  if (described && looksLikeChineseName(described[1]!) && !/[站路桥橋楼樓馆館园園厂廠场場院所局部会會市县縣镇鎮区區省村鄉乡人者]$/u.test(described[1]!)) return person(described[1]!);
  const { kinName, roleNameSubject } = patterns();
  const kin = kinName.exec(clause);
  if (kin && looksLikeChineseName(kin[1]!.slice(0, kin[1]!.length - 2))) return person(kin[1]!);
  const titled = roleNameSubject.exec(clause);
  // A time word is never part of a name: `居民区每天…` is no person.
  if (titled && looksLikeChineseName(titled[2]!) && !/[每天年月日都]/u.test(titled[2]!)) return person(titled[2]!, titled[1]);
  // `蕉農陳文彬站在…`: an office and a three-character name before a verb of doing no list holds.
  const any = patterns().roleNameAny.exec(clause);
  if (any && looksLikeChineseName(any[2]!) && !/[每天年月日都在是也就還还有把和]/u.test(any[2]!)) return person(any[2]!, any[1]);
  return null;
}
