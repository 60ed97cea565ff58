/** Corpus loading, sampling and the small statistics `npm run bench:speed` prints. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingSharedLine, sharedDir } from '../shared-data';

export const CORPUS = sharedDir('extraction-dev');

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
}

/** A failing page is reported by name and the run goes on. */
export interface Failure {
  id: string;
  where: string;
  message: string;
}

/** Page id → original URL, in sorted id order so every run measures the same pages in the same order. */
export function corpusUrls(): Map<string, string> {
  const truthFile = join(CORPUS, 'ground-truth.json');
  if (!existsSync(truthFile)) throw new Error(missingSharedLine('extraction-dev', 'bench:speed'));
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>;
  return new Map(Object.keys(truth).sort().map((id) => [id, truth[id]!.url]));
}

export function loadPage(id: string, url: string): CorpusPage {
  return { id, url, html: readFileSync(join(CORPUS, `${id}.html`), 'utf8') };
}

/** `count` items spread evenly over `items` (deterministic, and not biased to one end of the hash order). */
export function evenlySpaced<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** QL_BENCH_PAGES=N limits how many corpus pages are measured. */
export function pageLimit(): number {
  const raw = Number(process.env.QL_BENCH_PAGES);
  return Number.isInteger(raw) && raw > 0 ? raw : Infinity;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile: with few pages it is an observed value, never an interpolation. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a';
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** One labelled row: median and p95 of a set of per-page figures. */
export function row(label: string, values: number[], format: (v: number) => string = ms): void {
  say(`  ${label.padEnd(52)} median ${format(median(values)).padStart(10)}   p95 ${format(percentile(values, 95)).padStart(10)}`);
}

export function errorLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

export function printFailures(failures: Failure[]): void {
  say(`  failing pages: ${failures.length}`);
  for (const failure of failures) say(`    ${failure.id.slice(0, 12)} (${failure.where}): ${failure.message}`);
}
