// Kinds the batch "fr de es it pt 3" showed (20 articles written before the first run: Québec council, Swiss court,
// Belgian bus strike, Senegalese health, French rugby, Austrian storm, Swiss farming, German organ and tabloid court,
// Mexican live blog, Colombian and Italian Q&A, Peruvian frost, Spanish council, US Spanish clinic, Italian commuters,
// Ticino museum, Portuguese storm, Brazilian football, Angolan budget live blog), each in sentences of my own with a
// counter-case it must leave alone. Invented sentences and names.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { startsTable as table } from './starts-table';

const esInterview = [
  'El alfarero Tomás Beltrán Ruiz, de 61 años, abrió su taller a los visitantes del festival. Su hija, Lucía Beltrán, dice que "el barro es la familia".',
  'EL PERIÓDICO conversó con él en el patio del taller.',
  '¿Cuándo empezó a trabajar el barro?',
  'A los nueve años. Mi abuelo me ponía a amasar mientras él torneaba, y yo odiaba ensuciarme las manos.',
  '¿Qué ha cambiado desde entonces?',
  'Los hornos. Antes quemábamos leña de olivo toda la noche; ahora tenemos uno eléctrico que nos ahorra mucho trabajo.',
  '¿Tiene relevo?',
  'Mi nieta viene los sábados. No sé si se quedará, pero por lo menos aprende a centrar una pieza.',
].join('\n\n');

const itInterview = [
  'Il borgo di Valdorcia Alta ha riaperto la sua scuola dopo dieci anni. Abbiamo incontrato la maestra Chiara Fontana Lodi, 39 anni, nella sua aula.',
  'Quanti bambini ha in classe?',
  'Sette, dalla prima alla quinta. Per noi è una pluriclasse normale, come si faceva una volta.',
  'Come si insegna a età così diverse?',
  'Con molta pazienza. I grandi aiutano i piccoli e ci guadagnano tutti, anche io che imparo ogni giorno qualcosa.',
  'Che cosa manca?',
  'Un trasporto sicuro. Chiediamo alla Provincia uno scuolabus, perché d’inverno la strada ghiaccia e le famiglie hanno paura.',
].join('\n\n');

table('a Q&A without quotation marks in French, German, Spanish, Italian or Portuguese (lang/qa-romance.ts)', [
  ['es: "conversó con él" in the lead-in, questions in the polite third person', esInterview, 'A los nueve años', 'Tomás Beltrán Ruiz', 'alfarero'],
  ['es: the second answer, in the first person plural only', esInterview, 'Los hornos', 'Tomás Beltrán Ruiz'],
  ['es: the third answer', esInterview, 'Mi nieta viene', 'Tomás Beltrán Ruiz'],
  ['it: "Abbiamo incontrato la maestra X": the person named in the sentence that says the interview', itInterview, 'Sette, dalla prima', 'Chiara Fontana Lodi', 'maestra'],
  ['it: an answer with "chiediamo"', itInterview, 'Un trasporto sicuro', 'Chiara Fontana Lodi'],
  ['counter-case: the one quoted in the lead-in keeps her quote', esInterview, 'el barro es la familia', 'Lucía Beltrán'],
]);

describe('Q&A counter-cases: no interview, no answers in the first person (lang/qa-romance.ts)', () => {
  it('an explainer whose question subheads are answered in the third person gives no quotes', () => {
    const text = ['La ciudad estrena su nueva tarjeta de transporte. El concejal Mario Ríos la presentó ayer.', '¿Quién puede pedirla?', 'Cualquier persona empadronada en el municipio, presentando el DNI en una oficina.', '¿Cuánto cuesta?', 'La primera tarjeta es gratuita y las siguientes cuestan cinco euros.', '¿Dónde se recarga?', 'En los estancos, en las máquinas del metro y en la aplicación oficial.'].join('\n\n');
    expect(findQuotes(text)).toEqual([]);
  });
  it('answers in the first person with no lead-in saying an interview took place give no quotes', () => {
    const text = ['Paolo Verdi guida la cooperativa da vent’anni.', 'Che cosa fate?', 'Noi raccogliamo le olive e le portiamo al frantoio.', 'E poi?', 'Poi vendiamo il nostro olio ai negozi della zona.', 'Con quali risultati?', 'I miei soci sono contenti, e anche io.'].join('\n\n');
    expect(findQuotes(text)).toEqual([]);
  });
});

