import { describe, expect, it } from 'vitest';
import { documentFromHtml, extractFromHtml } from '../../utils/cli/page';
import { NoArticleError, runPipeline } from '../../utils/pipeline';
import type { Extraction } from '../../utils/types';

/**
 * Pages that are not what the pipeline hopes for. Every one must get an answer: an article,
 * "no article", or an error with a message a person can read; never a hang or a crash elsewhere.
 */

type Answer = { kind: 'article'; extraction: Extraction } | { kind: 'no-article' } | { kind: 'error'; message: string };

function answer(run: () => Extraction): Answer {
  try {
    return { kind: 'article', extraction: run() };
  } catch (error) {
    if (error instanceof NoArticleError) return { kind: 'no-article' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

const URL = 'https://news.example/city/bridge-to-reopen';
const SENTENCE = 'The council report says the bridge will reopen in spring, and residents say the detour has added twenty minutes to every journey across the river.';
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCE}</p>`).join('');
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Bridge to reopen in spring</title>${head}</head><body><article><h1>Bridge to reopen in spring</h1>${body}</article></body></html>`;

function article(result: Answer): Extraction {
  if (result.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.extraction;
}

/** Hrefs and srcs of the clean article, parsed back with the same DOM the pipeline used. */
function urlsIn(extraction: Extraction): string[] {
  const doc = documentFromHtml(`<div>${extraction.article.content}</div>`, 'about:blank');
  return [...doc.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
}

describe('bad input to the pipeline (jsdom)', () => {
  it.each([
    ['an empty string', ''],
    ['an empty document', '<!doctype html><html><head></head><body></body></html>'],
    ['whitespace and control characters', ' \n\t\u0000\u0001 '],
    ['a sign-in form', '<html><head><title>Sign in</title></head><body><form><label>Email <input></label><button>Sign in</button></form></body></html>'],
  ])('%s has no article', (_label, html) => {
    expect(answer(() => extractFromHtml(html, URL))).toEqual({ kind: 'no-article' });
  });

  it('says a page that is only a list of links has no article', () => {
    const html = `<html><body><nav>${Array.from({ length: 200 }, (_, i) => `<a href="/s/${i}">Story ${i}</a>`).join(' ')}</nav></body></html>`;
    expect(answer(() => extractFromHtml(html, URL)).kind).toBe('no-article');
  });

  it('resolves relative links and images against <base href>, not the page URL', () => {
    const html = page(`${paragraphs(3)}<p>See <a href="story-2.html">the earlier story</a> <img src="img/map.jpg" alt="Map">.</p>`, '<base href="https://cdn.example/news/">');
    const urls = urlsIn(article(answer(() => extractFromHtml(html, URL))));
    expect(urls).toContain('https://cdn.example/news/story-2.html');
    expect(urls).toContain('https://cdn.example/news/img/map.jpg');
  });

  it('drops links that a javascript: <base href> would turn into script', () => {
    const html = page(`${paragraphs(3)}<p>See <a href="story-2.html">the earlier story</a>.</p>`, '<base href="javascript:alert(1)//">');
    const extraction = article(answer(() => extractFromHtml(html, URL)));
    expect(urlsIn(extraction).filter((url) => !/^https?:/.test(url))).toEqual([]);
    expect(extraction.article.textContent).toContain('the earlier story');
  });

  it('does not read text inside a shadow root: the page clone has no shadow trees, so no article', () => {
    // Documented behaviour: Readability works on `cloneNode(true)`, which copies no shadow roots.
    const doc = documentFromHtml(page('<x-story></x-story>'), URL);
    const shadow = doc.querySelector('x-story')!.attachShadow({ mode: 'open' });
    for (let i = 0; i < 6; i++) shadow.append(Object.assign(doc.createElement('p'), { textContent: `Shadow ${i}. ${SENTENCE}` }));
    const result = answer(() => runPipeline(doc));
    expect(result.kind).toBe('no-article');
    expect(doc.querySelector('x-story')!.shadowRoot!.childElementCount).toBe(6);
  });

  it('keeps the light-DOM article and ignores a shadow root next to it', () => {
    const doc = documentFromHtml(page(`${paragraphs(4)}<x-widget></x-widget>`), URL);
    doc.querySelector('x-widget')!.attachShadow({ mode: 'open' }).append(Object.assign(doc.createElement('p'), { textContent: 'Shadow text' }));
    const extraction = article(answer(() => runPipeline(doc)));
    expect(extraction.article.textContent).toContain('Paragraph 4.');
    expect(extraction.article.textContent).not.toContain('Shadow text');
  });

  it.each([
    ['a frameset', '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/a.html"><frame src="/b.html"></frameset></html>'],
    ['an iframe holding the story', page(`<iframe srcdoc="${paragraphs(6).replace(/"/g, '&quot;')}"></iframe>`)],
  ])('does not read into frames: %s has no article', (_label, html) => {
    expect(answer(() => extractFromHtml(html, URL))).toEqual({ kind: 'no-article' });
  });

  it('reads the story around an iframe and leaves the iframe out', () => {
    const extraction = article(answer(() => extractFromHtml(page(`${paragraphs(4)}<iframe src="https://ads.example/"></iframe>`), URL)));
    expect(extraction.article.content).not.toMatch(/<iframe/i);
  });

  it('answers for a very deeply nested page (an error with a message is an answer)', () => {
    // 600 levels: past the 512 that Chromium's HTML parser allows. The pipeline's cost grows with
    // the square of the depth (see the report), and jsdom overflows its stack near 5,000 levels.
    const depth = 600;
    const html = page(`${'<div>'.repeat(depth)}${paragraphs(1)}${'</div>'.repeat(depth)}${paragraphs(3)}`);
    const result = answer(() => extractFromHtml(html, URL));
    if (result.kind === 'error') expect(result.message).not.toBe('');
    else expect(['article', 'no-article']).toContain(result.kind);
  }, 300_000);

  it('answers for a 5 MB page with 50,000 elements', () => {
    // A story followed by a 5 MB dump of 50,000 highlighted tokens (a log or code listing): every
    // stage (Readability, declutter, sanitize, text, quotes) works on all of it. A page of 50,000
    // block elements (a comment thread) is slower still; see the report on time-boxing.
    const tokens = Array.from({ length: 50_000 }, (_, i) => `<span class="tok">${String(i).padStart(8, '0')} ${'x'.repeat(80)}</span>`).join('');
    const html = page(`${paragraphs(8)}<pre>${tokens}</pre>`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = documentFromHtml(html, URL);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const result = answer(() => runPipeline(doc));
    if (result.kind === 'error') expect(result.message).not.toBe('');
    else expect(['article', 'no-article']).toContain(result.kind);
  }, 900_000);

  it('keeps hostile markup out and escaped markup in, as text, with its quote found', () => {
    const html = page(
      `${paragraphs(3)}<p onclick="alert(1)">Officials <img src=x onerror="alert(2)"><a href="javascript:alert(3)">replied</a>.</p>` +
        `<svg><script>alert(4)</script></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(5)></style></mglyph></table></mtext></math>` +
        `<p>"&lt;img src=x onerror=alert(1)&gt; is what they sent," Ada Park said.</p>`,
    );
    const extraction = article(answer(() => extractFromHtml(html, URL)));
    // Checked on the parsed result, not the string: the escaped text itself reads "onerror=".
    const content = documentFromHtml(`<div>${extraction.article.content}</div>`, 'about:blank');
    expect(content.querySelectorAll('script, iframe, object, embed, form, style')).toHaveLength(0);
    const attributes = [...content.querySelectorAll('*')].flatMap((el) => [...el.attributes].map(({ name, value }) => `${name}=${value}`));
    expect(attributes.filter((attribute) => /^on|javascript:/i.test(attribute))).toEqual([]);
    expect(extraction.article.textContent).toContain('"<img src=x onerror=alert(1)> is what they sent," Ada Park said.');
    const quote = extraction.quotes.find((found) => found.text.includes('<img src=x onerror=alert(1)>'));
    expect(quote?.speaker).toBe('Ada Park');
  });
});
