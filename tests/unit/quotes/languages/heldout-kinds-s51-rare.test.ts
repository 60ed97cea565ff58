// Kinds the fifty-first session read in languages rarely printed (Fijian, Hawaiian, Ilocano, Romansh, Scottish Gaelic,
// Kurmanji, Quechua, Crimean Tatar), each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const FIJIAN =
  'E rauta ni 50 na lewe ni koro era a lako ki na soqo.\n\n' +
  '"Sa vinaka sara na veiqaravi ni matanitu," e kaya na Turaga ni Koro o Ratu Josefa Naulu.\n\n' +
  'O Salote Vunisei, e 38 na yabakina, e dua vei ira na marama era a voli ika. "Au sa marau sara edaidai," a kaya o koya.\n\n' +
  '"Na wai e savasava ena vanua oqo," e tukuna vei Na Kila o Dr Akanisi Tora, na vuniwai mai na valenibula.\n\n' +
  'Ena nona vosa ni tinia na soqo, a kaya o Naulu: "Eda na cakacaka vata."\n\n' +
  '"E dredre na bula," a kaya e dua na cauravou ka a sega ni vinakata me tukuni na yacana.';

/** Fijian: the verb first, a person's name behind the article `o`, a role before it (`na <role> o X`) or after (`o X, na <role>`). */
kindTable('Fijian: `e kaya na <role> o X`, `a kaya o koya`, `e tukuna vei <paper> o X, na <role>`, `a kaya o X:`', [
  ['fj: `e kaya na Turaga ni Koro o Ratu X` is X, the chiefly title off', FIJIAN, 'Sa vinaka sara', 'Josefa Naulu', 'Turaga ni Koro'],
  ['fj: `a kaya o koya` (said she) is the woman the paragraph brought in with `O X,`', FIJIAN, 'Au sa marau', 'Salote Vunisei', ANY],
  ['fj: `e tukuna vei <paper> o Dr X, na <role>` is X, not the paper', FIJIAN, 'Na wai e savasava', 'Akanisi Tora', 'vuniwai'],
  ['fj: `…, a kaya o X: “…”` before a quote is X', FIJIAN, 'Eda na cakacaka', 'Josefa Naulu', ANY],
  ['counter-case fj: `a kaya e dua na cauravou` (said a young man) stays unnamed', FIJIAN, 'E dredre na bula', DESCRIBED, null],
]);

const HAWAIIAN =
  'Ua ʻākoakoa nā kānaka ma ke kahakai.\n\n' +
  '“He lā maikaʻi kēia no ke kaiāulu,” wahi a Keoni Kahananui, ka luna o ka hui mahiʻai.\n\n' +
  'ʻO Leilani Kapuni, he 15 ona makahiki, kekahi o nā haumāna. “Ua aʻo nui au i kēia lā,” wahi āna.\n\n' +
  'Ua ʻōlelo ʻo Kauka Malia Akana, he kauka lāʻau ma ka haukapila: “Ua maikaʻi ke ola o nā keiki.”\n\n' +
  '“Ua luhi mākou,” wahi a kekahi kanaka mahiʻai.';

/** Hawaiian: `wahi a X` (so said X), `wahi āna` (his or her words), `Ua ʻōlelo ʻo X:`; the subject marker `ʻO` and the title `Kauka` are no part of a name. */
kindTable('Hawaiian: `wahi a X, ka <role>`, `ʻO X, … wahi āna`, `Ua ʻōlelo ʻo Kauka X:`', [
  ['haw: `wahi a X, ka <role> o …` is X', HAWAIIAN, 'He lā maikaʻi', 'Keoni Kahananui', 'luna'],
  ['haw: `wahi āna` after `ʻO X, …` is X, the marker off', HAWAIIAN, 'Ua aʻo nui au', 'Leilani Kapuni', ANY],
  ['haw: `Ua ʻōlelo ʻo Kauka X, he <role>:` is X, the title off', HAWAIIAN, 'Ua maikaʻi ke ola', 'Malia Akana', ANY],
  ['counter-case haw: `wahi a kekahi kanaka` (said a certain man) stays unnamed', HAWAIIAN, 'Ua luhi mākou', DESCRIBED, null],
]);

