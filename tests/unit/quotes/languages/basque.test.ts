// Basque (lang/eu.ts): the verb last and the subject in the ergative, `«…», esan du X-k` after a quote, `X-k esan du: «…»`,
// `X-k adierazi duenez,` and `X-ren esanetan,` before one, the case ending no part of the name; in short paragraphs of my
// own about invented people, with counter-cases: a body, someone left unnamed, a group, a place in -ko before a role.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const POOL =
  'Ibarrolako igerilekua udan itxita egongo da, teilatuko obrak direla eta.\n\n' +
  '«Obrak ezinbestekoak dira, teilatua erortzeko zorian dago», esan du Koldo Arrieta kirol zinegotziak.\n\n' +
  '«Irailean irekiko dugu berriro», gaineratu du.\n\n' +
  'Igerilariak kezkatuta daude. Nerea Olaizola entrenatzaileak honela azaldu du: «Udan ez dugu non entrenatu.»\n\n' +
  '«Haurrek beste herri batera joan beharko dute», dio Olaizolak.\n\n' +
  '«Ez dago beste aukerarik», esan du igerilari baten amak.';

const PORT =
  'Portuan arrantzaleak kezkatuta daude, antxoa gutxi dagoelako.\n\n' +
  'Mikel Arana Bermeoko arrantzaleak adierazi duenez, «aurten sareak hutsik ateratzen ditugu».\n\n' +
  '«Sarea hutsik atera dugu», esan du Aranak, «eta gasolioa garesti dago.»\n\n' +
  'Itziar Lasa kofradiako presidentearen esanetan, «itsasoa beroago dago urtero».\n\n' +
  'Haren arabera, «arrantza mugatu beharko da».\n\n' +
  '«Guk ez dugu ezer ikusi», esan dute bizilagunek.\n\n' +
  'Eusko Jaurlaritzak ohar batean adierazi duenez, «laguntzak prest daude».';

const FAIR =
  'Azoka larunbatean izango da plazan.\n\n' +
  'Imanol Garaiz antolatzaileak irribarrez hartu gaitu. «Inoiz baino postu gehiago izango ditugu», esan zuen Garaizek.\n\n' +
  '«Euria egiten badu, frontoira eramango dugu», esan zuen barrez.\n\n' +
  'Maite Uriarte okinak ere parte hartuko du. Uriartek argi du zer saldu nahi duen: «Ogi beltza eta gazta.»\n\n' +
  '«Jende asko etorriko da», esan du saltzaile gazte batek.\n\n' +
  '«Gu beti hemen egongo gara», esan du Uriartek.';

const COUNCIL =
  'Lore Etxabe alkateak bilera deitu du astelehenerako.\n\n' +
  '«Herritarrek iritzia eman behar dute», esan du alkateak.\n\n' +
  'Osasun Saileko arduradun Ander Ibarguren sendagileak, berriz, beste iritzi bat du. «Anbulatorioa ez da itxiko», azaldu du Ibargurenek.\n\n' +
  'Udalak ohar batean adierazi du: «Aurrekontua onartuta dago.»';

const ROWS: KindCase[] = [
  ['eu: `«…», esan du X Y <role>-k` is X Y, the ending on the role, not on the name', POOL, 'Obrak ezinbestekoak', 'Koldo Arrieta', 'zinegotzia'],
  ['eu: `«…», gaineratu du.` (added, no subject) is the person just quoted', POOL, 'Irailean irekiko', 'Koldo Arrieta', ANY],
  ['eu: `X Y <role>-k honela azaldu du: «…»` is X Y, the role after the name', POOL, 'Udan ez dugu', 'Nerea Olaizola', 'entrenatzaile'],
  ['eu: `«…», dio X-k.` (says X) is the family name without -k, the woman named before', POOL, 'Haurrek beste herri', 'Nerea Olaizola', ANY],
  ['eu: `esan du igerilari baten amak` (a swimmer’s mother) is someone described, no name', POOL, 'Ez dago beste', DESCRIBED, null],
  ['eu: `X Y <place>-ko <role>-k adierazi duenez, «…»` (as X stated) is X Y, the place in -ko no part of the name', PORT, 'aurten sareak', 'Mikel Arana', 'Bermeoko arrantzale'],
  ['eu: a split quote `«…», esan du X-k, «…»` is X both parts', PORT, 'eta gasolioa', 'Mikel Arana', ANY],
  ['eu: `X Y <role>-ren esanetan, «…»` (in X’s words) is X Y', PORT, 'itsasoa beroago', 'Itziar Lasa', ANY],
  ['eu: `Haren arabera, «…»` (according to her) is the person just named', PORT, 'arrantza mugatu', 'Itziar Lasa', ANY],
  ['eu: `esan dute bizilagunek` (the neighbours said, plural) is no one person', PORT, 'Guk ez dugu', UNNAMED, null],
  ['eu: `Eusko Jaurlaritzak … adierazi duenez` (the government) is a body, no person', PORT, 'laguntzak prest', UNNAMED, null],
  ['eu: `esan zuen X-k` with a name ending in a consonant (`-ek`) is the name without it', FAIR, 'Inoiz baino', 'Imanol Garaiz', ANY],
  ['eu: `esan zuen barrez` (said, laughing) is the person just quoted', FAIR, 'Euria egiten', 'Imanol Garaiz', ANY],
  ['eu: `X-k argi du zer …: «…»` (an ergative subject closing on a colon) is X', FAIR, 'Ogi beltza', 'Maite Uriarte', ANY],
  ['eu: `esan du saltzaile gazte batek` (a young seller) is someone described', FAIR, 'Jende asko', DESCRIBED, null],
  ['eu: `Azoka amaitzean, bezero batek honela esan zuen: «…»` (after an opening clause) is someone described',
    'Edurne Goikoetxea alkateak azoka ireki zuen.\n\nAzoka amaitzean, bezero batek honela esan zuen: «Datorren urtean berriro etorriko naiz.»', 'Datorren urtean', DESCRIBED, ANY],
  ['eu: `esan du X-k` with a family name in -e (`Uriartek`) keeps its e', FAIR, 'Gu beti hemen', 'Maite Uriarte', ANY],
  ['eu: `esan du alkateak` (the mayor) is the mayor named before', COUNCIL, 'Herritarrek iritzia', 'Lore Etxabe', ANY],
  ['eu: `<body>-ko <role> X Y <role>-k` is X Y, the department before it no name', COUNCIL, 'Anbulatorioa ez', 'Ander Ibarguren', ANY],
  ['eu: `Udalak … adierazi du: «…»` (the town council) is a body, no person', COUNCIL, 'Aurrekontua onartuta', UNNAMED, null],
];

// (Both need person-mentions.ts, reported: it reads the place in -ko after a name into the name (`X Y Bermeoko`), and the
// reader's `X Y` resolves to that longer mention.)
const FAILING = [ROWS[5]![0], ROWS[6]![0]];

kindTable('Basque tags, ergative subjects and case endings off names', ROWS, FAILING);
