import { describe, expect, it } from 'vitest';
import { formatQuote, formatQuotesMarkdown, quoteLink } from '../../utils/format';
import type { Quote } from '../../utils/types';

const source = { title: 'Harbour [reopens]', url: 'https://news.example/harbour (live)' };
const quote = (text: string, speaker: string | null): Quote => ({ text, speaker, role: null, start: 0, end: text.length, key: true });

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
        '> “One.”\n>\n> — Ada Park, [in context](https://news.example/harbour%20%28live%29#:~:text=One.)',
        '> “Two.\n> Three.”\n>\n> — Li Wei, [in context](https://news.example/harbour%20%28live%29#:~:text=Two.%20Three.)',
        '[Harbour \\[reopens\\]](https://news.example/harbour%20%28live%29)',
      ].join('\n\n') + '\n',
    );
  });
});

describe('quoteLink', () => {
  it.each([
    ['a short quote is matched whole', 'We are ready,', 'https://a.example/s#:~:text=We%20are%20ready'],
    [
      'a long quote is matched by its first and last words',
      'The bridge will open on Monday and traffic should be lighter by the end of the week.',
      'https://a.example/s#:~:text=The%20bridge%20will%20open,end%20of%20the%20week.',
    ],
    ['dashes, commas and ampersands are encoded', 'Cost-cutting, jobs & more', 'https://a.example/s#:~:text=Cost%2Dcutting%2C%20jobs%20%26%20more'],
  ])('%s', (_name, text, expected) => {
    expect(quoteLink('https://a.example/s#top', text)).toBe(expected);
  });
});
