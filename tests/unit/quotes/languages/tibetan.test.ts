// Tibetan (lang/bo.ts): the subject in the ergative before `གསུངས་དོན། “…”` or `བཤད་དོན།`, the quotative ཞེས opening a tag
// after a quote, ཁོང and མོ for the person just quoted or brought in, in short paragraphs of my own about invented people,
// with counter-cases: someone unnamed (`ཞིག`, "a"), a group (`ཚོས`), a cause in the ergative.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'སློབ་གྲྭ་གསར་པ་ཞིག་གི་སྒོ་ཕྱེ་བ་རེད།\n\n' +
  'སློབ་གྲྭའི་སློབ་དཔོན་ཀུན་དགའ་ཉི་མ་ལགས་ཀྱིས་ང་ཚོར་གསུངས་དོན། “ཕྲུ་གུ་བརྒྱ་ལྷག་ཡོང་གི་ཡོད།”\n\n' +
  '“ང་ཚོར་དཔེ་ཆ་མང་པོ་དགོས།” ཞེས་ཁོང་གིས་གསུངས།\n\n' +
  '“གཞུང་གིས་རོགས་རམ་གནང་རྒྱུ་རེད།” ཞེས་ཁ་སྣོན་གནང་།\n\n' +
  'ཕ་མ་ཞིག་གིས་བཤད་དོན། “ང་ཚོ་ཧ་ཅང་དགའ་པོ་བྱུང་།”';

const MARKET =
  'ཚོང་ར་ཆེན་མོའི་ནང་ཆུ་ལོག་བྱུང་བ་རེད།\n\n' +
  'ཚོང་ཁང་གི་བདག་པོ་ལོ་༤༥ ཡིན་པའི་བཀྲ་ཤིས་དོན་འགྲུབ་ཀྱིས་བཤད་དོན། “ཚོང་ཟོག་ཚང་མ་ཆུས་ཁྱེར་སོང་།”\n\n' +
  '“ཉིན་གསུམ་རིང་ཚོང་ཁང་ཁ་ཕྱེ་ཐུབ་མེད།” ཞེས་དོན་འགྲུབ་ཀྱིས་བཤད།\n\n' +
  '“ལམ་ཁ་གཙང་སེལ་བྱེད་དགོས།” ཞེས་ཚོང་པ་ཚོས་བཤད།\n\n' +
  'ཉེ་འཁོར་གྱི་ཚོང་པ་ཡིན་པའི་ཡེ་ཤེས་སྒྲོལ་མ་ལགས་ནི་ཚོང་ར་འདིར་ལོ་ཉི་ཤུ་བསྡད་ཡོད། “ཆུ་ལོག་འདི་འདྲ་སྔོན་ཆད་མཐོང་མ་མྱོང་།”\n\n' +
  '“ང་ཚོས་ཕན་ཚུན་རོགས་རམ་བྱེད་ཀྱི་ཡོད།” ཞེས་མོ་ལགས་ཀྱིས་བཤད།';

const ROAD =
  'ལམ་ཆེན་ཐོག་ཁ་ལོ་འཁོར་ལོ་ཉེན་ཁ་བྱུང་།\n\n' +
  'ས་གནས་སྲུང་ཞབ་ལས་ཁུངས་ཀྱི་འགོ་འཛིན་རིག་འཛིན་ཚེ་དབང་གིས་བཤད་དོན། “མི་གཉིས་ལ་རྨས་སྐྱོན་ཕོག་ཡོད།”\n\n' +
  '“ལམ་ཁ་འདི་ཧ་ཅང་ཉེན་ཁ་ཆེ།” ཞེས་འགོ་འཛིན་དེས་བཤད།\n\n' +
  'ལམ་ཁ་ཆུས་ཁེངས་ཡོད་པས་ཉེན་ཁ་བྱུང་སྲིད་པའི་ཚོད་དཔག་ཡོད་ཅེས་ཁོང་གིས་བཤད། “ལམ་ཁ་བསྐྱར་བཟོ་བྱེད་དགོས།”';

