// Kinds the twentieth session read (a private set of invented articles, and Catalan, which no language reader knew),
// each in fresh sentences of my own (none copied from a page), with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, UNNAMED, type KindCase } from './kind-table';

/** Catalan's own tags (lang/ca.ts): the present, `va` + infinitive, `ha` + participle, `l'` before a role, `en`/`na` before a name. */
const CATALAN: KindCase[] = [
  ['ca: `«…», explica l\'alcalde, X Y`', 'El poble prepara la festa major.\n\n«No tenim prou voluntaris», explica l\'alcalde, Jordi Puigvert.', 'No tenim prou', 'Jordi Puigvert', 'alcalde'],
  ['ca: `«…», diu la regidora, X Y` after someone else', 'El poble prepara la festa major.\n\n«No tenim prou voluntaris», explica l\'alcalde, Jordi Puigvert.\n\n«Els diners no arriben», diu la regidora, Montse Ribas.', 'Els diners', 'Montse Ribas', 'regidora'],
  ['ca: `«…», va dir X` resolves a surname given before', 'L\'alcalde, Jordi Puigvert, va obrir la sessió.\n\n«Ho farem com sempre», va dir Puigvert.', 'Ho farem', 'Jordi Puigvert', ANY],
  ['ca: `«…», explica en X Y, …`: the personal article is no description', 'La collita ha estat curta.\n\n«Estem cansats de tanta sequera», explica en Pere Serra, pagès de la vall.', 'Estem cansats', 'Pere Serra', 'pagès'],
  ['ca: `«…», diuen els veïns`: a group', 'Jordi Puigvert és l\'alcalde del poble.\n\n«Volem la plaça per a nosaltres», diuen els veïns del barri vell.', 'Volem la plaça', DESCRIBED, ANY],
  ['counter-case es: `dice el alcalde, X Y` still read by Spanish', 'El pueblo prepara la fiesta.\n\n«No hay voluntarios», dice el alcalde, Jordi Puigvert.', 'No hay voluntarios', 'Jordi Puigvert', 'alcalde'],
];

/** A role written with its elided article (`l'assessore`) heads the office a later `L'assessore …:` names (office-holder.ts). */
const ELIDED_OFFICE: KindCase[] = [
  ['it: `L\'assessore ha le idee chiare: «…»` is the assessore named before, not the last speaker', 'Il paese prepara la festa.\n\n«Non ci sono volontari», spiega l\'assessore, Marco Neri.\n\n«Non ci sono soldi», dice la consigliera, Anna Riva.\n\nL\'assessore ha le idee chiare: «Quest\'anno niente fuochi».', 'Quest\'anno', 'Marco Neri', ANY],
  ['ca: `L\'alcalde ho té clar: «…»`', 'El poble prepara la festa.\n\n«No tenim voluntaris», explica l\'alcalde, Jordi Puigvert.\n\n«No tenim diners», diu la regidora, Montse Ribas.\n\nL\'alcalde ho té clar: «Enguany no hi haurà focs».', 'Enguany', 'Jordi Puigvert', ANY],
  ['counter-case it: `La consigliera …: «…»` stays the consigliera', 'Il paese prepara la festa.\n\n«Non ci sono volontari», spiega l\'assessore, Marco Neri.\n\n«Non ci sono soldi», dice la consigliera, Anna Riva.\n\nLa consigliera ha le idee chiare: «Quest\'anno niente fuochi».', 'Quest\'anno', 'Anna Riva', ANY],
];

/** A clause before the name is no role: it ends in a conjunction whose clause the name opens (lang/role-lead-trim.ts). */
const CLAUSE_BEFORE_NAME: KindCase[] = [
  ['en: `The thermometer reads minus 31 when X Y drives …` gives no role', 'The thermometer reads minus 31 when Karin Lind drives her snowmobile up the ridge.\n\n"If the mine grows we lose the last pasture," she says.', 'If the mine grows', 'Karin Lind', null],
  ['sv: `Det är mörkt när X Y kör …` gives no role', 'Det är fortfarande mörkt när Karin Lind kör skotern upp mot fjället.\n\n– Om gruvan växer förlorar vi betet, säger hon.', 'Om gruvan växer', 'Karin Lind', null],
  ['counter-case en: `Reindeer herder X Y` keeps the role', 'Reindeer herder Karin Lind drives her snowmobile up the ridge.\n\n"If the mine grows we lose the last pasture," she says.', 'If the mine grows', 'Karin Lind', 'herder'],
];

