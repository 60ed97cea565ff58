// Batch others7 (20 articles in nl pl cs sk hu tr el ro bg hr sr sl lt lv et fi sv no da id): the kinds its first run got
// wrong that recur across those languages, each in fresh sentences (none copied from the batch), with counter-cases left alone.
import { ANY, DESCRIBED, kindTable, type KindCase } from './kind-table';

/** A sentence opening on a bare role noun, no article and no name, brings in someone unnamed whom the next bare tag quotes (lang/bare-role-opening.ts). */
const BARE_ROLE_OPENING: KindCase[] = [
  ['pl: a doctor from the clinic, then a bare `mówi`', 'Jan Wójcik prowadzi schronisko od lat. – Psów przybywa co miesiąc – mówi Wójcik.\n\nLekarka z pobliskiej przychodni bada dzieci w szkole. – Grypa przyszła wcześniej niż zwykle – mówi.', 'Grypa przyszła', DESCRIBED, null],
  ['hr: a doctor of the health centre, then `rekla je`', 'Ivan Babić upravlja lukom. „Brodova je sve više“, rekao je Babić.\n\nLiječnica iz doma zdravlja pregledala je mornare. „Nitko nije teže ozlijeđen“, rekla je.', 'Nitko nije teže', DESCRIBED, null],
  ['bg: a doctor from the hospital with a relative clause, then `посочи той`', 'Георги Димов е кмет на селото. „Пътят е опасен“, каза Димов.\n\nЛекар от районната болница, който прегледа децата, е спокоен. „Няма сериозни случаи“, посочи той.', 'Няма сериозни', DESCRIBED, null],
  ['cs: a firefighter of the district unit, then `řekl`', 'Starosta Karel Vondra svolal schůzi. „Voda stoupá,“ řekl Vondra.\n\nHasič okresního sboru kontroloval hráze. „Na některých místech prosakuje,“ řekl.', 'Na některých místech', DESCRIBED, null],
  ['counter-case pl: the same noun met before with a name is that person again', 'Lekarka Anna Zając pracuje w przychodni. – Pacjentów przybywa – mówi Zając.\n\nLekarka z przychodni dodaje, że brakuje szczepionek. – Czekamy na dostawę – mówi.', 'Czekamy na dostawę', 'Anna Zając', 'lekarka'],
  ['counter-case hr: the role noun with a name opening the sentence', 'Ivan Babić upravlja lukom. „Brodova je sve više“, rekao je Babić.\n\nLiječnica Marija Kos pregledala je mornare. „Nitko nije teže ozlijeđen“, rekla je.', 'Nitko nije teže', 'Marija Kos', 'liječnica'],
];

/** Scandinavian verb-second order: a place opens the sentence and the new, indefinite person follows the verb (inner-introduction.ts). */
const INVERTED_INDEFINITE: KindCase[] = [
  ['sv: an older woman after `Vid fontänen sitter`', 'Kommunalrådet Eva Lund invigde torget. – Vi har väntat länge, säger Lund.\n\nVid fontänen sitter en äldre kvinna med sin hund. – Förr var det lugnare här, säger hon.', 'Förr var det', DESCRIBED, null],
  ['no: a neighbour after `møter vi`', 'Rektor Nils Dahl åpnet skolen. – Elevene gleder seg, sier Dahl.\n\nI oppgangen møter vi en nabo som har bodd her i tretti år. – Bygget var slitt, sier han.', 'Bygget var slitt', DESCRIBED, null],
  ['da: a man after `Uden for rådhuset står`', 'Borgmester Lone Berg holdt tale. – Byen vokser, siger Berg.\n\nUden for rådhuset står en mand med et skilt. – Ingen lytter til os, siger han.', 'Ingen lytter', DESCRIBED, null],
  ['counter-case sv: a name after the verb', 'Kommunalrådet Eva Lund invigde torget. – Vi har väntat länge, säger Lund.\n\nVid fontänen sitter Karin Holm med sin hund. – Förr var det lugnare här, säger hon.', 'Förr var det', 'Karin Holm', ANY],
  ['counter-case no: a thing after the verb brings in no one', 'Rektor Nils Dahl åpnet skolen. – Elevene gleder seg, sier Dahl.\n\nPå taket står en ny antenne. – Den var dyr, sier han.', 'Den var dyr', 'Nils Dahl', 'rektor'],
];

