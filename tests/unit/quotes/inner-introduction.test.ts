import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => (quote.speakerKind === 'description' ? `(${quote.speaker})` : quote.speaker));

describe('an unnamed person brought in by a clause inside the sentence is who the next pronoun is (inner-introduction.ts)', () => {
  it.each([
    ['de: "…, als ein Vater aus dem Nachbardorf ans Rednerpult trat" then "sagte er"', 'Gemeinderätin Vreni Beispiel nannte den Kredit «zu hoch». «Wir haben andere Prioritäten», sagte Beispiel.\n\nStill wurde es, als ein Vater aus dem Nachbardorf ans Rednerpult trat. «Unsere Kinder turnen seit Jahren in einer Baracke», sagte er.', ['Vreni Beispiel', '(ein Vater)']],
    ['fr: "Dans Limoilou, une résidante …" then "raconte-t-elle"', '« Les équipes travaillent jour et nuit », a assuré Julien Exemple.\n\nDans Limoilou, une résidante de la 3e Rue dit ne plus sortir depuis la tempête. « Je n’ose plus descendre l’escalier », raconte-t-elle.', ['Julien Exemple', '(une résidante)']],
    ['fr: "Dans la boutique, un client venu de Metz attend …" then "s’amuse-t-il"', '« La salle rouvrira en juin », annonce Claire Exemple, la directrice.\n\nDans l’atelier, un client venu de Reims patiente sur un tabouret. « On m’a promis mon violon pour Noël », raconte-t-il.', ['Claire Exemple', '(un client)']],
    ['en: "A shop steward at the plant said …" (a noun no list knows, before a verb of saying) then "he said"', '“The order book is thin,” said Naledi Example, an analyst.\n\nA shift steward at the depot said staff had heard nothing from managers. “We learned about the cuts on the radio,” he said.', ['Naledi Example', '(a shift steward)']],
    ['counter-case: a document that "said" is no person ("A report from the council said")', 'Ann Example, the mayor, opened the meeting.\n\nA report from the council said the plan would go ahead. “We will not back down,” she said.', ['Ann Example']],
    ['counter-case: a name after the opening phrase is the subject ("At the meeting, Tom Example said")', 'Ann Example, the mayor, opened the meeting.\n\nAt the meeting, Tom Example said the plan would go ahead. “We will not back down,” he said.', ['Tom Example']],
    ['counter-case: a definite description inside the clause brings in no one new ("…, when the mayor stood up")', 'Ann Example, the mayor, opened the meeting.\n\nThe room went quiet, when the mayor stood up. “We will not back down,” she said.', ['Ann Example']],
    ['counter-case: an apposition after a name that ends the opening phrase describes that person ("Among the speakers was X, a grandmother who …")', 'Among the speakers was Della Example, a grandmother who slept in her car last winter.\n\n“A locked door means you can finally rest,” she told council.', ['Della Example']],
    ['en: an opening phrase ending in a lower-case word, then "a Riverside Vale resident …" (a capital inside the phrase is no name)', 'Fire chief Tom Example said crews had pumped out 30 basements. “Stay off the flooded roads,” he said.\n\nAt the community hall, a Brookfield Park resident stacking sandbags with her daughter said she had packed a bag. “Last time the water reached the kitchen in twenty minutes,” she said.', ['Tom Example', '(a Brookfield Park resident)']],
    ['en: a long opening phrase ("At the Harbour Road park-and-ride on Tuesday evening, a commuter …")', 'Speaking after the vote, Nadia Example brushed off the critics. “Every new service is doubted at first,” she said.\n\nAt the Harbour Road park-and-ride on Tuesday evening, a commuter waiting for the last shuttle said she doubted the start date. “I will believe it when the boat is at the dock,” she said.', ['Nadia Example', '(a commuter)']],
    ['ru: "Один из жильцов, …" then "сказал он" is that tenant, not the deputy quoted before', 'Глава района Сергей Пример пообещал отремонтировать крышу. «Подрядчик уже выбран», — заявил Пример.\n\nОдин из жильцов, бывший учитель с пятого этажа, отнёсся к этому спокойно. «Посмотрим, что будет весной», — сказал он корреспонденту.', ['Сергей Пример', '(один из жильцов)']],
    ['es: "Una jubilada de barrio X, que …, resumió:" — one capitalised word after an indefinite role and "de" is a place (attribute.ts)', 'Un grupo de vecinos protestó frente al municipio. Una vecina de barrio Belgrano, que trabaja en el centro, resumió el enojo: “Cada mes pago más y el colectivo pasa menos”.', ['(Una vecina de barrio Belgrano)']],
    ['counter-case es: an indefinite role and a full name set beside it names her', 'Una vecina, María Ejemplo, resumió el enojo: “Cada mes pago más y el colectivo pasa menos”.', ['María Ejemplo']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
