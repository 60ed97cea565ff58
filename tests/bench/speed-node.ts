/**
 * The Node half of `npm run bench:speed`: plain Readability against our whole pipeline (extraction
 * plus what the popup does with it: show the sanitized article and highlight the quotes), both on
 * the same jsdom Document, which is parsed once per page because parsing is not what we measure.
 */
import { Readability } from '@mozilla/readability';
import { documentFromHtml } from '../../utils/cli/page';
import { highlightQuotes } from '../../utils/highlight';
import { runPipelineWithBody } from '../../utils/pipeline';
import { type Failure, corpusUrls, errorLine, evenlySpaced, loadPage, median, pageLimit, printFailures, ratio, row, say } from './speed-common';
import { type CpuProfile, PROFILING, printProfile, profileNode } from './speed-profile';

/**
 * Process CPU time by default: this machine is shared, and wall time under a load of 8 on 2 cores
 * measures the neighbours. QL_BENCH_CLOCK=wall gives wall time instead.
 */
export const CLOCK_NAME = process.env.QL_BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
export const now: () => number =
  CLOCK_NAME === 'wall'
    ? () => performance.now()
    : () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      };

/** Enough repeats that a median shrugs off one GC pause, few enough for a 2-core machine. */
export const REPEATS = 3;

/** One measurement of both systems on one document; times in ms. */
export interface PairTiming {
  readability: number;
  ours: number;
  /** Our stages: Readability inside the pipeline (with the clone and the readerable check), the rest of the pipeline, render + highlight. */
  stages: { readability: number; pipelineRest: number; render: number };
}

function timeReadability(doc: Document): number {
  const started = now();
  // Readability rewrites the document it gets, so the baseline also pays for a clone, as we do.
  new Readability(doc.cloneNode(true) as Document).parse();
  return now() - started;
}

function timeOurs(doc: Document): { total: number; stages: PairTiming['stages'] } {
  const started = now();
  const { extraction, body } = runPipelineWithBody(doc, { now });
  const extracted = now();
  // What the popup does with the result (entrypoints/popup/article-view.tsx): copies of the
  // sanitized article nodes into its view, then the <mark>s.
  const container = doc.createElement('div');
  container.append(...doc.importNode(body, true).childNodes);
  highlightQuotes(container, extraction.quotes, { title: extraction.article.title });
  const done = now();
  const { readability, total } = extraction.ms;
  return { total: done - started, stages: { readability, pipelineRest: total - readability, render: done - extracted } };
}

/** `repeats` alternating measurements of both systems; the median of each. `flip` swaps who goes first. */
export function measurePair(doc: Document, repeats: number, flip: boolean): PairTiming {
  const readability: number[] = [];
  const ours: ReturnType<typeof timeOurs>[] = [];
  for (let i = 0; i < repeats; i++) {
    // Alternating the order spreads warm caches and GC debt evenly over both systems.
    if ((i % 2 === 0) !== flip) {
      readability.push(timeReadability(doc));
      ours.push(timeOurs(doc));
    } else {
      ours.push(timeOurs(doc));
      readability.push(timeReadability(doc));
    }
  }
  return {
    readability: median(readability),
    ours: median(ours.map((run) => run.total)),
    stages: {
      readability: median(ours.map((run) => run.stages.readability)),
      pipelineRest: median(ours.map((run) => run.stages.pipelineRest)),
      render: median(ours.map((run) => run.stages.render)),
    },
  };
}

export interface NodeCorpusResult {
  pages: Array<{ id: string; elements: number; timing: PairTiming }>;
  failures: Failure[];
  /** QL_BENCH_PROFILE=1: one more, untimed run of our pipeline per page, under the CPU profiler. */
  profiles: CpuProfile[];
}

export function benchNodeCorpus(): NodeCorpusResult {
  const urls = corpusUrls();
  const ids = evenlySpaced([...urls.keys()], pageLimit());
  const result: NodeCorpusResult = { pages: [], failures: [], profiles: [] };
  ids.forEach((id, index) => {
    const page = loadPage(id, urls.get(id)!);
    let doc: Document | undefined;
    try {
      doc = documentFromHtml(page.html, page.url);
      const elements = doc.getElementsByTagName('*').length;
      result.pages.push({ id, elements, timing: measurePair(doc, REPEATS, index % 2 === 1) });
      if (PROFILING) result.profiles.push(profileNode(() => timeOurs(doc!)).profile);
    } catch (error) {
      result.failures.push({ id, where: 'node', message: errorLine(error) });
    } finally {
      doc?.defaultView?.close();
    }
  });
  return result;
}

const SLOWEST_SHOWN = 5;

export function printNodeCorpus({ pages, failures, profiles }: NodeCorpusResult): void {
  const timings = pages.map((page) => page.timing);
  say(`Node (jsdom, ${CLOCK_NAME} time), ${pages.length} corpus pages, median of ${REPEATS} alternating runs per page`);
  row('Readability 0.6.0 (baseline, clone + parse)', timings.map((t) => t.readability));
  row('Quotelight pipeline + render + highlight', timings.map((t) => t.ours));
  row('  of which: Readability step (clone, readerable)', timings.map((t) => t.stages.readability));
  row('  of which: declutter, sanitize, text, quotes', timings.map((t) => t.stages.pipelineRest));
  row('  of which: show the sanitized article + highlight', timings.map((t) => t.stages.render));
  row('ratio ours / Readability, per page', timings.map((t) => t.ours / t.readability), ratio);
  const totalReadability = timings.reduce((sum, t) => sum + t.readability, 0);
  const totalOurs = timings.reduce((sum, t) => sum + t.ours, 0);
  say(`  ${'sum over pages'.padEnd(52)} ours ${totalOurs.toFixed(0)} ms vs Readability ${totalReadability.toFixed(0)} ms (${ratio(totalOurs / totalReadability)})`);

  say(`  slowest pages for us (ours vs Readability, elements):`);
  for (const page of [...pages].sort((a, b) => b.timing.ours - a.timing.ours).slice(0, SLOWEST_SHOWN)) {
    const { readability, ours, stages } = page.timing;
    say(
      `    ${page.id.slice(0, 12)}  ${ours.toFixed(1).padStart(7)} vs ${readability.toFixed(1).padStart(7)} ms  ` +
        `(${ratio(ours / readability)}, ${page.elements} elements; stages ${stages.readability.toFixed(0)} / ${stages.pipelineRest.toFixed(0)} / ${stages.render.toFixed(0)} ms)`,
    );
  }
  printFailures(failures);
  if (profiles.length) printProfile(`Quotelight pipeline + render + highlight in Node, ${profiles.length} pages, one run each`, profiles);
}