// Dzongkha (read by lang/bo.ts too): a space after the tsheg, the subject in the ergative before the quote and the verb after it
// (`X གིས་ “…” ཟེར་ སླབ་ཅི།`), `ཟེར་ X་གྱིས་ སླབ་ཅི།` after one, ཁོ and མོ (he, she), honorifics before the name.
const BRIDGE =
  'ཕུན་བདེ་ གཡུས་ཚན་ལུ་ ཟམ་ གསརཔ་ ཅིག་ བརྩིགས་ཡི།\n\n' +
  'གཡུས་ཚན་གྱི་ རྒཔོ་ དབང་ཕྱུག་བསྟན་འཛིན་ (ལོ་ ༦༢) གིས་ “ཧེ་མ་ ཆུ་ ཆེ་བའི་སྐབས་ ཕྲུ་གུ་ཚུ་ སློབ་གྲྭ་ལུ་ འགྱོ་མ་ཚུགས།” ཟེར་ སླབ་ཅི།\n\n' +
  '“ད་ ཟམ་འདི་གིས་ ཕན་ཐོགས་ ཧ་ཅང་ ཡོདཔ་ཨིན།” ཟེར་ རྒཔོ་གིས་ སླབ་ཅི།\n\n' +
  '“ང་བཅས་ ག་ར་ དགའ་ཏོག་ཏོ་ ཡོད།” ཟེར་ ཁོ་གིས་ ཁ་སྐོང་ རྐྱབ་ཅི།\n\n' +
  'ཨ་ཞེ་ པདྨ་ཡང་ཆེན་གྱིས་ ད་རུང་ “ཚོང་ལམ་ལུ་ འགྱོ་ནི་ ལཱ་སླ་ཡོདཔ་ཨིན།” ཟེར་ སླབ་ཅི།\n\n' +
  '“ང་གི་ ཨཔ་ ད་ བཅོས་ཁང་ལུ་ ཉིན་ཅིག་ལུ་ ལྷོད་ཚུགས།” ཟེར་ མོ་གིས་ སླབ་ཅི།\n\n' +
  'མིང་ བཀོད་ནི་ མ་ཚུགས་པའི་ ཞིང་པ་ཅིག་གིས་ “ཟམ་འདི་ ཆུང་དྲགས་པས།” ཟེར་ སླབ་ཅི།\n\n' +
  'གཡུས་ཚན་གྱི་ མི་ཚུ་གིས་ “གསེར་ཟམ” ཟེར་ མིང་ བཏགས་ཡི།';

const SCHOOL_DZ =
  'སློབ་གྲྭ་ ཅིག་ཁར་ དཔེ་མཛོད་ གསརཔ་ ཁ་ཕྱེ་ཡི།\n\n' +
  'སློབ་གྲྭའི་ ལོབ་དཔོན་ བསོད་ནམས་དབང་མོ་གིས་ “ཕྲུ་གུ་ཚུ་གིས་ དཔེ་དེབ་ ལྷག་ནི་ལུ་ དགའ་ཏོག་ཏོ་ ཨིན།” ཟེར་ སླབ་ཅི།\n\n' +
  '“ཞབས་ཏོག་འདི་ ཉིན་བསྟར་ འབད་འོང་།” ཟེར་ ལོབ་དཔོན་གྱིས་ སླབ་ཅི།';

