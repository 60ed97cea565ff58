// English attribution outside US wire copy: British, Australian and Indian offices, occupations used
// as titles, nicknames, descriptors that stand for the person just named. Invented sentences.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => quote.speaker);

describe('house styles: offices and occupations written before a name', () => {
  it.each([
    ['an occupation as a title', 'County Engineer Lena Hart said the road was safe. "We checked every beam," Hart said.', 'Lena Hart'],
    ['an Australian councillor by "Cr"', 'Mayor Tom Reyes opened the pool. "We will lead by example," Cr Reyes said.', 'Tom Reyes'],
    ['a British councillor by "Cllr"', 'Ana Lopez chairs the board. "It is a sad day," said Cllr Lopez.', 'Ana Lopez'],
    ['an Indian legislator by "MLA"', 'Opposition MLA Ravi Menon spoke next. "The State must answer," he said.', 'Ravi Menon'],
    ['counter-case: an occupation that is the speaker', '"We checked every beam," the engineer said.', 'the engineer'],
  ])('%s', (_, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('house styles: a nickname in quotes inside a name', () => {
  it('Dan “The Hammer” Cole is Dan Cole, and "Cole" is him', () => {
    const text = 'Striker Dan “The Hammer” Cole scored twice. “I felt sharp today,” Cole said afterwards.';
    expect(findQuotes(text).filter((quote) => quote.text.startsWith('I felt')).map((quote) => quote.speaker)).toEqual(['Dan Cole']);
  });
  it('counter-case: a quoted phrase between two names is no nickname', () => {
    const text = 'Tom Reyes called it “Plan B” Ana Lopez said. “We have no plan,” Reyes said.';
    expect(findQuotes(text).filter((quote) => quote.text.startsWith('We have')).map((quote) => quote.speaker)).toEqual(['Tom Reyes']);
  });
});
