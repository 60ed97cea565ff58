// Catalan family names joined by `i`, an Italian family name opening on a capitalised `Lo`/`La` written alone, and an Italian
// sentence opening on a fused preposition and an institution (the fifty-fourth held-out set showed `A B i C` as a councillor's
// name, `La X` after `Given La X`, and `Dalla Regione, un funzionario …:`), in fresh sentences of my own, with counter-cases.
import { kindTable, UNNAMED } from './kind-table';

const CA_OPENING = "El consistori de Manlleu aprovarà el pressupost amb els vots del govern, però també amb els de l'oposició.";
const CA_QUOTE = '«Volem que els carrers estiguin nets cada matí»';

/** `Laia Ferrer i Bosch`: the second family name after `i` is still the name (lang/catalan-joined-name.ts). */
kindTable('Catalan: two family names joined by `i` are one name', [
  ['after the quote: `…», va dir la regidora …, A B i C.`', `${CA_OPENING} ${CA_QUOTE}, va dir la regidora de Via Pública, Laia Ferrer i Bosch.`, 'Volem que', 'Laia Ferrer i Bosch', 'regidora'],
  ['before the quote: `La regidora …, A B i C, va explicar: «…»`', `${CA_OPENING} La regidora de Via Pública, Laia Ferrer i Bosch, va explicar: ${CA_QUOTE}.`, 'Volem que', 'Laia Ferrer i Bosch', 'regidora'],
  ['a later first family name alone is the same person', `${CA_OPENING} ${CA_QUOTE}, va dir la regidora de Via Pública, Laia Ferrer i Bosch.\n\nFerrer va afegir que el servei començarà a l'octubre. «Ho farem amb més personal», va explicar Ferrer.`, 'Ho farem', 'Laia Ferrer i Bosch', 'regidora'],
  ['counter-case: `i` before a lower-case verb joins two clauses', `${CA_OPENING} ${CA_QUOTE}, va dir Laia Ferrer i ho va repetir després.`, 'Volem que', 'Laia Ferrer', null],
  ['counter-case: Swedish `i` before a place is "in"', 'Vägen har varit stängd sedan mars. ”Vi har väntat länge på ett besked”, säger Anna Holm i Lund.', 'Vi har', 'Anna Holm', null],
]);

/** `», ha spiegato Lo Cascio.`: after the verb an article is lower case; a capitalised `Lo`/`La` opens a family name (lang/it.ts). */
kindTable('Italian: a family name opening on `Lo`, `La` or `Li`, written alone after the verb', [
  ['`Lo X` after `il geometra A Lo X`', "L'azienda dei trasporti replica. Il responsabile, il geometra Antonino Lo Cascio, sostiene che il servizio riprenderà presto.\n\n«Le corse torneranno a luglio, ma serve una strada sicura», ha spiegato Lo Cascio.", 'Le corse', 'Antonino Lo Cascio', null],
  ['`La X` after `A La X`', "Il consorzio ha rinviato la gara. Filippo La Ferla guida l'ufficio acquisti da tre anni.\n\n«Le offerte erano troppo basse, rifaremo tutto a ottobre», ha detto La Ferla.", 'Le offerte', 'Filippo La Ferla', null],
  ['counter-case: a newspaper after `La` stays no person', 'Il giornale torinese ha dedicato due pagine alla frana. «Il paese è rimasto solo per mesi», ha scritto La Stampa.', 'Il paese', UNNAMED, null],
]);

/** `Dalla Provincia, un dirigente …:`: a fused preposition and an institution say where the words come from (opening-person.ts). */
kindTable('Italian: a sentence opening on a fused preposition and an institution names no one', [
  ['with a relative clause before the colon', "Il comitato ha scritto al prefetto. Dalla Provincia, un dirigente dell'ufficio strade, che ha chiesto di restare anonimo, si limita a poche parole: «Il cantiere sarà aperto entro l'estate».", 'Il cantiere', UNNAMED, null],
  ['with no verb a list holds', "Il comitato ha scritto al prefetto. Dal Comune, un funzionario dell'ufficio tecnico si limita a poche parole: «Il cantiere sarà aperto entro l'estate».", 'Il cantiere', UNNAMED, null],
  ['counter-case: the family name `Dalla X` of a person named in full stays that person', "Il comitato ha scritto al prefetto. Il presidente è Ernesto Dalla Costa, geometra in pensione.\n\nDalla Costa, che guida il comitato da dieci anni, si limita a poche parole: «Il cantiere deve aprire entro l'estate».", 'Il cantiere', 'Ernesto Dalla Costa', null],
]);
