import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => (quote.speakerKind === 'description' ? `(${quote.speaker})` : quote.speaker));

describe('an unnamed person brought in by a clause inside the sentence is who the next pronoun is (inner-introduction.ts)', () => {
  it.each([
    ['de: "…, als eine Mutter aus dem Quartier ans Mikrofon trat" then "sagte sie"', 'Gemeinderat Urs Beispiel nannte die Kosten «nicht tragbar». «Wir sagen Nein zu diesem Projekt», sagte Beispiel.\n\nLaut wurde es, als eine Mutter aus dem Quartier ans Mikrofon trat. «Mein Sohn sitzt seit drei Jahren im Container», sagte sie.', ['Urs Beispiel', '(eine Mutter)']],
    ['fr: "Dans Rosemont, une résidante …" then "raconte-t-elle"', '« Le problème, c’est la coordination », a expliqué Alexandre Exemple.\n\nDans Rosemont, une résidante de la 4e Avenue dit être restée chez elle. « J’avais peur de glisser sur le trottoir », raconte-t-elle.', ['Alexandre Exemple', '(une résidante)']],
    ['fr: "Dans la boutique, un client venu de Metz attend …" then "s’amuse-t-il"', '« Nous allons rénover l’école », annonce Sylvie Exemple, la maire.\n\nDans la boutique, un client venu de Metz attend sa commande. « Je l’attends depuis deux ans », s’amuse-t-il.', ['Sylvie Exemple', '(un client)']],
    ['en: "A shop steward at the plant said …" (a noun no list knows, before a verb of saying) then "he said"', '“The balance sheet is stretched,” said Lerato Example, an equity analyst.\n\nA shop steward at the plant said workers had been kept in the dark. “We read about our own jobs in the newspaper,” he said.', ['Lerato Example', '(a shop steward)']],
    ['counter-case: a document that "said" is no person ("A report from the council said")', 'Ann Example, the mayor, opened the meeting.\n\nA report from the council said the plan would go ahead. “We will not back down,” she said.', ['Ann Example']],
    ['counter-case: a name after the opening phrase is the subject ("At the meeting, Tom Example said")', 'Ann Example, the mayor, opened the meeting.\n\nAt the meeting, Tom Example said the plan would go ahead. “We will not back down,” he said.', ['Tom Example']],
    ['counter-case: a definite description inside the clause brings in no one new ("…, when the mayor stood up")', 'Ann Example, the mayor, opened the meeting.\n\nThe room went quiet, when the mayor stood up. “We will not back down,” she said.', ['Ann Example']],
    ['counter-case: an apposition after a name that ends the opening phrase describes that person ("Among the speakers was X, a grandmother who …")', 'Among the speakers was Della Example, a Cree grandmother who spent the winter in a tent.\n\n“When you have a door you can lock, you can sleep,” she told council.', ['Della Example']],
    ['en: an opening phrase ending in a lower-case word, then "a Riverside Vale resident …" (a capital inside the phrase is no name)', 'Local controller Mick Example said crews had answered 46 calls. “Please, if it’s flooded, forget it,” he said.\n\nAt the Hillgate station, a Riverside Vale resident filling sandbags with her son said she had not slept. “We had a metre of water through the house last time,” she said.', ['Mick Example', '(a Riverside Vale resident)']],
    ['en: a long opening phrase ("At the Mill Cove park-and-ride on Wednesday morning, a commuter …")', 'Speaking after the vote, Priya Example dismissed the criticism. “People said the same thing in 1986,” she said.\n\nAt the Mill Cove park-and-ride on Wednesday morning, a commuter waiting for the bus said she would believe it when she saw it. “They have been promising this ferry for years,” she said.', ['Priya Example', '(a commuter)']],
    ['ru: "Один из жильцов, …" then "сказал он" is that tenant, not the deputy quoted before', 'Депутат городской думы Олег Пример предложил компромисс. «Это не идеальный вариант», — считает депутат.\n\nОдин из жильцов, пенсионер с третьего этажа, отнёсся к обещаниям скептически. «Сколько раз нам уже обещали», — сказал он корреспонденту.', ['Олег Пример', '(один из жильцов)']],
    ['es: "Una jubilada de barrio X, que …, resumió:" — one capitalised word after an indefinite role and "de" is a place (attribute.ts)', 'Un grupo de jubilados se manifestó frente al Concejo. Una jubilada de barrio Belgrano, que viaja todos los días al centro, resumió el malestar: “Con la mínima no llego a fin de mes”.', ['(Una jubilada de barrio Belgrano)']],
    ['counter-case es: an indefinite role and a full name set beside it names her', 'Una vecina, María Ejemplo, resumió el malestar: “Con la mínima no llego a fin de mes”.', ['María Ejemplo']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
