// Igbo (lang/ig.ts): `ka X kwuru` and `ka o kwuru` after a quote, `X kwuru,` / `Ọ gbakwụnyere:` / `Dịka X si kwuo,`
// before one, each in short paragraphs of my own about invented people, with counter-cases: a government body, someone
// left unnamed, a noun with `ahụ` (that) for someone described or for the holder of an office the story named.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const FARMS =
  'Ndị ọrụ ugbo n\'obodo Nsukka na-eme mkpesa banyere ọnụahịa fatịlaịza.\n\n' +
  'Adaeze Nnaji, onye ọrụ ugbo, kwuru na ọ nweghị ike ịzụta fatịlaịza n\'afọ a. “Ego m enweghị ezuru maka ọkara ubi m,” ka o kwuru.\n\n' +
  '“Anyị chọrọ enyemaka gọọmentị,” ka Nnaji kwukwara.\n\n' +
  'Onye isi otu ndị ọrụ ugbo, Kelechi Ugwu, kwuru, “Anyị degaara gọvanọ akwụkwọ ugboro atọ.”\n\n' +
  'Ọ gbakwụnyere: “Ọ dịghị onye zara anyị.”\n\n' +
  '“Anyị ga-aga n\'ụlọ ọrụ ya n\'izu na-abịa,” ka onye isi otu ahụ kwuru.';

const SOIL =
  'Ala n\'ebe ugwu steeti ahụ adịghị eme nke ọma.\n\n' +
  'Dị ka Uchenna Obi si kwuo, “ala ebe a chọrọ fatịlaịza karịa ebe ọzọ.”\n\n' +
  '“Ọnụahịa ga-ebelata n\'ọnwa na-abịa,” Obi kwuru, “ma ọ bụrụ na mmiri ozuzo adịghị eme nke ọma, ọ ga-arị elu.”\n\n' +
  'Otu nwoke na-ere ihe ọkụkụ n\'ahịa, onye jụrụ ka e dee aha ya, kwuru na ahịa adịghị mma. “Ndị mmadụ anaghị azụ ihe ọ bụla,” ka nwoke ahụ kwuru.\n\n' +
  '“Anyị na-arụ ọrụ na nsogbu a,” ka Gọọmentị Steeti Enugu kwuru.';

const MARKET =
  'Ahịa ọhụrụ e wuru n\'Abakaliki emeghebeghị ka a tụrụ anya.\n\n' +
  'Chidinma Okeke, onye na-ere akwa n\'ahịa ochie, sịrị: “Anyị ka na-akwụ ụgwọ ụlọ ahịa abụọ.”\n\n' +
  '“Ihe a na-ewute anyị nke ukwuu,” ka ọ kwuru, “n\'ihi na anyị nwere ụmụaka n\'ụlọ akwụkwọ.”\n\n' +
  'Nnamdi Agu, onye nchịkwa ahịa ahụ, kọwara na ọrụ eletrik agwụbeghị. “Ọ ga-emeghe tupu ngwụcha ọnwa,” Agu kwuru.\n\n' +
  '“Ha na-ekwu otu ihe ahụ kemgbe afọ gara aga,” ka otu nwanyị na-ere azụ kwuru.';

const TITLED =
  'Ụlọ ọgwụ obodo ahụ enweghị ọkụ eletrik.\n\n' +
  '“Anyị na-eji ọkụ ìhè ekwentị arụ ọrụ n\'abalị,” ka Mazị Ikenna Eze, onye isi ụlọ ọgwụ ahụ, kwuru.\n\n' +
  'Maka Ngozi Ibe, olileanya ka dị. “Ọ ga-adị mma,” ka o kwuru.\n\n' +
  'Dịka Obiora Nwosu si kwuo, “ọkụ ga-alọghachi n\'izu a.”';

const WATER =
  'Mmiri pọmpụ anaghị agba n\'obodo Ukpor kemgbe izu abụọ.\n\n' +
  'Onye isi otu ndị ahịa, Oriakụ Amaka Nwafor, kọwaara ndị nta akụkọ na ha na-azụ mmiri n\'ọnụ dị elu. “Anyị enweghị ego nri,” ka o kwuru.\n\n' +
  'Kọmishọna mmiri, Chukwuemeka Odo, kwuru na a rụzịala pọmpụ ahụ. O kwuru, sị: “Mmiri ga-agba n\'izu a.”\n\n' +
  'Obiageli Eke na-ere akpụ n\'ahịa Ukpor. Ọ kọọrọ anyị otú ahịa ya si daa.\n\n' +
  '“Onweghị onye bịara ịzụ akpụ m taa.”';

