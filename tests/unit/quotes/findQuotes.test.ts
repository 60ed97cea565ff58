import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { withShared } from '../../with-shared';

// The seed article's expected output lives beside the repo (../shared/seed); it is read, never copied in.
const seed = withShared('seed', __filename);

interface SeedExpectation {
  title: string;
  paragraphs: string[];
  keyQuotes: Array<{ text: string; speaker: string }>;
  notQuotes: string[];
}

describe('findQuotes', () => {
  it.skipIf(!seed.present)('finds exactly the key quotes of the seed article, with full-name speakers', () => {
    const expected = JSON.parse(seed.read('kim-putin.expected.json')) as SeedExpectation;
    const quotes = findQuotes(expected.paragraphs.join('\n\n'), { title: expected.title });
    const keys = quotes.filter((quote) => quote.key).map(({ text, speaker }) => ({ text, speaker }));
    expect(keys).toEqual(expected.keyQuotes);
    for (const notQuote of expected.notQuotes) {
      expect(keys.map((key) => key.text)).not.toContain(notQuote);
    }
  });

  it('returns quotes sorted by start with offsets into the text', () => {
    const text = "Ana Lopez called it 'historic'.\n\n\"The river no longer divides us,\" Lopez said. \"We built this together.\"";
    const quotes = findQuotes(text);
    expect(quotes.map((quote) => quote.start)).toEqual([...quotes.map((quote) => quote.start)].sort((a, b) => a - b));
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('returns exactly the Quote fields', () => {
    const [quote] = findQuotes('"We built this bridge together, all of us," Ana Lopez said.');
    expect(quote).toEqual({ text: 'We built this bridge together, all of us,', speaker: 'Ana Lopez', role: null, start: 1, end: 42, key: true, speakerKind: 'name', utterance: 0, speakerMention: { start: 44, end: 53 } });
  });

  it('speakerMention points at the words the speaker was read from', () => {
    const text = 'Ana Lopez, the mayor, spoke first.\n\n"We built this bridge together," she said. "All of us."';
    const mentions = findQuotes(text).map((quote) => quote.speakerMention && text.slice(quote.speakerMention.start, quote.speakerMention.end));
    // The second part continues the first, so it shares its mention.
    expect(mentions).toEqual(['she', 'she']);
    expect(findQuotes(text).map((quote) => quote.speaker)).toEqual(['Ana Lopez', 'Ana Lopez']);
  });

  it('counter-case: no speaker, no mention', () => {
    expect(findQuotes('"We built this bridge together, all of us, in a single year."').map((quote) => quote.speakerMention)).toEqual([null]);
  });

  it.each([
    ['a one-word single-quoted partial quote', "Ana Lopez said she was 'proud' of the crew."],
    ['a short scare quote', 'The town installed "smart" meters in every house last spring.'],
  ])('never makes %s a key quote', (_name, text) => {
    expect(findQuotes(text).filter((quote) => quote.key)).toEqual([]);
  });

  it('drops a few quoted words nobody is said to have said (titles, nicknames)', () => {
    expect(findQuotes('She watched "Morning Show" before work and read the paper.')).toEqual([]);
  });

  it('returns nothing for text without quotations', () => {
    expect(findQuotes('The council met on Tuesday and approved the budget.')).toEqual([]);
    expect(findQuotes('')).toEqual([]);
  });
});

describe('findQuotes on stray marks', () => {
  it('never returns overlapping quotes when stray marks pair up across a real quotation', () => {
    const quotes = findQuotes('› "We will open the bridge before winter," Mayor Lena Brook said. ‹We will cross it,› Ana Ruiz said.');
    expect(quotes.map((quote) => quote.text)).toContain('We will open the bridge before winter,');
    for (const [i, quote] of quotes.entries()) for (const other of quotes.slice(i + 1)) expect(quote.end <= other.start || other.end <= quote.start).toBe(true);
  });
});
