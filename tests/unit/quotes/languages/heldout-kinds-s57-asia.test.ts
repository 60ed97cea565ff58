// Kinds the fifty-seventh held-out set showed in Chinese, Thai and Hindi copy, each in fresh sentences of my own,
// with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const MARKET_INTRO =
  '清晨六点，南屿镇菜市场已经热闹起来。\n\n' +
  '南屿镇商务局局长黄志远表示，镇里今年将投入资金改造市场。\n\n' +
  '一位在市场值班的保洁员告诉记者：“地面以前总是湿的，现在好多了。”\n\n' +
  '海滨大学经济学院副教授陈立群长期研究农贸市场转型。她说：“改造之后，租金不能一下子涨太多。”\n\n';
const DEMONSTRATIVE_OFFICE = MARKET_INTRO + '今年5月，南屿镇出台新规定。对于明年的安排，这位商务局局长说，“我们会再改造两个市场。”';
const DEMONSTRATIVE_OTHER_OFFICE =
  MARKET_INTRO.replace('海滨大学经济学院副教授陈立群', '南屿镇交通局局长吴海涛') + '今年5月，南屿镇出台新规定。对于明年的安排，这位交通局局长说，“我们会再开两条公交线。”';

/** `这位<office>说` after others spoke: the person the story gave that office (lang/zh-demonstrative-office.ts). */
kindTable('A Chinese demonstrative and an office stand for its holder, not the latest speaker', [
  ['zh: `这位商务局局长说` is the 局长 named earlier, not the scholar quoted since', DEMONSTRATIVE_OFFICE, '我们会再改造两个市场', '黄志远', ANY],
  ['counter-case zh: `这位交通局局长` is the 交通局 one, not the 商务局 one', DEMONSTRATIVE_OTHER_OFFICE, '我们会再开两条公交线', '吴海涛', ANY],
]);

const LONG_DEPARTMENT =
  '一位在车站值班的志愿者告诉记者：“早高峰的时候，站台上挤得走不动。”\n\n' +
  '不过，新线路也面临不少难题。\n\n' +
  '江北理工大学交通运输工程系副教授孙慧敏长期研究城市轨道交通。她认为，规划不能只看站房。她说：“票价和班次比站房更重要。”';
const SHORT_COLLEGE = LONG_DEPARTMENT.replace('江北理工大学交通运输工程系', '江北大学');

/** A college and its department (11+ characters) before the office and name: still the paragraph's subject for `她说` (lang/zh.ts). */
kindTable('A Chinese subject with a long college and department before the office', [
  ['zh: `…工程系副教授X长期研究…。她说：` is X, not the volunteer before', LONG_DEPARTMENT, '票价和班次', '孙慧敏', '副教授'],
  ['counter-case zh: a short college before the office reads the same', SHORT_COLLEGE, '票价和班次', '孙慧敏', '副教授'],
]);

const CLEFT_THEN_LONG_QUOTE =
  '傍晚五点，码头上的渔船陆续靠岸。\n\n' +
  '“今天的虾个头大，一斤能卖到四十块。”说这话的是在码头收购海鲜的商贩郑国庆，今年65岁。他对记者说：“以前一早出海，中午才能回来，现在船大了，跑得远，也跑得快，一天能打两网。”';
const CLEFT_DESCRIBED =
  '傍晚五点，码头上的渔船陆续靠岸。\n\n' +
  '“今天的虾个头大，一斤能卖到四十块。”说这话的是一位在码头收购海鲜的商贩。他对记者说：“以前一早出海，中午才能回来，现在船大了，跑得远，也跑得快，一天能打两网。”';

/** `“…”说这话的是X，今年N岁。他说：“<long quote>”`: the sentence after the words ends at its full-width stop (lang/sentence-after.ts). */
kindTable('A Chinese "the one who said this is X" before a long second quote', [
  ['zh: `说这话的是…商贩X，今年65岁。` names the first quote’s speaker', CLEFT_THEN_LONG_QUOTE, '今天的虾个头大', '郑国庆', ANY],
  ['counter-case zh: `说这话的是一位…商贩` names no one', CLEFT_DESCRIBED, '今天的虾个头大', DESCRIBED, ANY],
]);

const THAI_TITLED_GIVEN =
  'นางสมศรี ใจเย็น ครูโรงเรียนบ้านหนองบัว มองว่า ปัญหาน้ำท่วมในพื้นที่เกิดขึ้นซ้ำทุกปี\n\n' +
  '“เด็ก ๆ ต้องหยุดเรียนเกือบสองสัปดาห์ ถ้าไม่มีเรือ ครูก็เข้าไปสอนไม่ได้” ครูสมศรีกล่าว';
const THAI_TITLED_UNKNOWN =
  'นางสมศรี ใจเย็น ครูโรงเรียนบ้านหนองบัว มองว่า ปัญหาน้ำท่วมในพื้นที่เกิดขึ้นซ้ำทุกปี\n\n' +
  '“เด็ก ๆ ต้องหยุดเรียนเกือบสองสัปดาห์ ถ้าไม่มีเรือ ครูก็เข้าไปสอนไม่ได้” ครูประจำชั้นกล่าว';
