import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** Speaker (or `description:` and its kind) of each quote, in order. */
const speakers = (text: string) => findQuotes(text).map((quote) => (quote.speakerKind === 'description' ? 'description' : quote.speaker));

describe('where a person is from is no second person (origin-place.ts)', () => {
  it.each([
    ['en: "a nurse from Port X", then "she said"', 'Jenny Walsh, a nurse from Port Kellan, came with her son. "We cannot go on like this, nobody listens to us at the council," she said.', ['Jenny Walsh']],
    ['en: an inverted subject, "a nurse from …, who …", then "she said"', 'Among the crowd was Jenny Walsh, a nurse from Port Kellan, who came with her son. "We cannot go on like this, nobody listens to us at the council," she said.', ['Jenny Walsh']],
    ['es: "X, panadera de <pueblo>", then a verb with no subject', 'Entre los vecinos estaba Laura Gómez Prieto, panadera de Villanueva del Campo, que acudió con su marido. «No podemos seguir así, nadie nos escucha en el ayuntamiento», explicó.', ['Laura Gómez Prieto']],
    ['es: "una tarefera de <paraje>" is an unnamed woman, not a place speaking', 'Una tarefera de Campo Serrano que pidió no ser identificada contó su caso. «Antes trabajábamos seis meses, ahora apenas cinco semanas», dijo.', ['description']],
    ['fr: "X, boulangère de <ville>", then "a-t-elle dit"', 'Il y avait aussi Marie Lebrun, boulangère de Saint-Aubin-des-Prés. « On ne peut plus continuer comme ça, personne ne nous écoute », a-t-elle dit.', ['Marie Lebrun']],
    ['pt: "X, agricultora de <lugar>", then "disse"', 'No protesto estava Ana Souza, agricultora de Ribeira Funda, com os dois filhos. «Se cortarem a água, os meus filhos não vão poder continuar», disse.', ['Ana Souza']],
    ['counter-case: a person after "el abogado de", named alone later, stays a person', 'El abogado de María López, Pedro Ruiz Sanz, habló con la prensa. «Vamos a recurrir la sentencia en todas las instancias», afirmó.\n\nMás tarde habló López. «Yo no he hecho nada malo, y lo voy a demostrar ante el juez», dijo López.', ['Pedro Ruiz Sanz', 'María López']],
    ['counter-case: "a letter from X" (no noun for a person before "from") keeps X a person', 'The council received a letter from Alice Grey on Monday. "We were never consulted about the closure of the library," she wrote in the letter.', ['Alice Grey']],
    ['counter-case: "una carta de X" keeps X a person', 'El ayuntamiento recibió una carta de Lucía Ferrer el lunes. «Nunca nos consultaron sobre el cierre de la biblioteca», escribió en la carta.', ['Lucía Ferrer']],
    ['counter-case: "la replica di X" (a thing ending like an agent noun) keeps X a person', 'In serata è arrivata la replica di Paolo Mereu. «Il tavolo sarà convocato entro dieci giorni», ha dichiarato.', ['Paolo Mereu']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
