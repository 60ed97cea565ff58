import { attributionTable, type AttributionCase } from './attribution-table';

const CASES: AttributionCase[] = [
  ['»…,« siger borgmester X (V): the role before the name, the party after it', '»Vi kan ikke tage chancen med folks helbred,« siger borgmester Henrik Dalsgaard (V).', 'Vi kan ikke tage chancen med folks helbred,', 'Henrik Dalsgaard', 'borgmester'],
  ['siger hun: the woman named two sentences before, the sentence between naming nobody', '»Vi kan ikke tage chancen,« siger borgmester Henrik Dalsgaard.\n\nVed kajen står Lone Mikkelsen med sine børnebørn. Hun havde lovet dem en dag i vandet.\n\n»Det er simpelthen ikke godt nok,« siger hun.', 'Det er simpelthen ikke godt nok,', 'Lone Mikkelsen', null],
  ['Norwegian: – …, sier ordfører X', '– Vi gir ikke opp badeplassen, sier ordfører Kari Nordmann.', 'Vi gir ikke opp badeplassen', 'Kari Nordmann', 'ordfører'],
  ['ifølge X before the quote', 'Ifølge Jesper Thomsen er kloaknettet »alt for lille til nutidens regn«.', 'alt for lille til nutidens regn', 'Jesper Thomsen', null],
  ['skriver avisen: a newspaper is no speaker', 'Kommunen vil spare på badene i år.\n\n»Havnebadet lukker hele sommeren på grund af kloakken,« skriver avisen.', 'Havnebadet lukker hele sommeren på grund af kloakken,', null, null],
  ['Norwegian: a role compound in -sjef', '– Vi har satt inn en hurtigbåt for passasjerer, sier kommunikasjonssjef Morten Lie.', 'Vi har satt inn en hurtigbåt for passasjerer', 'Morten Lie', 'kommunikasjonssjef'],
  ['Norwegian: two first names after a role stay (no place in another case before them)', 'Fisker Odd Arne Haugen har ikke levert fangsten.\n\n– Fisken må på land innen to døgn, sier han.', 'Fisken må på land innen to døgn', 'Odd Arne Haugen', 'Fisker'],
  // Batch latin8b (Danish court): roles by shape, tags with an affiliation or a relative clause.
  ['a relative clause after the tag’s name: the dash line is still speech', 'Sagen kom frem i marts.\n\n– Jeg gik bare ned og kiggede, fortæller Bent Hansen, der i dag er gået på pension.', 'Jeg gik bare ned og kiggede', 'Bent Hansen', null],
  ['siger anklager X fra …: an agent noun by its shape, the affiliation after fra', '– Det er et groft bedrageri, siger anklager Louise Brandt fra Syd- og Sønderjyllands Politi efter dommen.', 'Det er et groft bedrageri', 'Louise Brandt', 'anklager'],
  ['siger senere X: an adverb before the name is no role', '– Vi anker, siger senere Henrik Lund.', 'Vi anker', 'Henrik Lund', null],
  ['Borgmester i X Kommune Name: the place after i belongs to the role', 'Borgmester i Esbjergvig Kommune Anne-Mette Juhl (V) kalder sagen alvorlig. ”Vi har indført stikprøver,” siger hun.', 'Vi har indført stikprøver,', 'Anne-Mette Juhl', 'Borgmester i Esbjergvig Kommune'],
  ['Ifølge lektor … ved Universitet X er …, then a dash line with han: the man introduced, with his role', '– Vi anker, siger advokat Henrik Lund.\n\nIfølge lektor i offentlig forvaltning ved Syddansk Universitet Jesper Holm er sagen ikke enestående.\n\n– Mange kommuner har skåret ned, siger han.', 'Mange kommuner har skåret ned', 'Jesper Holm', 'lektor i offentlig forvaltning ved Syddansk Universitet'],
  ['Hans forsvarer, advokat X, oplyser: the last group before the name is the role carried to han', 'Hans forsvarer, advokat Henrik Lund, oplyser, at dommen bliver anket.\n\n– Min klient har fastholdt, at arbejdet blev udført, siger han.', 'Min klient har fastholdt, at arbejdet blev udført', 'Henrik Lund', 'advokat'],
  // q-other batch 1: `fra <body>` after a name, a one-word quote in »…« in the sentence introducing him.
  ['X fra Vestjysk Bank kalder … »forventelig«. then siger han: the man introduced', 'Aktieanalytiker Mads Østergaard fra Vestjysk Bank kalder beslutningen »forventelig«.\n\n»Markedet har ventet på det her siden foråret,« siger han.', 'Markedet har ventet på det her siden foråret,', 'Mads Østergaard', 'Aktieanalytiker'],
  ['siger X (V), der er borgmester i …: the role in the relative clause', '»Vi har holdt møde med jobcentret,« siger Kirsten Hald Mikkelsen (V), der er borgmester i Aabenraa Kommune.', 'Vi har holdt møde med jobcentret,', 'Kirsten Hald Mikkelsen', 'borgmester i Aabenraa Kommune'],
  ['siger X, der er født i …: a relative clause with no role noun gives none', '»Vi har holdt møde med jobcentret,« siger Kirsten Hald Mikkelsen, der er født i Aabenraa.', 'Vi har holdt møde med jobcentret,', 'Kirsten Hald Mikkelsen', null],
  // q-other batch 2: a second verb joined to the tag; `Så` opening a sentence is no name.
  ['– …, sier X og ler.: the joined verb is no part of the tag', 'Da Kystverket automatiserte fyret, fikk Ingrid Haugland beskjed om å flytte.\n\n– Folk spør om jeg ikke blir ensom, sier Haugland og ler.', 'Folk spør om jeg ikke blir ensom', 'Ingrid Haugland', null],
  ['Så sa han: «…»: "then" is no speaker', 'Han leste brevet to ganger og la det i ovnen. Så sa han: «Nå får de komme og hente meg her ute.»', 'Nå får de komme og hente meg her ute.', null, null],
];

attributionTable('Danish and Norwegian', CASES);