const ROWS: KindCase[] = [
  ['ig: `X, <role>, kwuru na … . “…,” ka o kwuru.` is X', FARMS, 'Ego m enweghị', 'Adaeze Nnaji', ANY],
  ['ig: `ka X kwukwara` (X also said) is the full name given before', FARMS, 'Anyị chọrọ enyemaka', 'Adaeze Nnaji', ANY],
  ['ig: `<role>, X Y, kwuru, “…”` is X Y with the role before', FARMS, 'Anyị degaara', 'Kelechi Ugwu', 'onye isi otu'],
  ['ig: `Ọ gbakwụnyere:` (he added) is the person just quoted', FARMS, 'Ọ dịghị onye zara', 'Kelechi Ugwu', ANY],
  ['ig: `ka onye isi otu ahụ kwuru` (that leader said) is the leader named before', FARMS, 'Anyị ga-aga', 'Kelechi Ugwu', ANY],
  ['ig: `Dị ka X Y si kwuo, “…”` (according to) is X Y', SOIL, 'ala ebe a', 'Uchenna Obi', ANY],
  ['ig: `“…,” X kwuru, “…”` is X, the second part of a split quote too', SOIL, 'ma ọ bụrụ na', 'Uchenna Obi', ANY],
  ['ig: `ka nwoke ahụ kwuru` after an unnamed man is no one named', SOIL, 'Ndị mmadụ anaghị', UNNAMED, null],
  ['ig: `ka Gọọmentị Steeti X kwuru` is a government, no person', SOIL, 'Anyị na-arụ ọrụ', UNNAMED, null],
  ['ig: `X, <who she is>, sịrị: “…”` is X', MARKET, 'Anyị ka na-akwụ', 'Chidinma Okeke', ANY],
  ['ig: `ka ọ kwuru` between two parts is the woman just quoted', MARKET, 'Ihe a na-ewute', 'Chidinma Okeke', ANY],
  ['ig: a split quote `“…,” ka ọ kwuru, “…”` is hers both parts', MARKET, "n'ihi na anyị", 'Chidinma Okeke', ANY],
  ['ig: `“…,” X kwuru.` after `X Y, <role>, kọwara …` is X Y', MARKET, 'Ọ ga-emeghe tupu', 'Nnamdi Agu', ANY],
  ['ig: `ka otu nwanyị na-ere azụ kwuru` (a woman selling fish) is someone described, unnamed', MARKET, 'Ha na-ekwu otu', DESCRIBED, null],
  ['ig: `ka Mazị X Y, <role>, kwuru` is X Y, Mr no part of the name', TITLED, 'Anyị na-eji', 'Ikenna Eze', ANY],
  ['ig: `Maka X Y, …` (as for X Y) then `ka o kwuru` is X Y, `Maka` no part of the name', TITLED, 'Ọ ga-adị mma', 'Ngozi Ibe', ANY],
  ['ig: `Dịka X Y si kwuo, “…”` (according to, in one word) is X Y, `Dịka` no part of the name', TITLED, 'ọkụ ga-alọghachi', 'Obiora Nwosu', ANY],
  ['ig: `X, <role>, kọwaara ndị nta akụkọ na … . “…,” ka o kwuru.` (explained to reporters that) is X', WATER, 'Anyị enweghị ego nri', 'Amaka Nwafor', ANY],
  ['ig: `O kwuru, sị: “…”` (he said, saying) is the person just named', WATER, 'Mmiri ga-agba', 'Chukwuemeka Odo', ANY],
  ['ig: `Ọ kọọrọ anyị …` (she told us …) then a quote alone is she, the woman just named', WATER, 'Onweghị onye bịara', 'Obiageli Eke', ANY],
];

kindTable('Igbo tags with ka, according to, offices pointed back at, and unnamed speakers', ROWS);
