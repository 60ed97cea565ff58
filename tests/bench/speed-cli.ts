/**
 * The command line's half of `npm run bench:speed`: `npm run extract -- page.html --json` is one
 * fresh process per page, so everything it runs is cold (first-use compilation included). Its own
 * `ms.total / ms.readability` is the figure: Readability is timed inside the same process and run.
 * Measured on held-out pages only (the second half of the sorted ids: nobody tunes on them).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, type Failure, corpusUrls, errorLine, evenlySpaced, pageLimit, printFailures, ratio, row, say } from './speed-common';

const SAMPLE = 12;
const ROOT = join(import.meta.dirname, '../..');

/**
 * The node options `npm run extract` gives (package.json), so this measures the command people run:
 * `node --no-regexp-tier-up …` compiles each pattern once, natively, where V8 would otherwise
 * interpret it first and compile it again when it is used twice (a cold process pays both).
 */
function extractCommand(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.extract ?? '';
  const [program, ...args] = script.split(/\s+/);
  if (program !== 'node') throw new Error(`npm run extract is no longer "node …": ${script}`);
  return args.map((arg) => (arg.endsWith('.ts') ? join(ROOT, arg) : arg));
}

interface CliTiming {
  id: string;
  total: number;
  readability: number;
}

export interface CliResult {
  timings: CliTiming[];
  failures: Failure[];
}

function runCli(file: string): { total: number; readability: number } {
  const run = spawnSync(process.execPath, [...extractCommand(), file, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr.trim() || `exit status ${run.status}`);
  const { ms } = JSON.parse(run.stdout) as { ms: { total: number; readability: number } };
  return ms;
}

export function benchCli(): CliResult {
  const ids = [...corpusUrls().keys()];
  const heldOut = ids.slice(Math.ceil(ids.length / 2));
  const result: CliResult = { timings: [], failures: [] };
  for (const id of evenlySpaced(heldOut, Math.min(SAMPLE, pageLimit()))) {
    try {
      result.timings.push({ id, ...runCli(join(CORPUS, `${id}.html`)) });
    } catch (error) {
      result.failures.push({ id, where: 'command line', message: errorLine(error) });
    }
  }
  return result;
}

export function printCli({ timings, failures }: CliResult): void {
  say(`Command line (npm run extract -- page.html --json), one cold process per page, ${timings.length} held-out pages`);
  row('Readability step in the process (ms.readability)', timings.map((t) => t.readability));
  row('whole pipeline in the process (ms.total)', timings.map((t) => t.total));
  row('ratio ms.total / ms.readability, per page', timings.map((t) => t.total / t.readability), ratio);
  printFailures(failures);
}
