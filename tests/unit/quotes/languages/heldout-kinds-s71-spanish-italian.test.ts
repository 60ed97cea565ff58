// Kinds the seventy-first held-out set showed in Spanish and Italian copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const PLACE_IN_ANONYMOUS_DESCRIPTION =
  'Il raccolto delle olive è calato del quaranta per cento in tutta la provincia.\n\n' +
  'Un frantoiano della contrada di Poggio Ventoso, che ha chiesto di non essere citato per nome, è preoccupato: «Mio padre diceva che l\'ulivo non tradisce mai. Quest\'anno ci ha traditi».\n\n' +
  'Il consorzio chiederà aiuti alla Regione.';
const PLACE_IN_SPANISH_DESCRIPTION =
  'Hubo protestas frente a la municipalidad durante toda la tarde.\n\n' +
  'Un vecino de Villa Serena, que pidió no ser identificado, contó: «Nadie nos avisó que iban a cortar el agua».';
const NAMED_AFTER_NOUN_OF =
  'La vendemmia è cominciata in anticipo.\n\n' +
  'Il figlio del sindaco, Marco Ferri, che ha seguito la vendemmia, ha spiegato: «Abbiamo perso metà dei grappoli».';

/** `Un <noun> di <Place>, che ha chiesto di non essere citato, …:`: a name a noun's preposition governs is no antecedent (lang/clause-opening.ts). */
kindTable('A capitalised place inside an unnamed description is not the speaker before a colon', [
  ['it: `Un frantoiano della contrada di X Y, che …, è preoccupato:` is the description', PLACE_IN_ANONYMOUS_DESCRIPTION, 'Mio padre diceva', DESCRIBED, ANY],
  ['es: `Un vecino de X Y, que pidió no ser identificado, contó:` is the description', PLACE_IN_SPANISH_DESCRIPTION, 'Nadie nos avisó', DESCRIBED, ANY],
  ['counter-case it: `Il figlio del sindaco, X Y, che …, ha spiegato:` is X Y', NAMED_AFTER_NOUN_OF, 'Abbiamo perso', 'Marco Ferri', ANY],
]);

const PLUPERFECT_TAG =
  'El fiscal Ramiro Ledesma pidió ocho años de prisión. “Es un caso grave”, dijo Ledesma.\n\n' +
  'El acusado, Osvaldo Benítez, escuchó el pedido en silencio.\n\n' +
  'El martes, en su alegato final, Benítez había intentado defenderse. “Nunca robé un peso. Me equivoqué en las cuentas”, había dicho ante los jueces, sin mirar al público.';
const PLUPERFECT_TAG_NAMED =
  'El fiscal Ramiro Ledesma pidió ocho años de prisión.\n\n' +
  'El acusado, Osvaldo Benítez, escuchó el pedido en silencio.\n\n' +
  'El martes, en su alegato final, Benítez había intentado defenderse. “Nunca hubo un plan para engañar”, había dicho Ledesma en la apertura del juicio.';

/** `», había dicho ante los jueces`: the pluperfect of a verb of saying is a tag too, its subject dropped (lang/es.ts). */
kindTable('A Spanish pluperfect tag with its subject left out', [
  ['es: `”, había dicho ante los jueces` is the subject of the sentence before', PLUPERFECT_TAG, 'Nunca robé', 'Osvaldo Benítez', ANY],
  ['counter-case es: `”, había dicho X en …` is X', PLUPERFECT_TAG_NAMED, 'Nunca hubo', 'Ramiro Ledesma', ANY],
]);

const ONE_OF_THEM_WAS =
  'El fiscal Ramiro Ledesma pidió ocho años. “Es un caso grave”, dijo Ledesma.\n\n' +
  'Durante el juicio declararon 30 ahorristas. Una de ellas fue Graciela Paz, una maestra que perdió sus ahorros. La mujer, de 64 años, escuchó el fallo de pie.\n\n' +
  '“No quiero venganza, quiero mi dinero —dijo al salir, con lágrimas—. Pero nadie me lo va a devolver”.\n\n' +
  'El tribunal se retiró a deliberar.';
const ONE_OF_THEM_THEN_ANOTHER_SUBJECT =
  'El fiscal Ramiro Ledesma pidió ocho años. “Es un caso grave”, dijo Ledesma.\n\n' +
  'Durante el juicio declararon 30 ahorristas. Una de ellas fue Graciela Paz, una maestra que perdió sus ahorros.\n\n' +
  'El fiscal Ledesma volvió a hablar después.\n\n' +
  '“No quiero venganza para nadie —dijo al salir—. Quiero que se devuelva el dinero”.';

