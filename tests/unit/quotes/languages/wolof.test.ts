// Wolof (lang/wo.ts): `», la X wax.` / `la X yokk` after a quote, `X, <role>, neena:` / `ne na:` and `Mu ne:` before one,
// `la kapiteen bi wax` (an office with its article), in short paragraphs of my own about invented people, with
// counter-cases: a body as subject, an unnamed nurse, a noun no office, a form of address, a split quote.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Jaaykat yi ci marse bu Thiès dañuy jàmbat njëgu ceeb bi.\n\n' +
  '« Saaku ceeb bi yokku na lool ci weer wii, kenn manul jënd », la Aminata Sarr wax, jaaykatu jën ci marse bi.\n\n' +
  'Ibrahima Diouf, njiitu kurélu jaaykat yi, neena: « Dinanu dem ci meeri bi ngir wax ak ñoom. »\n\n' +
  '« Waaye nun itam, sunu njëg yokku na », la Diouf yokk, « te kiliifa yi nangunu. »\n\n' +
  'Kurél gi ne na: « Dinanu tëj marse bi ñaari fan su dee tontu amul. »\n\n' +
  '« Lii du yàgg, dinañu ko gis ci ayu-bés bi », la benn jigéen bu jaay sablit wax.';

const ROAD =
  'Yoonu Mbour dañu koy defar ci weer yii.\n\n' +
  'Kapiteen Cheikh Ndiaye, kilifa sàndarmeri bu Mbour, ne na: « Dawalkat yi dañuy daw ba ëpp dayo ci yoon wi. »\n\n' +
  '« Dinanu teg ay saytu guddi ak bëccëg ci yoon wi », la kapiteen bi wax.\n\n' +
  'Ci lopitaal bi, benn infirmiye, ku sàkku ñu bañ a siiwal turam, wax na ne lal yi doyuñu. « Danuy liggéey guddi gépp ak lu néew », la infirmiye bi wax.\n\n' +
  'Moussa Fall, jawriñu yoon yi ci diiwaan bi, yégle na ne liggéey bi dina jeex ci Desàmbar. Mu ne: « Xaalis bi am na, li des mooy jot. »';

const SCHOOL =
  'Daara ji ci dëkku Ngaye amul taabal yu doy.\n\n' +
  '« Xale yi dañuy toog ci suuf bés bu nekk », la Sëriñ Abdoulaye Mbaye wax, njiitu daara ji.\n\n' +
  'Astou Gueye nee na: « Waajur yi dinañu indi ay dénk ngir defar taabal yi. »\n\n' +
  '« Nun ñépp dinanu dimbali ba mu jeex », Astou Gueye moo ko wax.\n\n' +
  'Meeri bi ne na: « Dinanu yónnee ay taabal ci ayu-bés bii di ñëw. »';

const ROWS: KindCase[] = [
  ['wo: `», la X Y wax, <role>.` is X Y with the role after the comma', MARKET, 'Saaku ceeb bi', 'Aminata Sarr', 'jaaykatu'],
  ['wo: `X Y, <role>, neena: «…»` is X Y with the role after the name', MARKET, 'Dinanu dem ci meeri', 'Ibrahima Diouf', 'njiitu'],
  ['wo: `», la X yokk` (added X) is X', MARKET, 'Waaye nun itam', 'Ibrahima Diouf', ANY],
  ['wo: a split quote `«…», la X yokk, «…»` is his both parts', MARKET, 'te kiliifa yi', 'Ibrahima Diouf', ANY],
  ['wo: `Kurél gi ne na:` (the association said) is no person', MARKET, 'Dinanu tëj marse', UNNAMED, null],
  ['wo: `», la benn jigéen … wax` (a woman) is someone described', MARKET, 'Lii du yàgg', DESCRIBED, null],
  ['wo: `Kapiteen X Y, <role>, ne na: «…»` is X Y, the rank `Kapiteen` off', ROAD, 'Dawalkat yi dañuy', 'Cheikh Ndiaye', 'kilifa'],
  ['wo: `», la kapiteen bi wax` (said the captain) is the captain the text named', ROAD, 'Dinanu teg ay saytu', 'Cheikh Ndiaye', ANY],
  ['wo: `», la infirmiye bi wax` after an unnamed nurse is that unnamed nurse, no one named before', ROAD, 'Danuy liggéey', UNNAMED, null],
  ['wo: `Mu ne: «…»` (he said) after `X Y, <role>, yégle na ne …` is X Y', ROAD, 'Xaalis bi am na', 'Moussa Fall', ANY],
  ['wo: `», la Sëriñ X Y wax, <role>` is X Y, `Sëriñ` off', SCHOOL, 'Xale yi dañuy', 'Abdoulaye Mbaye', ANY],
  ['wo: `X Y nee na: «…»` is X Y', SCHOOL, 'Waajur yi dinañu', 'Astou Gueye', null],
  ['wo: `», X Y moo ko wax.` (X Y is the one who said it) is X Y', SCHOOL, 'Nun ñépp dinanu', 'Astou Gueye', ANY],
  ['wo: `Meeri bi ne na:` (the town hall said) is no person', SCHOOL, 'Dinanu yónnee', UNNAMED, null],
  ['wo: `Ci lopitaal bi, …` opening a sentence names no one', ROAD, 'Danuy liggéey', UNNAMED, null],
];

kindTable('Wolof attribution kinds', ROWS);
