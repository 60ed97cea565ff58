// The popup reads a tab from a copy of its page (copyPage in the tab, sent as a message,
// documentFromCopy in the popup) while the command line and the page-side pipeline read the
// document itself. Both must agree, or the browser and `npm run extract` drift apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { MAX_COPY_DEPTH, MAX_COPY_ELEMENTS, copyPage, documentFromCopy } from '../../utils/page-copy';
import { ELEMENT_LIMIT } from '../../utils/extract';
import { runPipeline, runPipelineWithBody } from '../../utils/pipeline';
import { serializeChildren } from '../../utils/html';
import type { Extraction } from '../../utils/types';
import { withShared } from '../with-shared';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const seed = withShared('seed', __filename);

interface Page {
  name: string;
  html: string;
  url: string;
}

function pages(): Page[] {
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(FIXTURES, entry.name, 'page.html')))
    .map((entry) => {
      const expected = existsSync(path.join(FIXTURES, entry.name, 'expected.json'))
        ? (JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8')) as { url?: string })
        : {};
      return { name: entry.name, html: readFileSync(path.join(FIXTURES, entry.name, 'page.html'), 'utf8'), url: expected.url ?? 'https://news.example/story' };
    });
  const seedPage = seed.present ? [{ name: 'seed kim-putin', html: seed.read('kim-putin.html'), url: 'https://news.example/kim-putin' }] : [];
  // Every extraction fixture, and one in three of the whole-article quote pages (small pages of one shape; popup-phases
  // reads another third): copying them all had grown to the longest file of CI; the page tests read every one.
  const quotePages = fixtures.filter((page) => page.name.startsWith('quotes-')).map((page) => page.name).sort();
  const sampled = fixtures.filter((page) => !page.name.startsWith('quotes-') || quotePages.indexOf(page.name) % 3 === 1);
  return [...seedPage, ...sampled].sort((a, b) => a.name.localeCompare(b.name));
}

/** What a reader sees and copies: text, quotes with speakers, removed blocks, metadata. */
function visible(extraction: Extraction) {
  const { article, quotes, removed, leadImage } = extraction;
  return {
    title: article.title,
    byline: article.byline,
    lang: article.lang,
    text: article.textContent,
    quotes: quotes.map(({ text, speaker, key }) => ({ text, speaker, key })),
    removed: removed.map(({ kind, text }) => ({ kind, text })),
    leadImage,
    links: [...article.content.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]).filter((url) => !url!.includes('#')),
  };
}

