/**
 * `npx tsx tests/bench/utterances.ts`: how often the quotes-dev corpus splits a quote by its
 * attribution, as the quote stage groups them: quotes, utterances, split utterances (and how many
 * are key), and voices per article. With --show=N, prints N joined utterances to read (in the
 * terminal only: the corpus has no license, so none of it goes into the repo).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../utils/quotes';
import { utterancesOf } from '../../utils/quotes/utterances';
import { findVoices } from '../../utils/voices';
import { sharedDir, skipScript } from '../shared-data';

const CORPUS_DIR = sharedDir('quotes-dev');
if (!existsSync(CORPUS_DIR)) process.exit(skipScript('quotes-dev', 'tests/bench/utterances.ts'));
const show = Number(process.argv.find((arg) => arg.startsWith('--show='))?.split('=')[1] ?? 0);

const records = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(join(CORPUS_DIR, name), 'utf8').split('\n').filter((line) => line.trim()))
  .map((line) => JSON.parse(line) as { title: string; text: string; title_end: number });

let quotes = 0;
let utterances = 0;
let split = 0;
let splitKey = 0;
let voices = 0;
const shown: string[] = [];
for (const record of records) {
  const found = findQuotes(record.text.slice(record.title_end), { title: record.title });
  const grouped = utterancesOf(found);
  quotes += found.length;
  utterances += grouped.length;
  voices += findVoices(found).length;
  for (const utterance of grouped.filter((u) => u.parts.length > 1)) {
    split++;
    if (utterance.key) splitKey++;
    if (shown.length < show) shown.push(`${utterance.text}  — ${utterance.speaker}`);
  }
}

const row = (label: string, value: string | number) => console.log(`${label.padEnd(34)}${String(value).padStart(10)}`);
row('articles', records.length);
row('quotes', quotes);
row('utterances', utterances);
row('split utterances (2+ quotes)', split);
row('  of them key', splitKey);
row('voices per article (mean)', (voices / Math.max(1, records.length)).toFixed(2));
if (shown.length) console.log(`\n${shown.join('\n')}`);
