import { describe, expect, it } from 'vitest';
import { attribution, formatQuote, formatQuotesMarkdown, formatQuotesOf, quoteLink, type Said } from '../../utils/format';

const source = { title: 'Harbour [reopens]', url: 'https://news.example/harbour (live)' };
const fullSource = { ...source, siteName: 'Harbour Times', publishedTime: '2024-03-05T09:30:00+01:00' };
const said = (text: string, speaker: string | null, role: string | null = null): Said => ({ text, speaker, role });

describe('attribution', () => {
  it.each([
    ['name and role', 'Ada Park', 'city treasurer', 'Ada Park, city treasurer'],
    ['a name alone', 'Ada Park', null, 'Ada Park'],
    ['nobody, even with a role', null, 'spokesman', ''],
  ])('%s', (_name, speaker, role, expected) => {
    expect(attribution({ speaker, role })).toBe(expected);
  });
});

describe('formatQuote', () => {
  it('puts the quote and speaker on the first line and the source on the second', () => {
    expect(formatQuote(said('We are ready,', 'Ada Park'), source)).toBe(
      '“We are ready,” — Ada Park\nHarbour [reopens] — https://news.example/harbour (live)',
    );
  });
  it('gives the role after the name when one is known', () => {
    expect(formatQuote(said('We are ready.', 'Ada Park', 'city treasurer'), source).split('\n')[0]).toBe('“We are ready.” — Ada Park, city treasurer');
  });
  it('cites the outlet and the day of publication between the title and the link', () => {
    expect(formatQuote(said('We are ready.', 'Ada Park'), fullSource).split('\n')[1]).toBe(
      'Harbour [reopens] — Harbour Times, 2024-03-05 — https://news.example/harbour (live)',
    );
  });
  it('keeps a date that is not ISO as the page wrote it', () => {
    expect(formatQuote(said('Yes.', 'Ada Park'), { ...source, publishedTime: 'March 5, 2024' }).split('\n')[1]).toBe(
      'Harbour [reopens] — March 5, 2024 — https://news.example/harbour (live)',
    );
  });
  it('leaves out the dash when nobody is named', () => {
    expect(formatQuote(said('No comment.', null), source).split('\n')[0]).toBe('“No comment.”');
  });
});

describe('formatQuotesOf', () => {
  it('writes each quote with its attribution, then the source once', () => {
    const text = formatQuotesOf([said('One.', 'Ada Park', 'mayor'), said('Two.', 'Ada Park', 'mayor')], fullSource);
    expect(text).toBe(
      '“One.” — Ada Park, mayor\n\n“Two.” — Ada Park, mayor\n\nHarbour [reopens] — Harbour Times, 2024-03-05 — https://news.example/harbour (live)',
    );
  });
});

describe('formatQuotesMarkdown', () => {
  it('writes a blockquote per quote with its speaker, then a link to the article', () => {
    const markdown = formatQuotesMarkdown([said('One.', 'Ada Park'), said('Two.\n\nThree.', 'Li Wei')], source);
    expect(markdown).toBe(
      [
        '> “One.”\n>\n> — Ada Park, [in context](https://news.example/harbour%20%28live%29#:~:text=One.)',
        '> “Two.\n> Three.”\n>\n> — Li Wei, [in context](https://news.example/harbour%20%28live%29#:~:text=Two.%20Three.)',
        '[Harbour \\[reopens\\]](https://news.example/harbour%20%28live%29)',
      ].join('\n\n') + '\n',
    );
  });
  it('gives roles, links a split quote from its first words to its last, and names outlet and date', () => {
    const split: Said = { ...said('Ready, … Go now.', 'Ada Park', 'mayor'), parts: [{ text: 'Ready,' }, { text: 'Go now.' }] };
    const markdown = formatQuotesMarkdown([split], fullSource);
    expect(markdown).toContain('> — Ada Park, mayor, [in context](https://news.example/harbour%20%28live%29#:~:text=Ready,Go%20now.)');
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('[Harbour \\[reopens\\]](https://news.example/harbour%20%28live%29) — Harbour Times, 2024-03-05');
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
  it('matches a split quote from the first part’s first words to the last part’s last words', () => {
    expect(quoteLink('https://a.example/s', ['We are ready for the storm,', 'The shelters open at noon and the buses run all night.'])).toBe(
      'https://a.example/s#:~:text=We%20are%20ready%20for,buses%20run%20all%20night.',
    );
  });
});