function outcome(run: () => Extraction): ReturnType<typeof visible> | string {
  try {
    return visible(run());
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('a copy of the page reads as the page itself', () => {
  it.each(pages().map((page) => [page.name, page] as const))('%s', (_name, { html, url }) => {
    const doc = documentFromHtml(html, url);
    const win = doc.defaultView!;
    try {
      const direct = outcome(() => runPipeline(doc));
      // As JSON text, the way the content script sends it.
      const copy = documentFromCopy(JSON.stringify(copyPage(doc)), doc.baseURI, win);
      expect(outcome(() => runPipeline(copy, { win }))).toEqual(direct);
    } finally {
      win.close();
    }
  });
});

describe('copyPage and documentFromCopy', () => {
  const roundTrip = (html: string, url = 'https://news.example/a/story') => {
    const page = documentFromHtml(html, url);
    const popup = documentFromHtml('', 'chrome-extension://quotelight/popup.html');
    return documentFromCopy(JSON.stringify(copyPage(page)), page.baseURI, popup.defaultView!);
  };

  it('resolves relative URLs against the page, or against the base the page declares', () => {
    expect(roundTrip('<a href="next">n</a>').querySelector('a')!.href).toBe('https://news.example/a/next');
    const declared = roundTrip('<base href="/archive/"><a href="next">n</a>');
    expect(declared.querySelector('a')!.href).toBe('https://news.example/archive/next');
    expect(declared.querySelectorAll('base')).toHaveLength(1);
  });

  it('leaves out scripts, styles and templates but keeps JSON-LD metadata and inline handlers inert', () => {
    const doc = roundTrip(
      '<style>p{}</style><script>window.ran = true</script><script type="application/ld+json">{"headline":"H"}</script>' +
        '<template><p>t</p></template><p onclick="x()">Hi</p>',
    );
    expect(doc.querySelectorAll('style, template')).toHaveLength(0);
    expect([...doc.querySelectorAll('script')].map((script) => script.textContent)).toEqual(['{"headline":"H"}']);
    expect(doc.querySelector('p')!.getAttribute('onclick')).toBe('x()');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('keeps SVG and MathML in their namespaces, and mXSS markup as the tab had it', () => {
    const doc = roundTrip('<p>a <svg><a xlink:href="#x"><text>s</text></a></svg> <math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1&gt;"></style></mglyph></table></mtext></math> b</p><p>after</p>');
    expect(doc.querySelector('svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('svg a')!.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#x');
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent?.trim().slice(-5))).toContain('after');
  });

  it('names the HTML namespace by an empty string in the copy, and builds it back as HTML', () => {
    const page = documentFromHtml('<p>a <svg><circle r="1"></circle></svg></p>', 'https://news.example/');
    const json = JSON.stringify(copyPage(page));
    expect(json).not.toContain('http://www.w3.org/1999/xhtml');
    expect(json).toContain('http://www.w3.org/2000/svg');
    const doc = roundTrip('<p>a <svg><circle r="1"></circle></svg></p>');
    expect(doc.querySelector('p')!.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(doc.querySelector('circle')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('copies an attribute a script named in upper case, which getAttribute cannot find by that name', () => {
    const page = documentFromHtml('<p title="t">text</p>', 'https://news.example/');
    page.querySelector('p')!.setAttributeNS(null, 'Data-Src', 'https://news.example/a.jpg');
    expect(JSON.stringify(copyPage(page))).toContain('"title","t","Data-Src","https://news.example/a.jpg"');
  });

  it('turns a noscript fallback held as text into sanitized nodes', () => {
    const page = documentFromHtml('<div><noscript></noscript></div>', 'https://news.example/');
    // A browser with scripting on keeps noscript content as text; jsdom parses it, so set it by hand.
    page.querySelector('noscript')!.textContent = '<img src="https://news.example/real.jpg" onerror="x()">';
    const popup = documentFromHtml('', 'chrome-extension://quotelight/popup.html');
    const doc = documentFromCopy(copyPage(page), page.baseURI, popup.defaultView!);
    const image = doc.querySelector('noscript img')!;
    expect(image.getAttribute('src')).toBe('https://news.example/real.jpg');
    expect(image.hasAttribute('onerror')).toBe(false);
  });

  it('builds what it can from a malformed copy and never throws', () => {
    const popup = documentFromHtml('', 'chrome-extension://quotelight/popup.html').defaultView!;
    const malformed = ['html', 'http://www.w3.org/1999/xhtml', ['lang', 'en', '@click', 'x', 7], [['body', 'http://www.w3.org/1999/xhtml', [], ['text', 3, null, ['1 bad', 'x', [], []], ['p', 'http://www.w3.org/1999/xhtml', [], ['kept']]]]]];
    const doc = documentFromCopy(malformed, 'https://news.example/', popup);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.body.textContent).toBe('textkept');
    expect(documentFromCopy('not a copy', 'https://news.example/', popup).querySelector('base')!.getAttribute('href')).toBe('https://news.example/');
    expect(documentFromCopy('{"unclosed": [', 'https://news.example/', popup).body.textContent).toBe('');
  });

  it('copies a 350-deep page without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(350)}deep${'</div>'.repeat(350)}`;
    expect(roundTrip(deep).body.textContent).toBe('deep');
  });
});

describe('a copy of an oversized page', () => {
  it('stops only beyond the pipeline’s own limits, so a cut copy still reads as too large', () => {
    expect(MAX_COPY_ELEMENTS).toBeGreaterThan(ELEMENT_LIMIT.awayFromPage);
    // The pipeline refuses deeper than 250 levels (utils/extract.ts).
    expect(MAX_COPY_DEPTH).toBeGreaterThan(250);
  });

  it('stays bounded and still reads as too deep', () => {
    const page = documentFromHtml(`<p>${'<span>'.repeat(2_000)}deep${'</span>'.repeat(2_000)}</p>`, 'https://news.example/');
    const popup = documentFromHtml('', 'chrome-extension://quotelight/popup.html').defaultView!;
    const copy = copyPage(page);
    expect(JSON.stringify(copy).length).toBeLessThan(20_000);
    expect(() => runPipeline(documentFromCopy(copy, page.baseURI, popup), { win: popup })).toThrow(/nested too deeply/);
  });
});

describe('the sanitized body the popup shows', () => {
  it('is exactly what article.content serializes, with no script-capable markup left', () => {
    const html = readFileSync(path.join(FIXTURES, 'hostile-page', 'page.html'), 'utf8').replaceAll('{{ORIGIN}}', 'https://evil.example');
    const doc = documentFromHtml(html, 'https://news.example/water');
    const { extraction, body } = runPipelineWithBody(doc);
    expect(serializeChildren(body)).toBe(extraction.article.content);
    expect(body.querySelectorAll('script, iframe, object, embed, form, style, noscript, template')).toHaveLength(0);
    const attributes = [...body.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    doc.defaultView!.close();
  });
});
