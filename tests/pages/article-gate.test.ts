// The article gate both ways: listings (section fronts, home, tag, author and search pages, link
// directories) answer "no article"; short stories the page declares, and long stories among
// teasers, are read. Fixture folders carry `isArticle` in expected.json; page-copy.test.ts runs the
// same pages through the popup's copy of the page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { runJsonlBatch } from './cli-batch';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml, extractFromHtml } from '../../utils/cli/page';
import { NoArticleError } from '../../utils/pipeline';
import { declaredKind, jsonLdTypes } from '../../utils/article-gate';

interface GateExpectation {
  url: string;
  isArticle: boolean;
  textMustContain?: string[];
  textMustNotContain?: string[];
}

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.resolve(ROOT, 'tests/fixtures');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function gateFixtures(): [string, GateExpectation][] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(FIXTURES, entry.name, 'expected.json')))
    .map((entry): [string, GateExpectation] => [entry.name, JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8'))])
    .filter(([, expected]) => typeof expected.isArticle === 'boolean')
    .sort(([a], [b]) => a.localeCompare(b));
}

const pageOf = (slug: string) => readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');

describe('article gate on fixture pages (jsdom, runPipeline)', () => {
  it('has fixtures both ways', () => {
    const verdicts = gateFixtures().map(([, expected]) => expected.isArticle);
    expect(verdicts.filter((verdict) => verdict).length).toBeGreaterThanOrEqual(5);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThanOrEqual(6);
  });

  it.each(gateFixtures())('%s', (slug, expected) => {
    const html = pageOf(slug);
    if (!expected.isArticle) {
      expect(() => extractFromHtml(html, expected.url)).toThrow(NoArticleError);
      return;
    }
    const text = collapse(extractFromHtml(html, expected.url).article.textContent);
    for (const sentence of expected.textMustContain ?? []) expect(text).toContain(collapse(sentence));
    for (const other of expected.textMustNotContain ?? []) expect(text).not.toContain(collapse(other));
  });
});

describe('article gate through the command line', { timeout: 60_000 }, () => {
  it('answers "no article" for listings and an article for stories, in one --jsonl batch', () => {
    const fixtures = gateFixtures();
    const { answers } = runJsonlBatch(fixtures.map(([slug, expected]) => ({ id: slug, file: path.join(FIXTURES, slug, 'page.html'), url: expected.url })));
    expect(answers.map(({ id, ok }) => [id, ok])).toEqual(fixtures.map(([slug, expected]) => [slug, expected.isArticle]));
    for (const refused of answers.filter((answer) => !answer.ok)) expect(refused.error).toMatch(/No article was found/);
  });
});

describe('what the page says it is', () => {
  const docWith = (head: string) => documentFromHtml(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`, 'https://news.example/a');
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it('reads JSON-LD types at the top level, in arrays, in @graph and given as arrays, without a schema.org prefix', () => {
    const doc = docWith(
      ld([{ '@type': 'Organization' }, { '@graph': [{ '@type': ['ReportageNewsArticle', 'NewsArticle'] }, { '@type': 'http://schema.org/WebSite' }] }]) +
        '<script type="application/ld+json">{ broken json</script>',
    );
    expect(jsonLdTypes(doc)).toEqual(['Organization', 'ReportageNewsArticle', 'NewsArticle', 'WebSite']);
  });

  it.each([
    ['NewsArticle JSON-LD', ld({ '@type': 'NewsArticle' }), 'story'],
    ['BlogPosting inside @graph', ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'BlogPosting' }, { '@type': 'WebSite' }] }), 'story'],
    ['LiveBlogPosting given as an array', ld({ '@type': ['LiveBlogPosting'] }), 'story'],
    ['og:type=article', '<meta property="og:type" content="article">', 'story'],
    ['article:published_time alone', '<meta property="article:published_time" content="2025-11-04T05:48:00Z">', 'story'],
    ['an Article in JSON-LD over og:type=website', `<meta property="og:type" content="website">${ld({ '@type': 'Article' })}`, 'story'],
    ['og:type=website', '<meta property="og:type" content="website">', 'listing'],
    ['a CollectionPage in JSON-LD over og:type=article', `<meta property="og:type" content="article">${ld({ '@graph': [{ '@type': 'CollectionPage' }] })}`, 'listing'],
    ['ItemList', ld({ '@type': 'ItemList' }), 'listing'],
    ['SearchResultsPage', ld({ '@type': 'SearchResultsPage' }), 'listing'],
    ['ProfilePage', ld({ '@type': 'ProfilePage' }), 'listing'],
    ['WebSite alone (a home page)', ld({ '@type': 'WebSite' }), 'listing'],
    ['three NewsArticle entities side by side (a front page marking up its teasers)', ld([1, 2, 3].map((n) => ({ '@type': 'NewsArticle', headline: `Story ${n}` }))), null],
    ['WebSite beside a WebPage (the site a page belongs to)', ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'WebSite' }] }), null],
    ['nothing', '', null],
  ])('%s → %s', (_label, head, kind) => {
    expect(declaredKind(docWith(head))).toBe(kind);
  });
});
