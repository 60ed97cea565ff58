import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import { PageTooLargeError } from '../../utils/extract';

/**
 * Extraction runs in the reader's tab, so pages that would freeze it are refused up front with
 * a sentence instead of being read for seconds or minutes.
 */
const URL = 'https://news.example/limits';
const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a perfectly ordinary story about the harbour, its ferries and the people who work there every day.</p>`).join('');

describe('page limits', () => {
  it('refuses a page with more elements than an article ever has', () => {
    const filler = '<span>x</span>'.repeat(31_000);
    expect(() => extractFromHtml(`<html><body><article>${story}</article><div>${filler}</div></body></html>`, URL)).toThrow(PageTooLargeError);
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
