// Declutter on whole pages: Readability first (as in the pipeline), then declutter, then assertions on
// the text a reader would see. Each test builds its own JSDOM, so the vitest environment does not matter.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutter } from '../../utils/declutter';
import { extractArticle } from '../../utils/extract';
import { removeLeadingTitle } from '../../utils/leading-title';
import type { RemovedKind } from '../../utils/types';
import { withShared } from '../with-shared';

interface FixtureExpectation {
  url: string;
  mustContain?: string[];
  mustNotContain?: string[];
  removedKinds?: RemovedKind[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const seed = withShared('seed', __filename);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function extractAndDeclutter(html: string, url: string) {
  const dom = new JSDOM(html, { url });
  const article = extractArticle(dom.window.document);
  if (!article) throw new Error(`Readability found no article in ${url}`);
  const removed = declutter(article.body);
  // (As the pipeline does after declutter: a headline repeated as the body's first line goes, leading-title.ts.)
  removeLeadingTitle(article.body, article.title);
  return { removed, text: collapse(article.body.textContent ?? '') };
}

/** Fixture folders this test understands; folders for other stages (other fields, no page) are skipped. */
function declutterFixtures(): [string, FixtureExpectation][] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((slug) => existsSync(path.join(FIXTURES, slug, 'page.html')) && existsSync(path.join(FIXTURES, slug, 'expected.json')))
    .map((slug): [string, FixtureExpectation] => [slug, JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8'))])
    .filter(([slug]) => !/^(?:gallery|keep)-/.test(slug)) // the widget gallery has its own test (gallery.test.ts)
    .filter(([, expected]) => expected.removedKinds !== undefined || expected.mustNotContain !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('declutter on fixture pages', () => {
  it.each(declutterFixtures())('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    const { removed, text } = extractAndDeclutter(html, expected.url);

    for (const sentence of expected.mustContain ?? []) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain ?? []) expect(text).not.toContain(collapse(clutter));
    if (expected.removedKinds) expect(removed.map((block) => block.kind)).toEqual(expected.removedKinds);
    for (const block of removed) expect(block.text).toBe(collapse(block.text));
  });
});

seed.describe('declutter on the seed page', () => {
  const html = seed.read('kim-putin.html');
  const expected: { paragraphs: string[]; mustNotContain: string[] } = JSON.parse(
    seed.read('kim-putin.expected.json'),
  );

  it('removes the Top Headlines widget and the Advertisement label', () => {
    const { removed, text } = extractAndDeclutter(html, 'https://news.example/world/kim');
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(clutter);
    expect(removed.map((block) => block.kind)).toEqual(['ad-label', 'headline-list']);
    expect(removed[1]?.text).toMatch(/^Top Headlines - News Canada acknowledges/);
  });

  it('keeps every story paragraph, in order', () => {
    const { text } = extractAndDeclutter(html, 'https://news.example/world/kim');
    let from = 0;
    for (const paragraph of expected.paragraphs) {
      const at = text.indexOf(collapse(paragraph), from);
      expect(at, paragraph).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
  });
});
