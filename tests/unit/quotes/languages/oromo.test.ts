// Afaan Oromo (lang/om.ts): `jedhe X` / `jette X` / `jedhan X` after a quote, `X akkas jedhe:` and `Akka X jedhetti,` before
// one, `jechuun X ibse` (by saying, X explained), `jette isheen` and a bare verb for the person just quoted, each in short
// paragraphs of my own about invented people, with counter-cases: a body, someone unnamed, a noun for someone described.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

const MARKET =
  'Gabaan haaraan magaalaa Dirree Qilinxoo keessatti torban kana baname.\n\n' +
  '“Gabaan kun daldaltoota xixiqqoo baay’ee gargaara,” jedhe Abdiisaa Tolaa, barsiisaa mana barumsaa.\n\n' +
  '“Ijoolleen keenya amma karaa dheeraa hin deeman,” jedhe.\n\n' +
  'Galaanee Mulugeetaa, ogeettii fayyaa, akkas jette: “Bishaan qulqulluun gabaa keessatti hin jiru.”\n\n' +
  '“Haa ta’u malee manni fincaanii hin ijaaramne,” jette isheen.\n\n' +
  '“Gatiin midhaanii guyyaa guyyaan ol ka’a,” jedhe daldalaan gabaa tokko.';

const ROAD =
  'Karaan Dirree Qilinxoo fi Burqaa Magalee walqunnamsiisu waggaa lama booda xumurame.\n\n' +
  'Hoogganaan hojii kanaa Kumsaa Dheressaa jedhama. “Hojiin kun baajata qofa miti,” jedhe Kumsaa, “hojjettoota dandeettii qaban barbaada.”\n\n' +
  '“Bara dhufu karaa biraa ni eegalla,” jedhan hoogganaan kun.\n\n' +
  '“Konkolaattonni baay’inaan dhufuu eegalaniiru” jechuun Lammii Tasfaayee ibsite.\n\n' +
  'Akka Boontuu Hirpaasaa jettetti, “daldaltoonni ganda ollaa irraa dhufan dabalaniiru.”\n\n' +
  '“Karaan kun yeroo gannaa ni miidhama,” jedhe Waajjirri Daandii Aanaa.';

const FARM =
  'Qonnaan bultoonni ganda Burqaa Magalee rooba dhabuu isaaniitiin dhiphataniiru.\n\n' +
  'Dabalaa Gurmuu qonnaan bulaa waggaa soddomaaf lafa kana qotaa ture. Inni akkas jedhe: “Bara kana midhaan hin galchine.”\n\n' +
  '“Ijoollee koo kan nyaachisu hin qabu,” dubbate Dabalaa.\n\n' +
  '“Mootummaan nu gargaaruu qaba,” jedhe namichi tokko kan maqaan isaa akka hin ibsamne gaafate.\n\n' +
  'Isaan akkas jedhan: “Boru walgahii qabna.”';

const RENT =
  'Daldaltoonni gabaa Burqaa Magalee kiraa dabaleen komatu.\n\n' +
  'Hawwaa Dinqisaa gabaa kana keessatti waggaa kudhan daldalte. Akka isheen jettetti, “gatiin kiraa dachaa ta’eera.”';

const TITLED =
  'Manni barumsaa haaraan ganda Haroo Bilisee keessatti eebbifame.\n\n' +
  '“Barattoonni kuma tokko ol as baratu,” jedhan Obbo Gurmeessaa Hundee, dura taa’aa koree.\n\n' +
  '“Barsiisonni gahaan hin jiran,” jette Aadde Dinqee Qana’aa.';

const ROWS: KindCase[] = [
  ['om: `jedhe X Y, <role>.` is X Y with the role after the comma', MARKET, 'Gabaan kun daldaltoota', 'Abdiisaa Tolaa', 'barsiisaa'],
  ['om: a bare `jedhe.` after a named speaker is that person', MARKET, 'Ijoolleen keenya', 'Abdiisaa Tolaa', ANY],
  ['om: `X, <role>, akkas jette: “…”` (X said thus) is X with the role', MARKET, 'Bishaan qulqulluun gabaa', 'Galaanee Mulugeetaa', 'ogeettii'],
  ['om: `jette isheen` (said she) is the woman just quoted', MARKET, 'Haa ta’u malee', 'Galaanee Mulugeetaa', ANY],
  ['om: counter-case: `jedhe daldalaan gabaa tokko` (a trader) is someone described, not the woman before', MARKET, 'Gatiin midhaanii', DESCRIBED, null],
  ['om: `jedhe Kumsaa` (the given name alone) is the man named in full before', ROAD, 'Hojiin kun baajata', 'Kumsaa Dheressaa', ANY],
  ['om: a split quote `“…,” jedhe X, “…”` is his both parts', ROAD, 'hojjettoota dandeettii', 'Kumsaa Dheressaa', ANY],
  ['om: `jedhan hoogganaan kun` (said this head) is the head named before', ROAD, 'Bara dhufu karaa', 'Kumsaa Dheressaa', ANY],
  ['om: `” jechuun X Y ibsite.` (by saying, X Y explained) is X Y', ROAD, 'Konkolaattonni baay’inaan', 'Lammii Tasfaayee', ANY],
  ['om: `Akka X Y jettetti, “…”` (as X Y said) is X Y', ROAD, 'daldaltoonni ganda', 'Boontuu Hirpaasaa', ANY],
  ['om: `Akka isheen jettetti, “…”` (as she said) is the woman the sentence before names', RENT, 'gatiin kiraa', 'Hawwaa Dinqisaa', ANY],
  ['om: counter-case: `jedhe Waajjirri Daandii` (the roads office) is a body, no person', ROAD, 'Karaan kun yeroo', UNNAMED, null],
  ['om: `Inni akkas jedhe:` (he said thus) is the man the sentence before names', FARM, 'Bara kana midhaan', 'Dabalaa Gurmuu', ANY],
  ['om: `dubbate X` (X spoke) is the man named in full before', FARM, 'Ijoollee koo kan', 'Dabalaa Gurmuu', ANY],
  ['om: counter-case: `jedhe namichi tokko kan maqaan isaa …` (a man whose name …) is someone unnamed', FARM, 'Mootummaan nu gargaaruu', UNNAMED, null],
  ['om: `jedhan Obbo X Y, <role>` is X Y, Mr no part of the name', TITLED, 'Barattoonni kuma', 'Gurmeessaa Hundee', ANY],
  ['om: `jette Aadde X Y` is X Y, Mrs no part of the name', TITLED, 'Barsiisonni gahaan', 'Dinqee Qana’aa', ANY],
];

// (`Akka` opening a sentence is not yet taken off the mention after it, `Akka X Y`.)
kindTable('Afaan Oromo tags, forms of address, and unnamed speakers', ROWS, [
  'om: `Akka X Y jettetti, “…”` (as X Y said) is X Y',
]);