/** German inns and kitchens: `Hüttenwirt`, `Köchin` are roles, and `der Wirt` is the Hüttenwirt (de-roles.ts, introduced-noun.ts). */
const GERMAN_INN: KindCase[] = [
  ['de: `ergänzt Köchin X Y`: the role is no part of the name', 'Oben hat die Almhütte offen.\n\n„Heute waren es drei Gäste“, ergänzt Köchin Maria Stadler.', 'Heute waren', 'Maria Stadler', 'Köchin'],
  ['de: `meint der Wirt` after `Hüttenwirt X Y`', 'Hüttenwirt Josef Brandl hat Suppe auf der Karte.\n\n„Normal hätten wir 200 Essen“, sagt Brandl.\n\n„Heute waren es drei“, ergänzt Köchin Maria Stadler.\n\n„Mit drei Gästen zahle ich nicht einmal das Holz“, meint der Wirt.', 'Mit drei Gästen', 'Josef Brandl', ANY],
  ['counter-case de: `sagt Koch` stays the family name Koch', 'Der Trainer Stefan Koch war zufrieden.\n\n„Wir haben gut gespielt“, sagt Koch.', 'Wir haben gut', 'Stefan Koch', ANY],
];

/** A preposition and an article opening a sentence are no name (sentence-subject.ts). */
const PREPOSITION_OPENING: KindCase[] = [
  ['de: `Für das Konzert am Sonntag hat …` names no `das Konzert`', '„Wir warten auf Schnee“, sagt Liftbetreiber Markus Leitner.\n\nFür das Konzert am Sonntag hat die Gemeinde eine Bühne gebaut, und alle hoffen.\n\n„Dann sperren wir sofort auf.“', 'Dann sperren', UNNAMED, ANY],
  ['es: `Por el Granollers habló …:` names no `Por el Granollers`', 'El partido terminó en empate.\n\nPor el Granollers habló su capitán, Marc Vidal: «Sabíamos que aquí se sufre.»', 'Sabíamos', UNNAMED, ANY],
];

/** Italian tags with no verb, after-sentences naming someone first, a gerund's object, a group's name (it.ts, next-sentence*.ts, dropped.ts, body-names.ts). */
const ITALIAN_TAGS: KindCase[] = [
  ['it: `«…», la replica della X`', 'La sindaca Laura Bellini ha incontrato Piero Galli, portavoce dei pendolari.\n\n«Dieci minuti sono troppi», ha protestato Galli.\n\n«Il servizio migliorerà entro marzo», la replica della Bellini, che ha chiesto pazienza.', 'Il servizio migliorerà', 'Laura Bellini', ANY],
  ['it: `«…» È il racconto di X Y, che …` names X Y for the first time', 'Il treno non passa da ottobre.\n\n«Senza il treno chiudiamo a giugno.» È il racconto di Ornella Vitale, che gestisce un forno accanto al binario.', 'Senza il treno', 'Ornella Vitale', ANY],
  ['it: `«…» Così il vicesindaco, X Y, durante …` names X Y for the first time', 'Le corse sono sospese.\n\n«Le corse riprendono a maggio.» Così il vicesindaco, Andrea Fontana, durante la riunione in parrocchia.', 'Le corse riprendono', 'Andrea Fontana', 'vicesindaco'],
  ['it: `risponde alzando le spalle`: the gerund\'s object is neither speaker nor role', 'Teresa Longo abita in cima alla scalinata.\n\nLe domandiamo chi le porta la spesa. «Mia nipote, quando può», risponde alzando le spalle.', 'Mia nipote', 'Teresa Longo', null],
  ['it: `Il comitato civico X Y, guidato da …` is a group, never the speaker', 'Il comitato civico Porta Nuova, guidato da Elena Marchi, ha scritto al prefetto. «Vogliamo risposte entro un mese», afferma la coordinatrice del gruppo.', 'Vogliamo risposte', UNNAMED, ANY],
  ['counter-case es: `dijo sonriendo X Y` keeps the subject after the gerund', 'El mercado abrió tarde.\n\n«No lo sé», dijo sonriendo Ana López Vidal.', 'No lo sé', 'Ana López Vidal', ANY],
  ['counter-case it: `Il segretario del comitato X Y` is a person', 'Il segretario del comitato Marco Neri ha parlato ieri sera in piazza.\n\n«Non ci fermeremo adesso», ha detto Neri.', 'Non ci fermeremo', 'Marco Neri', 'segretario'],
];

