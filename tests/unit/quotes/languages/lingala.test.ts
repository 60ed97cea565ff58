// Lingala (lang/ln.ts): `alobi X` / `alobaki X` / `atunaki X` after a quote, `X alobi boye :`, `Engebene na X,` and
// `Ndenge X alobi,` before one, `ye abakisi` / `asukisi` / `Ye alobi :` for the person just quoted, `alobi ministre` for the
// office holder, each in short paragraphs of my own about invented people, with counter-cases: a body, someone unnamed,
// a noun for someone described.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const SCHOOL =
  'Bana ebele ya mboka Ndjeke bazali kokende kelasi te banda sanza mibale.\n\n' +
  '« Kelasi na biso ezali na mesa te, bana bafandaka na mabele », alobi Gaston Ilunga Bope, molakisi ya kelasi ya Ndjeke.\n\n' +
  '« Tosengi Leta etinda biso lisalisi », ye abakisi.\n\n' +
  'Sandrine Mbombo alobi boye : « Mwana na ngai alingi koyekola kasi azali na buku te. »\n\n' +
  '« Tokofuta mbongo te », alobaki Mbombo, « mpo tozali na yango te. »\n\n' +
  '« Nakobanda mosala ya bilanga lisusu », asukisi.';

const WATER =
  'Mai ya pompe ya zando ya Ndjeke esili mikolo zomi.\n\n' +
  'Ministre ya Mai, Madame Claudine Ebeya, ayaki kotala pompe yango. « Bato ya mosala bakoya lobi », alobi ministre.\n\n' +
  'Engebene na Odette Kasongo, « basi bazali kotambola ntango molai mpo na kozwa mai. »\n\n' +
  '« Mai ya ebale ezali peto te », alobi mobange moko ya mboka.\n\n' +
  '« Pompe ya sika ekoya na mobu oyo », alobi Guvernema ya provinsi.\n\n' +
  '« Bakonzi bayebi likambo oyo kasi basali eloko te », alobi moto moko oyo alingaki te ete kombo na ye ekomama.';

const YOUTH =
  'Bilenge ya Ndjeke basali likita mpo na koloba na ntina ya mosala.\n\n' +
  'Mokambi ya bilenge, Fabrice Lomami, ayaki liboso. Ye alobi : « Tozali na mosala te. »\n\n' +
  '« Tokokanga nzela soki Leta eyoki biso te », alobaki mokambi yango.\n\n' +
  '« Nani akopesa biso mosala ? » atunaki Lomami.\n\n' +
  'Ndenge Mama Brigitte Kalala alobi, « bilenge basengeli kozala na motema molai. »';

const TITLED =
  'Bato ya mangomba basangani na Ndjeke.\n\n' +
  '« Kimia ezali liboso ya makambo nyonso », alobi Tata Albert Nkema, pasteur ya lingomba ya Ndjeke.';

const ROWS: KindCase[] = [
  ['ln: `alobi X Y Z, <role>.` is X Y Z with the role after the comma', SCHOOL, 'Kelasi na biso', 'Gaston Ilunga Bope', 'molakisi'],
  ['ln: `ye abakisi` (he added) is the man just quoted', SCHOOL, 'Tosengi Leta', 'Gaston Ilunga Bope', ANY],
  ['ln: `X Y alobi boye : «…»` (X Y said thus) is X Y', SCHOOL, 'Mwana na ngai', 'Sandrine Mbombo', ANY],
  ['ln: a split quote `«…», alobaki X, «…»` is hers both parts', SCHOOL, 'mpo tozali na yango', 'Sandrine Mbombo', ANY],
  ['ln: `asukisi` (she concluded) is the woman just quoted', SCHOOL, 'Nakobanda mosala', 'Sandrine Mbombo', ANY],
  ['ln: `alobi ministre` is the minister the text named, Madame no part of the name', WATER, 'Bato ya mosala', 'Claudine Ebeya', ANY],
  ['ln: `Engebene na X Y, «…»` (according to X Y) is X Y', WATER, 'basi bazali kotambola', 'Odette Kasongo', ANY],
  ['ln: counter-case: `alobi mobange moko ya mboka` (an elder of the village) is someone described, not the woman before', WATER, 'Mai ya ebale', DESCRIBED, null],
  ['ln: counter-case: `alobi Guvernema ya provinsi` (the provincial government) is a body, no person', WATER, 'Pompe ya sika', UNNAMED, null],
  ['ln: counter-case: `alobi moto moko oyo alingaki te ete kombo na ye ekomama` (who asked not to be named) is unnamed', WATER, 'Bakonzi bayebi', UNNAMED, null],
  ['ln: `Ye alobi : «…»` (he said) is the man the sentence before names', YOUTH, 'Tozali na mosala', 'Fabrice Lomami', ANY],
  ['ln: `alobaki mokambi yango` (said that leader) is the leader named before', YOUTH, 'Tokokanga nzela', 'Fabrice Lomami', ANY],
  ['ln: `atunaki X` (X asked) is the man named in full before', YOUTH, 'Nani akopesa', 'Fabrice Lomami', ANY],
  ['ln: `Ndenge Mama X Y alobi, «…»` (as X Y said) is X Y, Mama no part of the name', YOUTH, 'bilenge basengeli', 'Brigitte Kalala', ANY],
  ['ln: `alobi Tata X Y, <role>` is X Y, Tata no part of the name', TITLED, 'Kimia ezali liboso', 'Albert Nkema', 'pasteur'],
  ['ln: `alobi Mokonzi X Y Z, <role>` (Chief X) is X Y Z, the chief\'s title no part of the name', TITLED, 'Bato nyonso bayokana', 'Henri Bosenge Lifoli', ANY],
];

// (`Tata` and `Mokonzi` are not yet among names.ts's TITLES: the text's mention keeps them, `Tata X Y`.)
kindTable('Lingala tags, forms of address, and unnamed speakers', ROWS, [
  'ln: `alobi Tata X Y, <role>` is X Y, Tata no part of the name',
  'ln: `alobi Mokonzi X Y Z, <role>` (Chief X) is X Y Z, the chief\'s title no part of the name',
]);