table('German capitals after a determiner or a dative adjective open nouns, not names (name-openers.ts, person-mentions.ts)', [
  ['de: "Diese Maschine" in the quote before is no person for "erklärt er"', '„Diese Maschine hat uns gerettet“, sagte Müllerin Petra Sand.\n\nDie Reparatur hat Schlosser Jonas Ebert übernommen. Der 38-Jährige hat drei Wochen daran gearbeitet. „Jedes Zahnrad war verrostet“, erklärt er.', 'Jedes Zahnrad', 'Jonas Ebert', 'Schlosser'],
  ['de: "seit letztem Sommer Ziegen" is no name for "erzählt die Winzerin"', 'Einige Höfe haben umgestellt. Auf dem Weingut von Sabine Laux stehen seit letztem Sommer Ziegen im Hang. «Es war eine Notlösung», erzählt die Winzerin.', 'Es war eine', 'Sabine Laux', 'Winzerin'],
  ['counter-case: a role noun after "dem" still opens a role and a name', 'Nach dem Gespräch mit dem Bürgermeister Hans Keller war klar: «Wir bauen neu», sagte Keller.', 'Wir bauen', 'Hans Keller'],
  ['counter-case: a person after "von" stays a person', 'Das Lebenswerk von Anna Berger wird gezeigt. «Ich habe nie aufgehört», sagt Berger.', 'Ich habe nie', 'Anna Berger'],
]);

table('a clause and a comma before an inverted verb: the subject follows the verb (lang/latin.ts)', [
  ['de: reported speech, then "sagt Sprecher X:"', 'Der Preis folge dem deutschen Markt, sagt Verbandssprecher Lukas Ritter: «Wir sind keine Insel.»', 'Wir sind keine', 'Lukas Ritter', 'Verbandssprecher'],
  ['counter-case: the subject before the verb, nothing after it', 'Verbandssprecher Lukas Ritter sagt: «Wir sind keine Insel.»', 'Wir sind keine', 'Lukas Ritter', 'Verbandssprecher'],
  ['counter-case: a clause with no comma before the verb keeps its subject', 'Am Ende sagte Verbandssprecher Lukas Ritter: «Wir sind keine Insel.»', 'Wir sind keine', 'Lukas Ritter', 'Verbandssprecher'],
]);

table('how someone was reached is no role (lang/adjunct-group.ts)', [
  ['it: "raggiunto al telefono" after the name', 'La presidente del consorzio, Marta Rinaldi, raggiunta al telefono, spiega che «la stagione è salva».', 'la stagione è salva', 'Marta Rinaldi', 'presidente'],
  ['pt: "em declarações à" after the name', '"A obra vai terminar em março", garantiu Rui Tavares Lopes, em declarações à rádio local.', 'A obra vai', 'Rui Tavares Lopes', null],
  ['es: "consultado por" after the name', 'El director del hospital, Iván Lozano Paz, consultado por este diario, dijo que "no faltan camas".', 'no faltan camas', 'Iván Lozano Paz', 'director'],
  ['counter-case: a role noun of a participle\'s shape keeps its role', '"Vamos a recurrir", dijo Elena Prieto, abogada de la familia.', 'Vamos a recurrir', 'Elena Prieto', 'abogada'],
  ['counter-case: an Italian lawyer', '«Faremo appello», ha detto Luca Serra, avvocato della difesa.', 'Faremo appello', 'Luca Serra', 'avvocato'],
]);

table('roles joined to a rank by a hyphen, the Québec "mairesse", fields that are no roles (role-nouns.ts, feminine-roles.ts)', [
  ['fr: "l’infirmière-cheffe du service de cardiologie"', 'À la clinique, l’infirmière-cheffe du service de cardiologie, Nadia Keller Roy, constate la hausse. « Nous manquons de lits. »', 'Nous manquons', 'Nadia Keller Roy', 'infirmière-cheffe'],
  ['fr: "la mairesse X" (Québec)', 'La mairesse Lise Tremblay Roy a défendu le projet. « On n’a pas le choix », a-t-elle dit devant la salle.', 'On n’a pas', 'Lise Tremblay Roy', 'mairesse'],
  ['counter-case: "médecine" in the complement is the department, not the role', 'Le chef du service de médecine, Paul Sarr Diop, est formel. « Il faut tester. »', 'Il faut tester', 'Paul Sarr Diop', 'chef'],
]);