/** `Una de ellas fue X, …`: one of a group, named after the copula, is the sentence's subject (lang/cleft.ts). */
kindTable('A person brought in as "one of them was X" is who a dropped subject is', [
  ['es: `Una de ellas fue X` then `—dijo al salir—` is X', ONE_OF_THEM_WAS, 'No quiero venganza, quiero', 'Graciela Paz', ANY],
  ['counter-case es: a later subject `El fiscal Ledesma volvió a hablar` takes the dropped subject', ONE_OF_THEM_THEN_ANOTHER_SUBJECT, 'No quiero venganza para', 'Ramiro Ledesma', ANY],
]);

const THAT_CLAUSE_AFTER_SCARE_QUOTE =
  'Il sindaco Ottavio Ruggeri ha presentato il bilancio.\n\n' +
  'Il direttore del consorzio, Flavio Mancuso, non nasconde i timori.\n\n' +
  'Mancuso, 58 anni, parla di un inverno «difficile» e ricorda che molti allevatori non hanno scorte.\n\n' +
  '«Il fieno costa sempre di più e tanti piccoli allevatori hanno venduto le vacche.\n\n' +
  '«Ecco, quest\'anno non basta. Chiediamo aiuti».\n\n' +
  'La Regione valuterà.';
const DESCRIPTION_AFTER_VERB =
  'Il sindaco Ottavio Ruggeri ha presentato il bilancio.\n\n' +
  'Nelle stalle si teme il peggio. «Il fieno costa sempre di più», racconta un allevatore della valle.';

/** `«…» e ricorda che molti soci …`: the subject of a `che`/`que` clause after a tag verb is what was said about, never a speaker (unnamed-stays.ts). */
kindTable('The subject of a reported clause after a quote is no unnamed speaker', [
  ['it: `«…» e ricorda che molti allevatori …` leaves the next quote to the one named', THAT_CLAUSE_AFTER_SCARE_QUOTE, 'Il fieno costa sempre di più e', 'Flavio Mancuso', ANY],
  ['counter-case it: `», racconta un allevatore della valle` is the description', DESCRIPTION_AFTER_VERB, 'Il fieno costa', DESCRIBED, ANY],
]);

const PHRASE_WAS_HERS =
  'Los vecinos celebraron el fallo frente al edificio.\n\n' +
  '“Por fin alguien nos escuchó, aunque tarde”. La frase, pronunciada en la puerta del juzgado mientras algunos lloraban, fue de Marta Quiroga, vocera de la asamblea vecinal.\n\n' +
  'Quiroga agregó que seguirán reclamando.';
const PHRASE_OF_COMMON_USE =
  'Los vecinos celebraron el fallo frente al edificio. Una jubilada que pidió no ser identificada lloraba en la vereda.\n\n' +
  '“Por fin alguien nos escuchó”. La frase es de uso común en las marchas de la Plaza Central.';

/** `“…”. La frase, dicha en …, fue de X, <role>`: the sentence after a lone quote says whose words they were (lang/phrase-owner.ts). */
kindTable('A lone quote whose next sentence says "the phrase was X\'s"', [
  ['es: `La frase, …, fue de X, vocera …` is X', PHRASE_WAS_HERS, 'Por fin alguien', 'Marta Quiroga', 'vocera'],
  ['counter-case es: `La frase es de uso común en …` names no one', PHRASE_OF_COMMON_USE, 'Por fin alguien', DESCRIBED, ANY],
]);

const APPOSITION_THEN_RELATIVE_COLON =
  'El juicio siguió el martes.\n\n' +
  'La defensa sostuvo que la obra existía. Esa versión chocó con el testimonio del ingeniero Tomás Arce, perito del tribunal, que visitó el terreno en abril y lo describió así ante los jueces:\n\n' +
  '“Había cuatro columnas y un pozo. Nada más.\n\n' +
  '“Los planos que presentaron muestran techos que nunca existieron”.\n\n' +
  'El juicio sigue mañana.';
const PLACE_APPOSITION_THEN_RELATIVE_COLON =
  'Hubo protestas frente a la municipalidad durante toda la tarde.\n\n' +
  'Un vecino de Villa Serena, barrio del oeste, que pidió no ser identificado, contó: «Nadie nos avisó que iban a cortar el agua».';

/** `… de la arquitecta X, perito de la fiscalía, que … lo describió así:`: a lower-case apposition between the name and the relative (lang/clause-opening.ts). */
kindTable('A name, its apposition and a relative clause running to the colon', [
  ['es: `del ingeniero X Y, perito del tribunal, que … lo describió así:` is X Y', APPOSITION_THEN_RELATIVE_COLON, 'Había cuatro columnas', 'Tomás Arce', ANY],
  ['counter-case es: `Un vecino de X Y, barrio del oeste, que pidió no ser identificado, contó:` is the description', PLACE_APPOSITION_THEN_RELATIVE_COLON, 'Nadie nos avisó', DESCRIBED, ANY],
]);