/** French and Dutch: a place after the tag, a couple, a verdict signed by someone, a Dutch body compound, a place opening the sentence. */
const COUPLES_AND_BODIES: KindCase[] = [
  ['fr: `glisse X Y derrière la caisse`: a preposition of place ends the name', 'La boulangerie est ouverte.\n\n« Plus un seul croissant le dimanche », glisse Julie Masson derrière la caisse.', 'Plus un seul', 'Julie Masson', ANY],
  ['es: `dice X Y detrás de la barra`', 'El bar está abierto.\n\n«Ya no viene nadie», dice Julia Masó detrás de la barra.', 'Ya no viene', 'Julia Masó', ANY],
  ['fr: `interroge sa compagne` after `X et sa compagne, Y Z,`', 'Un peu plus loin, Paul Renard et sa compagne, Julie Masson, tiennent depuis 2019 le café du coin.\n\n« Avant, on vendait deux cents pains », raconte Paul Renard.\n\n« Et qui paiera le loyer ? », interroge sa compagne.', 'Et qui paiera', 'Julie Masson', null],
  ['fr: `reprend-il` after the woman of a couple spoke: the man', 'Un peu plus loin, Paul Renard et sa compagne, Julie Masson, tiennent depuis 2019 le café du coin.\n\n« Avant, on vendait deux cents pains », raconte Paul Renard.\n\n« Et plus un croissant le dimanche », glisse Julie Masson.\n\n« On tient avec nos économies, reprend-il. Pour combien de temps, on ne sait pas. »', 'On tient avec', 'Paul Renard', ANY],
  ['fr: `« … » Le diagnostic est signé X Y, présidente …` names X Y for the first time', 'Les travaux dureront jusqu’à l’été.\n\n« Quatorze mois, nous disait-on. » Le diagnostic est signé Anne-Sophie Delcour, présidente de l’union des commerçants.', 'Quatorze mois', 'Anne-Sophie Delcour', 'présidente'],
  ['nl: `voorzitter van de Zuidelijke Tuindersbond` is a body, so `zegt ze` is the woman', '‘Dat noemen ze dan vrijwillig.’ Dat zegt Anke Dijkstra, voorzitter van de Zuidelijke Tuindersbond. Volgens haar zijn veel bedrijven in nood.\n\n‘Niemand slaapt nog goed’, zegt ze.', 'Niemand slaapt', 'Anke Dijkstra', ANY],
  ['nl: `In de keuken staat nu vooral boer X Y (24), die …` gives the role `boer` and a subject', 'Op de boerderij van Sjoerd Hoekstra (58) is het stil.\n\n‘We wachten op de brief’, zegt Hoekstra.\n\nIn de keuken staat nu vooral boer Jelle Bakker (24), die de stal wil uitbreiden. Hij legt de brief op tafel. ‘Welke bank geeft mij nog een lening?’', 'Welke bank', 'Jelle Bakker', '=boer'],
  ['counter-case fr: `son fils, Marc Petit, …` then `dit-il` is the son', 'Odile Petit et son fils, Marc Petit, ont fermé la boutique.\n\n« Trop de loyers impayés », dit-il.', 'Trop de loyers', 'Marc Petit', ANY],
  ['counter-case it: `In sala era presente anche la vedova del pescatore, X Y,` keeps its appositive role', 'In sala era presente anche la vedova del pescatore, Anna Galli, arrivata da Roma. «Chiedo solo giustizia», ha detto con voce ferma.', 'Chiedo solo', 'Anna Galli', 'vedova'],
];