table('an opening phrase, then an article-led role before the name (colon-subject.ts, name-openers.ts)', [
  ['fr: "Auteur d’un doublé, l’attaquant X … :"', 'Auteur d’un doublé, l’attaquant Hugo Ferrand, 21 ans, restait lucide : « On a encore beaucoup à apprendre. »', 'On a encore', 'Hugo Ferrand', 'attaquant'],
  ['fr: "Côté visiteurs," opens no name', 'Côté Valmont, l’entraîneur Serge Dulac regrettait l’arbitrage. « Le penalty n’existe pas », assure-t-il.', 'Le penalty', 'Serge Dulac', 'entraîneur'],
  ['counter-case: a Québec family name Côté after a given name stays whole', 'La députée Sylvie Côté a réagi. « C’est une bonne nouvelle », a-t-elle dit.', 'C’est une bonne', 'Sylvie Côté'],
]);

table('a definite description in the tag is the one person its paragraph names (lang/definite-sole.ts)', [
  ['de: "so der Anwalt" after "Sein Verteidiger X bittet …"', '„Er hat gestanden“, sagte Richter Jan Holm.\n\nSein Verteidiger Dr. Felix Brandt bittet um Milde. „Mein Mandant ist kein Gewalttäter“, so der Anwalt.', 'Mein Mandant', 'Felix Brandt'],
  ['fr: "glisse le boulanger" after "Chez X"', '« On ne s’en sortira pas », a dit la maire Julie Faure.\n\nChez Marc Poulain, rue Haute, les clients se font rares. « Je tiens jusqu’à Noël », glisse le boulanger.', 'Je tiens', 'Marc Poulain'],
  ['counter-case: a noun heading a role the text gave someone is that person, though another is named in the paragraph', '„Wir prüfen das“, sagte Bürgermeister Jens Wolf.\n\nDer Rat tagte bis Mitternacht, Anwohnerin Lea Brück protestierte. „Es bleibt dabei“, so der Bürgermeister.', 'Es bleibt', 'Jens Wolf'],
  ['counter-case: a spokesperson stays described', '„Wir prüfen das“, sagte Bürgermeister Jens Wolf.\n\nDie Bahn sieht es anders. „Der Fahrplan gilt“, so ein Sprecher.', 'Der Fahrplan', 'ein Sprecher'],
]);

table('initials in capitals after "von der" are the body the person works for (names.ts)', [
  ['de: "X von der FF Y" and "so X" later', '„Der Bach ist über die Ufer getreten“, sagt Einsatzleiter Martin Gruber von der FF Weißbach.\n\nDer Einsatz dauerte bis zum Morgen. „Alle haben mitgeholfen“, so Gruber.', 'Alle haben', 'Martin Gruber', 'Einsatzleiter'],
  ['counter-case: "von der" in a family name stays', '„Europa muss handeln“, sagte Kommissionspräsidentin Ursula von der Leyen.', 'Europa muss', 'Ursula von der Leyen'],
]);

table('"in his/her view" opening a colon sentence is the person just named (lang/according-pronoun.ts)', [
  ['es: "A su juicio, … :"', 'La concejala Marta Ibáñez votó en contra. A su juicio, el contrato es opaco: «Nadie ha visto los números».', 'Nadie ha visto', 'Marta Ibáñez'],
  ['fr: "Selon lui, … :"', 'Le syndic Paul Renaud a pris la parole. Selon lui, la commune n’a pas le choix : « Il faut vendre. »', 'Il faut vendre', 'Paul Renaud'],
  ['de: "Ihrer Meinung nach … :"', 'Landrätin Eva Hahn sieht das anders. Ihrer Meinung nach fehlt schlicht das Geld: „Wir können das nicht zahlen.“', 'Wir können das', 'Eva Hahn'],
  ['counter-case: another possessive opening ("A su llegada") leaves the sentence\'s subject', 'La concejala Marta Ibáñez votó en contra. A su llegada, el alcalde Pedro Gil Soto advirtió: «Todo está en regla».', 'Todo está', 'Pedro Gil Soto'],
]);

