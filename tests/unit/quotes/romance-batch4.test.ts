// Kinds the batch "fr de es it pt 4" showed (20 articles written before the first run: Belgian council, Swiss court,
// Québec ice storm, French football, Austrian maternity ward, Swiss hail, Hessian bus line, a German weekly's Q&A,
// Mexican live blog, Colombian festival, Peruvian lay-offs, Aragonese court, Ticino buses, Salento olives, Serie B,
// Lombard council, Portuguese A&E, Brazilian storm, Angolan market, Mozambican cashew), each in sentences of my own
// with a counter-case it must leave alone. Invented sentences and names.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { startsTable as table } from './starts-table';

table('a list of portfolios written with commas is one role (lang/portfolio-list.ts, clause-opening.ts, opening-person.ts)', [
  ['fr: after an inverted verb, before the name', '« Il faut tenir le budget », a rappelé l’échevine des Finances, du Logement et de la Mobilité, Claire Dumont.', 'Il faut tenir', 'Claire Dumont', 'échevine des Finances, du Logement'],
  ['es: the same after "dijo"', '"No habrá recortes", dijo la consejera de Salud, de Familia y de Igualdad, Lucía Merino.', 'No habrá recortes', 'Lucía Merino', 'consejera de Salud'],
  ['it: a cleft, then the role and the name before a colon', 'A presentare il piano è stato l’assessore al bilancio, ai tributi e alle partecipate, Paolo Gatti: «I conti sono in ordine.»', 'I conti sono', 'Paolo Gatti', 'assessore al bilancio, ai tributi'],
  ['it: an office opening the sentence, portfolios and the name between commas', 'La consigliera comunale con delega allo sport, ai giovani e alla cultura, Elena Ferri, ha risposto. «Ci siamo», ha detto.', 'Ci siamo', 'Elena Ferri', 'consigliera'],
  ['counter-case: a name first, then where the person works, stays that name', '« Nous sommes prêts », a assuré Jean Collin, de l’association Vélo Libre, avant la réunion.', 'Nous sommes prêts', 'Jean Collin'],
  ['counter-case: a role and an adverbial group with no name after it is the person named before', 'Le maire, Paul Girard, a ouvert la séance. « Nous verrons », a conclu le maire, de bonne humeur.', 'Nous verrons', 'Paul Girard'],
]);

table('French tags read by their form, whatever the verb (lang/fr.ts, lang/incise.ts, lang/introduced.ts)', [
  ['fr: the imperfect of a scene, an adjunct, then role, comma and name', '« On a perdu la tête », reconnaissait après le match l’entraîneur toulousain, Marc Favier.', 'On a perdu', 'Marc Favier', 'entraîneur'],
  ['fr: the imperfect before "le président du club, X"', '« Ce point compte », estimait le président du club, Alain Roques.', 'Ce point compte', 'Alain Roques', 'président'],
  ['counter-case: the plural imperfect is a group, never a name', 'Le maire Paul Girard a parlé. « Tout va bien », a-t-il dit.\n\n« On n’y croit pas », soupiraient les parents.', 'On n’y croit pas', 'les parents'],
  ['fr: "a-t-il soufflé" inside the marks cuts the quote; both parts are the one the sentence before brings in', 'En face, le coach Henri Mas ne cachait rien : « Nous avons tenu. » Le capitaine Luc Berthe allait dans le même sens. « C’est rageant, a-t-il soufflé. On a manqué de tout. »', 'On a manqué', 'Luc Berthe', 'capitaine'],
  ['fr: the first part of that quote too', 'En face, le coach Henri Mas ne cachait rien : « Nous avons tenu. » Le capitaine Luc Berthe allait dans le même sens. « C’est rageant, a-t-il soufflé. On a manqué de tout. »', 'C’est rageant', 'Luc Berthe'],
  ['counter-case: a clause between commas with no inverted pronoun stays in the quote', 'Le capitaine Luc Berthe a parlé. « Il faut, je crois, agir vite », a-t-il dit.', 'Il faut, je crois, agir vite', 'Luc Berthe'],
]);

