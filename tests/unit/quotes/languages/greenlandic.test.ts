// Greenlandic (lang/kl.ts): tags after »…« quotes (`X oqarpoq`, `<role> X nassuiaavoq`, `X, <role>, oqarpoq`, `oqarpoq` alone)
// and before them (`X ima oqarpoq:`, `Xp oqaatigaa:` with the ergative `-p` read back to the name, `Taassuma erseqqissaavaa:`,
// `<office>-up oqaatigaa:`), in short paragraphs of my own about invented people, with counter-cases: a body, someone unnamed.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const HARBOUR =
  'Illoqarfimmi umiarsualivik nutaaq ukiaq manna ammarneqassaaq.\n\n' +
  '»Umiarsualivik nutaaq aalisartunut pingaaruteqarpoq,« Aqqaluk Kleist, umiatsiaqartoq 48-inik ukiulik, oqarpoq.\n\n' +
  'Kleist ima oqarpoq: »Ukiuni kingullerni umiatsiat amerlanerulerput.«\n\n' +
  '»Sulinerup aallartinnissaa utaqqivarput,« Kleist oqarpoq, »kisianni aningaasat amigaatigaagut.«\n\n' +
  '»Aningaasaliissutit tamakkerlugit atorneqassapput,« Kommuni oqarpoq.';

const SCHOOL =
  'Atuarfimmi pisortaq Naja Petersen atuarfiup nutaap titartagaanik nassuiaavoq. Taassuma erseqqissaavaa: »Meeqqat inissaqarnerulissapput.«\n\n' +
  '»Atuartut 300-t missaanniittut ilinniartinneqassapput,« ilinniartitsisoq Malik Olsen nassuiaavoq.\n\n' +
  'Olsenip oqaatigaa: »Atuarfiup nutaap sanaartornera ukiut marluk sivisussuseqassaaq.«\n\n' +
  'Atuarfimmi angajoqqaaq ateqarusunngitsoq oqarpoq: »Meeqqat ullaakkut angalanissaat ajornakusoorpoq, aqqusinerlu navianarpoq.«';

const BOARD =
  'Peqatigiiffiup siulittaasua Hans Lynge ataatsimiinnermi oqalugiarpoq. »Ilaasortat tamarmik peqataassapput,« Lynge oqarpoq.\n\n' +
  'Siulittaasup aamma oqaatigaa: »Ukiumi tulliuttumi ataatsimeeqqissaagut.«\n\n' +
  '»Aalajangiineq ilumoorpoq,« oqarpoq.';

const ROWS: KindCase[] = [
  ['kl: `»…,« X, <role>, oqarpoq.` is X with the role after the name', HARBOUR, 'Umiarsualivik nutaaq', 'Aqqaluk Kleist', 'umiatsiaqartoq'],
  ['kl: `X ima oqarpoq: »…«` (X says thus) is X', HARBOUR, 'Ukiuni kingullerni', 'Aqqaluk Kleist', ANY],
  ['kl: a split quote `»…,« X oqarpoq, »…«` is X in the first part', HARBOUR, 'Sulinerup aallartinnissaa', 'Aqqaluk Kleist', ANY],
  ['kl: a split quote `»…,« X oqarpoq, »…«` is X in the second part', HARBOUR, 'kisianni aningaasat', 'Aqqaluk Kleist', ANY],
  ['kl: counter-case: `Kommuni oqarpoq` is a municipality, no person', HARBOUR, 'Aningaasaliissutit', UNNAMED, null],
  ['kl: counter-case: `Naalakkersuisut oqarput` (the government, plural) is no person', 'Aalisarneq pillugu ataatsimiittoqarpoq.\n\n»Pisassiissutit ukiumoortumik nalilersorneqartassapput, aalisartullu tusarniarneqassapput,« Naalakkersuisut oqarput.', 'Pisassiissutit ukiumoortumik', UNNAMED, null],
  ['kl: `Taassuma erseqqissaavaa:` (that one stressed it) is the person the sentence before brought in', SCHOOL, 'Meeqqat inissaqarnerulissapput', 'Naja Petersen', ANY],
  ['kl: `»…,« <role> X nassuiaavoq.` is X, the lower-case words before the name her role', SCHOOL, 'Atuartut 300-t', 'Malik Olsen', 'ilinniartitsisoq'],
  ['kl: `Xip oqaatigaa:` (the ergative) is X in the nominative', SCHOOL, 'Atuarfiup nutaap', 'Malik Olsen', ANY],
  ['kl: counter-case: `… ateqarusunngitsoq oqarpoq:` (one who would not be named) gives no name', SCHOOL, 'Meeqqat ullaakkut', UNNAMED, null],
  ['kl: `»…,« X oqarpoq.` after the sentence that brought him in is X', BOARD, 'Ilaasortat tamarmik', 'Hans Lynge', ANY],
  ['kl: `Siulittaasup oqaatigaa:` (the chair, ergative) is no name of its own: the one the text gave that office', BOARD, 'Ukiumi tulliuttumi', 'Hans Lynge', ANY],
  ['kl: `»…,« oqarpoq.` (he or she says) is the person just quoted', BOARD, 'Aalajangiineq ilumoorpoq', 'Hans Lynge', ANY],
];

const SHORT_ROWS: KindCase[] = [
  ['kl: counter-case: `»…,« aalisartoq ateqarusunngitsoq oqarpoq.` (a fisher who would not be named) gives no name', 'Nunaqarfimmi aalisartut ataatsimiipput.\n\n»Pisassiissutit annikitsuallaarput, ilaqutariillu aningaasaateqarunnaassapput,« aalisartoq ateqarusunngitsoq oqarpoq.', 'Pisassiissutit', UNNAMED, null],
  ['kl: `X oqarpoq` with a family name of two words is X', 'Nunaqarfimmi ataatsimiittoqarpoq.\n\n»Suliaq ullumikkut aallarniutigaarput, ukiullu naanerani naammassissaaq,« Ane Marie Heilmann oqarpoq.', 'Suliaq ullumikkut', 'Ane Marie Heilmann', null],
];

kindTable('Greenlandic tags, the ergative, and unnamed speakers', [...ROWS, ...SHORT_ROWS]);
