import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** The speaker of the quote whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return findQuotes(text).find((quote) => quote.text.startsWith(opening))?.speaker;
}

/**
 * Constructions of long US and UK political news met in the polit batch (tests/fixtures/quotes-en-*, written
 * for it), each written anew with a case the rule needs and a counter-case it must leave alone.
 * [name, text, opening of the quote, speaker].
 */
describe('political news constructions', () => {
  it.each([
    // names.ts: a time of day before a weekday opens the sentence; it is nobody's name.
    [
      '"Late Monday, X\'s group …" leaves "she" to the woman quoted before',
      'Representative Colleen Varga, who leads the group, spoke after the meeting. "The answer is no," Ms. Varga said.\n\nLate Monday, Ms. Varga\'s group sent out a list of demands. Asked whether it was final, she paused.\n\n"Everything can move," she said.',
      'Everything can',
      'Colleen Varga',
    ],
    [
      'counter-case: a weekday after a name is still a date, and the name speaks',
      'On Monday, Colleen Varga sent out a list of demands.\n\n"Everything can move," Ms. Varga said.',
      'Everything can',
      'Colleen Varga',
    ],
    // speaker-phrase.ts: after an inverted verb and a role, the person's newsroom or place follows the name.
    [
      '"asked the second moderator, X of the Y Z" gives X',
      'The second question went to the border.\n\n“Would either of you tell a farmer that his water is going away?” asked the second moderator, Carl Westbrook of the Valley Courier.',
      'Would either',
      'Carl Westbrook',
    ],
    [
      'counter-case: a body named after a role and a comma stays a description',
      '“We must act before the summer,” said the group, Friends of the Marsh.',
      'We must',
      'the group',
    ],
    // names.ts: a family name ending like a German agent noun (-ist) before the English "of" of a place is still the name.
    [
      '"Deborah Lundqvist of Bayfield County" is registered whole, so "Ms. Lundqvist" is her',
      'One of the county clerks who brought the suit, Deborah Lundqvist of Bayfield County, said she had driven all night.\n\n“Some of my voters live 70 miles from my office,” Ms. Lundqvist told reporters.',
      'Some of my',
      'Deborah Lundqvist',
    ],
    [
      'counter-case: a German agent noun before a name is still an office',
      'Der Polizist Jan Roth sagte: „Wir waren schnell da.“',
      'Wir waren',
      'Jan Roth',
    ],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});
