/**
 * The first-run figures of a fixture batch (BATCH-METHOD.md step 3): over the folders whose name matches
 * the pattern given, quotes found, named quotes with speaker and role right, with the speaker right, descriptions kept
 * unnamed, Key quotes items right and Key items that are no quote of the story; `-v` lists what is wrong.
 * Usage: npx tsx tests/bench/batch-figures.ts '^quotes-en-(ke|ng)-' [-v]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFromHtml } from '../../utils/cli/page';
import { utterancesOf } from '../../utils/quotes/utterances';
import { speakerProblem, type ArticlePage } from '../pages/article-expectations';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const pattern = new RegExp(process.argv[2] ?? '^quotes-');
const verbose = process.argv.includes('-v');
const tally = { expected: 0, found: 0, named: 0, namedRight: 0, speakerRight: 0, described: 0, describedRight: 0, key: 0, keyRight: 0, keyNotQuote: 0 };

for (const name of readdirSync(FIXTURES).filter((folder) => pattern.test(folder)).sort()) {
  const page = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as ArticlePage;
  const { quotes } = extractFromHtml(readFileSync(join(FIXTURES, name, 'page.html'), 'utf8'), page.url);
  const wrong: string[] = [];
  for (const expected of page.quotes.filter((quote) => !quote.optional)) {
    const found = quotes.find((quote) => quote.text.trimStart().startsWith(expected.starts));
    const problem = found ? speakerProblem(found, expected) : 'not found';
    tally.expected++;
    if (found) tally.found++;
    if (expected.kind === 'description') {
      tally.described++;
      if (!problem) tally.describedRight++;
    } else {
      tally.named++;
      if (!problem) tally.namedRight++;
      if (found && found.speaker === expected.speaker) tally.speakerRight++;
    }
    if (problem) wrong.push(`  ${expected.starts}: ${problem}${found?.role ? ` (role ${found.role})` : ''}`);
  }
  for (const item of utterancesOf(quotes).filter((utterance) => utterance.key)) {
    tally.key++;
    const expected = page.quotes.find((quote) => item.text.trimStart().startsWith(quote.starts));
    if (!expected) {
      tally.keyNotQuote++;
      wrong.push(`  key item no quote: ${item.text.slice(0, 60)}`);
    } else if (!speakerProblem(item, expected)) tally.keyRight++;
  }
  if (verbose && wrong.length) console.log(`${name}\n${wrong.join('\n')}`);
}
const t = tally;
console.log(
  `found ${t.found}/${t.expected}, named right ${t.namedRight}/${t.named} (speaker right ${t.speakerRight}/${t.named}), descriptions kept ${t.describedRight}/${t.described}, ` +
    `Key right ${t.keyRight}/${t.key}, non-quotes in Key ${t.keyNotQuote}`,
);
