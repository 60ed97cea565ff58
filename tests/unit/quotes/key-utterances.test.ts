import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const text = [
  '"We will be next if nothing changes," ferry crews warn port owners',
  '"This is a fair deal and our members can go back to work," union organiser Petra Lund said.',
  'The union said its members were "ready to load every waiting ship by the end of the week," Lund added.',
].join('\n\n');
const range = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('findQuotes with link and headline ranges', () => {
  it('drops quotes inside a headline-like block', () => {
    const headline = text.split('\n\n')[0]!;
    const quotes = findQuotes(text, { headlines: [range(headline)] });
    expect(quotes.map((quote) => quote.text)).not.toContain('We will be next if nothing changes,');
  });

  it('keeps a quote inside link text, but never as a key quote', () => {
    const linked = 'ready to load every waiting ship by the end of the week,';
    const withoutLinks = findQuotes(text).find((quote) => quote.text === linked);
    expect(withoutLinks?.key).toBe(true);
    const withLink = findQuotes(text, { links: [range(linked)] }).find((quote) => quote.text === linked);
    expect(withLink?.key).toBe(false);
  });
});
