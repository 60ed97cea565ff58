import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import { withShared } from '../with-shared';

const seed = withShared('seed', __filename);
const html = seed.read('kim-putin.html');
const expected = JSON.parse(seed.read('kim-putin.expected.json') || '{}') as {
  title: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  paragraphs: string[];
  mustNotContain: string[];
  keyQuotes: Array<{ text: string; speaker: string }>;
  notQuotes: string[];
};
const URL = 'https://news.example/world/kim-jong-un-meets-vladimir-putin-deepen-ties-moscow';

seed.describe('the pipeline on the seed page (jsdom)', () => {
  const { article, quotes, removed, voices } = extractFromHtml(html, URL);

  it('reads the metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.publishedTime).toBe(expected.publishedTime);
    expect(article.lang).toBe(expected.lang);
  });

  it('keeps every expected paragraph, in order, as its own paragraph', () => {
    const paragraphs = article.textContent.split('\n\n');
    let position = -1;
    for (const paragraph of expected.paragraphs) {
      const found = paragraphs.indexOf(paragraph);
      expect(found, paragraph).toBeGreaterThan(position);
      position = found;
    }
  });

  it('keeps no clutter in the title, text or content', () => {
    for (const clutter of expected.mustNotContain) {
      expect(article.title).not.toContain(clutter);
      expect(article.textContent).not.toContain(clutter);
      expect(article.content).not.toContain(clutter);
    }
    expect(removed.map((block) => block.kind)).toContain('headline-list');
  });

  it('finds the five key quotes with their speakers resolved to full names', () => {
    const keyQuotes = quotes.filter((quote) => quote.key).map(({ text, speaker }) => ({ text, speaker }));
    expect(keyQuotes).toEqual(expected.keyQuotes);
  });

  it('lists none of the not-quotes as a key quote', () => {
    const bare = (text: string) => text.replace(/[\s,.;:!?]+$/, '').trim();
    const keyTexts = quotes.filter((q) => q.key).map((q) => bare(q.text));
    for (const notQuote of expected.notQuotes) expect(keyTexts).not.toContain(bare(notQuote));
  });

  it('lists the voices in order of first appearance: Kim Jong Un quoted twice, Vladimir Putin three times', () => {
    expect(voices.map(({ name, quotes: count }) => ({ name, quotes: count }))).toEqual([
      { name: 'Kim Jong Un', quotes: 2 },
      { name: 'Vladimir Putin', quotes: 3 },
    ]);
  });

  it('gives every quote a role (a string or null) and an utterance index', () => {
    for (const quote of quotes) {
      expect(quote.role === null || typeof quote.role === 'string').toBe(true);
      expect(Number.isInteger(quote.utterance)).toBe(true);
    }
  });

  it('gives offsets into the plain text', () => {
    for (const quote of quotes) expect(article.textContent.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('returns sanitized content with absolute links and no scripts', () => {
    expect(article.content).not.toMatch(/<script|onerror=|javascript:/i);
  });
});

seed.describe('removed blocks on the seed page', () => {
  const { article, removed } = extractFromHtml(html, URL);

  it('lists each removed block with its kind, text and sanitized HTML', () => {
    const headlines = removed.find((block) => block.kind === 'headline-list');
    expect(headlines?.text).toContain('Top Headlines');
    expect(headlines?.html).toContain('<h2>Top Headlines</h2>');
    expect(headlines?.html).not.toMatch(/<script|on\w+=/i);
  });

  it('leaves one empty marker per removed block where it stood in the content', () => {
    const doc = new JSDOM('').window.document;
    const holder = doc.createElement('div');
    holder.append(doc.createRange().createContextualFragment(article.content));
    const markers = [...holder.querySelectorAll('[data-ql-removed]')];
    expect(markers.map((marker) => marker.getAttribute('data-ql-removed'))).toEqual(removed.map((_, i) => String(i)));
    expect(markers.every((marker) => marker.textContent === '')).toBe(true);
  });
});

seed.describe('lead image on the seed page', () => {
  it('is the page’s own lead picture with its caption, since Readability left it out', () => {
    const { leadImage } = extractFromHtml(html, URL);
    expect(leadImage).toEqual({
      src: 'https://news.example/images/kim-putin-vostochny.jpg',
      alt: 'Kim Jong Un and Vladimir Putin at the Vostochny cosmodrome',
      caption: 'Kim Jong Un and Vladimir Putin at the Vostochny cosmodrome. (File photo)',
      width: 1200,
      height: 675,
    });
  });
});
