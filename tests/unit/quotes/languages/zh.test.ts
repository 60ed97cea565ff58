import { attributionTable, type AttributionCase } from './attribution-table';

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
  ['先生 is dropped', '王先生说：“我们三月开通大桥。”', '我们三月开通大桥。', '王', null],
  ['traditional characters', '外交部發言人林佳龍表示：「我們的立場不變。」', '我們的立場不變。', '林佳龍', '外交部發言人'],
  ['corner brackets and 說', '「工程進展順利。」王明說。', '工程進展順利。', '王明', null],
  ['据 an agency is not the speaker', '王明参观了工地。据新华社报道，“工程进展顺利，预计明年三月完工。”', '工程进展顺利，预计明年三月完工。', null, null],
  ['a foreign name with a middle dot', '约翰·史密斯说：“我们会继续合作。”', '我们会继续合作。', '约翰·史密斯', null],
  ['a described speaker', '一名官员表示：“调查仍在进行。”', '调查仍在进行。', '一名官员', null],
  ['在…上 between the speaker and the verb', '市长王明在记者会上表示：“我们浪费了太多时间。”', '我们浪费了太多时间。', '王明', '市长'],
  ['告诉记者 before the quote', '面包店老板李华告诉记者：“我的顾客每天要多绕二十公里。”', '我的顾客每天要多绕二十公里。', '李华', '面包店老板'],
];

attributionTable('Chinese', CASES);