const ILOCANO =
  'Nagragsak dagiti mannalon iti baro a kanal. Kinuna ni Mayor Teodora Bautista iti palawagna: “Daytoy ket para iti amin.”\n\n' +
  '“Nasayaat ti ani ita a tawen,” kinuna ni Leoncio Ramos, presidente ti asosasion, iti Radyo Norte.\n\n' +
  '“Adu ti danum iti kanal,” innayonna.\n\n' +
  '“Nabayag a nagur-uray kami,” kinuna ti maysa a lakay.';

/** Ilocano: the verb first and its doer behind `ni`; `kinunana`, `innayonna` carry their doer (he or she). */
kindTable('Ilocano: `kinuna ni X, <role>`, `Kinuna ni Mayor X iti palawagna:`, `innayonna`', [
  ['ilo: `Kinuna ni Mayor X iti palawagna:` before a quote is X', ILOCANO, 'Daytoy ket para', 'Teodora Bautista', 'Mayor'],
  ['ilo: `kinuna ni X, <role>, iti <paper>` is X', ILOCANO, 'Nasayaat ti ani', 'Leoncio Ramos', 'presidente'],
  ['ilo: `innayonna` (he added) is the one just quoted', ILOCANO, 'Adu ti danum', 'Leoncio Ramos', ANY],
  ['counter-case ilo: `kinuna ti maysa a lakay` (said an old man) stays unnamed', ILOCANO, 'Nabayag a nagur-uray', DESCRIBED, null],
]);

const ROMANSH =
  '«Nus n’avain betg pli la forza da cuntinuar», di Ursina Tschurr.\n\n' +
  'Il cusseglier Flurin Casutt ha gidà. «Il vitg ha basegn da quai», ha el ditg.\n\n' +
  '«Nus essan cuntents.» Quai ha Duri Vital, il president da la societad, ditg a la Posta.\n\n' +
  'Tenor Vital duai la halla restar averta. El ha explitgà il plan:\n\n' +
  '«La halla è averta mintga di.»\n\n' +
  '«Jau na crai betg vi da quai», di in pur che na vul betg vegnir numnà.';

/** Romansh: `di X` (says X), `ha el ditg` (he said), `Quai ha X, <role>, ditg` (this X said), `El ha explitgà il plan:`. */
kindTable('Romansh: `di X`, `ha el ditg`, `Quai ha X, <role>, ditg`, `El ha explitgà …:`', [
  ['rm: `», di X.` is X', ROMANSH, 'Nus n’avain betg', 'Ursina Tschurr', null],
  ['rm: `», ha el ditg.` is the one the paragraph named', ROMANSH, 'Il vitg ha basegn', 'Flurin Casutt', ANY],
  ['rm: `«…» Quai ha X, <role>, ditg a <paper>.` is X', ROMANSH, 'Nus essan cuntents', 'Duri Vital', 'president'],
  ['rm: `El ha explitgà il plan:` after `Tenor X` (according to X) is X, `Tenor` no part of the name', ROMANSH, 'La halla è averta', 'Duri Vital', ANY],
  ['counter-case rm: `di in pur che …` (says a farmer) stays unnamed', ROMANSH, 'Jau na crai betg', DESCRIBED, null],
]);

const GAELIC =
  '“Tha sinn air ar fàgail gun dad,” thuirt Mòrag NicAonghais, a tha na comhairliche airson an eilein.\n\n' +
  'Thuirt i gun do sgrìobh i chun a’ chompanaidh. “Cha d’ fhuair mi freagairt,” thuirt a’ chomhairliche.\n\n' +
  'Aig a’ bhùth, bha na sgeilpichean falamh. Tha Dòmhnall Moireach air a bhith ag obair ann fad deich bliadhna. “Tha na sgeilpichean falamh,” thuirt e.\n\n' +
  '“Tha sinn duilich.”\n\nSin a thuirt Eilidh Chaimbeul, ceannard na companaidh, ri Rèidio nan Eilean.\n\n' +
  'Thuirt i: “Cha tèid am bàta a-mach.”';
const GAELIC_UNNAMED =
  'Bha an cidhe trang madainn Dihaoine. “Cha do chuir duine fios thugainn,” thuirt boireannach nach robh airson a h-ainm a thoirt seachad.';

