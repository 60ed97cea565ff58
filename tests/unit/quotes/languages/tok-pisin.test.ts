// Tok Pisin (lang/tpi.ts): tags after a quote (`X i tok`, `<role> bilong <place>, X, i tok`, `i bin tok`, `em i tok`) and before
// one (`X i tok:`, `X i tok olsem:`, `Em i tok:`, `Wanpela <noun> … i tok:`), in short paragraphs of my own about invented people,
// with counter-cases: a council, a group (`ol`), someone unnamed, an English sentence beside them.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const ROAD =
  'Ol fama long Wapenda Vali i amamas long nupela rot i kam long ples bilong ol.\n\n' +
  '“Nau mipela inap karim kaukau i go long taun long wanpela de tasol,” Jon Pukari, hetman bilong Wapenda, i tok.\n\n' +
  'Pukari i tok: “Bipo mipela wokabaut inap tripela de long rot bilong bus.”\n\n' +
  '“Rot i gutpela,” Pukari i tok, “tasol ol bris i no strong yet.”\n\n' +
  '“Mipela i bin wetim dispela rot inap tenpela yia,” Meri Kandai i bin tok.';

const CLINIC =
  'Sista Rosa Yambun, nes bilong liklik haus sik long Kopiam, i wok long dispela ples inap faivpela yia. Em i tok: “Ol marasin i save pinis kwik tumas.”\n\n' +
  'Tomas Wenge i tok olsem: “Mipela i mas baim kar long kisim sikman i go long taun.”\n\n' +
  '“Mipela i no gat inap mani long dispela wok,” Kaunsil i tok.\n\n' +
  'Ol i tok: “Gavman i mas helpim mipela.”';

const SELLERS =
  'Wanpela lapun meri i salim kumu long arere bilong rot, i no laik givim nem bilong em. “Mi no save long dispela lo,” em i tok.\n\n' +
  'Wanpela draiva bilong trak i tok: “Rot i pulap long hul.”\n\n' +
  'Minista bilong Helt, Paul Sambe, i tok planti ples i no gat haus sik. “Mipela bai wokim sampela nupela klinik,” Sambe i tok.\n\n' +
  'Lina Maro i bekim tok: “Mipela i laik lukim wok i kirap.”\n\n' +
  'Maro i tok moa: “Ol pikinini i sik long malaria.”';

const ENGLISH =
  'The village of Kopiam held a meeting on Friday about the clinic.\n\n' +
  '“We are ready to help,” said Anna Berg, a nurse who works in the town of Olsem.\n\n' +
  '“Em i tok,” the sign at the gate read, in the local language.';

const ROWS: KindCase[] = [
  ['tpi: `“…,” X, <role> bilong <place>, i tok.` is X, the group before the verb her role', ROAD, 'Nau mipela inap', 'Jon Pukari', 'hetman'],
  ['tpi: `X i tok: “…”` before a quote is X', ROAD, 'Bipo mipela wokabaut', 'Jon Pukari', ANY],
  ['tpi: a split quote `“…,” X i tok, “…”` is X in both parts', ROAD, 'tasol ol bris', 'Jon Pukari', ANY],
  ['tpi: `i bin tok` (said, past) after a quote is X', ROAD, 'Mipela i bin wetim', 'Meri Kandai', null],
  ['tpi: `Em i tok:` (he or she said) is the person the sentence before brought in', CLINIC, 'Ol marasin', 'Rosa Yambun', ANY],
  ['tpi: `X i tok olsem:` (said thus) is X', CLINIC, 'Mipela i mas baim', 'Tomas Wenge', null],
  ['tpi: counter-case: `Kaunsil i tok` is a council, no person', CLINIC, 'Mipela i no gat inap', UNNAMED, null],
  ['tpi: counter-case: `Ol i tok:` (they said) is a group, no one person', CLINIC, 'Gavman i mas', UNNAMED, null],
  ['tpi: counter-case: `em i tok` after someone who gave no name stays unnamed', SELLERS, 'Mi no save long', UNNAMED, null],
  ['tpi: `Wanpela <noun> … i tok:` is someone unnamed, described', SELLERS, 'Rot i pulap', DESCRIBED, null],
  ['tpi: `X i tok` after a quote, the person brought in before with a role, is X', SELLERS, 'Mipela bai wokim', 'Paul Sambe', ANY],
  ['tpi: `X i bekim tok:` (answered) is X', SELLERS, 'Mipela i laik lukim', 'Lina Maro', null],
  ['tpi: `X i tok moa:` (added) is X', SELLERS, 'Ol pikinini i sik', 'Lina Maro', null],
  ['tpi: counter-case: an English tag beside a place named `Olsem` is read as English', ENGLISH, 'We are ready', 'Anna Berg', ANY],
  ['tpi: counter-case: a sign’s words are no speech of anyone named', ENGLISH, 'Em i tok', UNNAMED, null],
];

// (A title before a name, `Sista X`, is kept in the name the text resolves a pronoun to until names.ts's TITLES knows it.)
const FAILING = ['tpi: `Em i tok:` (he or she said) is the person the sentence before brought in'];

kindTable('Tok Pisin tags, roles before names, and unnamed speakers', ROWS, FAILING);
