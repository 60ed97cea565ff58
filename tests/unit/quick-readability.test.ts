// Our Readability subclass on our lighter clone only answers faster: on every fixture page, and on a page
// built to stress query order and tag case, its result must equal plain Readability's.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { QuickQueryReadability, cloneForReadability, holdsNonBlankText, isVisibleToReadability } from '../../utils/extract';

const FIXTURES = path.resolve(__dirname, '../fixtures');
// Every extraction fixture, and one in three of the whole-article quote pages (small pages of one shape, the other thirds
// read by popup-phases and page-copy): comparing every one had grown to the second-longest file of CI.
const ALL_FIXTURES = readdirSync(FIXTURES).filter((name) => !name.startsWith('.')).sort();
const QUOTE_PAGES = ALL_FIXTURES.filter((name) => name.startsWith('quotes-'));
const SAMPLED_FIXTURES = ALL_FIXTURES.filter((name) => !name.startsWith('quotes-') || QUOTE_PAGES.indexOf(name) % 3 === 2);

const STRESS_PAGE = `<!doctype html><html lang="en"><head><title>Harbour repairs: the long wait ends - Town News</title>
<style>p { color: red }</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour repairs finish","author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2024-05-01"}</script>
<script>window.tracking = 1;</script></head><body>
<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></nav>
<article><h1>Harbour repairs: the long wait ends</h1>
<div><span>Loose text in a div that Readability turns into a paragraph, long enough to count for something here.</span></div>
<p>The harbour wall, cracked since the winter storms, was finally repaired this week after months of delay and debate.<br><br>Fishermen said the work came just in time for the season, and the council promised more.</p>
<font>Old markup in a font tag, with a sentence or two of story text that should survive as a span.</font>
<div><img src="a.jpg"><noscript><img src="real.jpg"></noscript></div>
<div><ul><li>One point of a list inside a div, with words.</li></ul><ol><li>Another list, ordered, beside it.</li></ol></div>
<table><tr><td>Cell text of a small layout table, with a few words in it.</td></tr></table>
<svg><style>.x{}</style><text>label</text></svg>
<p>The mayor said the repairs cost less than feared, and that the fund would cover the next phase as well.</p>
<div hidden><p>Hidden text that must not appear in the article at all.</p></div>
<div style="display: none"><p>Styled-away text that must not appear either.</p></div>
<p aria-hidden="true">Text hidden from readers that must not appear.</p>
<p style="color: blue">A styled paragraph that stays, with some words of story text in it as well.</p>
<p>Residents gathered on the quay on Sunday to watch the first boats come in, and the café stayed open late.</p>
</article><footer><p>Copyright Town News</p></footer></body></html>`;

function parseBoth(html: string, url: string) {
  const doc = documentFromHtml(html, url);
  const serializer = (node: Node) => (node as Element).innerHTML;
  const plain = new Readability(doc.cloneNode(true) as Document, { serializer }).parse();
  const quick = new QuickQueryReadability(cloneForReadability(doc), { serializer }).parse();
  return { plain, quick };
}

