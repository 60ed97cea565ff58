import { attributionTable, type AttributionCase } from './attribution-table';
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const CASES: AttributionCase[] = [
  ['“…”他说 after the man who spoke', '王明说：“我们三月开通大桥。”\n\n“工程进展顺利。”他说。', '工程进展顺利。', '王明', null],
  ['“…”，X表示', '“我们三月开通大桥。”王明表示。', '我们三月开通大桥。', '王明', null],
  ['X说：“…”', '王明说：“我们三月开通大桥。”', '我们三月开通大桥。', '王明', null],
  ['X表示，“…”', '李华表示，“市场将提前开放。”', '市场将提前开放。', '李华', null],
  ['a role before the name', '外交部发言人毛宁表示：“中方立场是一贯的。”', '中方立场是一贯的。', '毛宁', '外交部发言人'],
  ['a role before the name, after the quote', '“中方立场是一贯的。”外交部发言人毛宁说。', '中方立场是一贯的。', '毛宁', '外交部发言人'],
  ['a company head', '公司董事长张伟指出：“明年不会涨价。”', '明年不会涨价。', '张伟', '公司董事长'],
  ['对记者 between the speaker and the verb', '王明对记者说：“我们三月开通大桥。”', '我们三月开通大桥。', '王明', null],
  ['a date before the verb', '王明13日表示：“我们三月开通大桥。”', '我们三月开通大桥。', '王明', null],
  ['她说 after the woman who spoke', '李华表示：“面包店下周重新开业。”\n\n“顾客终于回来了。”她说。', '顾客终于回来了。', '李华', null],
  ['先生 is dropped after a full name', '王明先生说：“我们三月开通大桥。”', '我们三月开通大桥。', '王明', null],
  ['a family name alone keeps 先生: the only name the paper gives', '王先生说：“我们三月开通大桥。”', '我们三月开通大桥。', '王先生', null],
  ['traditional characters', '外交部發言人林佳龍表示：「我們的立場不變。」', '我們的立場不變。', '林佳龍', '外交部發言人'],
  ['corner brackets and 說', '「工程進展順利。」王明說。', '工程進展順利。', '王明', null],
  ['据 an agency is not the speaker', '王明参观了工地。据新华社报道，“工程进展顺利，预计明年三月完工。”', '工程进展顺利，预计明年三月完工。', null, null],
  ['a foreign name with a middle dot', '约翰·史密斯说：“我们会继续合作。”', '我们会继续合作。', '约翰·史密斯', null],
  ['a described speaker', '一名官员表示：“调查仍在进行。”', '调查仍在进行。', '一名官员', null],
  ['在…上 between the speaker and the verb', '市长王明在记者会上表示：“我们浪费了太多时间。”', '我们浪费了太多时间。', '王明', '市长'],
  ['告诉记者 before the quote', '面包店老板李华告诉记者：“我的顾客每天要多绕二十公里。”', '我的顾客每天要多绕二十公里。', '李华', '面包店老板'],
  // Offices the role list does not hold, found by the character that ends them and the family name after.
  ['an office ending in 长 before the name', '站长孙立群表示：“列车将按时发车，请旅客耐心等候。”', '列车将按时发车，请旅客耐心等候。', '孙立群', '站长'],
  ['an office ending in 贩, after a clause ending in 的', '在菜市场卖了二十年豆腐的摊贩何秀英说：“今年的生意比去年好多了。”', '今年的生意比去年好多了。', '何秀英', '摊贩'],
  ['a long office before the name', '北方理工大学环境科学与工程学院研究员冯晓东指出：“这条河的水质已经明显改善。”', '这条河的水质已经明显改善。', '冯晓东', '北方理工大学环境科学与工程学院研究员'],
  ['a known office wins over a family name inside it: 主任 + 何平', '办公室主任何平表示：“报名将在周五截止。”', '报名将在周五截止。', '何平', '办公室主任'],
  ['律师 before a name whose family name is also 师', '律师周杰说：“合同里没有这一条。”', '合同里没有这一条。', '周杰', '律师'],
  ['traditional: 里長 before the name', '里長陳文雄在說明會上表示：「道路拓寬工程下個月動工。」', '道路拓寬工程下個月動工。', '陳文雄', '里長'],
  ['也 between the speaker and the verb', '王明也表示：“我们会继续合作下去。”', '我们会继续合作下去。', '王明', null],
  ['a time before the speaker', '王明参观了工地。昨天李华表示：“市场将提前开放。”', '市场将提前开放。', '李华', null],
  ['他说 after the quote yields to the name before it', '博物馆馆长黎文涛表示：“展览将延长一个月。”他说，门票价格不变。', '展览将延长一个月。', '黎文涛', '博物馆馆长'],
  // Counter-cases: an office with no name describes, and a body is no one.
  ['an office and no name describes the speaker', '市环保局有关负责人表示：“将加强对河道的监测。”', '将加强对河道的监测。', '市环保局有关负责人', null],
  ['a bureau before its head is not a name', '交通局局长表示：“公交线路下月调整。”', '公交线路下月调整。', '交通局局长', null],
  ['an institution is not a speaker', '这家图书馆表示：“周日照常开放，欢迎读者前来。”', '周日照常开放，欢迎读者前来。', null, null],
  ['a sentence opening with its speaker and verb, the quote later in it', '市民政局处长孙丽萍表示，今年全市计划新建社区食堂一百家，“让老人在家门口就能吃上放心饭”。', '让老人在家门口就能吃上放心饭', '孙丽萍', '市民政局处长'],
  ['a quote with its own speaker after it keeps that speaker', '王明表示，食堂运营良好。“我们每天供应三百份午餐。”李华说。', '我们每天供应三百份午餐。', '李华', null],
  ['她笑着说 after a plain sentence opening with an office and a name is that person', '局长何国平介绍，销售额增长了六成。“现在城里人抢着买。”他说。\n\n店主张秀英每天要处理上百个包裹。“最忙的时候，要忙到晚上十点。”她笑着说。', '最忙的时候，要忙到晚上十点。', '张秀英', '店主'],
  ['a family name and a kinship word (林阿嬤) after a clause with 的 is a name', '校長張明輝說：「我們會努力。」\n\n在學校旁經營雜貨店的林阿嬤今年七十三歲，孩子都讀過這所學校。她說：「學校沒了，年輕人就更不會回來了。」', '學校沒了，年輕人就更不會回來了。', '林阿嬤', null],
  ['a plain sentence with a place and a time word introduces nobody', '局长何国平介绍：“销售额增长了六成。”\n\n居民区每天都有人排队。“现在城里人抢着买。”他说。', '现在城里人抢着买。', '何国平', '局长'],
  ['回应称 is one verb: the name before it is whole', '市水务局局长梁志刚回应称，最初的检测结果并未超标，“我们低估了市民的感受”。', '我们低估了市民的感受', '梁志刚', '市水务局局长'],
  // Taiwanese and Hong Kong press: a day written 今（18）日, a `…時` doing before the verb, an opener before the subject.
  ['a day written 今（18）日 is no part of the name before it', '林志豪今（18）日在立法院備詢。林志豪表示，「增班已是現有車輛的極限」。', '增班已是現有車輛的極限', '林志豪', null],
  ['a doing ending in 時 between the name and the verb (判刑時指)', '裁判官梁家樂判刑時指，被告漠視安全，「完全漠視其他道路使用者的安全」。', '完全漠視其他道路使用者的安全', '梁家樂', '裁判官'],
  ['a body with a doing ending in 時 is still no speaker', '這家公司接受調查時表示，「我們一直遵守規定」。', '我們一直遵守規定', null, null],
  ['對此 and a comma before the subject', '對此，台鐵公司董事長張文雄回應，已與警方合作，「今年封鎖了一萬多個帳號」。', '今年封鎖了一萬多個帳號', '張文雄', '台鐵公司董事長'],
  ['對此 before an unnamed official keeps the description', '對此，一名官員表示，「調查仍在進行中」。', '調查仍在進行中', '一名官員', null],
  ['又指 with no subject: the speaker the sentence opened with', '辯方大律師陳建邦求情時稱，被告是經濟支柱，又指「被告事後深感後悔」。', '被告事後深感後悔', '陳建邦', '辯方大律師'],
  ['a name before 又指 is the speaker', '王明表示，工程順利。李華又指「我們不同意這個方案」。', '我們不同意這個方案', '李華', null],
  ['a person written by family name only (王姓業者) is described', '在花蓮經營民宿的王姓業者坦言，「觀光客的生意少了一半」。', '觀光客的生意少了一半', '王姓業者', null],
  ['a sentence opening with 之一、 and an age introduces the person for 她說', '王明說：「開始了。」\n\n傷者之一、62歲清潔工人黃淑芬在庭外表示，仍要依靠拐杖。「我只想快點回去上班。」她說。', '我只想快點回去上班。', '黃淑芬', '清潔工人'],
  ['立委 before the name, a doing ending in 時', '立委黃美玲質詢時指出，居民搶不到票，「鄉親只能跟機器人搶票」。', '鄉親只能跟機器人搶票', '黃美玲', '立委'],
  ['回忆说 after the quote, with an office and a doing', '“三年前展位上几乎没人停下来。”公司创始人兼首席执行官周文博在接受本报专访时回忆说。', '三年前展位上几乎没人停下来。', '周文博', '公司创始人兼首席执行官'],

  // The fourth batch (intl9): a customer introduced with no verb of saying before a colon; 提醒.
  ['a customer and name with no verb, then a colon (乘客X则很无奈：)', '乘客王丽则很无奈：“车一直不来，我已经等了一个小时。”', '车一直不来，我已经等了一个小时。', '王丽', '乘客'],
  ['a colon after a sentence with no person gives no speaker', '现场一片混乱：“大家快往外跑，不要拿东西！”', '大家快往外跑，不要拿东西！', null, null],
  ['提醒 introduces the words', '市消协秘书长李强提醒：“不要贪便宜，办卡前先查一查。”', '不要贪便宜，办卡前先查一查。', '李强', '市消协秘书长'],

  // The second intl9 batch: a clause between the subject and how the words were said; a grower as the role.
  ['a grower and name, a clause, then only 無奈地說： (the subject opened the sentence)', '果農林美玲站在果園裡，無奈地說：「今年的收成全沒了，只能等明年再說。」', '今年的收成全沒了，只能等明年再說。', '林美玲', '果農'],
  ['the same verb after a clause with no person names nobody', '颱風過後一片狼藉，無奈地說：「今年的收成全沒了，只能等明年再說。」', '今年的收成全沒了，只能等明年再說。', null, null],
  ['班長 X 無奈地說，…，「…」: the manner between the name and the verb', '班長黃志明無奈地說，果實被強風打落，「落果率超過七成，理賠也不夠。」', '落果率超過七成，理賠也不夠。', '黃志明', '班長'],

  ['a foreign name in transliteration after the quote, with 赛后 and 对记者', '“江城的赛道很平，我一开始就想冲击纪录。”基普罗蒂奇赛后对记者说。', '江城的赛道很平，我一开始就想冲击纪录。', '基普罗蒂奇', null],
  ['a country in transliteration (俄罗斯) is no person', '“我们不会改变立场，谈判还会继续。”俄罗斯对记者说。', '我们不会改变立场，谈判还会继续。', null, null],

  ['a Hong Kong form of address (李太) after a role is the name', '經常光顧的街坊李太說：「以後都唔知去邊度飲茶好。」', '以後都唔知去邊度飲茶好。', '李太', '街坊'],
  ['東主 before the name, 接受本報訪問時表示', '酒樓東主梁志強接受本報訪問時表示：「租金加咗三成，實在撐唔落去。」', '租金加咗三成，實在撐唔落去。', '梁志強', '酒樓東主'],
  ['a number in the clause before 的 at the sentence\'s opening', '在酒樓工作超過40年的點心師傅陳國輝說，他從16歲入行，「呢度就係我第二個屋企」。', '呢度就係我第二個屋企', '陳國輝', '點心師傅'],

  ['a clause describing someone (…的), a three-character name and 是: her, for 她告诉记者', '刘志远说：“今天特别激动。”\n\n家住云川、在海平工作的张丽娜是首批乘客之一。她告诉记者，以前回家要花大半天，“现在下班坐高铁回家，还能赶上吃晚饭”。', '现在下班坐高铁回家，还能赶上吃晚饭', '张丽娜', null],
  ['a clause describing a station (…的高铁站是) is no person', '刘志远说：“今天特别激动，这是我开的第一趟车。”\n\n新建成的高铁站是全省最大的。他告诉记者，以前回家要花大半天，“现在下班坐高铁回家，还能赶上吃晚饭”。', '现在下班坐高铁回家，还能赶上吃晚饭', '刘志远', null],

  ['老闆娘 before the name, then 她說：', '台北市一家早餐店老闆娘林美惠今（5）日一早就貼出公告。她說：「進貨價一箱漲了兩百多元，只好每份加五塊。」', '進貨價一箱漲了兩百多元，只好每份加五塊。', '林美惠', '台北市一家早餐店老闆娘'],
  ['家庭主婦 before the name after a clause with 的', '在市場買菜的家庭主婦王秀琴說：「進口蛋不知道放了多久，我寧願買本地的。」', '進口蛋不知道放了多久，我寧願買本地的。', '王秀琴', '家庭主婦'],
  // (Traditional 記者 is also Japanese for a reporter written after a name: it must not pull 在 into the name.)
  ['在記者會上 between the speaker and the verb, traditional characters', '經濟部次長林志強在記者會上表示：「今年的電價不會調漲。」', '今年的電價不會調漲。', '林志強', '經濟部次長'],
  // intl10: what the speaker does while speaking, in the paired 一边…一边, stands between the pronoun and the verb.
  ['一边…一边 between the pronoun and the verb', '今年七十六岁的何秀英是食堂的常客，几乎每天都来。她一边夹菜一边告诉记者：“老伴走了以后，一个人在家懒得做饭。”', '老伴走了以后，一个人在家懒得做饭。', '何秀英', null],
  ['一邊…一邊 in traditional characters, after a name', '王大媽一邊擦桌子一邊說：「生意越來越不好做。」', '生意越來越不好做。', '王大媽', null],
  ['counter-case: 一边 on a place with nobody speaking gives no speaker', '食堂里一边播放音乐，一边有人喊：“开饭了，大家排好队。”', '开饭了，大家排好队。', null, null],
  ['邊…邊 without 一, a long doing between, after an opening clause with 的', '在夜市賣蚵仔煎超過四十年的林阿嬤邊翻動鐵板上的煎餅邊說：「我從十幾歲就在這裡擺攤，客人都是老主顧。」', '我從十幾歲就在這裡擺攤，客人都是老主顧。', '林阿嬤', null],
  ['an unnamed stallholder (不願具名的) is described, and 私下 is an adverb', '一名不願具名的攤商私下透露，「很多人已經在找別的夜市，可能不會搬了」。', '很多人已經在找別的夜市，可能不會搬了', '攤商', null],
  ['counter-case: a named stallholder with 私下 keeps his name', '在夜市工作的攤商黃志明私下透露：「很多人已經在找別的夜市，可能不會搬了。」', '很多人已經在找別的夜市，可能不會搬了。', '黃志明', '攤商'],
  // intl11: 市民张女士, a body as the subject, a post, an apology, two offices joined by 、, a note in brackets, police ranks.
  ['a family name and 女士 after an occupation (市民张女士)', '带着儿子来看病的市民张女士说，她早上六点就出门了，“排了两个多小时才见到医生”。', '排了两个多小时才见到医生', '张女士', '市民'],
  ['counter-case: a given name ending in a family-name character drops 先生 (李文先生)', '李文先生说：“我们三月开通大桥。”', '我们三月开通大桥。', '李文', null],
  ['a body posting on its account is described, not the last person (市疾控中心…发文称)', '副院长孙立军说：“候诊控制在一小时以内。”市疾控中心当天在其官方微信公众号发文称，阳性率已连续上升，“预计将在12月中旬达到峰值”。', '预计将在12月中旬达到峰值', '市疾控中心', null],
  ['a person posting on Facebook (在臉書發文指出)', '立委張雅雯在臉書發文指出，偏鄉據點不足，「一個照服員要跑三、四個村」。', '一個照服員要跑三、四個村', '張雅雯', '立委'],
  ['an apology to someone after the subject\'s own clause (向…致歉：)', '国会议员郑文豪说：“电梯老化是事实。”技术员说：“要等八个星期。”郑文豪昨晚也在脸书贴文，向受影响居民致歉：“我们会尽快把事情做好。”', '我们会尽快把事情做好。', '郑文豪', '国会议员'],
  ['counter-case: an apology with no name opening the sentence stays unread', '会后，向受影响居民致歉：“我们会尽快把事情做好。”', '我们会尽快把事情做好。', null, null],
  ['two offices joined by 、 before the name are one role', '宏茂桥市镇理事会主席、国会议员郑文豪答复本报询问时说，理事会已加派人员。“电梯老化是事实。”', '电梯老化是事实。', '郑文豪', '宏茂桥市镇理事会主席、国会议员'],
  ['counter-case: a person before the 、 is no office (另一名居民、)', '另一名居民、家庭主妇蔡淑芬（41岁）说，她只能走上11楼。“一个星期坏三次。”', '一个星期坏三次。', '蔡淑芬', '家庭主妇'],
  ['a pseudonym note in brackets after the name (（化名）)', '照服員陳美惠（化名）說：「一小時多不到30塊。」', '一小時多不到30塊。', '陳美惠', '照服員'],
  ['a police rank before the name and 提醒市民', '警務處總督察鄧詠詩提醒市民：「未見過面又叫你轉錢的，都是騙案。」', '未見過面又叫你轉錢的，都是騙案。', '鄧詠詩', '警務處總督察'],
  ['the subject after a clause on what the sentence is about (对于…，X提醒)', '对于是否要用药，郑雅琴提醒，药物须在医生指导下使用，“不要自己在家给孩子吃药”。', '不要自己在家给孩子吃药', '郑雅琴', null],
  ['a body quoted in brackets before the office: the office is still the role', '長者服務機構「耆樂社」總幹事吳美華則表示，長者欠缺傾訴對象。她說：「對方肯每日同佢傾偈。」', '對方肯每日同佢傾偈。', '吳美華', '總幹事'],
  // intl12: a place and occasion (在…上，) before the subject.
  ['在…上， before the office and name, the quote in the next sentence', '在当晚举行的业绩说明会上，青川汽车董事长兼总裁吕振华坦言，利润下滑。“我们主力车型累计降价超过2万元。”', '我们主力车型累计降价超过2万元。', '吕振华', '青川汽车董事长兼总裁'],
  // q-intl batch 13: Malaysian titles (拿督, 丹斯里) come off the name.
  ['a Malaysian title between the office and the name (主席拿督X)', '种植者公会主席拿督陈国辉说：“货仓已经满了。”', '货仓已经满了。', '陈国辉', '种植者公会主席'],
  ['丹斯里 before a name alone', '丹斯里林志强表示：“工厂明年扩建。”', '工厂明年扩建。', '林志强', null],
  ['counter-case: 拿督 in a body\'s name (拿督公庙) stays, the office described', '拿督公庙理事会主席表示：“庙会下月举行，欢迎市民参加。”', '庙会下月举行，欢迎市民参加。', '拿督公庙理事会主席', null],
  // q-intl: a body named in brackets after its noun speaks as itself; the next sentence's tag (X說：) introduces the next quote, not this one.
  ['a body named in corner brackets (機構「耆樂社」表示：) is described; 總幹事X說： opens the next quote', '長者服務機構「耆樂社」表示：「服務會繼續。」總幹事吳美華說：「我們會努力。」', '服務會繼續。', '長者服務機構「耆樂社」', null],
  ['a full-width colon tag after a finished quote introduces the next quote (王明表示：“A。”X说：“B。”)', '王明表示：“服务会继续。”总干事吴美华说：“我们会努力。”', '服务会继续。', '王明', null],
  ['counter-case: the office after the bracketed body names its holder', '長者服務機構「耆樂社」總幹事吳美華表示：「我們會努力。」', '我們會努力。', '吳美華', '總幹事'],
  // Batch 14 (a Macau evening paper): a traveller before X女士, and 回應…查詢時 (answering the press) between the name and 稱.
  ['旅客王女士則表示: a person noun (-客) before the family name and 女士', '梁志偉表示：「生意不好做。」從珠海過來的旅客王女士則表示：「每次來都會帶幾盒回去送人。」', '每次來都會帶幾盒回去送人。', '王女士', '旅客'],
  ['counter-case: a word that is no person before the family name names no one', '美食王女士说：「每次来都会带几盒回去送人。」', '每次来都会带几盒回去送人。', null, null],
  ['X昨日回應傳媒查詢時稱, then a clause before the quote', '經濟局副局長何慧芬昨日回應傳媒查詢時稱，當局設有援助計劃，「老字號商戶可以申請免息貸款及租金補貼」。', '老字號商戶可以申請免息貸款及租金補貼', '何慧芬', '經濟局副局長'],
  ['counter-case: 回應 as the verb itself', '經濟局副局長何慧芬回應：「老字號商戶可以申請免息貸款」。', '老字號商戶可以申請免息貸款', '何慧芬', '經濟局副局長'],
  // Session 14: 接受訪問時 with nothing between its verb and noun; every tag verb is evidence of a name after a 的 clause.
  ['X接受訪問時強調：with no word between 接受 and 訪問', '區議員陳志明促請運輸署增加班次。\n\n陳志明昨日接受訪問時強調：「早上繁忙時間，街坊要排半個鐘先上到車。」', '早上繁忙時間，街坊要排半個鐘先上到車。', '陳志明', '區議員'],
  ['a name after a 的 clause with 直言 opens the paragraph; 她說 after the quote is hers', '在屋邨教琴十年的何嘉欣直言失望。「琴室冇冷氣，學生上堂要揸住把扇。」她說，已向管理處反映多次。', '琴室冇冷氣，學生上堂要揸住把扇。', '何嘉欣', null],
  ['counter-case: a word opening with a family name before 指 is no person (黄金指数)', '黄金指数昨日上涨。王建国表示：“明年将新建三所学校。”', '明年将新建三所学校。', '王建国', null],
  ['the agent of a passive (由本地姑娘X夺得) is the clause\'s subject: a demonstrative description after it is her, not the man quoted before', '最终，来自四川的选手王建军获得男子冠军。赛后，他对记者说：“最后十公里我一直在坚持，没有放弃。”\n\n女子组冠军由本地姑娘李小雨夺得。“在家乡拿到冠军，感觉特别好，”这位22岁的护士笑着说。', '在家乡拿到冠军，感觉特别好，', '李小雨', '姑娘'],
  // Session 46 (a Taiwanese local paper): 在…一開始 and 就 between the speaker and the verb; 她說 in a middle clause and one more
  // clause before the words; a paragraph that opens with its subject explaining gives the next paragraph's lone words to them.
  ['在…一開始就表示: the opening of a meeting as the when, 就 as the adverb', '館長林美玲在座談會一開始就表示：「展覽將延長一個月。」', '展覽將延長一個月。', '林美玲', '館長'],
  ['counter-case: 在…一開始就 with no one named (有人) names no one', '在座談會一開始就有人表示：「票價太貴了。」', '票價太貴了。', null, null],
  ['a middle clause 她說, one more clause, then the words: the sentence\'s subject', '開麵店二十年的老闆娘何秀蘭今年58歲，她說，附近的上班族越來越少，「中午常常坐不滿，只能靠外送撐著。」', '中午常常坐不滿，只能靠外送撐著。', '何秀蘭', '老闆娘'],
  ['counter-case: a news agency in the middle clause is no speaker', '路透社今天說，相關談判仍在進行，「雙方還沒有達成共識。」', '雙方還沒有達成共識。', null, null],
  ['a paragraph opening with its subject explaining (說明) gives the lone words of the next paragraph to them; 承 opens the given name', '里長郭文華表示：「路燈下週修好。」\n\n負責規劃的建築師吳承恩在會中說明新館的配置。新館地上兩層，一樓為展覽區，二樓為教室。\n\n「我們希望每間教室都有自然光，夏天也不必整天開冷氣。」', '我們希望每間教室都有自然光，夏天也不必整天開冷氣。', '吳承恩', '建築師'],
  ['counter-case: the opening subject only visited (no verb of saying), the lone words are no one\'s', '里長郭文華表示：「路燈下週修好。」\n\n負責規劃的建築師吳承恩昨天到工地巡視。新館地上兩層，一樓為展覽區，二樓為教室。\n\n「我們希望每間教室都有自然光，夏天也不必整天開冷氣。」', '我們希望每間教室都有自然光，夏天也不必整天開冷氣。', null, null],
  ['counter-case: a second person named in that paragraph leaves the lone words unattributed', '里長郭文華表示：「路燈下週修好。」\n\n建築師吳承恩在會中說明新館的配置，議員林怡君則關心停車位。新館地上兩層，一樓為展覽區。\n\n「我們希望每間教室都有自然光，夏天也不必整天開冷氣。」', '我們希望每間教室都有自然光，夏天也不必整天開冷氣。', null, null],
  ['counter-case: 承認 after a family name is the verb (admit), no given name 承', '廠長王承認管理有疏失。「我們會在下個月重新招標。」', '我們會在下個月重新招標。', null, null],
];

