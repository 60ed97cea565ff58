// Kinds a private set of invented articles showed in the fifteenth session, each in fresh sentences of my own
// (none copied from a page), with counter-cases they must leave alone.
import { ANY, DESCRIBED, UNNAMED, kindTable, type KindCase } from './kind-table';

/** A time between an inverted verb and its subject (lang/adjunct-group.ts TIME_AFTER_VERB). */
const TIME_AFTER_VERB: KindCase[] = [
  ['es: `», explicó ayer el concejal de X, Y.` after a sentence opening on a body', 'El Ayuntamiento culpa a las lluvias del retraso. «Ha sido un invierno muy raro», explicó ayer el concejal de Obras, Tomás Ibarra.', 'Ha sido un invierno', 'Tomás Ibarra', 'concejal de Obras'],
  ['es: `», dijo el lunes el alcalde, X.`: the weekday is no part of the role', 'El pleno aprobó la partida. «Llegamos tarde, pero llegamos», dijo el lunes el alcalde, Rubén Sáez.', 'Llegamos tarde', 'Rubén Sáez', '=el alcalde'],
  ['fr: `», a déclaré hier le maire, X.`', 'Le conseil a voté le budget. « Nous avons fait des choix difficiles », a déclaré hier le maire, Olivier Ferrand.', 'Nous avons fait', 'Olivier Ferrand', 'le maire'],
  ['fr: `», a indiqué mercredi soir X.`', 'Le conseil a voté le budget. « Rien n’est encore signé », a indiqué mercredi soir Hélène Marchal.', 'Rien n’est', 'Hélène Marchal', null],
  ['pt: `», disse ontem o presidente da câmara, X.`', 'A obra voltou a parar. «Não há dinheiro para mais nada», disse ontem o presidente da câmara, Rui Calado.', 'Não há dinheiro', 'Rui Calado', 'presidente da câmara'],
  ['de: `“, sagte am Montag Bürgermeister X.`', 'Der Gemeinderat hat abgestimmt. „Wir haben lange gerungen“, sagte am Montag Bürgermeister Anton Kessler.', 'Wir haben lange', 'Anton Kessler', 'Bürgermeister'],
  ['ru: `», — заявил вчера мэр города X.`: yesterday is no part of the role', 'Совет утвердил бюджет. «Денег хватит только на дороги», — заявил вчера мэр города Олег Зимин.', 'Денег хватит', 'Олег Зимин', '=мэр города'],
  ['counter-case es: `dijo ayer en la radio` still means the person named before', 'La ministra Carmen Vidal visitó la obra. «Estamos en plazo», dijo ayer en la radio.', 'Estamos en plazo', 'Carmen Vidal', ANY],
  ['counter-case es: `dijo Domingo X`: a capitalised given name is no weekday', 'El pleno aprobó la partida. «Llegamos tarde», dijo Domingo Ferrer.', 'Llegamos tarde', 'Domingo Ferrer', null],
  ['counter-case es: `dijo hoy un vecino` stays a description', 'El pleno aprobó la partida. «Llegamos tarde», dijo hoy un vecino del barrio.', 'Llegamos tarde', DESCRIBED, null],
];

/** `X diz que Y alerta …. “…”`: the main clause's subject, not the reported clause's (lang/latin.ts `before`). */
const MAIN_CLAUSE: KindCase[] = [
  ['pt: `O pescador diz que a associação alerta …` before an untagged quote is the fisherman named before', '“A barra está cada vez pior”, conta Rui Salgado, 50 anos, pescador.\n\nO pescador diz que há meses que a associação alerta para o problema. “Escrevemos cartas, pedimos reuniões. Nada.”', 'Escrevemos cartas', 'Rui Salgado', ANY],
  ['es: `La vecina dice que el ayuntamiento asegura …` before an untagged quote', '“Aquí no llega el agua”, cuenta Marta Ruiz, vecina del barrio.\n\nLa vecina dice que el ayuntamiento asegura cada semana que el camión vendrá. “Nunca viene a la hora.”', 'Nunca viene', 'Marta Ruiz', ANY],
  ['counter-case pt: the reported clause\'s subject and verb before a colon still speak', 'O autarca Rui Lopes contou que a ministra Ana Reis declarou: “Não haverá cortes.”', 'Não haverá', 'Ana Reis', ANY],
];

