import { describe, expect, it } from 'vitest';
import { makeCopyActions } from '../../components/copy-actions';
import { findQuotes } from '../../utils/quotes';
import { findVoices } from '../../utils/voices';
import type { Extraction } from '../../utils/types';

const text = [
  '"The shelters open at noon for every family," Ada Park said on Tuesday. "Nobody should sleep outside tonight."',
  '"Our crews cleared every drain in the old town this week," said Li Wei.',
  '"Bring water and a blanket if you can," Park added.',
].join('\n\n');
const quotes = findQuotes(text).map((quote) => (quote.speaker === 'Ada Park' ? { ...quote, role: 'mayor' } : quote));
const extraction: Extraction = {
  article: { title: 'Storm shelters open', byline: null, siteName: 'Harbour Times', publishedTime: '2024-03-05T09:30:00Z', lang: 'en', dir: null, excerpt: null, textContent: text, content: '', readerable: true },
  leadImage: null,
  quotes,
  voices: findVoices(quotes),
  removed: [],
  ms: { readability: 0, total: 0 },
};
const URL = 'https://news.example/storm';

async function copied(action: (actions: ReturnType<typeof makeCopyActions>) => Promise<void>): Promise<string> {
  let clipboard = '';
  await action(makeCopyActions(extraction, URL, async (text) => void (clipboard = text)));
  return clipboard;
}

describe('copy actions', () => {
  it('copies one person’s quotes, a split one joined, each with name and role, then the source once', async () => {
    expect(await copied((actions) => actions.onCopyVoice('Ada Park'))).toBe(
      [
        '“The shelters open at noon for every family … Nobody should sleep outside tonight.” — Ada Park, mayor',
        '“Bring water and a blanket if you can,” — Ada Park, mayor',
        'Storm shelters open — Harbour Times, 2024-03-05 — https://news.example/storm',
      ].join('\n\n'),
    );
  });

  it('"Copy all quotes" gives a split quote once, with its role', async () => {
    const markdown = await copied((actions) => actions.onCopyAll());
    expect(markdown.match(/^> “/gm)).toHaveLength(3);
    expect(markdown).toContain('> “The shelters open at noon for every family … Nobody should sleep outside tonight.”\n>\n> — Ada Park, mayor, [in context]');
  });
});
