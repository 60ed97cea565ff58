import { describe, expect, it } from 'vitest';
import { formatQuote, formatQuotesMarkdown } from '../../utils/format';
import type { Quote } from '../../utils/types';

const source = { title: 'Harbour [reopens]', url: 'https://news.example/harbour (live)' };
const quote = (text: string, speaker: string | null): Quote => ({ text, speaker, start: 0, end: text.length, key: true });

describe('formatQuote', () => {
  it('puts the quote and speaker on the first line and the source on the second', () => {
    expect(formatQuote(quote('We are ready,', 'Ada Park'), source)).toBe(
      '“We are ready,” — Ada Park\nHarbour [reopens] — https://news.example/harbour (live)',
    );
  });
  it('leaves out the dash when nobody is named', () => {
    expect(formatQuote(quote('No comment.', null), source).split('\n')[0]).toBe('“No comment.”');
  });
});

describe('formatQuotesMarkdown', () => {
  it('writes a blockquote per quote with its speaker, then a link to the article', () => {
    const markdown = formatQuotesMarkdown([quote('One.', 'Ada Park'), quote('Two.\n\nThree.', 'Li Wei')], source);
    expect(markdown).toBe(
      [
        '> “One.”\n>\n> — Ada Park',
        '> “Two.\n> Three.”\n>\n> — Li Wei',
        '[Harbour \\[reopens\\]](https://news.example/harbour%20%28live%29)',
      ].join('\n\n') + '\n',
    );
  });
});