/** A vessel's name after its noun is no person (person-mentions.ts WORK_BEFORE). */
const VESSEL: KindCase[] = [
  ['pt: `mestre do arrastão Estrela do Sul` then `O pescador`', '“Com maré baixa já não se entra”, conta Joaquim Brito, 54 anos, mestre do arrastão Estrela do Sul.\n\nO pescador não tem dúvidas. “Desta vez ou há dragas ou não há peixe”, disse o pescador.', 'Desta vez', 'Joaquim Brito', ANY],
  ['counter-case pt: the owner of a boat named with a comma is a person', 'O barco foi retido no porto. O dono do barco, Manuel Serra, protestou. “É um abuso”, disse o pescador.', 'É um abuso', 'Manuel Serra', ANY],
];

/** Portuguese `avisa`: a verb of saying (lang/pt.ts). */
const PORTUGUESE_VERBS: KindCase[] = [
  ['pt: `“…”, avisa a presidente da associação, X.`', '“Já não se entra”, conta o pescador Rui Salgado. “Se não houver data, a frota pára toda”, avisa a presidente da associação, Fátima Lopes.', 'Se não houver', 'Fátima Lopes', 'presidente da associação'],
  ['counter-case pt: `avisam os pescadores` is a group', 'O presidente Armando Lobo mostrou-se solidário. “A frota pára toda”, avisam os pescadores.', 'A frota pára', UNNAMED, null],
];

/** What is no role: an absolute construction, a form of address alone, an Italian cleft's head (role-shape.ts). */
const NO_ROLE: KindCase[] = [
  ['fr: `X, 58 ans, les bras chargés de cageots`: no role', '« On ferme dimanche », soupire Paul Garnier, 58 ans, les bras chargés de cageots.', 'On ferme', 'Paul Garnier', null],
  ['es: `dijo doña X, de 70 años`: a form of address is no role', '“Aquí no llega el agua desde marzo”, dijo doña Rosa Elvira Peña, de 70 años.', 'Aquí no llega', 'Rosa Elvira Peña', null],
  ['de: `gibt Mag. X zu bedenken`: a degree is no role', '»Das kostet sechsstellige Beträge«, gibt Mag. Karin Hofer zu bedenken.', 'Das kostet', 'Karin Hofer', null],
  ['it: `A denunciarlo è la figlia, X, insegnante`: the cleft\'s head is not the role', 'A denunciarlo è la figlia, Laura Conti, insegnante. «Mia madre ha aspettato trenta ore», racconta.', 'Mia madre', 'Laura Conti', '=la figlia'],
  ['counter-case es: `X, portavoz de los vecinos` keeps its role', '«Estamos cansados», dijo Ana Ruiz, portavoz de los vecinos.', 'Estamos cansados', 'Ana Ruiz', '=portavoz de los vecinos'],
  ['counter-case fr: `X, la maire` keeps its role', '« Nous rouvrirons en mai », a déclaré Claire Noël, la maire.', 'Nous rouvrirons', 'Claire Noël', 'maire'],
];

/** German: the quote fills the first place, so the word after it is the finite verb, any verb (lang/de.ts VERB_SECOND). */
const GERMAN_VERB_SECOND: KindCase[] = [
  ['de: `», bremst der Ortschef.` is the mayor named before', 'Bürgermeister Ernst Lindner ist besorgt.\n\nEs gibt Hoffnung. »Konkret ist da noch nichts«, bremst der Ortschef.', 'Konkret ist', 'Ernst Lindner', ANY],
  ['counter-case de: a lower-case word of another ending is no verb read', 'Bürgermeister Ernst Lindner ist besorgt. »Konkret ist da noch nichts«, allerdings nicht für lange.', 'Konkret ist', 'Ernst Lindner', ANY],
];

