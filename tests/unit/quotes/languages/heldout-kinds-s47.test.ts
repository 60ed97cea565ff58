// Kinds the thirty-eighth session read in American copy of several decades (a twenty-seventh set of invented articles),
// each in fresh sentences of my own, with counter-cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const CROSS =
  'Rita Voss, who lives beside the quarry, questioned the company engineer, Omar Pelt, for most of an hour.\n\n' +
  '"How many blasts a week?" Voss asked.\n\n' +
  '"Two at most," Pelt said. "Always before noon."\n\n' +
  '"Even in the middle of August?"\n\n' +
  '"Even then, ma\'am, and only with notice."';
const STATEMENTS =
  'Rita Voss and Omar Pelt spoke at the meeting.\n\n' +
  '"We want the trucks gone," Voss said.\n\n' +
  '"The trucks stay on the county road," Pelt said.\n\n' +
  '"Nobody asked the school."';

/** `"…?" A asked.` ¶ `"…," B said.` ¶ lone quotes: the exchange takes turns (dash-turns.ts). */
kindTable('Turns after a question tagged as asked and an answer tagged as said', [
  ['en: the lone question after the answer is the asker\'s', CROSS, 'Even in the middle', 'Rita Voss', ANY],
  ['en: the lone answer after it is the one answering', CROSS, 'Even then, ma', 'Omar Pelt', ANY],
  ['counter-case en: after two statements tagged as said, a lone quote goes on the last speaker\'s turn', STATEMENTS, 'Nobody asked the school', 'Omar Pelt', ANY],
]);

const PRESS =
  '"I will not sign a budget that borrows from the pension fund," Gov. Ada Quill told reporters on Friday.\n\n' +
  'The fight is over road money. Republicans want to shift $200 million without a tax.\n\n' +
  'Reporters pressed her on what comes next.\n\n' +
  '"Would you veto a stopgap bill?" one reporter asked.\n\n' +
  '"I would, and I will."';

/** After a reporter's question, the answer is the one quoted just before, when the paragraph before names no one (dash-turns.ts). */
kindTable('An answer at a news conference, the one answering named only in the quote before', [
  ['en: `“…,” Gov. X told reporters.` ¶ … ¶ `“…?” one reporter asked.` ¶ `“…”` is X', PRESS, 'I would, and I will', 'Ada Quill', ANY],
]);

const HOPEFUL =
  'Lt. Gov. Hollis Brand, who chairs the conference committee, was upbeat on Thursday. The lieutenant governor said the two sides stood closer than their public statements suggested. "There is a deal in this room, and everybody knows it."';
const RELAYED = 'Dena Paik said the union told members: "We walk out on Monday."';

/** A description read at a later verb inside what the sentence's own subject reported is no speaker (introduction-subject.ts). */
kindTable('A verb inside what a subject reported', [
  ['en: `The lieutenant governor said the sides stood closer than their statements suggested. "…"` is the lieutenant governor', HOPEFUL, 'There is a deal', 'Hollis Brand', ANY],
  ['counter-case en: `X said the union told members: "…"`: a colon hands the quote to the union', RELAYED, 'We walk out on Monday', DESCRIBED, ANY],
]);

const CHAPTER =
  'Nell Ostrander runs the ranch alone now.\n\n' +
  'She is 71. She keeps about 300 head of sheep. Her uncle is pictured in a chapter of the town’s centenary book called “The Long Furrow,” holding a hoe in a picture she has never framed. She also owns the north field.\n\n' +
  '“They offered money twice, and twice I said no,” she told me, standing by the gate. “Very polite.”';
const CALLED_OUT = 'The hall got loud after the vote. The chairwoman called "Order in the hall, please!" and banged the gavel.';

/** `a chapter of the town’s centenary book called "…"`: a participle naming a thing, no verb of saying (cues.ts). */
kindTable('A thing called by a title-cased name', [
  ['en: `she` after `a chapter … called “The …”` is the woman the text is about', CHAPTER, 'They offered money twice', 'Nell Ostrander', ANY],
  ['counter-case en: `The chairwoman called "…!"` is her call', CALLED_OUT, 'Order in the hall', DESCRIBED, ANY],
]);

