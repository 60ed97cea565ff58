// Esperanto (lang/eo.ts): `diris X`, `X diris`, `ŝi/li aldonis`, `Laŭ X`, forms of address (`s-ro`, `d-ino`), `el` a place after
// a name, an accusative object before the subject, bodies and unnamed speakers, in short paragraphs of my own about invented people.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const LIBRARY =
  'La urba biblioteko de Verdvalo fermiĝos post tri monatoj.\n\n' +
  '„Ni ne plu havas monon por novaj libroj“, diris Paŭlo Sudbeko, la bibliotekisto. „La infanoj suferos plej multe.“\n\n' +
  'Li klarigis: „Ni serĉas novan ejon ĉe la placo.“\n\n' +
  '„Tio estas vera honto por la urbo“, Karolina Pirlo diris al la loka gazeto.\n\n' +
  '„Ni ankoraŭ esperas“, ŝi aldonis.\n\n' +
  'Laŭ s-ro Jozefo Malvarmo, kasisto de la societo, „la mono sufiĉos nur ĝis aŭtuno“.\n\n' +
  '„Mi ne scias, kion fari“, diris unu loĝanto, kiu ne volis diri sian nomon.\n\n' +
  'La urbestraro skribis en komuniko: „Ni trovos solvon ankoraŭ ĉi-jare.“';

const CHOIR =
  'La koruso de Montfalo gajnis la landan konkurson.\n\n' +
  'Ĝin gvidas de dek jaroj la dirigento Lidia Ŝtono, 54-jara. „Mi estas tre fiera pri ĉiuj kantistoj“, ŝi diris kapjesante.\n\n' +
  '„Ni ekzercis ĉiun merkredon dum la tuta vintro“, rakontis d-ro Marko Fenestro el Rivervilo, la plej maljuna membro, kaj ĉiuj ridis.\n\n' +
  '„Venontjare ni volas kanti eksterlande“, li aldonis.\n\n' +
  'Unu kantistino el Montfalo, kiu kantas en la koruso nur de unu jaro, diris: „Mi neniam kredis, ke ni gajnos.“\n\n' +
  '„Ni subtenos la koruson ankaŭ venontjare“, diris la Kultura Fondaĵo en komuniko.';

const MARKET =
  'La semajna bazaro de Orkastelo translokiĝos al la haveno.\n\n' +
  '„Kial vi ne demandis nin antaŭe?“, demandis la urbestron vendisto Tomaso Kruko, kiu vendas fromaĝon.\n\n' +
  'La urbestrino Ada Lumo respondis: „La decido jam estas farita, sed ni aŭskultos vin.“\n\n' +
  '„La haveno estas pli sekura por ĉiuj“, aldonis s-ino Lumo.\n\n' +
  'Iu vizitanto diris al ni: „Mi ĝojas, ĉar tie estas pli da loko.“';

const ROWS: KindCase[] = [
  ['eo: `„…“, diris X Y, la <role>.` is X Y', LIBRARY, 'Ni ne plu havas', 'Paŭlo Sudbeko', ANY],
  ['eo: the next sentence in marks after the tag goes on his turn', LIBRARY, 'La infanoj suferos', 'Paŭlo Sudbeko', ANY],
  ['eo: `Li klarigis: „…“` is the man quoted before', LIBRARY, 'Ni serĉas novan', 'Paŭlo Sudbeko', ANY],
  ['eo: `„…“, X Y diris al la gazeto.` (name before the verb, a recipient after it) is X Y', LIBRARY, 'Tio estas vera', 'Karolina Pirlo', ANY],
  ['eo: `„…“, ŝi aldonis.` is the woman quoted before', LIBRARY, 'Ni ankoraŭ esperas', 'Karolina Pirlo', ANY],
  ['eo: `Laŭ s-ro X Y, <role>, „…“` drops the form of address', LIBRARY, 'la mono sufiĉos', 'Jozefo Malvarmo', ANY],
  ['eo: `„…“, diris unu loĝanto, kiu …` is someone described, unnamed', LIBRARY, 'Mi ne scias', DESCRIBED, null],
  ['eo: `La urbestraro skribis …: „…“` is a body, no person', LIBRARY, 'Ni trovos solvon', UNNAMED, null],
  ['eo: `„…“, ŝi diris kapjesante.` (an adverbial participle after) is the woman the sentence brings in', CHOIR, 'Mi estas tre fiera', 'Lidia Ŝtono', ANY],
  ['eo: `„…“, rakontis d-ro X Y el <place>, …, kaj …` is X Y, the place and the clause after no part of it', CHOIR, 'Ni ekzercis', 'Marko Fenestro', ANY],
  ['eo: `„…“, li aldonis.` is the man just quoted', CHOIR, 'Venontjare ni volas', 'Marko Fenestro', ANY],
  ['eo: `Unu kantistino el <place>, kiu …, diris:` is someone unnamed, the place no name', CHOIR, 'Mi neniam kredis', DESCRIBED, null],
  ['eo: `„…“, diris la Kultura Fondaĵo …` is a body, no person', CHOIR, 'Ni subtenos', UNNAMED, null],
  ['eo: `„…“, demandis la urbestron X Y` (the accusative object first) is X Y, the object no role of his', MARKET, 'Kial vi ne demandis', 'Tomaso Kruko', ANY],
  ['eo: `La urbestrino X Y respondis: „…“` is X Y', MARKET, 'La decido jam', 'Ada Lumo', ANY],
  ['eo: `„…“, aldonis s-ino X.` is the woman named in full before', MARKET, 'La haveno estas', 'Ada Lumo', ANY],
  ['eo: `Iu vizitanto diris al ni: „…“` is someone unnamed', MARKET, 'Mi ĝojas', UNNAMED, null],
];

kindTable('Esperanto tags, pronouns, forms of address, places and unnamed speakers', ROWS);