/** Bodies that are no person: `X Residents’ Committee`, a German compound on an institution's noun (non-person-words.ts). */
const BODIES: KindCase[] = [
  ['en: `chairman of the X Residents’ Committee` then `he said`', 'Mr Tan Wei Ming, 61, chairman of the Lotus Park Residents’ Committee, said a meeting was planned.\n\n“These are all good neighbours,” he said.', 'These are all', 'Tan Wei Ming', ANY],
  ['de: `die Kreisklinik X` is no person for `so der Klinikchef`', 'Der Kreistag hat die Fusion der Kreisklinik Bergtal mit dem Marienhospital Talhausen beschlossen.\n\nBergtal. Nach langer Debatte hat der Kreistag am Dienstag die Fusion beschlossen.\n\n„Das ist keine leichte Entscheidung“, sagte Landrätin Eva Kron nach der Abstimmung.\n\nDie Kreisklinik Bergtal hatte zuletzt ein Defizit von neun Millionen Euro.\n\nDr. Jonas Vogt, seit dem Frühjahr Geschäftsführer beider Häuser, verteidigte die Pläne. Künftig soll Talhausen ausgebaut werden, Bergtal behält eine Notaufnahme und die Geriatrie.\n\n„Wir schließen nicht, wir bauen um“, so der Klinikchef.', 'Wir schließen', 'Jonas Vogt', ANY],
  ['de: `der Kreistag des Kreises X`: a genitive noun and a place are no person', 'Bergtal. Nach langer Debatte hat der Kreistag des Kreises Talhausen am Dienstag die Fusion der beiden Häuser beschlossen.\n\n„Das ist keine leichte Entscheidung“, sagte Landrätin Eva Kron nach der Abstimmung.\n\nDr. Jonas Vogt, seit dem Frühjahr Geschäftsführer beider Häuser, verteidigte die Pläne. Künftig soll Talhausen ausgebaut werden.\n\n„Wir schließen nicht, wir bauen um“, so der Klinikchef.', 'Wir schließen', 'Jonas Vogt', ANY],
  ['counter-case de: `die Rede des Landrates Hans Kern` keeps the person', 'Am Abend folgte die Rede des Landrates Hans Kern. „Wir bleiben dran“, sagte er.', 'Wir bleiben', 'Hans Kern', ANY],
  ['counter-case de: a family name of an institution\'s shape elsewhere stays a person', '„Wir bauen um“, sagte Geschäftsführerin Jana Schuler.', 'Wir bauen', 'Jana Schuler', 'Geschäftsführerin'],
];

/** German names and adjuncts: `Klaus-Dieter` is a given name, `ins Mikrofon` no part of a description (lang/de-roles.ts, lang/de.ts). */
const GERMAN_NAMES: KindCase[] = [
  ['de: `sagte Bürgermeister Klaus-Dieter X`: a double given name is no role', '„Wir klagen dagegen“, sagte Bürgermeister Klaus-Dieter Brandt.', 'Wir klagen', 'Klaus-Dieter Brandt', '=Bürgermeister'],
  ['de: `rief die 29-Jährige ins Mikrofon` is the woman named before', 'Lena Kraft, Sprecherin des Fanbündnisses, bekam Applaus.\n\n»Das ist unser Verein, nicht eine Firma«, rief die 29-Jährige ins Mikrofon.', 'Das ist unser', 'Lena Kraft', ANY],
  ['de: `Mit diesen Worten kündigte Bürgermeister X an, …` names the speaker for the first time', 'Der Kreistag hat die Fusion beschlossen.\n\n„Unsere Stadt wird zur Klinik zweiter Klasse.“ Mit diesen Worten kündigte Bürgermeister Bernd Faller an, die Stadt prüfe eine Klage.', 'Unsere Stadt', 'Bernd Faller', ANY],
  ['counter-case de: `Mit diesen Worten endete die Sitzung im Rathaus Nord` names no one', 'Der Kreistag hat die Fusion beschlossen.\n\n„Unsere Stadt wird zur Klinik zweiter Klasse.“ Mit diesen Worten endete die Sitzung im Rathaus Nord.', 'Unsere Stadt', UNNAMED, null],
  ['counter-case de: `Vize-Bürgermeister X` keeps its hyphenated role', '„Wir klagen dagegen“, sagte Vize-Bürgermeister Tom Brandt.', 'Wir klagen', 'Tom Brandt', 'Vize-Bürgermeister'],
];

