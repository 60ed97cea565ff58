import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';

/**
 * The repository's own page in the seed page's shape (two leaders meet; the whole "Top Headlines"
 * widget sits inside the story body), so a fresh clone checks what the seed checks without ../shared.
 */
const FIXTURE = resolve(__dirname, '../fixtures/seed-shape-two-leaders');
const html = readFileSync(resolve(FIXTURE, 'page.html'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(FIXTURE, 'expected.json'), 'utf8')) as {
  url: string;
  title: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  paragraphs: string[];
  mustNotContain: string[];
  keyQuotes: Array<{ text: string; speaker: string }>;
  notQuotes: string[];
};

describe('the pipeline on the seed-shaped fixture (jsdom)', () => {
  const { article, quotes, removed, leadImage } = extractFromHtml(html, expected.url);

  it('reads the metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.publishedTime).toBe(expected.publishedTime);
    expect(article.lang).toBe(expected.lang);
  });

  it('keeps every expected paragraph, in order, as its own paragraph', () => {
    const paragraphs = article.textContent.split('\n\n');
    expect(paragraphs).toEqual(expected.paragraphs);
  });

  it('removes the headline widget and the ad label, and keeps no clutter anywhere', () => {
    for (const clutter of expected.mustNotContain) {
      expect(article.title).not.toContain(clutter);
      expect(article.textContent).not.toContain(clutter);
      expect(article.content).not.toContain(clutter);
    }
    expect(removed.map((block) => block.kind)).toEqual(['ad-label', 'headline-list']);
    expect(removed[1]?.text).toMatch(/^Top Headlines - News Grain prices ease/);
  });

  it('finds the five key quotes, speakers resolved from short names and "he" to full names', () => {
    expect(quotes.filter((quote) => quote.key).map(({ text, speaker }) => ({ text, speaker }))).toEqual(expected.keyQuotes);
  });

  it('lists none of the not-quotes (a one-word partial quote, headlines of the widget) as a key quote', () => {
    const bare = (text: string) => text.replace(/[\s,.;:!?]+$/, '').trim();
    const keyTexts = quotes.filter((quote) => quote.key).map((quote) => bare(quote.text));
    for (const notQuote of expected.notQuotes) expect(keyTexts).not.toContain(bare(notQuote));
  });

  it('gives offsets into the plain text', () => {
    for (const quote of quotes) expect(article.textContent.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('takes the lead picture and its caption from the page', () => {
    expect(leadImage).toEqual({
      src: 'https://gazette.example/images/osei-dahl-harbour.jpg',
      alt: 'Amara Osei and Henrik Dahl on the quay at Port Selden',
      caption: 'Amara Osei and Henrik Dahl on the quay at Port Selden. (Pool photo)',
      width: 1200,
      height: 675,
    });
  });
});