const PLAN =
  'A man in a green cap would not give his name. "They will build it whatever we say," he said on his way out.\n\n' +
  'Township planner Gus Morrow was the last witness. He testified that the township\'s master plan, "Greenway Vision 2040," set the corner aside for shops. "The plan never pictured a store of that size."';
const FAREWELL = 'Mayor Ines Carr closed the session. Turning to the plan, she said, "We Will Not Sell This Land."';

/** `the master plan, "Greenway Vision 2040," set …`: a plan's name set beside it, no quotation (filter.ts). */
describe('A document\'s title-cased name set beside it', () => {
  it('en: the plan\'s name is no quote; the witness\'s words after it are his', () => {
    const quotes = findQuotes(PLAN);
    expect(quotes.map((quote) => quote.text).filter((text) => text.startsWith('Greenway'))).toEqual([]);
    expect(quotes.find((quote) => quote.text.startsWith('The plan never'))?.speaker).toBe('Gus Morrow');
  });
});
kindTable('A verb and a comma before title-cased words', [
  ['counter-case en: `Turning to the plan, she said, "We Will …"`: a verb before the comma keeps it a quotation', FAREWELL, 'We Will Not Sell', 'Ines Carr', ANY],
]);

const CREEK =
  'Dora Haskell opens the headgate at six. Willow Creek slides out of its bed and into the ditch.\n\n' +
  '"My grandfather dug this ditch with two mules," she said.';
const BROOK = 'The ditch company met on Tuesday.\n\n"We share the water or we lose it," said Ana Brook, its treasurer.';

/** `Willow Creek` is a place, never the `she` after it (non-person-words.ts). */
kindTable('A creek, valley or canyon is no person', [
  ['en: `X Creek slides …` ¶ `"…," she said` is the woman before', CREEK, 'My grandfather dug', 'Dora Haskell', ANY],
  ['counter-case en: a family name like Brook stays a person', BROOK, 'We share the water', 'Ana Brook', ANY],
]);

/** Shared readers the language helpers asked for: Kyrgyz verbs inside the marks (lang/ru-uk-dialogue.ts), Arabic-script
 * full names with Persian, Kurdish and Uyghur letters (lang/fuller-names.ts), Bengali and Tamil offices before a name
 * (lang/unnamed-office.ts) and Māori titles (names.ts). */
kindTable('Names and tags the language readers share', [
  ['ky: `«A, — дейт <office> X Y. — B»` splits at the tag: B is X Y', 'Айылда суу жок. «Быйыл кудукту эч ким оңдогон жок, — дейт айыл өкмөтүнүн башчысы Эрмек Жумабаев. — Жазга чейин күтөбүз»\n\nЭл нааразы.', 'Жазга чейин', 'Эрмек Жумабаев', ANY],
  ['ckb: `حاجی X وتی` after `X Y، …،` is X Y', 'شێرکۆ عەزیز، خاوەنی دووکانێک لە بازاڕ، بەیانی زوو هاتە شارەوانی.\n\n«ئێمە چاوەڕێی یارمەتین،» حاجی شێرکۆ وتی.', 'ئێمە چاوەڕێی', 'شێرکۆ عەزیز', ANY],
  ['counter-case ckb: a given name the text never wrote in full stays as written', 'شێرکۆ هاتە شارەوانی.\n\n«ئێمە چاوەڕێی یارمەتین،» حاجی شێرکۆ وتی.', 'ئێمە چاوەڕێی', 'شێرکۆ', ANY],
  ['ta: `என்று ஆட்சியர் தெரிவித்தார்` after `ஆட்சியர் கு. X` is that collector', 'ஊரில் கூட்டம் நடந்தது. ஆட்சியர் கு. செல்வராஜ் நேரில் வந்தார்.\n\n“பணிகள் விரைவில் முடியும்” என்று ஆட்சியர் தெரிவித்தார்.\n\nமுடிவு.', 'பணிகள் விரைவில்', 'கு. செல்வராஜ்', ANY],
  ['counter-case ta: `ஆட்சியர் அலுவலகம்` (the collector\'s office) names no collector: the office stays a description', 'ஊரில் கூட்டம் நடந்தது. ஆட்சியர் அலுவலகம் அறிக்கை வெளியிட்டது.\n\n“பணிகள் விரைவில் முடியும்” என்று ஆட்சியர் தெரிவித்தார்.\n\nமுடிவு.', 'பணிகள் விரைவில்', DESCRIBED, ANY],
  ['mi: `Kaiwhakawā X Y` is the judge X Y, the title no part of the name', 'Kua tae te rā whakawā. I kī a Kaiwhakawā Huia Tomoana: “Me whakaoti tēnei take i tēnei tau.”', 'Me whakaoti', 'Huia Tomoana', ANY],
  ['counter-case mi: a name with no title stays whole', 'Kua tae te rā whakawā. I kī a Huia Tomoana: “Me whakaoti tēnei take i tēnei tau.”', 'Me whakaoti', 'Huia Tomoana', null],
]);

