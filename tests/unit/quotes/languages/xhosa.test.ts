// isiXhosa (lang/xh.ts): `utshilo uX` / `kutsho uX` / `wongeza uX` after a quote with the class prefix glued to the name,
// `X uthe:`, `Isithethi …, uX, sithe:` and `Ngokutsho kukaX` before one, `utshilo yena` / `watsho ehleka` for the person just
// quoted, each in short paragraphs of my own about invented people, with counter-cases: a body written with a person's
// prefix, a group, someone left unnamed, a participle after the verb that is no subject.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'Ilayibrari entsha yaseDikeni ivulwe ngeCawa kwaye abantwana bayayithanda.\n\n' +
  'UMnu. Athule Sonjica, ongusihlalo wekomiti yelayibrari, uthe abantwana baza kufunda simahla. “Sifuna ukuba ikhaya ngalinye libe neencwadi,” utshilo uSonjica.\n\n' +
  '“Besilinde le mini iminyaka emihlanu,” utshilo yena.\n\n' +
  'UNks. Nomthandazo Jali, utitshala wesikolo samabanga aphezulu, uthe: “Abafundi bam baza kuza apha emva kwesikolo.”\n\n' +
  '“Siza kubeka iikhompyutha ezintsha,” wongeza uJali, “xa imali ifikile.”\n\n' +
  'Uqhube wathi: “Sibulela bonke abazali abancedisileyo.”';

const CLINIC =
  'Ikliniki yaseCofimvaba ivala kwangethuba ngenxa yokunqongophala kwabasebenzi.\n\n' +
  'Ngokutsho kukaLunga Qwabe, ugqirha wesithili, “Sidinga abongikazi abasibhozo ubuncinane.”\n\n' +
  'Ngokutsho kukaGqr. Anele Mtshali, “Abantwana abaninzi bagulswa ngamanzi amdaka.”\n\n' +
  '“Ndilinde iiyure ezintandathu ngaphandle,” utshilo omnye umama obephethe usana.\n\n' +
  '“Siza kuthumela abasebenzi abongezelelweyo kule nyanga,” utshilo uRhulumente wePhondo.\n\n' +
  'Isithethi sekliniki, uSiphokazi Ndamase, sithe: “Silungisa amaxesha okuvula.”\n\n' +
  '“Abantu banomsindo kwaye ndiyabaqonda,” watsho ehleka kancinci.';

const ROAD =
  'Indlela phakathi kweQonce neDikeni iza kulungiswa kulo nyaka.\n\n' +
  'Usodolophu waseQonce, uVuyani Mpofu, uthe umsebenzi uza kuqala ngoMatshi. “Sele sinabo abakhi abaza kuqalisa,” utshilo usodolophu.\n\n' +
  '“Ndiqhuba kule ndlela yonke imihla,” utshilo lo mqhubi wetekisi.\n\n' +
  'UKapteni Bongani Tshaka uthe: “Iimoto ziqhuba ngesantya esiphezulu apha.”\n\n' +
  '“Sidiniwe yimingxuma,” batsho abahlali.';

const MARKET =
  'Abathengisi bemifuno eGcuwa bakhalaza ngerenti entsha.\n\n' +
  'Omnye umthengisi uthe: “Andikwazi ukuhlawula imali engaka.”\n\n' +
  'UMasipala waseGcuwa uthe: “Irenti ayinyukanga kangangeminyaka emithathu.”\n\n' +
  'Luvuyo Mabandla, ongumongameli wombutho wabathengisi, uthe baza kudibana nomasipala kwiofisi yakhe ngoLwesihlanu. “Sifuna ukuthetha nabo ngqo.”\n\n' +
  'Ngokutsho kwakhe, “abathengisi abaninzi baza kuvala.”\n\n' +
  'Zodwa Mkhize uthe urhwebo luhle kule veki. “Abathengi bayabuya,” kutsho uAyanda Ngqula, umhlali wasekuhlaleni.';

