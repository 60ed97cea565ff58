/**
 * Compares two builds from the per-page JSON that `QL_BENCH_TIMINGS=<file> npm run bench:speed`
 * writes, pooled over several runs of each (alternate the builds' runs so both meet the same load):
 *
 *   npx tsx tests/bench/speed-compare.ts base1.json base2.json -- new1.json new2.json
 *
 * Prints each build's pooled medians (click → article, the popup's own start, their ratio, the
 * popup's main-thread CPU when traced, and the tab's side: the injection, its work, the answer),
 * then the paired per-page difference (each page's median over the runs, new − old), which a busy
 * machine moves less than the pooled medians. Wall-clock figures stay noisy under load: the traced
 * CPU row is the steadiest.
 */
import { readFileSync } from 'node:fs';
import type { Timing } from './speed-chromium';
import { median, say } from './speed-common';

type Figure = [label: string, read: (t: Timing) => number];

const FIGURES: Figure[] = [
  ['popup click → article shown', (t) => t.steps['article-shown']],
  ['popup page loaded, script running', (t) => t.steps['script-start']],
  ['click → article / load-and-start', (t) => t.steps['article-shown'] / t.steps['script-start']],
  ['popup main-thread CPU until the article', (t) => t.popupCpu?.busy ?? NaN],
  ['asked → the tab starts its script', (t) => (t.otherMarks['tab-copy-started'] ?? NaN) - (t.otherMarks['asked-early'] ?? NaN)],
  ['the tab\u2019s script runs', (t) => (t.otherMarks['tab-copy-done'] ?? NaN) - (t.otherMarks['tab-copy-started'] ?? NaN)],
  ['the tab has answered (popup clock)', (t) => t.steps['tab-ready']],
  ['tab answered → extracted', (t) => t.steps.extracted - t.steps['tab-ready']],
];

function load(files: string[]): Timing[] {
  return files.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as Timing[]);
}

const finite = (values: number[]) => values.filter(Number.isFinite);

function byPage(timings: Timing[]): Map<string, Timing[]> {
  const pages = new Map<string, Timing[]>();
  for (const timing of timings) pages.set(timing.id, [...(pages.get(timing.id) ?? []), timing]);
  return pages;
}

function main(args: string[]): void {
  const split = args.indexOf('--');
  if (split < 1 || split === args.length - 1) {
    say('usage: npx tsx tests/bench/speed-compare.ts OLD.json… -- NEW.json…');
    process.exitCode = 2;
    return;
  }
  const [before, after] = [args.slice(0, split), args.slice(split + 1)];
  const [old, next] = [load(before), load(after)];
  say(`old: ${before.length} runs, ${old.length} page figures; new: ${after.length} runs, ${next.length} page figures`);
  say(`  ${''.padEnd(42)} ${'old'.padStart(9)} ${'new'.padStart(9)}   paired new − old (pages lower)`);
  const [oldPages, newPages] = [byPage(old), byPage(next)];
  const shared = [...oldPages.keys()].filter((id) => newPages.has(id));
  for (const [label, read] of FIGURES) {
    const pooled = [median(finite(old.map(read))), median(finite(next.map(read)))];
    const differences = finite(shared.map((id) => median(finite(newPages.get(id)!.map(read))) - median(finite(oldPages.get(id)!.map(read)))));
    const lower = differences.filter((d) => d < 0).length;
    say(`  ${label.padEnd(42)} ${pooled.map((v) => v.toFixed(1).padStart(9)).join(' ')}   ${median(differences).toFixed(1).padStart(7)} (${lower}/${differences.length})`);
  }
}

main(process.argv.slice(2));