/** `the Eagles coach said` after a quote of `Swartberg coach X`: the last speaker's role head (last-speaker-role.ts). */
const LAST_SPEAKER_ROLE: KindCase[] = [
  ['en: `the Eagles coach` after quotes of the Swartberg coach', 'Hillside coach Pieter Nel questioned a penalty awarded against his side, which Sipho Dube converted.\n\n"I am not going to cry about the referee," Nel said.\n\nHe was gracious in defeat, though. "They deserved it over 80 minutes," the Lions coach said with a smile.', 'They deserved', 'Pieter Nel', ANY],
  ['en: `the defense lawyer` after quotes of an attorney, a prosecutor quoted before', 'LAKEWOOD — The landlord was warned at least three times that the heaters were unsafe, a prosecutor told jurors Tuesday as the trial of Glen Kemper began.\n\n“He had the warnings. He had the photos,” Assistant Prosecutor Nadia Ferris said in her opening statement.\n\nKemper, 61, has pleaded not guilty to two counts stemming from the fire that killed Irene Cole, 80.\n\nHis attorney, Ruth Abano, told jurors the case was a tragedy. “Nobody disputes that two people died,” Abano said.\n\nAbano said the owner, a company registered in Nevada, had refused requests from Kemper to pay for repairs.\n\n“Glen asked. Glen begged. The money never came,” the defense lawyer said.', 'Glen asked', 'Ruth Abano', ANY],
  ['counter-case en: `the defense lawyer` after a prosecutor\'s quote is not the prosecutor', 'Prosecutor Ellen Marsh and Judge Amos Reid opened the session. "Three people died," Marsh said.\n\n"The money never came," the defense lawyer said.', 'The money never', DESCRIBED, null],
  ['counter-case en: another attorney mentioned since the quote before is the one meant', 'His attorney, Ruth Abano, told jurors the case was a tragedy. "Nobody disputes that two people died," Abano said.\n\nA second attorney, Dev Kumar, represents the landlord.\n\n"The money never came," the defense lawyer said.', 'The money never', 'Dev Kumar', ANY],
];

/** French: a subject after a role and an age with an adverb before the participle; `s’est-il interrogé` (entities.ts, lang/fr.ts). */
const FRENCH_SUBJECTS: KindCase[] = [
  ['fr: `Le jeune piroguier X, 27 ans, a pour sa part évoqué …` then `a-t-il confié`', 'Le président de la coopérative, Ousmane Diallo, est inquiet. « La mer se vide », a-t-il dit.\n\nLe jeune piroguier Lamine Sow, 24 ans, a pour sa part évoqué la tentation du départ. « Deux de mes cousins sont partis en pirogue », a-t-il confié.', 'Deux de mes', 'Lamine Sow', ANY],
  ['fr: `», s’est-il interrogé` after a description of the man quoted before', 'Le président de la coopérative, Ousmane Diallo, est inquiet.\n\nLe vieux pêcheur de 61 ans a pointé du doigt les chalutiers. « Ils raclent tout, la nuit, sans lumière », s’est-il interrogé.', 'Ils raclent', 'Ousmane Diallo', ANY],
  ['counter-case fr: `», s’est-elle emportée` is the woman named before, not the man', 'Le maire, Paul Roche, a répondu. Sa rivale, Anne Vidal, était présente.\n\n« C’est une honte », s’est-elle emportée.', 'C’est une honte', 'Anne Vidal', ANY],
];

/** The sentence after a quote standing alone: `X l’a confirmé`, `X lo ha confermato`, `C’est l’engagement pris par X` (lang/next-sentence.ts). */
const NEXT_SENTENCE: KindCase[] = [
  ['fr: `« … » X l’a confirmé jeudi soir` after someone else spoke', 'La syndicaliste Nadia Benali était là. Le maire, Paul Roche, appelle au calme. « Ne gâchons pas la fête », plaide l’élu.\n\n« Nous serons là vendredi à 7 heures. » Nadia Benali l’a confirmé jeudi soir, à la salle des fêtes.', 'Nous serons', 'Nadia Benali', ANY],
  ['it: `«…» X lo ha confermato ieri sera`', 'Il sindaco Paolo Neri ha parlato. «Siamo pronti», ha detto.\n\n«Non chiuderemo la scuola.» Giulia Rota lo ha confermato ieri sera.', 'Non chiuderemo', 'Giulia Rota', null],
  ['fr: `C’est l’engagement pris par X en clôture`', 'Le président de la coopérative, Ousmane Diallo, est inquiet. « Il faut agir », a plaidé Mamadou Ba, notable.\n\n« La coopérative va écrire au ministre. » C’est l’engagement pris par Ousmane Diallo en clôture des travaux.', 'La coopérative va', 'Ousmane Diallo', ANY],
  ['counter-case fr: `X la soutient` is no pointer back at the quote', 'Le maire, Paul Roche, appelle au calme. « Ne gâchons pas la fête », plaide l’élu.\n\n« Nous serons là vendredi. » Anne Vidal la soutient depuis longtemps.', 'Nous serons', 'Paul Roche', ANY],
];