/** Arabic: tanween inside a participle of saying, a three-part name, Egypt's `عم` and a given name written in full first (ar.ts, fuller-names.ts, definite-role.ts). */
const ARABIC_NAMES: KindCase[] = [
  ['ar: `…، قائلًا:` (tanween on the lam) is no name; `رئيس النقابة` is the head of the union named before', 'غير أن محمود سالم قنديل، رئيس نقابة البحارة، يرى أن الرصيف ضيق.\n\nولفت رئيس النقابة في حديثه إلى شكاوى متكررة، قائلًا: «طلبنا لقاء المسؤولين مرات عديدة».', 'طلبنا لقاء', 'محمود سالم قنديل', ANY],
  ['ar: `بحسب الدباغ` after `أن محمود سالم الدباغ،`: the name of three parts', 'غير أن محمود سالم الدباغ، رئيس اتحاد البحارة، يرى أن الرصيف ضيق. «الرصيف لا يتسع للقوارب»، بحسب الدباغ.', 'الرصيف لا يتسع', 'محمود سالم الدباغ', ANY],
  ['ar: `يقول عم حسن بلهجته …` after `عم حسن فتحي الجمال،`', 'كان عم حسن فتحي الجمال، البحار العجوز، يصلح شباكه قرب الرصيف. «البحر تعبان والرزق قليل»، يقول عم حسن بلهجته الريفية.', 'البحر تعبان', 'حسن فتحي الجمال', ANY],
  ['ar: `يقول الحاج حسن` after `الحاج حسن فتحي الجمال،`', 'كان الحاج حسن فتحي الجمال، البحار العجوز، يصلح شباكه قرب الرصيف. «البحر تعبان والرزق قليل»، يقول الحاج حسن.', 'البحر تعبان', 'حسن فتحي الجمال', ANY],
  ['counter-case ar: `نقيب الأطباء في المدينة سامر حداد` keeps the place out of the name', 'وقال نقيب الأطباء في المدينة سامر حداد: «المستشفى مكتظ».\n\nوختم حداد: «نحتاج إلى أسرّة إضافية».', 'نحتاج إلى', 'سامر حداد', ANY],
  ['counter-case ar: `وقال سالم الدباغ` then `بحسب الدباغ`: a verb before the name is no given name', 'وقال سالم الدباغ إن الرصيف ضيق. «الرصيف لا يتسع للقوارب»، بحسب الدباغ.', 'الرصيف لا يتسع', 'سالم الدباغ', ANY],
];

/** Ukrainian and Russian: a preposition's capitalised object opening the sentence before a colon is no speaker (cyrillic-opening-word.ts). */
const CYRILLIC_OBJECT: KindCase[] = [
  ['uk: `Про Бойків говорить окремо: «…»` is the official quoted before', 'Заступниця мера Ганна Коваль певна, що крамниці вистоять.\n\n«Крамниці тримають вулицю живою», — каже посадовиця.\n\nВона додає, що заявок уже сотні. Про Бойків говорить окремо: «Їхня кав’ярня — найкращий приклад».', 'Їхня кав’ярня', 'Ганна Коваль', ANY],
  ['counter-case uk: `Про це розповіла X Y: «…»` keeps the named subject', 'Бізнес вистояв.\n\nПро це розповіла Ольга Петренко: «Ми працювали без світла».', 'Ми працювали', 'Ольга Петренко', ANY],
];

kindTable('Catalan tags', CATALAN);
kindTable('an office written with an elided article', ELIDED_OFFICE);
kindTable('a clause before the name', CLAUSE_BEFORE_NAME);
kindTable('German inns and kitchens', GERMAN_INN);
kindTable('a preposition and an article opening a sentence', PREPOSITION_OPENING);
kindTable('Italian tags', ITALIAN_TAGS);
kindTable('French and Dutch couples, bodies and places', COUPLES_AND_BODIES);
kindTable('Arabic names and participles', ARABIC_NAMES);
kindTable('a Cyrillic preposition and its object', CYRILLIC_OBJECT);
