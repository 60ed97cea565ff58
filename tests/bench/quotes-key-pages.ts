/**
 * Key quotes over the committed whole-article fixtures (tests/fixtures/quotes-*), before and after
 * the ranking weighs how surely each speaker is known (confidence.ts): how many Key quotes items the
 * pages show, how many give the speaker and role expected.json gives (the page tests' own check,
 * tests/pages/article-expectations.ts), how many are known
 * wrong (a quote the fixture marks todo), how many are no quote of the story, and how many pages
 * show none.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extractFromHtml } from '../../utils/cli/page';
import { utterancesOf } from '../../utils/quotes/utterances';
import { withoutConfidence } from '../../utils/quotes/confidence';
import { speakerProblem, type ExpectedQuote } from '../pages/article-expectations';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

interface PageTally {
  items: number;
  right: number;
  knownWrong: number;
  /** Wrong for a quote the fixture does not mark todo: the page test fails. */
  failing: number;
  notQuotes: number;
  /** The items' words, to tell which pages changed. */
  texts: string[];
}

function tallyPage(html: string, url: string, quotes: ExpectedQuote[]): PageTally {
  const items = utterancesOf(extractFromHtml(html, url).quotes).filter((utterance) => utterance.key);
  const tally: PageTally = { items: items.length, right: 0, knownWrong: 0, failing: 0, notQuotes: 0, texts: items.map((item) => item.text) };
  for (const item of items) {
    const expected = quotes.find((quote) => item.text.trimStart().startsWith(quote.starts));
    if (!expected) tally.notQuotes++;
    else if (!speakerProblem(item, expected)) tally.right++;
    else if (expected.todo) tally.knownWrong++;
    else tally.failing++;
  }
  return tally;
}

function describe(tallies: PageTally[]): string {
  const sum = (pick: (tally: PageTally) => number) => tallies.reduce((total, tally) => total + pick(tally), 0);
  const counts = tallies.map((tally) => tally.items).sort((a, b) => a - b);
  return (
    `${sum((t) => t.items)} items, ${sum((t) => t.right)} right, ${sum((t) => t.knownWrong)} known wrong (todo), ` +
    `${sum((t) => t.failing)} wrong (failing), ${sum((t) => t.notQuotes)} not quotes; ` +
    `per page min ${counts[0] ?? 0}, median ${counts[counts.length >> 1] ?? 0}, max ${counts.at(-1) ?? 0}; ${counts.filter((n) => n === 0).length} pages with none`
  );
}

export function printKeyPages(): void {
  const pages = readdirSync(FIXTURES).filter((name) => name.startsWith('quotes-')).sort();
  const before: PageTally[] = [];
  const after: PageTally[] = [];
  let changed = 0;
  for (const name of pages) {
    const page = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { url: string; quotes: ExpectedQuote[] };
    const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
    before.push(withoutConfidence(() => tallyPage(html, page.url, page.quotes)));
    after.push(tallyPage(html, page.url, page.quotes));
    if (before.at(-1)!.texts.join('\n') !== after.at(-1)!.texts.join('\n')) changed++;
  }
  console.log(`\nKey quotes on the ${pages.length} whole-article fixtures (tests/fixtures/quotes-*), ${changed} pages pick other items:`);
  console.log(`  before ${describe(before)}`);
  console.log(`  after  ${describe(after)}`);
}