/** Indonesian `Seorang …` ("one person") opening the sentence: the classifier counts people only (unnamed-introduction.ts). */
const ONE_PERSON_CLASSIFIER: KindCase[] = [
  ['id: a fisherman, then `katanya`', 'Bupati Hendra Wijaya meresmikan jembatan itu. "Warga sudah lama menunggu," kata Hendra.\n\nSeorang nelayan yang tinggal di tepi sungai merasa lega. "Sekarang anak-anak bisa ke sekolah," katanya.', 'Sekarang anak-anak', DESCRIBED, null],
  ['counter-case id: `seorang` as an object inside the sentence', 'Bupati Hendra Wijaya menemui seorang nelayan di tepi sungai. "Warga sudah lama menunggu," kata Hendra. "Jembatan ini untuk mereka," katanya.', 'Jembatan ini', 'Hendra Wijaya', 'bupati'],
];

/** A tag naming no one, then a sentence giving the speaker's name in so many words (`Ze heet …`, `Jmenuje se …`; lang/named-after.ts). */
const NAMED_AFTER: KindCase[] = [
  ['nl: `zegt ze`, then `Ze heet`', 'Schepen Karel Peeters opende de markt. ‘Het wordt een mooie dag’, zei Peeters.\n\nAan de kraam met appels staat een vrouw met een mand. ‘Ik kom hier al dertig jaar’, zegt ze. Ze heet Mia Claes en woont om de hoek.', 'Ik kom hier al', 'Mia Claes', null],
  ['cs: a descriptor in the tag, then `Jmenuje se`', 'Starosta Karel Vondra otevřel hráz. „Voda odtéká,“ řekl Vondra.\n\n„Ryby letos neberou,“ povzdechne si rybář na hrázi. Jmenuje se Tomáš Mráz a rybaří tu od dětství.', 'Ryby letos', 'Tomáš Mráz', null],
  ['el: a descriptor in the tag, then `Τη λένε`', '«Η αγορά άνοιξε νωρίς», δήλωσε ο δήμαρχος Πέτρος Λάμπρου.\n\n«Περιμένουμε από το πρωί», λέει μια ηλικιωμένη γυναίκα στην ουρά. Τη λένε Άννα Μαρκάκη και μένει στο χωριό.', 'Περιμένουμε από', 'Άννα Μαρκάκη', null],
  ['et: a descriptor in the tag, then `Tema nimi on`', 'Vallavanem Peeter Saar avas silla. „Ootasime seda kaua,“ ütles Saar.\n\n„Vesi tõuseb iga päevaga,“ ütleb paadimees. Tema nimi on Jaan Kuusk ja ta elab jõe ääres.', 'Vesi tõuseb', 'Jaan Kuusk', null],
  ['counter-case nl: the tag names the speaker, the next sentence someone else\'s thing', 'Schepen Karel Peeters opende de markt. ‘Het wordt een mooie dag’, zei Peeters. Zijn kraam heet De Grote Appel.', 'Het wordt een', 'Karel Peeters', 'schepen'],
  ['counter-case cs: the tag names the speaker, then `Jmenuje se` about another', 'Starosta Karel Vondra otevřel hráz. „Voda odtéká,“ řekl Vondra. Jmenuje se tak i jeho syn.', 'Voda odtéká', 'Karel Vondra', 'starosta'],
];

kindTable('others7: a bare role noun opening the sentence before the quote', BARE_ROLE_OPENING);
kindTable('others7: a Scandinavian indefinite after the verb', INVERTED_INDEFINITE);
kindTable('others7: an Indonesian one-person classifier', ONE_PERSON_CLASSIFIER);
kindTable('others7: the speaker named in the sentence after the tag', NAMED_AFTER);
