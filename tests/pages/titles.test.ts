// Titles no worse than Readability's: ours is Readability's own, or Readability's less a site or
// section name joined by a separator (utils/title.ts says when). Fixtures pin both ways; the dev
// corpus is read in place and skipped when ../shared is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { documentFromHtml, extractFromHtml } from '../../utils/cli/page';
import { extractArticle } from '../../utils/extract';
import { withShared } from '../with-shared';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const corpus = withShared('extraction-dev', __filename);

describe('title fixtures', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((slug) => existsSync(path.join(FIXTURES, slug, 'expected.json')))
    .map((slug) => [slug, JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8'))] as const)
    .filter(([, expected]) => typeof expected.title === 'string');

  it('has a fixture and a counter-fixture', () => {
    expect(fixtures.map(([slug]) => slug)).toEqual(expect.arrayContaining(['title-site-suffix', 'title-dash-in-headline', 'oldmarkup-wordpress2-blog-en', 'title-h1-permalink']));
  });

  it.each(fixtures)('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    expect(extractFromHtml(html, expected.url).article.title).toBe(expected.title);
  });
});

/** Readability's title, minus at most a part at either end joined by a separator. */
function isReadabilityTitleOrTrimmed(ours: string, readability: string): boolean {
  if (ours === readability) return true;
  const at = readability.indexOf(ours);
  if (!ours || at < 0) return false;
  const before = readability.slice(0, at);
  const after = readability.slice(at + ours.length);
  const joined = (part: string, side: 'before' | 'after') => part === '' || (side === 'before' ? /\s(?:[|\-–—·•»/\\]|::)\s+$/ : /^\s+(?:[|\-–—·•»/\\]|::)\s/).test(part);
  return joined(before, 'before') && joined(after, 'after');
}

/**
 * Readability's title without its article search: parse() sets the title from exactly these two
 * steps (JSON-LD, then metadata with <title> and headings as fallback), and they only read the page.
 */
function readabilityTitle(doc: Document): string {
  const reader = new Readability(doc) as unknown as { _getJSONLD(doc: Document): unknown; _getArticleMetadata(jsonld: unknown): { title?: string } };
  return (reader._getArticleMetadata(reader._getJSONLD(doc)).title ?? '').trim();
}

corpus.describe('titles on the extraction dev corpus', () => {
  it('are Readability’s, or Readability’s less a site name, and keep no site-name suffix', { timeout: 600_000 }, () => {
    const truth = JSON.parse(corpus.read('ground-truth.json')) as Record<string, { url: string }>;
    const worse: string[] = [];
    let trimmed = 0;
    for (const [id, { url }] of Object.entries(truth)) {
      const html = corpus.read(`${id}.html`);
      const doc = documentFromHtml(html, url);
      const found = extractArticle(doc);
      const readability = readabilityTitle(doc);
      doc.defaultView?.close();
      const ours = found?.title ?? '';
      if (!isReadabilityTitleOrTrimmed(ours, readability)) worse.push(`${id}: "${ours}" vs Readability "${readability}"`);
      if (found?.siteName && new RegExp(`\\s[|\\-–—]\\s+${found.siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(ours)) worse.push(`${id}: "${ours}" keeps the site name`);
      if (ours !== readability) trimmed++;
    }
    expect(worse).toEqual([]);
    expect(trimmed).toBeGreaterThan(0);
  });
});