/** "The promise is X's", `Con esas palabras, X …` after a quote standing alone (lang/next-sentence-unnamed.ts POINTS_BACK). */
const PROMISE_IS: KindCase[] = [
  ['it: `La promessa è della sindaca X` after an unnamed speaker', 'La sindaca Elena Ferri è arrabbiata. «Io qui ho imparato a leggere», dice un anziano che preferisce non dire il suo nome.\n\n«Andremo fino a Roma, se serve». La promessa è della sindaca Ferri, che ha già chiesto un incontro.', 'Andremo fino', 'Elena Ferri', ANY],
  ['pt: `A promessa é do próprio X`', 'O técnico do Atlético, Renato Lobo, ficou irritado. “Tinha polícia na porta”, disse um torcedor que preferiu não se identificar.\n\n“Vamos pedir o áudio da arbitragem.” A promessa é do próprio Renato Lobo, que deixou a sala.', 'Vamos pedir', 'Renato Lobo', ANY],
  ['es: `Con esas palabras, X cerró la asamblea`', 'El dirigente Walter Quispe habló. "Si esto pasa de diez días, hay líneas que no vuelven", advirtió un agente que pidió no ser identificado.\n\n"El lunes vamos a la mesa." Con esas palabras, Quispe cerró la asamblea.', 'El lunes vamos', 'Walter Quispe', ANY],
  ['counter-case it: `La promessa è del Comune` names no person', 'Il consigliere Marco Bassi è scettico. «Non ci credo», dice un residente che preferisce restare anonimo.\n\n«Entro maggio la strada sarà riaperta». La promessa è del Comune, che però non ha fissato una data.', 'Entro maggio', UNNAMED, null],
];

/** German: `kündigte X an` and the officers on -wart (lang/de.ts SEPARABLE_AFTER, lang/de-roles.ts). */
const GERMAN_MORE: KindCase[] = [
  ['de: `“, kündigte der Gewerkschafter an.` is the man named before', 'Auch der Betriebsratsvorsitzende Emre Aydın kritisierte das Verfahren. „Man hat uns Transparenz versprochen“, sagte Aydın.\n\nImmerhin gebe es eine Zusage. „Das ist das Mindeste. Darauf bestehen wir“, kündigte der Gewerkschafter an.', 'Das ist das', 'Emre Aydın', ANY],
  ['de: `sagte Kassenwart X`', 'Der Verein hat Sorgen. „Wir erhöhen die Beiträge“, sagte Kassenwart Uwe Rehm.', 'Wir erhöhen', 'Uwe Rehm', '=Kassenwart'],
  ['counter-case de: a name ending like -wart after one word stays the family name', '„Wir erhöhen die Beiträge“, sagte Jens Schwart.', 'Wir erhöhen', 'Jens Schwart', null],
];

/** Italian: after an opening adjunct, `la maestra X cerca …` is the sentence's subject (entities.ts opensSentence). */
const ADJUNCT_THEN_ARTICLE: KindCase[] = [
  ['it: `In classe, intanto, la maestra X cerca …` then `dice` with the subject left out', 'La sindaca Chiara Neri ha parlato. «Siamo pronti», ha detto.\n\nIn classe, intanto, la maestra Anna Bortoli cerca di non far pesare la notizia. Insegna qui da 27 anni. «Oggi mi hanno chiesto se potranno portarsi via i banchi», dice con gli occhi lucidi.', 'Oggi mi hanno', 'Anna Bortoli', ANY],
];

/** Chinese `續說`, `婆婆` after a family name; Korean a body or prefix before the office (lang/zh.ts, lang/zh-mentions.ts, lang/next-sentence.ts). */
const CASELESS: KindCase[] = [
  ['zh: `X婆婆續說：「…」` is the woman named in full', '住在12樓、今年81歲的何淑芬，每星期要覆診一次。「以前落樓五分鐘，而家要等半個鐘。」何婆婆說。\n\n何婆婆續說：「我唔想麻煩人，但而家連買米都要人幫手。」', '我唔想', '何淑芬', null],
  ['ko: `“…” X 한빛시 보건소장은 … 밝히며` after an unnamed speaker', '응급실 간호사 A씨는 익명을 요청하며 “의사 선생님들이 지쳐 있다”라고 전했다.\n\n“다음 주 중 병원과 협의체를 꾸리겠다.” 한미경 새솔시 보건소장은 21일 이렇게 밝히며 지원 방안을 검토하고 있다고 말했다.', '다음 주 중', '한미경', '보건소장'],
  ['counter-case ko: a body with no office after a name names no one', '응급실 간호사 A씨는 익명을 요청하며 “의사 선생님들이 지쳐 있다”라고 전했다.\n\n“다음 주 중 병원과 협의체를 꾸리겠다.” 새솔시 보건소는 21일 이렇게 밝혔다.', '다음 주 중', UNNAMED, null],
];