const THAI_LISTENER_IN_MARKS =
  'นางมาลี สุขใจ ชาวบ้านริมคลอง เล่าว่าน้ำขึ้นเร็วมาก “น้ำมาตอนตีสอง ของในบ้านเก็บไม่ทันเลย”\n\n' +
  'ด้าน นายประเสริฐ บุญมา ผู้อำนวยการโรงพยาบาลบ้านหนองบัว เปิดเผยกับ “ข่าวเหนือ” ว่า “ผู้ป่วยโรคผิวหนังเพิ่มขึ้นเกือบเท่าตัวในสัปดาห์นี้”';

/** Thai `ครูX กล่าว`: an office used as a title glued to a given name the text wrote in full before (lang/th.ts). */
kindTable('A Thai office glued to a given name, and a paper told in marks before ว่า', [
  ['th: `ครูสมศรีกล่าว` is the full name written before', THAI_TITLED_GIVEN, 'เด็ก ๆ', 'สมศรี ใจเย็น', ANY],
  ['counter-case th: `ครูประจำชั้นกล่าว` (the class teacher) is no given name', THAI_TITLED_UNKNOWN, 'เด็ก ๆ', DESCRIBED, ANY],
  ['th: `เปิดเผยกับ “paper” ว่า “…”` is the director, not the villager before', THAI_LISTENER_IN_MARKS, 'ผู้ป่วยโรคผิวหนัง', 'ประเสริฐ บุญมา', ANY],
  ['counter-case th: the villager’s own quote stays hers', THAI_LISTENER_IN_MARKS, 'น้ำมาตอนตีสอง', 'มาลี สุขใจ', ANY],
]);

const THAI_PROGRAMME =
  'นายประเสริฐ บุญมา นายอำเภอบ้านหนองบัว กล่าวว่า “เราจะขุดลอกคลองให้เสร็จก่อนฤดูฝน”\n\n' +
  'ทั้งนี้ อำเภอเตรียมเปิดตัวโครงการ “คลองสวยน้ำใส” ในเดือนหน้า';
const CHINESE_LISTED =
  '镇商务局局长黄志远表示：“我们会在年底前完成改造。”\n\n据介绍，该镇已将市场改造列入“年度重点工程”，计划投入资金三千万元。';

/** A programme named in marks after its noun (`โครงการ “…”`, `列入“…”`) is no quotation (work-titles.ts). */
describe('A programme named in marks is no quotation', () => {
  it('th: `เปิดตัวโครงการ “…”` is a name', () => {
    expect(findQuotes(THAI_PROGRAMME).map((quote) => quote.text)).not.toContain('คลองสวยน้ำใส');
  });
  it('zh: `列入“…”` is a name', () => {
    expect(findQuotes(CHINESE_LISTED).map((quote) => quote.text)).not.toContain('年度重点工程');
  });
  it('counter-case th: the office holder’s own words stay a quotation', () => {
    expect(findQuotes(THAI_PROGRAMME).some((quote) => quote.text.startsWith('เราจะขุดลอกคลอง'))).toBe(true);
  });
});

const HINDI_COMMA_AFTER_POSTPOSITION =
  '“दो हफ्ते से नाव किनारे पड़ी है। जाल की मरम्मत के पैसे भी नहीं बचे।” यह कहना है मछुआरे रमेश निषाद का, जो बीस साल से इसी घाट पर मछली पकड़ते हैं।\n\n' +
  '47 वर्षीय मछुआरे ने बताया कि इस बार उन्हें दुकानदार से उधार लेना पड़ा। “उधार हर हफ्ते बढ़ रहा है,” उन्होंने कहा।';
const HINDI_UNNAMED_FISHERMAN =
  'घाट पर सुबह से भीड़ थी। नावें किनारे पड़ी थीं।\n\n' +
  '47 वर्षीय मछुआरे ने बताया कि इस बार उन्हें दुकानदार से उधार लेना पड़ा। “उधार हर हफ्ते बढ़ रहा है,” उन्होंने कहा।';

/** `यह कहना है <noun> X Y का, जो …` then `47 वर्षीय <noun> ने …`: the noun's holder though a comma follows का (lang/unnamed-office.ts). */
kindTable('A Hindi trade noun after its holder was named with a comma after the postposition', [
  ['hi: `47 वर्षीय मछुआरे ने … उन्होंने कहा` is the fisherman named before', HINDI_COMMA_AFTER_POSTPOSITION, 'उधार हर हफ्ते', 'रमेश निषाद', ANY],
  ['counter-case hi: nobody named with that trade stays unnamed', HINDI_UNNAMED_FISHERMAN, 'उधार हर हफ्ते', DESCRIBED, ANY],
]);