const MAYOR_ELECT = 'A professora Inês Moura Carvalho, de 49 anos, venceu as eleições de domingo.\n\n«Ganhámos todos», disse Inês Carvalho aos jornalistas.\n\nFim.';
const SISTERS = 'A professora Inês Moura Carvalho e a irmã, Inês Lobo Carvalho, votaram cedo.\n\n«Ganhámos todos», disse Inês Carvalho aos jornalistas.\n\nFim.';

/** `Inês Carvalho` after `Inês Moura Carvalho`: middle names left out (name-resolution.ts). */
kindTable('A given and a family name, middle names left out', [
  ['pt: `Inês Carvalho` is the one `Inês Moura Carvalho` the text named', MAYOR_ELECT, 'Ganhámos todos', 'Inês Moura Carvalho', ANY],
  ['counter-case pt: two people it could be leave the name as written', SISTERS, 'Ganhámos todos', 'Inês Carvalho', ANY],
]);

const VILLAGE =
  'A votação acabou cedo.\n\n' +
  'À saída do pavilhão de Vale de Ribas, onde a freguesia inteira votou, um reformado de 81 anos explicava o seu voto ao jornal, apoiado na bengala:\n\n' +
  '— Escolhi quem prometeu a estrada. Daqui a quatro anos logo se vê — disse, antes de ir almoçar.';
const ENVOY = 'O diplomata Tomás Vale de Sousa chegou ontem.\n\n«Estamos prontos para negociar», disse Vale de Sousa.\n\nFim.';

/** `Vale de X`, `Vila do X`, `Câmara Municipal de X` are places and town halls, never people (non-person-words.ts). */
kindTable('A Romance place opening with a noun of land', [
  ['pt: the dialogue after `À saída do pavilhão de Vale de X, … um reformado …:` is no person named `Vale de X`', VILLAGE, 'Escolhi quem', UNNAMED, ANY],
  ['counter-case pt: `Vale de Sousa` after `Tomás Vale de Sousa` is that diplomat', ENVOY, 'Estamos prontos', 'Tomás Vale de Sousa', ANY],
]);

const WITNESS =
  'A man in a green cap would not give his name. "They will build it anyway," he said.\n\n' +
  'County zoning officer Lyle Brosz was the last witness. He testified that the plan kept the corner for shops. "Nobody pictured a store of that size."';
const INCLUDING = 'Tom Doyle opened the meeting on Monday. The plan drew fire from several members, including committee chair Dale Pruitt.\n\n"We will take it slowly," he said.';

/** `County zoning officer X was …`: a noun in -ing naming a field qualifies the role, and X opens the sentence (entities.ts). */
kindTable('A field in -ing before a role noun', [
  ['en: `County zoning officer X was … He testified … "…"` is X', WITNESS, 'Nobody pictured', 'Lyle Brosz', ANY],
  ['counter-case en: `…, including committee chair X.` is no subject: `he` stays with the one before', INCLUDING, 'We will take it slowly', 'Tom Doyle', ANY],
]);