table('bodies and places are no speakers (latin-reader.ts, sentence-subject.ts, names.ts)', [
  ['it: a club after a fused, elided "of" closes the role; the name after the comma is the person', '«Abbiamo sbagliato tutto», ha spiegato in sala stampa il tecnico dell’Atletico Vomero, Luca Sarno.', 'Abbiamo sbagliato', 'Luca Sarno', 'tecnico'],
  ['counter-case: a family name written with a capital Dell’ stays a name', '«Abbiamo sbagliato tutto», ha detto Giulia Dell’Acqua.', 'Abbiamo sbagliato', 'Giulia Dell’Acqua'],
  ['fr: "À <place>," opening the sentence is no one; the quote goes to nobody rather than to the place', 'La mairesse Josée Caron a parlé. « Nous ouvrons un centre », a-t-elle dit.\n\nÀ Saint-Zénon, les routes restent fermées. « Des arbres sont tombés partout. »', 'Des arbres', null],
  ['counter-case: the person after "À <place>," is the subject', 'À Saint-Zénon, la mairesse Josée Caron a ouvert le centre. « Des arbres sont tombés partout. »', 'Des arbres', 'Josée Caron', 'mairesse'],
]);

table('the one named last in a sentence with two people is its subject (lang/opening-person.ts)', [
  ['pt: the official met is set off by commas in the opening phrase; the subject follows', 'Depois de se reunir com o governador provincial, Pedro Sacala, o administrador municipal do Rangel, Manuel Kiala, anunciou uma feira. "Vamos baixar os preços", prometeu.', 'Vamos baixar', 'Manuel Kiala', 'administrador'],
  ['counter-case: one name after the opening phrase is the subject', 'Depois de se reunir com o governador, Pedro Sacala anunciou uma feira. "Vamos baixar os preços", prometeu.', 'Vamos baixar', 'Pedro Sacala'],
]);

table('short forms and subjects of sentences before a quote with no tag (sentence-subject.ts, opening-person.ts, names.ts)', [
  ['fr: "M. X" opening the sentence is the man named in full before', 'Le bourgmestre, Philippe Lorent, a répondu. « Il exagère », a-t-il dit.\n\nM. Lorent promet une concertation. « Rien ne sera décidé sans vous. »', 'Rien ne sera', 'Philippe Lorent'],
  ['pt: "Para o vereador X (PT), …": the party in brackets after the name', 'Para o vereador Júlio Prates (PT), a tragédia era anunciada. "Desde 2022 pedimos a limpeza do córrego."', 'Desde 2022', 'Júlio Prates', 'vereador'],
  ['it: "Per il presidente X Y Z, …": a name of three words', 'Per il presidente Antonio Di Marzio, il problema è il prezzo: «Il margine è sparito.»', 'Il margine', 'Antonio Di Marzio', 'presidente'],
  ['it: an article and a lower-case noun no list holds before a full name', 'Il granconsigliere Mauro Solari (PLR) ha depositato un’interrogazione. «Si taglia sempre in valle.»', 'Si taglia', 'Mauro Solari', 'granconsigliere'],
  ['pt: a sentence with its subject left out after a negation goes back to the producer named before', 'A produtora Joana Mussa, de 45 anos, trouxe seis sacos ao mercado. Não vendeu nenhum. "Prefiro guardar em casa."', 'Prefiro guardar', 'Joana Mussa', 'produtora'],
  ['counter-case: a body opening the sentence is no person, and not the mayor quoted before', 'Il sindaco Marco Bini ha parlato. «Va bene così», ha detto.\n\nIl Comune di Lugano ha deciso di rinviare tutto. «Ne riparleremo in autunno.»', 'Ne riparleremo', null],
]);