const ROWS: KindCase[] = [
  ['xh: `UMnu. X Y, <role>, uthe … . “…,” utshilo uY` is X Y, Mr and the prefix off', LIBRARY, 'Sifuna ukuba', 'Athule Sonjica', ANY],
  ['xh: `utshilo yena` after a named speaker is that person', LIBRARY, 'Besilinde le mini', 'Athule Sonjica', ANY],
  ['xh: `UNks. X Y, <role>, uthe: “…”` is X Y with the role after her name', LIBRARY, 'Abafundi bam', 'Nomthandazo Jali', 'utitshala'],
  ['xh: `“…,” wongeza uX, “…”` (added X) is hers, the split quote too', LIBRARY, 'xa imali ifikile', 'Nomthandazo Jali', ANY],
  ['xh: `Uqhube wathi:` (she went on, saying) is the person just quoted', LIBRARY, 'Sibulela bonke', 'Nomthandazo Jali', ANY],
  ['xh: `Ngokutsho kukaX Y, <role>, “…”` (according to) is X Y with the role, the prefix off', CLINIC, 'Sidinga abongikazi', 'Lunga Qwabe', 'ugqirha'],
  ['xh: `Ngokutsho kukaGqr. X Y, “…”` is X Y, Dr no part of the name', CLINIC, 'Abantwana abaninzi', 'Anele Mtshali', ANY],
  ['xh: `utshilo omnye umama …` (a mother) is someone described, no name', CLINIC, 'Ndilinde iiyure', DESCRIBED, null],
  ['xh: `utshilo uRhulumente wePhondo` is a government, no person', CLINIC, 'Siza kuthumela', UNNAMED, null],
  ['xh: `Isithethi …, uX Y, sithe: “…”` (the verb agreeing with spokesperson) is X Y, the spokesperson', CLINIC, 'Silungisa amaxesha', 'Siphokazi Ndamase', 'Isithethi'],
  ['xh: `watsho ehleka` (said, laughing): the participle is no subject, the person just quoted', CLINIC, 'Abantu banomsindo', 'Siphokazi Ndamase', ANY],
  ['xh: `utshilo usodolophu` after `Usodolophu waseX, uY Z, uthe …` is the mayor named', ROAD, 'Sele sinabo', 'Vuyani Mpofu', ANY],
  ['xh: `utshilo lo mqhubi wetekisi` (this taxi driver) is someone described, not the mayor', ROAD, 'Ndiqhuba kule', DESCRIBED, null],
  ['xh: `UKapteni X Y uthe: “…”` is X Y, the rank no part of the name', ROAD, 'Iimoto ziqhuba', 'Bongani Tshaka', ANY],
  ['xh: `batsho abahlali` (the residents said) is a group, no person', ROAD, 'Sidiniwe', UNNAMED, null],
  ['xh: `Omnye umthengisi uthe: “…”` (a trader) is someone described', MARKET, 'Andikwazi ukuhlawula', DESCRIBED, null],
  ['xh: `UMasipala waseX uthe: “…”` is a municipality, no person', MARKET, 'Irenti ayinyukanga', UNNAMED, null],
  ['xh: `X, ongu-<role>, uthe <what he said>. “…”` is X, whose words the sentence before reports', MARKET, 'Sifuna ukuthetha', 'Luvuyo Mabandla', 'umongameli'],
  ['xh: `Ngokutsho kwakhe, “…”` (according to him) is the person just quoted', MARKET, 'abathengisi abaninzi', 'Luvuyo Mabandla', ANY],
  ['xh: `X uthe … . “…,” kutsho uY` is Y, the tag over the sentence before', MARKET, 'Abathengi bayabuya', 'Ayanda Ngqula', ANY],
];

// (`UKapteni X Y`: the rank glued to its capitalised prefix stays in the run the whole text's name mentions are read from
// (names.ts knows `uMnu`, `uNkk`, not `UKapteni`), so the name the reader gives is resolved back to that run.)
const FAILING = ['xh: `UKapteni X Y uthe: “…”` is X Y, the rank no part of the name'];

kindTable('isiXhosa tags, class prefixes on names, and unnamed speakers', ROWS, FAILING);
