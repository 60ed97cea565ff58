import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { isTitleCased } from '../../../utils/quotes/filter';

const quotedTexts = (text: string) => findQuotes(text).map((quote) => quote.text);

describe('not quotations', () => {
  it.each([
    ['a scare quote', 'The town installed "smart" meters in every house last spring.'],
    ['a longer scare quote nobody is said to have said', 'He now believes the country "needs a much better trade deal" with them.'],
    ['a show title', 'The mayor appeared on Channel 9\'s "Valley Morning Report" on Sunday.'],
    ['a show title told to', 'The mayor told "Good Day River City" that the roads were fine.'],
    ['a book title', 'The baker signed copies of her cookbook, "Bread for the Long Winter," after the fair.'],
    ['a nickname', 'The striker, known to fans as "Little Hammer," signed a new contract.'],
    ['a slogan on a cap', 'She wore a "Save Our Valley Bridge" cap to the council meeting.'],
    ['apostrophes', "The nation's pride isn't the players' concern, O'Brien's neither."],
    ['a one-word single-quoted word', "The plan was 'historic' by any measure."],
    ['one or two words of emphasis, even in a reported sentence', 'Ana Lopez said she was "very proud" of the crew.'],
  ])('%s', (_name, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });
});

describe('quotations that look like titles', () => {
  it.each([
    ['a one-word answer attributed right after', '"No," replied Ana Lopez.', 'No,'],
    ['a title-cased exclamation attributed right after', '"Go Hawks! Go Hawks!" the fans chanted.', 'Go Hawks! Go Hawks!'],
    ['a short answer after "said,"', 'Asked which bakery won, the judge said, "Neither."', 'Neither.'],
    ['a capitalised reply after a colon', 'The coach replied: "NEXT QUESTION."', 'NEXT QUESTION.'],
  ])('%s', (_name, text, quoted) => {
    expect(quotedTexts(text)).toEqual([quoted]);
  });
});

describe('partial quotes', () => {
  it('keeps a few quoted words when their sentence reports speech, as a non-key quote', () => {
    const quotes = findQuotes('Ana Lopez called the new bridge "a triumph of patience" on Monday.');
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.key])).toEqual([['a triumph of patience', 'Ana Lopez', false]]);
  });
});

describe('isTitleCased', () => {
  it.each([
    ['Valley Morning Report', true],
    ['Bread for the Long Winter,', true],
    ['Save Our Valley Bridge.', true],
    ['We will win', false],
    ['the people', false],
  ])('%s: %s', (words, expected) => {
    expect(isTitleCased(words)).toBe(expected);
  });
});

describe('words after "that" are a quotation only when the sentence names who said them (filter.ts, lang/el.ts)', () => {
  it('el: "θυμάται ότι «…»" (remembers that), a verb no reader lists', () => {
    expect(quotedTexts('Ο ψαράς Γιώργος Δοκιμής θυμάται ότι «παλιά γεμίζαμε τις στέρνες με το νερό της βροχής».')).toEqual(['παλιά γεμίζαμε τις στέρνες με το νερό της βροχής']);
  });
  it.each([
    ['counter-case: four words after "that", with no one to have said them, stay the writer\'s emphasis', 'Στο νησί λένε ότι «η κατάσταση είναι κρίσιμη».'],
    ['counter-case: words after "that" that do not close the clause are a scare quote', 'The mayor believes that "the will of this whole town" must be respected.'],
  ])('%s', (_name, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });
});
