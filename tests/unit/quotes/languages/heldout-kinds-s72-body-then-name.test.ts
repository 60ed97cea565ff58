// An office, a body's capitalised name and a full name glued after it (the fifty-second held-out set showed
// `Councillor for the <Place> Division <Name>`), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const QUOTE = '"The lorries shake the windows every night and nobody from the quarry answers the phone."';

/** `The chairman of the X District Council Peter Y said`: the person speaks, the office with the body's name is the role (body-tail.ts). */
kindTable('A full name glued after the body an office belongs to is the speaker', [
  ['colon: `The chairman of the X District Council P Y said:`', `The chairman of the Hollowmere District Council Peter Vasey said: ${QUOTE}`, 'The lorries', 'Peter Vasey', 'chairman of the Hollowmere District Council'],
  ['a later "he said" keeps the office with the body', `The chairman of the Hollowmere District Council Peter Vasey said on Monday the quarry ran all night. ${QUOTE.replace(/"$/u, ',"')} he said.`, 'The lorries', 'Peter Vasey', 'chairman of the Hollowmere District Council'],
  ['an electoral ward closes the seat: `Councillor for the X Ward A B`', `Councillor for the Saltings Ward Imogen Tarrant said: ${QUOTE}`, 'The lorries', 'Imogen Tarrant', ANY],
  ['a division likewise', `Councillor for the Brackwater Division Desmond Ellery said on Monday the quarry ran all night. ${QUOTE.replace(/"$/u, ',"')} he said.`, 'The lorries', 'Desmond Ellery', ANY],
  ['counter-case: the office and body with no name stay a description', `The chairman of the Hollowmere District Council said: ${QUOTE}`, 'The lorries', DESCRIBED, ANY],
  ['counter-case: `Ward` as a family name before one word stays in the name', `Mary Ward said: ${QUOTE}`, 'The lorries', 'Mary Ward', ANY],
]);
