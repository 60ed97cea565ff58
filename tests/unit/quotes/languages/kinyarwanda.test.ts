// Kinyarwanda (lang/rw.ts): `X, <role>, yagize ati “…”` and `Ati “…”` before a quote, `ni ko X yabisobanuye` / `ni ko
// yavuze` / `ni ko uyu muyobozi …` after one, and `X yavuze ko …` before a quote alone in its paragraph, in short
// paragraphs of my own about invented people, with counter-cases: a body's or a group's verb class, someone unnamed.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const COFFEE =
  'Abahinzi b\'ikawa bo mu Karere ka Nyamasheke barishimira umusaruro w\'uyu mwaka.\n\n' +
  'Habimana Jean Claude, umuhinzi w\'ikawa, yagize ati “Uyu mwaka twejeje kurusha umwaka ushize.”\n\n' +
  '“Igiciro cy\'ikawa cyazamutse ku isoko mpuzamahanga,” ni ko Habimana yabisobanuye.\n\n' +
  'Yongeyeho ati “Turashaka ko uruganda rwubakwa hafi y\'imirima yacu.”\n\n' +
  '“Abana banjye bazajya ku ishuri nta kibazo,” ni ko yavuze.';

const CLINIC =
  'Ikigo nderabuzima gishya cyafunguwe mu murenge.\n\n' +
  'Umuyobozi w\'ikigo nderabuzima, Mukeshimana Alice, yagize ati “Tuzakira abarwayi ijana buri munsi.”\n\n' +
  '“Dukeneye abaforomo benshi kurushaho,” ni ko uyu muyobozi yakomeje avuga.\n\n' +
  'Minisiteri y\'Ubuzima yagize iti “Ibikoresho bizagezwa mu kwezi gutaha.”\n\n' +
  'Umubyeyi umwe wari utegereje umuganga, utifuje ko izina rye rimenyekana, yavuze ko yahageze kare. Ati “Nahageze saa kumi n\'ebyiri za mu gitondo.”';

const MARKET =
  'Abacuruzi b\'imboga bimuriwe mu isoko rishya.\n\n' +
  'Ariko Niyonzima Patrick yagize ati “Aho batwimuriye nta bakiriya bahari.”\n\n' +
  'Madamu Uwase Diane yagize ati “Tuzategereza ko ibintu bihinduka.”\n\n' +
  'Abacuruzi bagize bati “Turasaba ko batureka tugasubira aho twari turi.”';

const SCHOOL =
  'Ishuri ribanza ryahawe ibitabo bishya.\n\n' +
  'Nshimiyimana Eric w\'imyaka 52, umwarimu w\'imibare, yavuze ko abanyeshuri bazabona igitabo buri wese.\n\n' +
  '“Twari dusangira igitabo kimwe turi batanu,” ni ko Nshimiyimana yavuze, “none buri wese azagira icye.”\n\n' +
  'Minisitiri Gatete Olivier yagize ati “Ibitabo bizagera no mu yandi mashuri.”\n\n' +
  '“Tuzakomeza gufasha amashuri yo mu cyaro,” ni ko Minisiteri y\'Uburezi yabitangaje.';

const DOCTOR =
  'Imvura nyinshi yangije amazu mu mudugudu.\n\n' +
  'Dr Mugabo Felix yagize ati “Nta muntu wakomeretse bikomeye.”\n\n' +
  'Ingabire Claudine, umuyobozi w\'umudugudu, yavuze ko imiryango icumi yacumbikiwe mu ishuri.\n\n' +
  '“Tubahaye ibiryo n\'ibiringiti.”';

const ROWS: KindCase[] = [
  ['rw: `X Y, <role>, yagize ati “…”` is X Y, the class-1 noun after the name his role', COFFEE, 'Uyu mwaka twejeje', 'Habimana Jean Claude', 'umuhinzi'],
  ['rw: `“…,” ni ko X yabisobanuye.` (so X explained it) is the X Y named before', COFFEE, 'Igiciro cy', 'Habimana Jean Claude', ANY],
  ['rw: `Yongeyeho ati “…”` (he added) is the person just quoted', COFFEE, 'Turashaka ko uruganda', 'Habimana Jean Claude', ANY],
  ['rw: `“…,” ni ko yavuze.` (so he said) is the person just quoted', COFFEE, 'Abana banjye', 'Habimana Jean Claude', ANY],
  ['rw: `<office>, X Y, yagize ati “…”` is X Y, the office before the name her role', CLINIC, 'Tuzakira abarwayi', 'Mukeshimana Alice', 'Umuyobozi'],
  ['rw: `ni ko uyu muyobozi yakomeje avuga` (so this official went on) is the official named before', CLINIC, 'Dukeneye abaforomo', 'Mukeshimana Alice', ANY],
  ['rw: `Minisiteri y\'… yagize iti` (a class-9 subject\'s `iti`) is a ministry, no person', CLINIC, 'Ibikoresho bizagezwa', UNNAMED, null],
  ['rw: `Umubyeyi umwe …, utifuje ko izina rye rimenyekana, yavuze ko … . Ati “…”` is a mother left unnamed', CLINIC, 'Nahageze saa', UNNAMED, null],
  ['rw: `Ariko X Y yagize ati` is X Y: `Ariko` (but) is no part of the name', MARKET, 'Aho batwimuriye', 'Niyonzima Patrick', ANY],
  ['rw: `Madamu X Y yagize ati` is X Y, Mrs no part of the name', MARKET, 'Tuzategereza ko', 'Uwase Diane', ANY],
  ['rw: `Abacuruzi bagize bati` (the traders said: a plural subject\'s `bati`) is a group, no one person', MARKET, 'Turasaba ko batureka', UNNAMED, null],
  ['rw: a split quote `“…,” ni ko X yavuze, “…”` is his both parts, his age no part of the name', SCHOOL, 'none buri wese', 'Nshimiyimana Eric', ANY],
  ['rw: `Minisitiri X Y yagize ati` is X Y, the minister', SCHOOL, 'Ibitabo bizagera', 'Gatete Olivier', 'Minisitiri'],
  ['rw: `“…,” ni ko Minisiteri y\'… yabitangaje.` is a ministry, no person', SCHOOL, 'Tuzakomeza gufasha', UNNAMED, null],
  ['rw: `Dr X Y yagize ati` is X Y, Dr no part of the name', DOCTOR, 'Nta muntu', 'Mugabo Felix', ANY],
  ['rw: `X Y, <role>, yavuze ko … .` then a paragraph all quote is X Y, not the doctor quoted before', DOCTOR, 'Tubahaye ibiryo', 'Ingabire Claudine', ANY],
];

kindTable('Kinyarwanda tags, noun classes on verbs, and unnamed speakers', ROWS);