attributionTable('Chinese', CASES);

// Session 50 (a Taiwanese and a Hong Kong paper, both traditional): a noun, then "not wishing to be named" before the verb, stays
// unnamed; a topic set off first (對於…，) is no subject, the pronoun after it is; a name, a deed finished (…後) and 說；a subject
// sitting or standing between two parts of a quote; 頓了一頓 after the words; a term in corner brackets inside the sentence
// before the quote; `他笑言…。「…」` with the sentence's opening person; an Indigenous name with a middle dot after 頭目.
const TW_HK: KindCase[] = [
  ['zh: `一名清潔工不願具名透露，…。「…」` stays unnamed', '市場管理處表示，明天照常營業。一名清潔工不願具名透露，垃圾車三天沒來。「我們只能把垃圾堆在後巷。」', '我們只能把垃圾', UNNAMED, ANY],
  ['counter: a named cleaner who 透露 is named', '清潔工何秀芬透露，垃圾車三天沒來。「我們只能把垃圾堆在後巷。」', '我們只能把垃圾', '何秀芬', ANY],
  ['zh: `對於…的參加者，他呼籲…：` is he, not the noun ending in 者', '館長林志遠表示，展覽延長一週。對於沒抽到票的參加者，他呼籲不要灰心：「下個月還有加場。」', '下個月還有加場', '林志遠', ANY],
  ['zh: `X巡完一圈後說：` is X', '晚上十點，倉庫的燈還亮著。站長曾文傑巡完一圈後說：「明早六點準時出車。」', '明早六點準時出車', '曾文傑', ANY],
  ['counter: `大家吃完飯後說：` names no one', '晚上十點，倉庫的燈還亮著。大家吃完飯後說：「明早六點準時出車。」', '明早六點準時出車', UNNAMED, ANY],
  ['zh: a subject sitting between two parts of a quote speaks both, the dotted name in full', '部落頭目巴奈·吉寧起初不願下山。\n\n「這塊地是祖先留下的。」巴奈坐在帳篷門口，手裡拿著一頂舊帽子，「可是山一直在崩。」', '這塊地是祖先', '巴奈·吉寧', ANY],
  ['counter: children sitting between the parts name no speaker', '颱風夜裡，安置中心很安靜。\n\n「今晚誰也不准出去。」孩子們坐在角落，手裡拿著撲克牌，「我們就玩到天亮。」', '今晚誰也不准', UNNAMED, ANY],
  ['zh: `，她頓了一頓，` after the words is she', '至於蘇小姐，她說會再等一年。「如果還是沒有」，她頓了一頓，「就回老家。」', '如果還是沒有', '蘇小姐', ANY],
  ['zh: a term in corner brackets in the sentence before keeps its subject', '28歲的店員鄭小姐與母親同住，兩人租住一個「板間房」，月租六千元。\n\n「每天回家都要側身才能走進房間。」', '每天回家都要', '鄭小姐', ANY],
  ['zh: `X帶同孫兒到場，她笑言…。「…」` is X', '68歲的黃女士帶同孫兒到場，她笑言已輪候了四年。「等慣了，孫兒都長高了。」', '等慣了', '黃女士', ANY],
];
kindTable('Chinese, Taiwan and Hong Kong papers', TW_HK);
