/**
 * `npm run bench:speed`: how long Quotelight takes next to plain Readability on the same pages,
 * measured in the same run (issue "Performance: measured budgets").
 *
 * 1. Node (jsdom): every dev-corpus page, then synthetic pages of growing size.
 * 2. The command line, one cold process per page, on held-out corpus pages (speed-cli.ts).
 * 3. Chromium: the built e2e extension (`npm run build:e2e` first) on a sample of corpus pages.
 *
 * A benchmark, not a test: it prints figures and never asserts. A failing page is counted and
 * named; the exit code is non-zero only when the harness itself fails (no browser). Without the
 * corpus it says so in one line and stops (status 0, or 2 with QUOTELIGHT_REQUIRE_CORPORA=1).
 * QL_BENCH_PAGES=N measures N pages (spread over the corpus); QL_BENCH_CLOCK=wall uses wall time in Node;
 * QL_BENCH_ONLY=node skips the Chromium half (which needs a fresh build), QL_BENCH_ONLY=chromium the Node half
 * and the command line, QL_BENCH_ONLY=cli runs the command line alone.
 * QL_BENCH_PROFILE=1 adds CPU profiles: the top functions by self time (see speed-profile.ts);
 * QL_BENCH_PROFILE_SAVE=<folder> also keeps each Chromium page's raw .cpuprofile there.
 * QL_BENCH_TIMINGS=<file> writes every Chromium page's figures as JSON (to pool several runs).
 * QL_BENCH_TRACE=1 adds the popup's main-thread CPU time until the article is shown, read from a
 * Chrome trace (thread time, which other processes on the machine hardly move; see speed-trace.ts);
 * QL_BENCH_TRACE_SAVE=<path prefix> also keeps each popup's raw trace events as JSON.
 */
import { existsSync } from 'node:fs';
import { benchChromium, printChromium } from './speed-chromium';
import { benchCli, printCli } from './speed-cli';
import { skipScript } from '../shared-data';
import { CORPUS, say } from './speed-common';
import { benchNodeCorpus, printNodeCorpus } from './speed-node';
import { benchSynthetic, printSynthetic } from './speed-synthetic';

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    return skipScript('extraction-dev', 'bench:speed');
  }
  const started = performance.now();
  say(`Speed benchmark: Quotelight vs Readability 0.6.0, corpus ${CORPUS}`);
  say(`Node ${process.version}; ${process.env.QL_BENCH_PAGES ? `QL_BENCH_PAGES=${process.env.QL_BENCH_PAGES}` : 'all pages'}\n`);

  const only = process.env.QL_BENCH_ONLY;
  if (only !== 'chromium' && only !== 'cli') {
    printNodeCorpus(benchNodeCorpus());
    say();
    printSynthetic(benchSynthetic());
    say();
  }
  if (only !== 'chromium') {
    printCli(benchCli());
    say();
  }
  if (only !== 'node' && only !== 'cli') printChromium(await benchChromium());

  say(`\nRun time ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:speed could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
