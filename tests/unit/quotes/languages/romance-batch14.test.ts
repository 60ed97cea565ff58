// Batch 14 (fr-cm, fr-ma, de-lu, es-bo, it-sm, pt-pt Azores): the failure kinds of its first run that recur on other
// pages, each with a case it needs and a counter-case it must leave alone. Invented sentences, not the fixtures' own.
import { attributionTable, NARROW_NBSP as S, type AttributionCase } from './attribution-table';

const fr = (words: string) => `«${S}${words}${S}»`;

const CASES: AttributionCase[] = [
  // French reportage sets a scene in the imperfect: `», lançait X`, `», confiait-elle`.
  ['fr: the imperfect of a speech verb after the quote', `${fr('On attendait ce jour depuis dix ans')}, lançait Karim, 61 ans, supporter depuis l’enfance.`, 'On attendait ce jour depuis dix ans', 'Karim', 'supporter'],
  ['fr: the imperfect after a named woman', `Sylvie Marchand tient la buvette du stade.\n\n${fr('Les gens sont revenus')}, confiait-elle à la mi-temps.`, 'Les gens sont revenus', 'Sylvie Marchand', null],
  ['fr: the imperfect after the quote, a person named earlier', `Paul Girard doutait encore.\n\n${fr('La saison sera longue pour tout le monde')}, lançait Karim Benali avant le match.`, 'La saison sera longue pour tout le monde', 'Karim Benali', null],
  ['fr counter: an imperfect of no saying gives the quote to no one named later', `${fr('La saison sera longue pour tout le monde')}, murmurait la foule, tandis que Karim Benali saluait.`, 'La saison sera longue pour tout le monde', null, null],
  // French capitalises a nationality noun written before a name (`le Portugais X`): the nationality is no first name.
  ['fr: a nationality noun before the name', `${fr('Les jambes n’étaient pas là')}, a expliqué le Portugais Rui Santos.`, 'Les jambes n’étaient pas là', 'Rui Santos', 'le Portugais'],
  ['fr counter: a family name shaped like a nationality stays the name', `${fr('Les jambes n’étaient pas là')}, a expliqué Paul Allemand.`, 'Les jambes n’étaient pas là', 'Paul Allemand', null],
  // German perfect before a colon, its participle closing the clause: `X hatte bereits gewarnt: „…“`.
  ['de: the pluperfect before a colon, a possessive office before the name', 'Dessen Präsident, Jonas Weber, hatte gewarnt: „Die Frist ist nicht zu halten.“', 'Die Frist ist nicht zu halten.', 'Jonas Weber', 'dessen Präsident'],
  // (The page counter-case is quotes-de-it-suedtirol-interview-bergbaeuerin: `Bei einer Versammlung hat mir ein Unternehmer … gesagt:`.)
  ['de counter: after an opening adjunct the noun before the auxiliary is no subject', 'Bei einer Versammlung hat mir ein Händler aus Bozen ins Gesicht gesagt: „Ihr bekommt doch alles geschenkt.“', 'Ihr bekommt doch alles geschenkt.', null, null],
  ['de counter: a perfect with no colon after it opens no quote of its own', 'Jonas Weber hat im Mai gesagt, dass er bleibt. Später schrieb Lea Brandt: „Ich gehe.“', 'Ich gehe.', 'Lea Brandt', null],
  // `Bürgermeister von <Ort> Vorname Name`: von and the place belong to the office.
  ['de: von and a place between the office and the name', 'Der Bürgermeister von Gerlingen Jonas Weber sagte: „Die Frist ist nicht zu halten.“', 'Die Frist ist nicht zu halten.', 'Jonas Weber', 'Bürgermeister von Gerlingen'],
  ['de counter: a von inside the name stays', '„Das war knapp“, sagte Richard von Weizsäcker.', 'Das war knapp', 'Richard von Weizsäcker', null],
  // Italian capitalises an office out of respect: `ha aggiunto il Segretario` is the person just named.
  ['it: a capitalised office alone after its article is the person just named', 'Lo ha annunciato il ministro dei Trasporti, Carlo Ferri.\n\n«Il ponte riaprirà a marzo», ha aggiunto il Ministro.', 'Il ponte riaprirà a marzo', 'Carlo Ferri', 'il ministro dei Trasporti'],
  ['it counter: an office with its complement is no anaphor', 'Lo ha detto Carlo Ferri.\n\n«Il ponte riaprirà a marzo», ha aggiunto il Presidente della Provincia.', 'Il ponte riaprirà a marzo', 'il Presidente della Provincia', null],
  // Italian writes a surname's particle with a capital (`Di Stefano`): `di Stato` is a body, never the latest person.
  ['it: a lower-case di before one capitalised word is no person', 'Lo ha annunciato il sindaco, Carlo Ferri, con i tecnici della Cassa di Risparmio e del Consiglio di Stato.\n\n«Il ponte riaprirà a marzo», ha aggiunto il Sindaco.', 'Il ponte riaprirà a marzo', 'Carlo Ferri', 'sindaco'],
  ['it counter: a capitalised Di opens a family name', '«Il ponte riaprirà a marzo», ha detto Marco Di Stefano.', 'Il ponte riaprirà a marzo', 'Marco Di Stefano', null],
];

attributionTable('Romance and German, batch 14', CASES);
