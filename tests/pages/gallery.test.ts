// The widget gallery: whole story pages, each carrying one headline list or recommendation widget
// modelled on a real platform's markup (`gallery-*`), and pages whose link-rich lists are story and
// must stay whole (`keep-*`). Each page runs twice: through the whole pipeline, as the command line
// does (what reaches the reader), and through declutter alone on the page's <article> as published
// (Readability drops some widgets on its own, by class name or link density, and keeps them on
// other pages: the signals must recognise every widget without its help).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import { declutter } from '../../utils/declutter';
import type { RemovedKind } from '../../utils/types';

interface GalleryExpectation {
  url: string;
  /** What the page carries, for a reader of the fixture. */
  widget?: string;
  mustContain: string[];
  mustNotContain: string[];
  /** Kinds that must be among the removed blocks (empty for keep-* pages). */
  removed: RemovedKind[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const LIST_KINDS: RemovedKind[] = ['headline-list', 'teaser'];
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function fixtures(prefix: string): [string, GalleryExpectation][] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(prefix))
    .map((entry): [string, GalleryExpectation] => [entry.name, JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8'))])
    // The comments, credits, promos and contact pages have their own format and test (gallery-misc.test.ts).
    .filter(([, expected]) => Array.isArray(expected.mustContain))
    .sort(([a], [b]) => a.localeCompare(b));
}

function read(slug: string): string {
  return readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
}

/** Declutter on the page's own <article> element, classes and all, without Readability first. */
function declutterArticle(slug: string, url: string) {
  const article = new JSDOM(read(slug), { url }).window.document.querySelector('article');
  if (!article) throw new Error(`${slug} has no <article>`);
  const removed = declutter(article as HTMLElement);
  return { removed, text: collapse(article.textContent ?? '') };
}

describe('widget gallery: each widget goes, the story stays', () => {
  it.each(fixtures('gallery-'))('%s: the reader sees the story without the widget', (slug, expected) => {
    const { article, quotes } = extractFromHtml(read(slug), expected.url);
    const text = collapse(article.textContent);
    for (const sentence of expected.mustContain) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));
    // A headline the widget quoted must not come back as a quote of the story.
    for (const quote of quotes) for (const clutter of expected.mustNotContain) expect(clutter).not.toContain(quote.text);
  });

  it.each(fixtures('gallery-'))('%s: declutter alone removes the widget, by kind', (slug, expected) => {
    const { removed, text } = declutterArticle(slug, expected.url);
    for (const sentence of expected.mustContain) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));
    const kinds = removed.map((block) => block.kind);
    for (const kind of expected.removed) expect(kinds).toContain(kind);
  });

  it('covers at least 30 widgets', () => {
    expect(fixtures('gallery-').length).toBeGreaterThanOrEqual(30);
  });
});

describe('link-rich story lists stay whole', () => {
  it.each(fixtures('keep-'))('%s', (slug, expected) => {
    const { article, removed } = extractFromHtml(read(slug), expected.url);
    const text = collapse(article.textContent);
    for (const sentence of expected.mustContain) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));
    expect(removed.filter((block) => LIST_KINDS.includes(block.kind)).map((block) => block.text)).toEqual([]);
    const alone = declutterArticle(slug, expected.url);
    for (const sentence of expected.mustContain) expect(alone.text).toContain(collapse(sentence));
    expect(alone.removed.filter((block) => LIST_KINDS.includes(block.kind)).map((block) => block.text)).toEqual([]);
  });
});

// Pages in the markup of 2000–2012 news sites and blogs (table layouts, <font> and <br><br>
// paragraphs, div#storybody CMS stories, XHTML WordPress 2.x themes, legacy charsets declared in a
// meta tag): through the whole pipeline only, as they have no <article> to hand declutter alone.
describe('older markup: the story survives, the furniture goes', () => {
  it.each(fixtures('oldmarkup-'))('%s', (slug, expected) => {
    const { article, removed, quotes } = extractFromHtml(read(slug), expected.url);
    const text = collapse(article.textContent);
    for (const sentence of expected.mustContain) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));
    const kinds = removed.map((block) => block.kind);
    for (const kind of expected.removed) expect(kinds).toContain(kind);
    for (const quote of quotes) for (const clutter of expected.mustNotContain) expect(clutter).not.toContain(quote.text);
  });

  it('covers at least four pages', () => {
    expect(fixtures('oldmarkup-').length).toBeGreaterThanOrEqual(4);
  });
});