table('roles before a name that run through bodies (lang/opening-person.ts)', [
  ['pt: a long office opening the sentence; the reporting verb names the person, the opening gives the role', 'O presidente do conselho de administração da Unidade Local de Saúde do Baixo Vouga, Rui Sequeira, reconhece falhas. «Não há utentes abandonados», afirmou.', 'Não há utentes', 'Rui Sequeira', 'presidente do conselho'],
  ['de: an attribute with its nouns capitalised before the role noun', 'Der Primar Karl Mair hat gesprochen: „Es geht nicht mehr.“\n\nDie für Gesundheit, Pflege und Sport zuständige Landesrätin Eva Kogler (SPÖ) verteidigte die Entscheidung: „Niemand schließt gern.“', 'Niemand schließt', 'Eva Kogler', 'Landesrätin'],
  ['de: the subject after the verb, its role from its article', 'Das sieht die Fraktionsvorsitzende der Grünen im Kreistag, Jana Roth, anders. „Wer spart, verliert“, sagte sie.', 'Wer spart', 'Jana Roth', 'Fraktionsvorsitzende'],
  ['counter-case: a role noun and a name with where she is from after it keep the plain role', 'Der Primar Karl Mair hat gesprochen: „Es geht nicht mehr.“\n\nDie Ärztin Eva Kogler aus Graz verteidigte die Entscheidung: „Niemand schließt gern.“', 'Niemand schließt', 'Eva Kogler', 'Ärztin'],
]);

table('Italian turns and tags (turns.ts, lang/latin.ts, sentence-subject.ts)', [
  ['it: a topic label with a name in it before a colon leaves the turn with the one answering', '«Abbiamo giocato alla pari», ha spiegato il tecnico, Fabio Russo.\n\nSul rosso a Mancini: «Non parlo dell’arbitro.»', 'Non parlo', 'Fabio Russo'],
  ['counter-case: a sentence about the other man before the colon is his', '«Abbiamo giocato alla pari», ha spiegato il tecnico, Fabio Russo.\n\nMarco Mancini è stato espulso: «Non parlo dell’arbitro.»', 'Non parlo', 'Marco Mancini'],
  ['it: a strong participle and a family name after the quote', 'L’assessora Chiara Sordi ha parlato. «Bene», ha detto.\n\nLa portavoce, Silvia Gallo, ha detto: «Continueremo.»\n\n«Ora vigileremo sulla qualità», ha promesso Sordi in chiusura.', 'Ora vigileremo', 'Chiara Sordi'],
  ['counter-case: a strong participle with no subject after it is the person the sentence before brings in', 'La sindaca Chiara Sordi parla alla stampa. «Grazie a tutti», ha ammesso con un sorriso.', 'Grazie a tutti', 'Chiara Sordi'],
  ['it: an elided indefinite subject before a colon stays unnamed', 'Il granconsigliere Mauro Solari ha depositato un’interrogazione. «Si taglia sempre.»\n\nUn’anziana di Cabbio che scende ogni sabato al mercato non usa mezzi termini: «Senza il bus resto a casa.»', 'Senza il bus', 'Un’anziana di Cabbio'],
  ['counter-case: an indefinite subject with a name set off after it is that person', 'Il sindaco Marco Bini ha parlato. «Va bene così», ha detto.\n\nUna donna di Vigevano, Anna Bassi, dice: «Non ci credo.»', 'Non ci credo', 'Anna Bassi'],
]);

