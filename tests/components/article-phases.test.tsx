// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView, type CopyActions } from '../../components/ArticleView';
import type { Extraction, Quote } from '../../utils/types';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => document.body.replaceChildren());

// The popup draws the article first (phase 1 of the pipeline) and fills in its quotes later.
describe('an article drawn before its quotes', () => {
  const text = '"The ferry runs at dawn," Mara Lind said. "Not on Sundays," Jon Berg said.';
  const quote = (words: string, speaker: string, utterance: number): Quote => {
    const start = text.indexOf(words);
    return { text: words, speaker, role: null, start, end: start + words.length, key: true, speakerKind: 'name', utterance };
  };
  const article: Extraction['article'] = { title: 'Ferry', byline: 'Jon Berg', siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null, textContent: text, content: text, readerable: true };
  const draft: Extraction = { article, leadImage: null, quotes: [], voices: [], removed: [], ms: { readability: 0, total: 0 } };
  const whole: Extraction = {
    ...draft,
    quotes: [quote('The ferry runs at dawn,', 'Mara Lind', 0), quote('Not on Sundays,', 'Jon Berg', 1)],
    voices: [
      { name: 'Mara Lind', role: null, quotes: 1 },
      { name: 'Jon Berg', role: null, quotes: 1 },
    ],
  };
  const copy: CopyActions = { onCopyQuote: async () => {}, onCopyLink: async () => {}, onCopyAll: async () => {}, onCopyVoice: async () => {} };
  // Plain text in a paragraph, built with DOM calls: enough for highlighting, no sanitizer needed here.
  const sanitize = vi.fn((content: string, doc: Document) => {
    const fragment = doc.createDocumentFragment();
    fragment.append(Object.assign(doc.createElement('p'), { textContent: content }));
    return fragment;
  });
  const marks = (host: Element) => [...host.querySelectorAll('.ql-article-body mark.ql-quote')].map((mark) => mark.textContent);

  it('shows the text at once, keeps the quote region busy and empty, and reserves the key-quote count', () => {
    const host = root();
    render(<ArticleView extraction={draft} copy={copy} sanitize={sanitize} quotesPending />, host);
    expect(host.querySelector('.ql-article-body')!.textContent).toBe(text);
    const region = host.querySelector('.ql-quotes-found')!;
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(region.children).toHaveLength(0);
    expect(host.querySelector('.ql-details .ql-jump-slot')!.textContent).toBe('');
    expect(marks(host)).toEqual([]);
  });

  it('fills in Voices, Key quotes, the count and the marks below the text already drawn, without drawing it again', () => {
    const host = root();
    sanitize.mockClear();
    render(<ArticleView extraction={draft} copy={copy} sanitize={sanitize} quotesPending />, host);
    const paragraph = host.querySelector('.ql-article-body p');
    render(<ArticleView extraction={whole} copy={copy} sanitize={sanitize} />, host);
    expect(sanitize).toHaveBeenCalledTimes(1);
    expect(host.querySelector('.ql-article-body p')).toBe(paragraph);
    expect(marks(host)).toEqual(['The ferry runs at dawn,', 'Not on Sundays,']);
    const region = host.querySelector('.ql-quotes-found')!;
    expect(region.getAttribute('aria-busy')).toBe('false');
    expect(region.querySelector('ul[aria-labelledby="ql-voices-heading"]')!.querySelectorAll('li')).toHaveLength(2);
    expect(region.querySelectorAll('ol[aria-label="Key quotes"] li')).toHaveLength(2);
    expect(host.querySelector('.ql-details .ql-jump-slot')!.textContent).toContain('2 key quotes');
    // Voices and Key quotes come after the article text, so filling them in moves nothing above.
    const body = host.querySelector('.ql-article-body')!;
    expect(body.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('marks quotes that change on an already marked body once, on clean nodes', () => {
    const host = root();
    render(<ArticleView extraction={whole} copy={copy} sanitize={sanitize} />, host);
    render(<ArticleView extraction={{ ...whole, quotes: whole.quotes.slice(1) }} copy={copy} sanitize={sanitize} />, host);
    expect(marks(host)).toEqual(['Not on Sundays,']);
    expect(host.querySelectorAll('.ql-article-body mark mark')).toHaveLength(0);
  });
});
