/**
 * `QL_BENCH_TRACE=1 npm run bench:speed`: the popup's main-thread CPU time, read from a Chrome trace
 * (each event's thread clock, `tdur`), from the popup's navigation start to its `article-shown`
 * mark. Unlike the wall-clock rows, a thread's own CPU time hardly moves when other processes
 * share the cores, so two builds can be compared on a busy machine (pool runs with
 * QL_BENCH_TIMINGS). Also split out: V8 parsing and compiling on that thread (script and module
 * compiles, lazy function compiles, the code cache), small once Chrome has cached the chunks.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from '../e2e/harness';

export const TRACING = process.env.QL_BENCH_TRACE === '1';

/** One popup's main-thread CPU, ms. */
export interface PopupCpu {
  /** Every top-level task on the popup's renderer main thread, from its navigation to `article-shown`. */
  busy: number;
  /** Of which V8 compiling (script, module and lazy function compiles). */
  compile: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

const CATEGORIES = ['toplevel', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing'];
/** V8 parsing and compiling, and writing the code cache. */
const COMPILE = /^(?:V8\.(?:Compile|Parse|PreParse)|v8\.(?:compile|streamingCompile|produceModuleCache|produceCache))/;

/** Starts tracing the renderer `page` lives in (the popup's extension process). */
export async function startTrace(browser: Browser, page: Page): Promise<{ stop: (untilMs: number) => Promise<PopupCpu> }> {
  const session: CDPSession = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
  return {
    /** `untilMs`: the article-shown mark on the popup's clock. */
    stop: async (untilMs) => {
      const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await done;
      await session.detach();
      if (process.env.QL_BENCH_TRACE_SAVE) writeFileSync(`${process.env.QL_BENCH_TRACE_SAVE}-${Date.now()}.json`, JSON.stringify(events));
      return popupCpu(events, untilMs);
    },
  };
}

/**
 * The renderer main thread that ran the popup: the one where its `article-shown` mark was set
 * (performance marks are traced, on the trace's clock). The window runs from the popup's
 * navigation start (that mark less its time on the popup's clock) to the mark.
 */
function popupCpu(events: TraceEvent[], untilMs: number): PopupCpu {
  const shown = events.find((e) => e.cat.includes('blink.user_timing') && e.name === 'quotelight:article-shown');
  if (!shown) return { busy: NaN, compile: NaN };
  const key = `${shown.pid}:${shown.tid}`;
  const end = shown.ts;
  const start = end - untilMs * 1000;
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.tdur !== undefined && e.ts >= start && e.ts <= end);
  const busy = outermostCpu(onThread);
  const compile = outermostCpu(onThread.filter((e) => COMPILE.test(e.name)));
  return { busy, compile };
}

/** Thread CPU (ms) of the events not nested in another one of the list: nested events are counted in their parent. */
function outermostCpu(list: TraceEvent[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const e of [...list].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (e.ts < coveredUntil) continue;
    total += e.tdur!;
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}
