// Pages in the markup of 2000–2012 news sites and blogs (table layouts, <font> and <br><br>
// paragraphs, div#storybody CMS stories, XHTML WordPress 2.x themes, legacy charsets declared in a
// meta tag). Same expected.json format as gallery.test.ts, but through the whole pipeline only:
// these pages have no <article> element to hand declutter on its own.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import type { RemovedKind } from '../../utils/types';

interface OldMarkupExpectation {
  url: string;
  widget?: string;
  mustContain: string[];
  mustNotContain: string[];
  /** Kinds that must be among the removed blocks. */
  removed: RemovedKind[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function fixtures(): [string, OldMarkupExpectation][] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('oldmarkup-'))
    .map((entry): [string, OldMarkupExpectation] => [entry.name, JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8'))])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('older markup: the story survives, the furniture goes', () => {
  it.each(fixtures())('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    const { article, removed, quotes } = extractFromHtml(html, expected.url);
    const text = collapse(article.textContent);
    for (const sentence of expected.mustContain) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));
    const kinds = removed.map((block) => block.kind);
    for (const kind of expected.removed) expect(kinds).toContain(kind);
    for (const quote of quotes) for (const clutter of expected.mustNotContain) expect(clutter).not.toContain(quote.text);
  });

  it('covers at least four pages', () => {
    expect(fixtures().length).toBeGreaterThanOrEqual(4);
  });
});
