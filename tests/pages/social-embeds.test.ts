// Social posts a story embeds (tweets, Instagram, Facebook, TikTok, Bluesky…) are part of its text:
// each `embed-*` fixture lists what the reader must see, in order, and what must stay out (a feed of
// posts beside the story is not the story).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromHtml } from '../../utils/cli/page';
import { keepSocialEmbeds } from '../../utils/social-embeds';

interface EmbedExpectation {
  url: string;
  widget: string;
  inOrder: string[];
  mustNotContain: string[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('embed-'))
  .sort()
  .map((name): [string, EmbedExpectation] => [name, JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'))]);

describe('social posts embedded in a story', () => {
  it.each(fixtures)('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    const { article, removed } = extractFromHtml(html, expected.url);
    const text = collapse(article.textContent);
    let from = 0;
    for (const part of expected.inOrder) {
      const at = text.indexOf(collapse(part), from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(clutter);
    // Nothing of a post is reported as removed clutter (its "Posted by … on <date>" line is no byline).
    for (const block of removed) for (const part of expected.inOrder) expect(part).not.toContain(block.text);
  });

  it('has a story with embeds and a feed beside a story', () => {
    expect(fixtures.map(([slug]) => slug)).toEqual(['embed-social-posts-in-story', 'embed-tweet-feed-beside-story']);
  });
});

describe('keepSocialEmbeds', () => {
  const prose = '<p>The council met on Tuesday evening and voted to keep the library open on Sundays for another year, after a long debate.</p>';
  const run = (embed: string) => {
    const doc = new JSDOM(`<body><article>${prose}${embed}${prose}</article></body>`).window.document;
    return { kept: keepSocialEmbeds(doc), doc };
  };

  it('leaves an embed that shows nothing until its script runs (a Threads card) as it was', () => {
    const { kept, doc } = run('<blockquote class="text-post-media"><a href="https://threads.example/p/1"><div><div></div></div><div>View on Threads</div></a></blockquote>');
    expect(kept).toBe(0);
    expect(doc.querySelector('blockquote.text-post-media')).not.toBeNull();
  });

  it('keeps a quoted post inside the post that quotes it, once', () => {
    const { kept, doc } = run(
      '<blockquote class="twitter-tweet"><p>Agreed, see below</p><blockquote class="twitter-tweet"><p>The library stays open on Sundays</p></blockquote>— Reader (@reader) <a href="https://x.example/reader/status/2">May 1, 2024</a></blockquote>',
    );
    expect(kept).toBe(1);
    const quote = doc.querySelector('blockquote[data-ql-embed]');
    expect(quote?.textContent).toContain('The library stays open on Sundays');
    expect(quote?.querySelector('a')).toBeNull();
  });
});
