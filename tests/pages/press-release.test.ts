// Wire press-release boilerplate on whole story pages (the command line's pipeline): each gallery
// folder carries a republished release whose About section, legal notice, contacts and wire lines
// must go, listed as `boilerplate`; each keep- folder holds the same words in the story's own
// sections and prose, which must stay.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import type { RemovedKind } from '../../utils/types';

interface PressReleaseExpectation {
  url: string;
  mustContain: string[];
  mustNotContain: string[];
  removed: RemovedKind[];
  /** Blocks that must be removed, each with its kind, found by how its text starts. */
  removedBlocks?: { kind: RemovedKind; startsWith: string }[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const SLUGS = ['gallery-press-release-en', 'gallery-press-release-de', 'gallery-press-release-fr', 'gallery-press-release-es', 'keep-about-section-in-story', 'keep-forward-looking-in-story'];
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const read = (slug: string, file: string) => readFileSync(path.join(FIXTURES, slug, file), 'utf8');

describe('press-release boilerplate on fixture pages', () => {
  it.each(SLUGS.map((slug): [string, PressReleaseExpectation] => [slug, JSON.parse(read(slug, 'expected.json'))]))('%s', (slug, expected) => {
    const { article, removed } = extractFromHtml(read(slug, 'page.html'), expected.url);
    const text = collapse(article.textContent);

    for (const sentence of expected.mustContain) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.mustNotContain) expect(text).not.toContain(collapse(clutter));
    for (const kind of expected.removed) expect(removed.map((block) => block.kind)).toContain(kind);
    for (const { kind, startsWith } of expected.removedBlocks ?? []) {
      expect(removed.filter((block) => block.text.startsWith(startsWith)).map((block) => block.kind), startsWith).toEqual([kind]);
    }
    // A story's own sections are never taken as boilerplate.
    if (slug.startsWith('keep-')) expect(removed.filter((block) => block.kind === 'boilerplate').map((block) => block.text)).toEqual([]);
  });
});
