// The whole pipeline on fixture pages that pin what "Key quotes" and "Voices" show: split quotes as
// one item, quotes in links and headline-like blocks kept out of the key quotes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import { utterancesOf } from '../../utils/quotes/utterances';

interface QuoteExpectation {
  url: string;
  /** The Key quotes items in order: the text as shown (parts joined), the speaker, how many quotes it joins. */
  keyQuotes: Array<{ text: string; speaker: string; parts: number }>;
  /** Quoted words that must not be found as quotes at all. */
  notQuotes?: string[];
  /** Quotes that must be found but must not be key. */
  notKeyQuotes?: string[];
  /** How many quotes start with these words. */
  quoteCounts?: Record<string, number>;
  voices: Array<{ name: string; quotes: number }>;
}

const FIXTURES = path.resolve(__dirname, '../fixtures');

function quoteFixtures(): [string, QuoteExpectation][] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(FIXTURES, entry.name, 'expected.json')))
    .map((entry): [string, QuoteExpectation] => [entry.name, JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8'))])
    .filter(([, expected]) => 'keyQuotes' in expected && 'voices' in expected)
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('key quotes and voices on fixture pages', () => {
  it.each(quoteFixtures())('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    const { article, quotes, voices } = extractFromHtml(html, expected.url);
    const keyItems = utterancesOf(quotes).filter((utterance) => utterance.key);
    expect(keyItems.map(({ text, speaker, parts }) => ({ text, speaker, parts: parts.length }))).toEqual(expected.keyQuotes);
    // Every part keeps its own offsets into the text.
    for (const quote of quotes) expect(article.textContent.slice(quote.start, quote.end)).toBe(quote.text);
    for (const words of expected.notQuotes ?? []) expect(quotes.map((quote) => quote.text)).not.toContain(words);
    for (const words of expected.notKeyQuotes ?? []) expect(quotes.find((quote) => quote.text === words)?.key, words).toBe(false);
    for (const [start, count] of Object.entries(expected.quoteCounts ?? {})) {
      expect(quotes.filter((quote) => quote.text.startsWith(start)), start).toHaveLength(count);
    }
    expect(voices.map(({ name, quotes: count }) => ({ name, quotes: count }))).toEqual(expected.voices);
  });
});
