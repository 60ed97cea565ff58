import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** The speaker of the quote whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return findQuotes(text).find((quote) => quote.text.startsWith(opening))?.speaker;
}

/**
 * English constructions met on the quotes-dev tuning half, each written anew with a case the rule
 * needs and a counter-case it must leave alone. [name, text, opening of the quote, speaker].
 */
describe('dev constructions', () => {
  it.each([
    // coreference.ts: an object pronoun stands for someone else, and so does a later pronoun of its gender.
    [
      'a woman who writes to "him" about "his" speech is not made a man, so "he" stays with the man the text is about',
      'Dorian Kessler lost the vote on Tuesday.\n\nMarisol Quintero sent a warm note to him praising his speech.\n\nDuring the briefing, Kessler admitted the count was fair.\n\n"We lost fairly," he said.',
      'We lost',
      'Dorian Kessler',
    ],
    [
      'counter-case: a possessive before the object pronoun still tells her gender',
      'Dorian Kessler lost the vote on Tuesday.\n\nMarisol Quintero sent her own note to him after the count.\n\nDuring the briefing, Kessler admitted the count was fair.\n\n"It was a brave race," she said.',
      'It was',
      'Marisol Quintero',
    ],
    // cues.ts: a word after a number is a counted noun ("a million tweets"), not a verb with that number as its subject.
    [
      '"a million tweets" names no speaker; the pronoun of the quote goes to the spokesman',
      'Petra Vlasic, a spokeswoman for the network, said the tag spread fast. She said there were a million tweets by noon.\n\nThe tag "light for Lyon" was also trending. "People want to be heard," she said.',
      'People want',
      'Petra Vlasic',
    ],
    [
      'counter-case: a verb after a name still reports',
      'The tag was trending in Lyon.\n\nPetra Vlasic tweets: "People want to be heard."',
      'People want',
      'Petra Vlasic',
    ],
    // verb-subject.ts: "X, whose company, Y, does Z, said": the whose-clause is about X, its inner name is not the speaker.
    [
      'a name inside a whose-clause is not the one who said it',
      'Ezra Lindqvist, whose newest firm, Brightwell, sells data to shippers, said the city needed a plan: "Nobody here is ready for it."',
      'Nobody here',
      'Ezra Lindqvist',
    ],
    [
      'counter-case: a body with a whose-clause about a person still speaks for itself',
      'Brightwell Logistics, whose founder, Ezra Lindqvist, retired in May, said in a statement: "Nobody here is ready for it."',
      'Nobody here',
      'Brightwell Logistics',
    ],
    // entities.ts: after a long opening clause, a person who speaks is the sentence's subject, salient for "she".
    [
      'after a long opening clause, the one who spoke is the "she" of the next paragraph',
      'Corinne Abara, a spokeswoman for the festival, said security would be tight.\n\nAfter the council meeting on Friday ended in uproar when dozens of vendors were refused their permits, Delphine Ostrova, the market\'s chairwoman, said she had received threats.\n\n"They should apologise to every one of us," she said.',
      'They should',
      'Delphine Ostrova',
    ],
    [
      'counter-case: a name listed after a comma, with no verb of saying after it, does not become the subject',
      'Corinne Abara, a spokeswoman for the festival, said security would be tight.\n\nAfter the council meeting on Friday ended in uproar when dozens of vendors were refused, the board thanked Delphine Ostrova, the market\'s chairwoman, for her patience.\n\n"They should apologise to every one of us," she said.',
      'They should',
      'Corinne Abara',
    ],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});