/** Scottish Gaelic: `thuirt X` (said X), `thuirt a’ chomhairliche` (a lenited office), `Tha X` (is X) before a name, `Sin a thuirt X`. */
kindTable('Scottish Gaelic: `thuirt X`, `thuirt a’ <office>`, `Tha X …`, `Sin a thuirt X`, `Thuirt i:`', [
  ['gd: `thuirt X, a tha na <role> …` is X', GAELIC, 'Tha sinn air ar', 'Mòrag NicAonghais', 'comhairliche'],
  ['gd: `thuirt a’ chomhairliche` (the councillor, lenited) is the councillor named before', GAELIC, 'Cha d’ fhuair mi', 'Mòrag NicAonghais', ANY],
  ['gd: `Tha X air a bhith …` then `thuirt e` is X, the verb `Tha` no part of the name', GAELIC, 'Tha na sgeilpichean', 'Dòmhnall Moireach', ANY],
  ['gd: `Sin a thuirt X, <role>` in the next paragraph is X', GAELIC, 'Tha sinn duilich', 'Eilidh Chaimbeul', ANY],
  ['gd: `Thuirt i:` after it is X too', GAELIC, 'Cha tèid am bàta', 'Eilidh Chaimbeul', ANY],
  ['counter-case gd: `thuirt boireannach nach robh …` (said a woman who would not …) names no one', GAELIC_UNNAMED, 'Cha do chuir duine', UNNAMED, null],
]);

const KURMANJI =
  'Serokê Şaredariyê Rizgar Demir got: “Me tiştekî wiha nedîtibû.”\n\n' +
  'Tîmên Şaredariyê dest bi kar kirin. “Em ê heta hefteya bê rapor amade bikin,” Berfîn Yıldız, berpirsa Şaredariyê, ji Rojnameya Bajêr re got.\n\n' +
  'Demir bi hêvî ye. “Em ê dîsa biçînin,” serok got.\n\n' +
  '“Pere tune ye,” cotkarekî ciwan ku nexwest navê wî were eşkerekirin got.';

/** Kurmanji: the verb last; an office joined by the ezafe before the name (`Serokê Komeleyê X`) is no part of it. */
kindTable('Kurmanji: `<Office>ê <Body>ê X got:`, `”, X, <role>, ji <paper> re got.`, `”, <office> got.`', [
  ['ku: `Serokê Şaredariyê X Y got:` (the head of the municipality) is X Y, the office in the ezafe off', KURMANJI, 'Me tiştekî wiha', 'Rizgar Demir', ANY],
  ['ku: `”, X, <role>, ji <paper> re got.` is X, not the body the sentence before named', KURMANJI, 'Em ê heta hefteya', 'Berfîn Yıldız', ANY],
  ['counter-case ku: `cotkarekî ciwan ku … got` (a young farmer) stays unnamed', KURMANJI, 'Pere tune ye', DESCRIBED, null],
]);

const QUECHUA = '“Yaku kanqa llaqtapaq,” nispa nirqan ingeniera Rosa Quispe Mamani.';
const QUECHUA_RECIPIENT = '“Yaku kanqa llaqtapaq,” nispa Radio Intiman willakurqan ingeniera Rosa Quispe Mamani.';

/** Quechua: `nispa <paper>-man willakurqan <role> X` (saying, told the paper): whom it was told between `nispa` and the verb. */
kindTable('Quechua: `nispa <recipient>-man willakurqan <role> X`', [
  ['qu: `nispa Radio X-man willakurqan ingeniera X Y` is X Y', QUECHUA_RECIPIENT, 'Yaku kanqa', 'Rosa Quispe Mamani', 'ingeniera'],
  ['counter-case qu: `nispa nirqan <role> X` with no recipient reads as before', QUECHUA, 'Yaku kanqa', 'Rosa Quispe Mamani', ANY],
]);

const TATAR =
  '«Taşlarnı özümiz ketirdik», – dep Yalta Sesi radiosına bildirdi mektepniñ ocası Zarema Seitova.\n\n' +
  '«Balalar çoq yardım ettiler», – dedi o.';

/** Crimean Tatar: `– dep <paper>ğa bildirdi <role> X` (saying, told the paper): the paper in the dative is no speaker. */
kindTable('Crimean Tatar: `– dep <paper>ğa bildirdi <role> X`', [
  ['crh: `– dep X radiosına bildirdi <role> Y` is Y, not the radio', TATAR, 'Taşlarnı özümiz', 'Zarema Seitova', 'oca'],
  ['counter-case crh: `– dedi o.` (she said) stays with the one just named', TATAR, 'Balalar çoq', 'Zarema Seitova', ANY],
]);
