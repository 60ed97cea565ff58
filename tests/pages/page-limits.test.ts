import { describe, expect, it } from 'vitest';
import { documentFromHtml, extractFromHtml } from '../../utils/cli/page';
import { ELEMENT_LIMIT, PageTooLargeError } from '../../utils/extract';
import { runPipeline } from '../../utils/pipeline';

/**
 * Pages that would take seconds or minutes are refused up front with a sentence. Inside the tab
 * (the page-side pipeline) the element limit is lower, since a long read would freeze it.
 */
const URL = 'https://news.example/limits';
const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a perfectly ordinary story about the harbour, its ferries and the people who work there every day.</p>`).join('');

describe('page limits', () => {
  it('refuses a page with more elements than an article ever has', () => {
    const filler = '<span>x</span>'.repeat(ELEMENT_LIMIT.awayFromPage + 1_000);
    expect(() => extractFromHtml(`<html><body><article>${story}</article><div>${filler}</div></body></html>`, URL)).toThrow(PageTooLargeError);
  }, 30_000);

  it('refuses by the limit it is given, which is lower inside the tab than away from it', () => {
    const filler = '<span>x</span>'.repeat(3_000);
    const doc = documentFromHtml(`<html><body><article>${story}</article><div>${filler}</div></body></html>`, URL);
    expect(() => runPipeline(doc, { maxElements: 2_000 })).toThrow(PageTooLargeError);
    expect(runPipeline(doc).article.textContent).toContain('Paragraph 5 of a perfectly ordinary story');
    // The performance issue's 50,000-element page is read by the popup, refused by the page-side pipeline.
    expect(ELEMENT_LIMIT.inPage).toBeLessThan(50_000);
    expect(ELEMENT_LIMIT.awayFromPage).toBeGreaterThan(50_000);
  });

  it('refuses a page nested deeper than an article ever is', () => {
    const html = `<html><body>${'<div>'.repeat(300)}${story}${'</div>'.repeat(300)}</body></html>`;
    expect(() => extractFromHtml(html, URL)).toThrow(/nested too deeply/);
  });

  it('reads an ordinary page well within both limits', () => {
    const html = `<html><head><title>Harbour</title></head><body>${'<div>'.repeat(40)}<article>${story}</article>${'</div>'.repeat(40)}</body></html>`;
    expect(extractFromHtml(html, URL).article.textContent).toContain('Paragraph 5 of a perfectly ordinary story');
  });
});