table('a rank, a German role noun glued after the verb, a name closing the sentence (latin-reader.ts, opening-person.ts, lang/introduced.ts)', [
  ['pt: office, comma, lower-case rank and name, then the verb', 'O coordenador municipal de Proteção e Defesa Civil, tenente Rui Gaspar, disse que 14 bairros foram atingidos. "Quem mora perto de encosta precisa sair", orientou.', 'Quem mora', 'Rui Gaspar', 'coordenador municipal'],
  ['counter-case: a name first and a clause between commas keep the name', 'Jean Dupont, qui a dirigé l’usine, a déclaré que tout était prêt. « Nous sommes prêts », a-t-il ajouté.', 'Nous sommes prêts', 'Jean Dupont'],
  ['de: "Zusammen mit <role> X besuchte <role> Y …": "Er" is Y, the role noun right after the verb his', '«Die Netze haben gehalten», sagt Obstbauer Beat Keller.\n\nZusammen mit Gemeindepräsidentin Ruth Stäger besuchte Regierungsrat Urs Baumann am Montag zwei Betriebe. Er versprach rasche Abklärungen: «Wir schauen uns jeden Fall an.»', 'Wir schauen', 'Urs Baumann', 'Regierungsrat'],
  ['counter-case: with no verb before it, the role noun and the name after a preposition are one whose view is given', '«Die Netze haben gehalten», sagt Obstbauer Beat Keller.\n\nFür Gemeindepräsidentin Ruth Stäger ist klar: «Wir helfen einander.»', 'Wir helfen', 'Ruth Stäger'],
  ['de: role and name close the sentence, a sentence opened by "Er" between, then "sagte er"', 'Primar Karl Mair sagt: „Es geht nicht mehr.“\n\nGanz anders sieht das der Bürgermeister von Weissensee, Hubert Gasser (ÖVP). Er spricht von einem „Kahlschlag“. „Das ist unverantwortlich“, sagte er im Gespräch mit der Zeitung.', 'Das ist unverantwortlich', 'Hubert Gasser', 'Bürgermeister'],
  ['counter-case: another person named in the sentence between keeps "er" from the one named before it', 'Ganz anders sieht das der Bürgermeister von Weissensee, Hubert Gasser (ÖVP). Primar Karl Mair widerspricht ihm. „Das ist verantwortbar“, sagte er.', 'Das ist verantwortbar', 'Karl Mair'],
]);

describe('an elided indefinite subject stays a description, never a name (unnamed-introduction.ts, sentence-subject.ts)', () => {
  it('it: "Un’anziana di Cabbio … non usa mezzi termini:" is described', () => {
    const text = 'Il granconsigliere Mauro Solari ha depositato un’interrogazione. «Si taglia sempre.»\n\nUn’anziana di Cabbio che scende ogni sabato al mercato non usa mezzi termini: «Senza il bus resto a casa.»';
    expect(findQuotes(text).find((quote) => quote.text.startsWith('Senza il bus'))?.speakerKind).toBe('description');
  });
  it('it: "Un’anziana racconta:" too', () => {
    const text = 'Il sindaco Marco Bini ha parlato. «Va bene così», ha detto.\n\nUn’anziana di Cabbio racconta: «Senza il bus resto a casa.»';
    expect(findQuotes(text).find((quote) => quote.text.startsWith('Senza il bus'))?.speakerKind).toBe('description');
  });
});

const deInterview = [
  'Seit 2009 leitet Dr. Ilse Brandner das Stadtarchiv. Bürgermeister Jens Wolf lobt ihr Buch: „So lebendig war unsere Geschichte nie.“ Wir haben die Historikerin in ihrem Lesesaal getroffen.',
  'Frau Brandner, stimmt die Jahreszahl überhaupt?',
  'Ehrlich gesagt: nein. Die Urkunde ist nur die älteste, die wir haben. Aber ich verstehe, dass man ein Datum braucht.',
  'Was hat Sie überrascht?',
  'Die Briefe. Über hundert Familien haben mir Kisten gebracht.',
  'Und was wünschen Sie sich?',
  'Dass die Leute bei mir anrufen, bevor sie etwas wegwerfen.',
].join('\n\n');

table('a German Q&A without marks (lang/qa-romance.ts, qa-answers.ts)', [
  ['de: "Wir haben … getroffen" says the interview; an answer opening "Ehrlich gesagt:" is no speaker label', deInterview, 'Ehrlich gesagt', 'Ilse Brandner'],
  ['de: the next answer', deInterview, 'Die Briefe', 'Ilse Brandner'],
  ['counter-case: the mayor quoted in the lead-in keeps his quote', deInterview, 'So lebendig', 'Jens Wolf', 'Bürgermeister'],
]);