const ROWS: KindCase[] = [
  ['dz: `<role> X (ལོ་ N) གིས་ “…” ཟེར་ སླབ་ཅི།` is X: the ergative before the quote, the verb after it, the age no part of the name', BRIDGE, 'ཧེ་མ་ ཆུ་', 'དབང་ཕྱུག་བསྟན་འཛིན', 'རྒཔོ'],
  ['dz: `“…” ཟེར་ <role>་གིས་ སླབ་ཅི།` (the headman said) is the headman named before', BRIDGE, 'ད་ ཟམ་འདི་གིས་', 'དབང་ཕྱུག་བསྟན་འཛིན', ANY],
  ['dz: `“…” ཟེར་ ཁོ་གིས་ ཁ་སྐོང་ རྐྱབ་ཅི།` (he added) is the man just quoted', BRIDGE, 'ང་བཅས་ ག་ར་', 'དབང་ཕྱུག་བསྟན་འཛིན', ANY],
  ['dz: `ཨ་ཞེ་ X་གྱིས་ ད་རུང་ “…” ཟེར་ སླབ་ཅི།` is X, the honorific before and the adverb after no part of the name (ཡང inside it)', BRIDGE, 'ཚོང་ལམ་ལུ་', 'པདྨ་ཡང་ཆེན', ANY],
  ['dz: `“…” ཟེར་ མོ་གིས་ སླབ་ཅི།` (she said) is the woman just quoted', BRIDGE, 'ང་གི་ ཨཔ་', 'པདྨ་ཡང་ཆེན', ANY],
  ['dz: counter-case: `… ཞིང་པ་ཅིག་གིས་ “…”` (a farmer who could not give his name) is someone described, no name', BRIDGE, 'ཟམ་འདི་ ཆུང་', DESCRIBED, null],
  ['dz: `<body>འི་ ལོབ་དཔོན་ X་གིས་ “…” ཟེར་ སླབ་ཅི།` is X, the master, the body before no part of the name', SCHOOL_DZ, 'ཕྲུ་གུ་ཚུ་གིས་', 'བསོད་ནམས་དབང་མོ', 'ལོབ་དཔོན'],
  ['dz: `“…” ཟེར་ ལོབ་དཔོན་གྱིས་ སླབ་ཅི།` (the master said) is the master named before', SCHOOL_DZ, 'ཞབས་ཏོག་འདི་', 'བསོད་ནམས་དབང་མོ', ANY],
  ['bo: `<role> X ལགས་ཀྱིས་ང་ཚོར་གསུངས་དོན། “…”` is X, ལགས and the ergative off, with the role', SCHOOL, 'ཕྲུ་གུ་བརྒྱ', 'ཀུན་དགའ་ཉི་མ', 'སློབ་དཔོན'],
  ['bo: `“…” ཞེས་ཁོང་གིས་གསུངས།` (he said) is the person just quoted', SCHOOL, 'ང་ཚོར་དཔེ་ཆ', 'ཀུན་དགའ་ཉི་མ', ANY],
  ['bo: `“…” ཞེས་ཁ་སྣོན་གནང་།` (added, no subject) is the person just quoted', SCHOOL, 'གཞུང་གིས་རོགས་རམ', 'ཀུན་དགའ་ཉི་མ', ANY],
  ['bo: counter-case: `ཕ་མ་ཞིག་གིས` (a parent) is someone described, no name', SCHOOL, 'ང་ཚོ་ཧ་ཅང', DESCRIBED, null],
  ['bo: `<role> ལོ་N ཡིན་པའི་ X གྱིས་བཤད་དོན།` (who is N years old) is X', MARKET, 'ཚོང་ཟོག་ཚང་མ', 'བཀྲ་ཤིས་དོན་འགྲུབ', ANY],
  ['bo: `“…” ཞེས་X་ཀྱིས་བཤད།` with part of the name is the person named in full before', MARKET, 'ཉིན་གསུམ་རིང', 'བཀྲ་ཤིས་དོན་འགྲུབ', ANY],
  ['bo: counter-case: `ཞེས་ཚོང་པ་ཚོས་བཤད།` (the traders, a group) is no one person', MARKET, 'ལམ་ཁ་གཙང་སེལ', UNNAMED, null],
  ['bo: `X ལགས་ནི་ … ཡོད། “…”` (X is …) with no verb of saying is X', MARKET, 'ཆུ་ལོག་འདི་འདྲ', 'ཡེ་ཤེས་སྒྲོལ་མ', ANY],
  ['bo: `“…” ཞེས་མོ་ལགས་ཀྱིས་བཤད།` (she said) is the woman just quoted', MARKET, 'ང་ཚོས་ཕན་ཚུན', 'ཡེ་ཤེས་སྒྲོལ་མ', ANY],
  ['bo: `<body>ཀྱི་འགོ་འཛིན་X་གིས་བཤད་དོན།` is X, the director, the body before no part of the name', ROAD, 'མི་གཉིས་ལ', 'རིག་འཛིན་ཚེ་དབང', 'འགོ་འཛིན'],
  ['bo: `“…” ཞེས་འགོ་འཛིན་དེས་བཤད།` (that director said) is the director named before', ROAD, 'ལམ་ཁ་འདི་ཧ་ཅང', 'རིག་འཛིན་ཚེ་དབང', ANY],
  ['bo: counter-case: a cause in the ergative (`ཆུས`, by the water) is no subject: ཁོང after it is the director', ROAD, 'ལམ་ཁ་བསྐྱར་བཟོ', 'རིག་འཛིན་ཚེ་དབང', ANY],
];

kindTable('Tibetan and Dzongkha ergative subjects, ཞེས and ཟེར tags and unnamed speakers', ROWS, [
  // A name's last syllables after the full one joined by tsheg: salience.ts splits names on spaces only (reported).
  'bo: `“…” ཞེས་X་ཀྱིས་བཤད།` with part of the name is the person named in full before',
]);

describe('Dzongkha: a name given in marks is no quote', () => {
  it('`<people>་ཚུ་གིས་ “…” ཟེར་ མིང་ བཏགས་ཡི།` (the people named it …) gives the name no speaker', () => {
    const named = findQuotes(BRIDGE).find((quote) => quote.text.startsWith('གསེར་ཟམ'));
    expect(named?.speaker ?? null).toBeNull();
  });
});
