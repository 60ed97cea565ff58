// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectText, locateOffset } from '../../utils/text';
import { highlightQuotes } from '../../utils/highlight';
import type { Quote } from '../../utils/types';

function element(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test input only: building a fixture DOM from a literal string.
  root.append(document.createRange().createContextualFragment(html));
  return root;
}

function quote(text: string, source: string, key = true, speaker: string | null = 'Ada Park'): Quote {
  const start = source.indexOf(text);
  return { text, speaker, role: null, start, end: start + text.length, key, speakerKind: speaker ? 'name' : null, utterance: start };
}

describe('collectText', () => {
  it.each([
    ['paragraphs are separated by a blank line', '<p>One  two.</p>\n<p>Three</p>', 'One two.\n\nThree'],
    ['inline elements do not break a paragraph', '<p>A <em>quiet</em> <a href="#">town</a>.</p>', 'A quiet town.'],
    ['a line break is a single newline', '<p>First line<br>second line</p>', 'First line\nsecond line'],
    ['list items and headings are blocks', '<h2>Sub</h2><ul><li>a</li><li>b</li></ul>', 'Sub\n\na\n\nb'],
    ['captions are not body text', '<figure><img src="x.png"><figcaption>Photo: Ada</figcaption></figure><p>Body.</p>', 'Body.'],
    ['the headline is not body text', '<h1>The Title</h1><p>Body.</p>', 'Body.'],
    ['no-break spaces are kept as written', '<p>«\u202fOui\u202f»</p>', '«\u202fOui\u202f»'],
  ])('%s', (_name, html, expected) => {
    expect(collectText(element(html), { title: 'The title' }).text).toBe(expected);
  });

  it('maps every text offset back to the text node and position it came from', () => {
    const root = element('<p>  Hello <b>big</b>\n world</p>');
    const { text, segments } = collectText(root);
    expect(text).toBe('Hello big world');
    const big = locateOffset(segments, text.indexOf('big'), 'start')!;
    expect(big.node.data).toBe('big');
    expect(big.offset).toBe(0);
    const worldEnd = locateOffset(segments, text.length, 'end')!;
    expect(worldEnd.node.data.slice(0, worldEnd.offset)).toBe('\n world');
  });
});

describe('highlightQuotes', () => {
  it('wraps a quote in a mark without changing the text', () => {
    const root = element('<p>"We will build it," Ada Park said.</p>');
    const { text } = collectText(root);
    expect(highlightQuotes(root, [quote('We will build it,', text)])).toBe(1);
    const mark = root.querySelector('mark')!;
    expect(mark.textContent).toBe('We will build it,');
    expect(mark.className).toBe('ql-quote ql-key');
    expect(mark.title).toBe('Ada Park');
    expect(mark.dataset.speaker).toBe('Ada Park');
    expect(mark.tabIndex).toBe(0);
    expect(collectText(root).text).toBe(text);
  });

  it('splits a quote that crosses elements and paragraphs into marks with one index', () => {
    const root = element('<p>"It is <em>not</em> over.</p><p>We go on," she said. "Later," he said.</p>');
    const { text } = collectText(root);
    const quotes = [quote('It is not over.\n\nWe go on,', text), quote('Later,', text, false)];
    highlightQuotes(root, quotes);
    const first = [...root.querySelectorAll('mark[data-quote="0"]')].map((mark) => mark.textContent);
    // Spaces between elements collapse into the text's single space and stay unmarked.
    expect(first).toEqual(['It is', 'not', 'over.', 'We go on,']);
    expect(root.querySelector('mark[data-quote="1"]')!.className).toBe('ql-quote');
    // One tab stop per quote: its first piece.
    expect([...root.querySelectorAll('mark[data-quote="0"]')].map((mark) => mark.getAttribute('tabindex'))).toEqual(['0', null, null, null]);
    expect(collectText(root).text).toBe(text);
  });

  it('keeps escaped markup as text', () => {
    const root = element('<p>"&lt;img src=x onerror=alert(1)&gt; is text," Ada Park said.</p>');
    const { text } = collectText(root);
    highlightQuotes(root, [quote('<img src=x onerror=alert(1)> is text,', text)]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)> is text,');
  });

  it('finds a quote by its text when offsets no longer match', () => {
    const root = element('<p>Intro added later.</p><p>"Stay calm," Ada Park said.</p>');
    highlightQuotes(root, [{ text: 'Stay calm,', speaker: 'Ada Park', role: null, start: 1, end: 11, key: true, speakerKind: 'name', utterance: 0 }]);
    expect(root.querySelector('mark')!.textContent).toBe('Stay calm,');
  });
});