table('a German article and adjective before one capitalised word are a description (lang/latin-reader.ts)', [
  ['de: "so der erfahrene Verteidiger" is the one person the paragraph names', '„Es war knapp“, sagte Trainer Max Ulm.\n\nDanach sprach Kapitän Ole Brandt mit den Fans. „Wir kommen wieder“, so der erfahrene Verteidiger.', 'Wir kommen', 'Ole Brandt'],
  ['counter-case: a role noun, then a family name alone', '„Es war knapp“, sagte Landrat Hans Meier. „Wir bleiben dran“, so Landrat Meier.', 'Wir bleiben', 'Hans Meier'],
]);

table('a first name and an age after an opening place phrase are a person, the occupation after them the role (lang/opening-person.ts)', [
  ['fr: "À l’arrêt …, Martine, 52 ans, aide-soignante, attendait" then "confie-t-elle"', 'Aucun bus n’a circulé, a dit le ministre Paul Henrard.\n\nÀ l’arrêt de la gare, Josiane, 57 ans, caissière, attendait une collègue. « Je l’ai su à 6 h », confie-t-elle.', 'Je l’ai su', 'Josiane', 'caissière'],
  ['pt: "Na paragem …, Rosa, 44 anos, vendedora," then a verb without subject', 'O ministro Paulo Neto falou de manhã.\n\nNa paragem do mercado, Rosa, 44 anos, vendedora, esperava o autocarro. «Ninguém avisou nada», contou.', 'Ninguém avisou', 'Rosa'],
  ['counter-case: where she is from after the age is no role', 'Aucun bus n’a circulé, a dit le ministre Paul Henrard.\n\nÀ l’arrêt de la gare, Josiane, 57 ans, de Jemappes, attendait une collègue. « Je l’ai su à 6 h », confie-t-elle.', 'Je l’ai su', 'Josiane', null],
]);

table('a compound past after the quote is its tag whatever the participle, and an adverb may split it (lang/latin.ts)', [
  ['es: "ha sentenciado la edil" is the councillor just named', 'La concejala Ana Ruiz Gil defendió el plan. «No hay otra opción», ha sentenciado la edil.', 'No hay otra', 'Ana Ruiz Gil'],
  ['fr: "a tranché la juge X"', '« Le dossier est clos », a tranché la juge Claire Morel.', 'Le dossier', 'Claire Morel', 'juge'],
  ['it: "ha rimarcato il sindaco X"', '«Non ci fermeremo», ha rimarcato il sindaco Paolo Gatti.', 'Non ci fermeremo', 'Paolo Gatti', 'sindaco'],
  ['fr: "a ensuite expliqué X" inside the marks splits the quote', '« Nous avons tout perdu, a ensuite expliqué Marc Vidal aux juges. Rien ne reviendra. »', 'Rien ne reviendra', 'Marc Vidal'],
  ['it: "ha poi aggiunto X"', '«Il cantiere partirà a marzo», ha poi aggiunto Giulia Neri.', 'Il cantiere', 'Giulia Neri'],
  ['counter-case: a glued pronoun tag is read as before', 'Le maire Jean Roux a parlé. « Nous verrons », a-t-il conclu.', 'Nous verrons', 'Jean Roux'],
]);

describe('compound-past counter-case: a body in the tag is no person (lang/latin.ts)', () => {
  it('«…», ha comunicado la empresa: not a named speaker', () => {
    const quote = findQuotes('El alcalde Luis Mora habló ayer. «El servicio se reanuda mañana», ha comunicado la empresa.').find((found) => found.text.startsWith('El servicio'));
    expect(quote?.speakerKind).not.toBe('name');
  });
});

describe('a German numeral and a noun are no name (lang/name-openers.ts)', () => {
  it('"Drei Jahre lang …" before an untagged quote names no one "Drei Jahre"', () => {
    const quotes = findQuotes('„Sie klingt wieder“, sagte Pfarrer Jan Roth.\n\nDie Arbeit war mühsam. Drei Jahre lang hat Orgelbauerin Eva Lind daran gearbeitet. „Jede Pfeife war verstopft“, erzählt sie.');
    expect(quotes.map((quote) => quote.speaker)).not.toContain('Drei Jahre');
  });
});

describe('definite-sole counter-case: an English indefinite is someone new (lang/definite-sole.ts)', () => {
  it('"when a young girl shouted" after a place named in the paragraph stays described', () => {
    const quote = findQuotes('The park was loud with cheers from Harbor Field, when a young girl shouted, "They are coming!"').find((found) => found.text.startsWith('They are'));
    expect(quote?.speakerKind).not.toBe('name');
  });
});
