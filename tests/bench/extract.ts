/**
 * `npm run bench:extract`: our pipeline and plain Readability on every page of the extraction dev
 * corpus, in the same run, scored with the Article Extraction Benchmark's metric (see its README).
 * Corpus: $QUOTELIGHT_EXTRACTION_CORPUS, else ../shared/corpus/extraction-dev beside the repo (tests/shared-data.ts).
 * The table is printed for the whole corpus and again for each half (ids sorted as strings): tune
 * on the first half, read the second as held out. The "Lowest precision/recall" listings name
 * first-half pages only, so nobody tunes on held-out pages by accident; `--list-held-out` lists
 * both halves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir, skipScript } from '../shared-data';
import { type CorpusScore, type PageScore, scoreCorpus, scorePage } from './extract-metric';
import { type System, ours, plainReadability } from './extract-systems';

const CORPUS = sharedDir('extraction-dev');
const WORST_SHOWN = 8;

interface Truth {
  articleBody: string;
  url: string;
}

interface Run {
  scores: PageScore[];
  failures: { id: string; message: string }[];
  ms: number;
}

function runSystem(system: System, html: string, url: string, run: Run, id: string, truth: string): void {
  const started = performance.now();
  let prediction = '';
  try {
    prediction = system(html, url);
  } catch (error) {
    // A failing page scores as an empty answer: no precision entry, zero recall.
    run.failures.push({ id, message: (error as Error).message.split('\n')[0] ?? String(error) });
  }
  run.ms += performance.now() - started;
  run.scores.push(scorePage(truth, prediction));
}

function main(): number {
  const truthFile = join(CORPUS, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    return skipScript('extraction-dev', 'bench:extract');
  }
  const truth: Record<string, Truth> = JSON.parse(readFileSync(truthFile, 'utf8'));
  const ids = Object.keys(truth).sort();
  const runs = { ours: newRun(), readability: newRun() };

  for (const id of ids) {
    const html = readFileSync(join(CORPUS, `${id}.html`), 'utf8');
    const { articleBody, url } = truth[id]!;
    runSystem(ours, html, url, runs.ours, id, articleBody);
    runSystem(plainReadability, html, url, runs.readability, id, articleBody);
  }

  const published = publishedReadability(ids, truth);
  process.stdout.write(`Extraction benchmark, ${ids.length} pages from ${CORPUS}\n\n`);
  printTable(ids, runs, published);
  const half = Math.ceil(ids.length / 2);
  for (const [name, from, to] of [['First half (tuning)', 0, half], ['Second half (held out)', half, ids.length]] as const) {
    const part = ids.slice(from, to);
    process.stdout.write(`\n${name}: ${part.length} pages, ${part[0]?.slice(0, 12)} … ${part.at(-1)?.slice(0, 12)}\n`);
    printTable(part, sliceRuns(runs, ids, from, to), publishedReadability(part, truth));
  }
  // Wall time with page parsing, one pass, Readability on the parsed page itself (no clone): a rough
  // figure. The speed comparison of record is `npm run bench:speed`.
  process.stdout.write(
    `\nRun time (wall, incl. parsing; see bench:speed for speed): ours ${runs.ours.ms.toFixed(0)} ms, Readability ${runs.readability.ms.toFixed(0)} ms, ratio ${(runs.ours.ms / runs.readability.ms).toFixed(2)}×\n`,
  );

  for (const [name, run] of Object.entries(runs)) {
    for (const failure of run.failures) process.stdout.write(`FAILED (${name}) ${failure.id}: ${failure.message}\n`);
  }
  const listHeldOut = process.argv.includes('--list-held-out');
  process.stdout.write(
    listHeldOut
      ? '\nListings below include held-out (second-half) pages (--list-held-out).\n'
      : '\nListings below name first-half (tuning) pages only; --list-held-out shows the second half too.\n',
  );
  printWorst('precision', ids, runs.ours.scores, runs.readability.scores, listHeldOut);
  printWorst('recall', ids, runs.ours.scores, runs.readability.scores, listHeldOut);
  return 0;
}

function printTable(ids: string[], runs: Record<'ours' | 'readability', Run>, published: CorpusScore | null): void {
  const failed = (run: Run) => run.failures.filter((f) => ids.includes(f.id)).length;
  process.stdout.write(`${'system'.padEnd(34)}    F1  prec. recall  acc.  failed\n`);
  printRow('Quotelight pipeline', scoreCorpus(runs.ours.scores), failed(runs.ours));
  printRow('Readability 0.6.0 (this run)', scoreCorpus(runs.readability.scores), failed(runs.readability));
  if (published) printRow('readability_js (published output)', published, 0);
}

/** The runs restricted to pages from..to of ids (scores are stored in id order). */
function sliceRuns(runs: Record<'ours' | 'readability', Run>, ids: string[], from: number, to: number) {
  const part = (run: Run): Run => ({ ...run, scores: run.scores.slice(from, to), failures: run.failures.filter((f) => ids.indexOf(f.id) >= from && ids.indexOf(f.id) < to) });
  return { ours: part(runs.ours), readability: part(runs.readability) };
}

function newRun(): Run {
  return { scores: [], failures: [], ms: 0 };
}

/** The benchmark's own Readability output, scored here: a check that this metric matches the README's table. */
function publishedReadability(ids: string[], truth: Record<string, Truth>): CorpusScore | null {
  const file = join(CORPUS, 'baseline-outputs/readability_js.json');
  if (!existsSync(file)) return null;
  const output: Record<string, { articleBody?: string }> = JSON.parse(readFileSync(file, 'utf8')).output;
  return scoreCorpus(ids.map((id) => scorePage(truth[id]!.articleBody, output[id]?.articleBody ?? '')));
}

function printRow(name: string, score: CorpusScore, failed: number): void {
  const cells = [score.f1, score.precision, score.recall, score.accuracy].map((v) => v.toFixed(3).padStart(6));
  process.stdout.write(`${name.padEnd(34)}${cells.join('')}  ${String(failed).padStart(6)}\n`);
}

/** Pages where we lose most against the ground truth, with Readability's figure beside ours. */
function printWorst(measure: 'precision' | 'recall', ids: string[], mine: PageScore[], theirs: PageScore[], listHeldOut: boolean): void {
  const worst = ids
    .map((id, i) => ({ id, half: i < Math.ceil(ids.length / 2) ? 1 : 2, ours: mine[i]![measure], readability: theirs[i]![measure] }))
    .filter((page) => page.ours < 1 && (listHeldOut || page.half === 1))
    .sort((a, b) => a.ours - b.ours)
    .slice(0, WORST_SHOWN);
  process.stdout.write(`\nLowest ${measure} (ours vs Readability; half 1 or 2):\n`);
  for (const page of worst) {
    const delta = page.ours - page.readability;
    process.stdout.write(`  ${page.id.slice(0, 12)} ${page.half}  ${page.ours.toFixed(3)}  vs ${page.readability.toFixed(3)}  (${delta >= 0 ? '+' : ''}${delta.toFixed(3)})\n`);
  }
}

process.exitCode = main();
