// Social posts a story embeds (tweets, Instagram, Facebook, TikTok, Bluesky…) are part of its text:
// each `embed-*` fixture lists what the reader must see, in order, and what must stay out (a feed of
// posts beside the story is not the story).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';

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
