/**
 * The checks the whole-article quote fixtures share (tests/fixtures/quotes-<lang>-<slug>/: page.html
 * and expected.json), run end to end: every expected quote with the speaker and role a reader gives
 * it, Key quotes only quotes of the story with their speakers (quoted headlines never), and Voices
 * listing the people who speak, in order of first appearance.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import { utterancesOf } from '../../utils/quotes/utterances';
import { speakerProblem, type ArticlePage } from './article-expectations';

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** The article fixtures whose folder name matches, with their expected.json, in name order. */
export function articlePages(slug: RegExp): Array<[string, ArticlePage]> {
  return readdirSync(FIXTURES)
    .filter((name) => slug.test(name))
    .sort()
    .map((name): [string, ArticlePage] => [name, JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'))]);
}

const expectedFor = (page: ArticlePage, text: string) => page.quotes.find((quote) => text.trimStart().startsWith(quote.starts));

export function checkArticlePages(pages: Array<[string, ArticlePage]>): void {
  describe.each(pages)('%s', (slug, page) => {
    const { article, quotes, voices } = extractFromHtml(readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8'), page.url);

    it('finds every quote of the story with the speaker and role a reader gives it', () => {
      const problems: string[] = [];
      for (const expected of page.quotes.filter((quote) => !quote.todo)) {
        const found = quotes.filter((quote) => quote.text.trimStart().startsWith(expected.starts));
        if (found.length === 0 && !expected.optional) problems.push(`${expected.starts}: not found`);
        for (const quote of found) {
          const problem = speakerProblem(quote, expected);
          if (problem) problems.push(`${expected.starts}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
      for (const quote of quotes) expect(article.textContent.slice(quote.start, quote.end)).toBe(quote.text);
    });

    it('shows as Key quotes only quotes of the story, each with its speaker', () => {
      const keyItems = utterancesOf(quotes).filter((utterance) => utterance.key);
      expect(keyItems.length).toBeGreaterThan(0);
      for (const item of keyItems) {
        for (const headline of page.neverKey) expect(item.text, 'a quoted headline is key').not.toContain(headline);
        const expected = expectedFor(page, item.text);
        expect(expected, `key item that is not a quote of the story: ${item.text}`).toBeDefined();
        if (!expected!.todo) expect(speakerProblem(item, expected!), item.text).toBeNull();
      }
    });

    it('lists the named speakers in Voices in order of first appearance', () => {
      const names = voices.map((voice) => voice.name);
      // A person whose every quote is optional or still wrong (todo) may be missing; the wrong names of todo quotes may be listed.
      const checked = new Set(page.quotes.filter((quote) => !quote.optional && !quote.todo).map((quote) => quote.speaker));
      const todoSpeakers = new Set(quotes.filter((quote) => expectedFor(page, quote.text)?.todo).map((quote) => quote.speaker));
      const required = page.voices.filter((name) => checked.has(name) || names.includes(name));
      const listed = names.filter((name) => page.voices.includes(name));
      if (page.voicesTodo) expect([...listed].sort()).toEqual([...required].sort());
      else expect(listed).toEqual(required);
      expect(names.filter((name) => !page.voices.includes(name) && !todoSpeakers.has(name)), 'listed but not a speaker').toEqual([]);
    });
  });
}