/** Arabic: a relative clause between the subject and its verb; `ولي الأمر` an office in construct (lang/ar.ts). */
const ARABIC_RELATIVE: KindCase[] = [
  ['ar: `ولي الأمر X، الذي جاء …، قال: «…»` after someone else spoke', 'قال رامي العبادي إن الطلاب غاضبون.\n\nولي الأمر سليم الخوالدة، الذي جاء لمساندة ابنته، قال: «بعت سيارتي لأدرّس ابني الكبير. ماذا سأبيع لابنتي؟».', 'بعت سيارتي', 'سليم الخوالدة', 'ولي الأمر'],
  ['counter-case ar: a relative clause about someone else leaves the quote to the one who speaks', 'قال رامي العبادي إن الطلاب غاضبون.\n\nوقال سليم الخوالدة إن ابنته، التي تدرس الهندسة، لن تكمل دراستها: «لا أملك المال».', 'لا أملك', 'سليم الخوالدة', null],
];

/** `‘…’ The figures were shared by Superintendent of Police X at …` (lang/next-sentence.ts PASSIVE_BY). */
const SHARED_BY: KindCase[] = [
  ['en: `The figures were shared by <office> X Y at a briefing` after someone else spoke', 'Returning Officer Meera Joshi said 14 complaints had come in. ‘All complaints are being examined,’ Ms. Joshi said.\n\n‘We have deployed 30 flying squads and seized ₹2 crore so far.’ The figures were shared by Superintendent of Police Arjun Bhatia at a briefing on Friday.', 'We have deployed', 'Arjun Bhatia', 'Superintendent of Police'],
  ['counter-case en: `shared by the district office` names no person', 'Returning Officer Meera Joshi said 14 complaints had come in.\n\n‘We have deployed 30 flying squads and seized ₹2 crore so far.’ The figures were shared by the district office on Friday.', 'We have deployed', 'Meera Joshi', ANY],
];

/** German adjectival nouns for a person (`die Verwaltungsangestellte`); an Arabic office with its pronoun (`كاتبها العام`). */
const NOUN_FORMS: KindCase[] = [
  ['de: `erzählt die Verwaltungsangestellte` is the woman named before', 'Besonders betroffen sind Pendler wie Marion Keller. Die 61-Jährige sitzt seit einem Unfall im Rollstuhl.\n\n„Ich muss jeden Tag beim Service anrufen“, erzählt die Verwaltungsangestellte.', 'Ich muss jeden', 'Marion Keller', null],
  ['ar: `يقول كاتبها العام X`: the office with its pronoun is no part of the name', 'وطالبت جمعية تجار السوق بإحصاء دقيق للخسائر. «نريد أفعالا لا وعودا»، يقول كاتبها العام مراد الزياني.', 'نريد أفعالا', 'مراد الزياني', 'كاتبها العام'],
  ['counter-case de: `sagt die Vorsitzende` with two women named stays a description', 'Marion Keller und Ute Brandt waren dabei.\n\n„Wir machen weiter“, sagt die Vorsitzende.', 'Wir machen', DESCRIBED, null],
];

kindTable('s23: a time after an inverted verb', TIME_AFTER_VERB);
kindTable('s23: noun forms', NOUN_FORMS);
kindTable('s23: shared by', SHARED_BY);
kindTable('s23: Arabic relative clauses', ARABIC_RELATIVE);
kindTable('s23: caseless scripts', CASELESS);
kindTable('s23: the promise is X\'s', PROMISE_IS);
kindTable('s23: German, more', GERMAN_MORE);
kindTable('s23: an article after an opening adjunct', ADJUNCT_THEN_ARTICLE);
kindTable('s23: the sentence after', NEXT_SENTENCE);
kindTable('s23: French subjects', FRENCH_SUBJECTS);
kindTable('s23: the last speaker\'s role', LAST_SPEAKER_ROLE);
kindTable('s23: bodies', BODIES);
kindTable('s23: German names', GERMAN_NAMES);
kindTable('s23: no role', NO_ROLE);
kindTable('s23: German verb second', GERMAN_VERB_SECOND);
kindTable('s23: the main clause before an untagged quote', MAIN_CLAUSE);
kindTable('s23: a vessel named after its noun', VESSEL);
kindTable('s23: Portuguese verbs', PORTUGUESE_VERBS);