describe('QuickQueryReadability', () => {
  it.each(['_getAllNodesWithTag', '_isProbablyVisible', '_isElementWithoutContent', '_hasChildBlockElement'] as const)('answers %s itself (the hook exists in this Readability)', (hook) => {
    const spy = vi.spyOn(QuickQueryReadability.prototype, hook);
    parseBoth(STRESS_PAGE, 'https://news.example/harbour');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('gives the same result as Readability on a page with mixed tags, metadata and hidden text', () => {
    const { plain, quick } = parseBoth(STRESS_PAGE, 'https://news.example/harbour');
    expect(quick).toEqual(plain);
    expect(quick?.byline).toBe('Ann Lee');
    expect(quick?.content).not.toMatch(/Hidden text|Styled-away|hidden from readers/);
    expect(quick?.content).toContain('A styled paragraph that stays');
  });

  it.each(SAMPLED_FIXTURES)('gives the same result as Readability on %s', (slug) => {
    const { plain, quick } = parseBoth(readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8'), 'https://news.example/story');
    expect(quick).toEqual(plain);
  });
});

describe('the per-element tests QuickQueryReadability answers by a walk', () => {
  // Blank in every way String.prototype.trim knows (no-break, ideographic and zero-width no-break
  // spaces, line separators), comments whose text does not count, empty wrappers, <br>/<hr> only.
  const PAGE = `<body><div> \u00a0\u3000\ufeff\u2028 <!-- a comment with words --><span>\t</span></div>
<div><br><hr><span> </span></div><section><div><div><b>\u2003</b><i>deep word</i></div></div></section>
<div><span><em></em></span><a href="#">link</a></div><header><svg><text> </text></svg></header>
<div><span><span><img src="a.jpg"></span></span></div><div><em>inline <strong>only</strong></em></div>
<div><span><table><tr><td>cell</td></tr></table></span></div><div><svg><g><p>foreign p</p></g></svg></div>
<h2><!-- x --></h2><h3>\u200b</h3><div><template><p>template text</p></template></div></body>`;
  const doc = documentFromHtml(PAGE, 'https://news.example/blank');
  const ours = new QuickQueryReadability(cloneForReadability(doc)) as unknown as Record<string, (el: Element) => boolean>;
  const plain = new Readability(doc.cloneNode(true) as Document) as unknown as Record<string, (el: Element) => boolean>;

  it('finds non-blank text exactly where textContent.trim() is non-empty', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) expect(holdsNonBlankText(el), el.localName).toBe(el.textContent!.trim().length > 0);
  });

  it.each(['_isElementWithoutContent', '_hasChildBlockElement'])('answers %s as Readability does for every element', (hook) => {
    for (const el of Array.from(doc.querySelectorAll('*'))) expect(ours[hook]!(el), el.localName).toBe(plain[hook]!(el));
  });
});

describe('isVisibleToReadability', () => {
  // Readability 0.6.0's isNodeVisible, copied as it is written: the default our quick test must equal.
  const isNodeVisible = (node: any) =>
    (!node.style || node.style.display != 'none') &&
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true' || (node.className && node.className.includes && node.className.includes('fallback-image')));

  it('answers as Readability\'s own test for every element, hidden, styled or neither', () => {
    const doc = documentFromHtml(
      `${STRESS_PAGE}<div aria-hidden="true" class="fallback-image">x</div><div aria-hidden="false">y</div><p style="display:none" class="a">z</p><svg aria-hidden="true"><g style="display: none"/></svg>`,
      'https://news.example/harbour',
    );
    for (const el of Array.from(doc.querySelectorAll('*'))) expect(isVisibleToReadability(el), `${el.localName} ${el.getAttribute('style') ?? ''}`).toBe(Boolean(isNodeVisible(el)));
  });

  it.each(SAMPLED_FIXTURES)('leaves the answer of isProbablyReaderable on %s as it was', (slug) => {
    const doc = documentFromHtml(readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8'), 'https://news.example/story');
    expect(isProbablyReaderable(doc, { visibilityChecker: isVisibleToReadability })).toBe(isProbablyReaderable(doc));
  });
});

describe('cloneForReadability', () => {
  const PAGE = `<!doctype html><html lang="de" dir="ltr"><head><base href="https://cdn.example/news/"><title>Hafen: Reparatur beendet</title>
<meta property="og:site_name" content="Stadtzeitung"><meta name="author" content="Anna Lee">
<style>p { color: red }</style><link rel="stylesheet" href="x.css"><script>window.a = 1;</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hafen: Reparatur beendet","datePublished":"2024-05-01"}</script>
</head><body><article><h1>Hafen: Reparatur beendet</h1><p><a href="story">Link</a> and a story paragraph long enough to be kept as article text by Readability in this test.</p>
<p>A second paragraph with enough words to make the article long enough for Readability to be satisfied with it.</p></article></body></html>`;

  it('keeps what Readability reads (title, meta, base, JSON-LD, root attributes) and drops the rest of <head>', () => {
    const doc = documentFromHtml(PAGE, 'https://news.example/de/hafen');
    const copy = cloneForReadability(doc);
    expect(copy.URL).toBe(doc.URL);
    expect(copy.baseURI).toBe('https://cdn.example/news/');
    expect(copy.compatMode).toBe(doc.compatMode);
    expect(copy.title).toBe('Hafen: Reparatur beendet');
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    expect(copy.head.querySelectorAll('style, link, script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(copy.body.innerHTML).toBe(doc.body.innerHTML);

    const serializer = (node: Node) => (node as Element).innerHTML;
    const fromCopy = new Readability(copy, { serializer }).parse();
    const fromFull = new Readability(doc.cloneNode(true) as Document, { serializer }).parse();
    expect(fromCopy).toEqual(fromFull);
    expect(fromCopy?.publishedTime).toBe('2024-05-01');
    expect(fromCopy?.siteName).toBe('Stadtzeitung');
    expect(fromCopy?.content).toContain('href="https://cdn.example/news/story"');
  });
});
