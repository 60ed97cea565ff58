/**
 * The Chromium half of `npm run bench:speed`: the built e2e extension on corpus pages served from
 * 127.0.0.1, against one plain Readability pass run in the same tab. Wall time (a browser has no
 * CPU clock we can read per task), so a busy machine shows up here more than in the Node half.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, servePages, type Browser } from '../e2e/harness';
import { type CorpusPage, type Failure, corpusUrls, errorLine, evenlySpaced, loadPage, median, pageLimit, printFailures, ratio, row, say } from './speed-common';
import { type CpuProfile, PROFILING, SAMPLING_US, printProfile } from './speed-profile';
import { type PopupCpu, TRACING, startTrace } from './speed-trace';

const SAMPLE = 12;
/** Readability runs in the page after the cold pass: their median shows how much of the cold pass is JIT warm-up. */
const WARM_RUNS = 3;
const READABILITY_SOURCE = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

export interface Timing {
  id: string;
  /** `ms` from the extraction reply: measured by the content script itself, inside the page. */
  extraction: { total: number; readability: number };
  /** `popup.goto` until the first article paragraph is visible, seen from Node. */
  popup: number;
  /** The popup's own timeline, from its navigation start (ms): see `mark` in entrypoints/popup/main.tsx. */
  steps: PopupSteps;
  /** Every other `quotelight:` mark the popup set (optional steps such as the early start), by name. */
  otherMarks: Record<string, number>;
  readabilityCold: number;
  readabilityWarm: number;
  /** QL_BENCH_TRACE=1: the popup's main-thread CPU until the article was shown (see speed-trace.ts). */
  popupCpu?: PopupCpu;
}

const STEPS = ['script-start', 'tab-ready', 'tab-answered', 'extracted', 'article-shown'] as const;
type PopupSteps = Record<(typeof STEPS)[number], number>;

type ChromeApi = {
  tabs: {
    query: (q: object) => Promise<Array<{ id?: number; url?: string }>>;
    sendMessage: (tabId: number, message: object) => Promise<unknown>;
  };
};

/** Tab ids come from one extension page opened before any news page, so it cannot inject into one early. */
async function tabIdFor(control: Page, url: string): Promise<number> {
  const id = await control.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url} (did the page navigate away?)`);
  return id;
}

/** A running DevTools CPU profile of one page's renderer (QL_BENCH_PROFILE=1); `stop` hands it back. */
async function startProfile(browser: Browser, page: Page): Promise<{ stop: () => Promise<CpuProfile> }> {
  const session = await browser.context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await session.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      await session.detach();
      return profile as CpuProfile;
    },
  };
}

/** The popup's own path: open it for the tab, wait for the article (or for its sentence saying why not). */
async function timePopup(browser: Browser, tabId: number, profiles?: CpuProfile[]): Promise<{ elapsed: number; steps: PopupSteps; otherMarks: Record<string, number>; popupCpu?: PopupCpu }> {
  const popup = await browser.context.newPage();
  let profiler: Awaited<ReturnType<typeof startProfile>> | null = null;
  let tracer: Awaited<ReturnType<typeof startTrace>> | null = null;
  try {
    if (profiles || TRACING) {
      // Into the extension's process first, so the profile started here covers the popup from its first line.
      await popup.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
      if (profiles) profiler = await startProfile(browser, popup);
      if (TRACING) tracer = await startTrace(browser, popup);
    }
    const started = performance.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const outcome = await popup.waitForFunction(
      () => {
        const body = document.querySelector('.ql-article-body');
        // The first paragraph with text: some articles open with an empty <p>.
        const first = body && ([...body.querySelectorAll('p')].find((p) => p.textContent?.trim()) ?? body);
        if (first && first.getClientRects().length > 0 && first.textContent?.trim()) return 'article';
        const message = document.querySelector('.ql-message')?.textContent ?? '';
        return message && !message.startsWith('Reading the page') ? `popup says: ${message}` : false;
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const elapsed = performance.now() - started;
    const result = await outcome.jsonValue();
    if (result !== 'article') throw new Error(String(result));
    await popup.waitForFunction(() => performance.getEntriesByName('quotelight:article-shown').length > 0);
    // The article is drawn before its quotes (see entrypoints/popup/main.tsx): wait for them too,
    // so the figures below cover both phases and the tab has been given the whole extraction.
    await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 30_000 });
    const marks = await popup.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    const steps = Object.fromEntries(STEPS.map((step) => [step, marks[`quotelight:${step}`] ?? NaN])) as PopupSteps;
    const known = new Set<string>(STEPS);
    const otherMarks = Object.fromEntries(
      Object.entries(marks)
        .filter(([name]) => name.startsWith('quotelight:') && !known.has(name.slice('quotelight:'.length)))
        .map(([name, at]) => [name.slice('quotelight:'.length), at]),
    );
    if (profiler) profiles!.push(await profiler.stop());
    const popupCpu = tracer ? await tracer.stop(steps['article-shown']) : undefined;
    return { elapsed, steps, otherMarks, popupCpu };
  } finally {
    await popup.close();
  }
}

/** The content script answers from its cache: the `ms` it reports is from the extraction the popup just caused. */
async function extractionMs(control: Page, tabId: number): Promise<Timing['extraction']> {
  type Reply = { ok?: boolean; message?: string; extraction?: { ms: { total: number; readability: number } } } | null;
  let reply: Reply = null;
  // The popup hands the tab its extraction without waiting for an answer: give that message a moment.
  for (let attempt = 0; attempt < 20 && !reply?.extraction; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    reply = (await control.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return api.tabs.sendMessage(id, { type: 'popup:get-extraction' });
    }, tabId)) as Reply;
  }
  if (!reply?.ok || !reply.extraction) throw new Error(`extraction failed: ${reply?.message ?? 'no reply'}`);
  return reply.extraction.ms;
}

/** Plain Readability in the page's own world, on a clone as the content script does: one cold pass, then warm ones. */
async function timeReadability(tab: Page): Promise<{ cold: number; warm: number }> {
  try {
    await tab.addScriptTag({ content: READABILITY_SOURCE });
  } catch {
    // A page whose CSP forbids inline scripts: DevTools evaluation is not subject to it.
    await tab.evaluate(`${READABILITY_SOURCE}\nwindow.Readability = Readability;`);
  }
  const runs = await tab.evaluate((count) => {
    const Readability = (window as unknown as { Readability: new (doc: Node) => { parse: () => unknown } }).Readability;
    const times: number[] = [];
    for (let i = 0; i <= count; i++) {
      const started = performance.now();
      new Readability(document.cloneNode(true)).parse();
      times.push(performance.now() - started);
    }
    return times;
  }, WARM_RUNS);
  const warm = runs.slice(1).sort((a, b) => a - b);
  return { cold: runs[0]!, warm: warm[warm.length >> 1]! };
}

/** QL_BENCH_PROFILE=1: CPU profiles of the popup and of the tab while the popup reads it. */
interface Profiles {
  popup: CpuProfile[];
  tab: CpuProfile[];
}

async function measurePage(browser: Browser, control: Page, page: CorpusPage, url: string, readabilityFirst: boolean, profiles: Profiles | null): Promise<Timing> {
  // A fresh tab per page: the content script caches its extraction per page load.
  const tab = await browser.context.newPage();
  try {
    // Only the document itself loads (images, external scripts, styles would add noise); its inline scripts still run, as for a reader.
    await tab.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await tab.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdFor(control, url);
    // Alternating which goes first spreads the renderer's warm caches evenly over both.
    const before = readabilityFirst ? await timeReadability(tab) : null;
    const tabProfiler = profiles ? await startProfile(browser, tab) : null;
    const { elapsed: popup, steps, otherMarks, popupCpu } = await timePopup(browser, tabId, profiles?.popup);
    if (tabProfiler) profiles!.tab.push(await tabProfiler.stop());
    const extraction = await extractionMs(control, tabId);
    const readability = before ?? (await timeReadability(tab));
    return { id: page.id, extraction, popup, steps, otherMarks, readabilityCold: readability.cold, readabilityWarm: readability.warm, popupCpu };
  } finally {
    await tab.close();
  }
}

export interface ChromiumResult {
  timings: Timing[];
  profiles: Profiles | null;
  failures: Failure[];
  built: string;
}

/** Printed so a stale test build (older than the code being measured) is easy to spot. */
function buildTime(): string {
  try {
    return statSync(join(EXTENSION_DIR, 'manifest.json')).mtime.toISOString();
  } catch {
    return 'unknown (rebuilt while running?)';
  }
}

export async function benchChromium(): Promise<ChromiumResult> {
  const urls = corpusUrls();
  const sample = evenlySpaced([...urls.keys()], Math.min(SAMPLE, pageLimit())).map((id) => loadPage(id, urls.get(id)!));
  // Everything but the sample's documents is a 404, so nothing leaves the machine.
  const server = await servePages(Object.fromEntries(sample.map((page) => [`/p/${page.id}.html`, { body: page.html }])));
  const browser = await launchWithExtension();
  const result: ChromiumResult = { timings: [], profiles: PROFILING ? { popup: [], tab: [] } : null, failures: [], built: buildTime() };
  try {
    const control = await browser.context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
    for (const [index, page] of sample.entries()) {
      try {
        result.timings.push(await measurePage(browser, control, page, `${server.origin}/p/${page.id}.html`, index % 2 === 1, result.profiles));
      } catch (error) {
        result.failures.push({ id: page.id, where: 'chromium', message: errorLine(error) });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

/** QL_BENCH_PROFILE_SAVE=<folder>: each page's raw popup and tab profile as a .cpuprofile file there. */
function saveProfiles(profiles: Profiles, ids: string[]): string | null {
  const folder = process.env.QL_BENCH_PROFILE_SAVE;
  if (!folder) return null;
  mkdirSync(folder, { recursive: true });
  for (const [side, list] of Object.entries(profiles) as Array<[string, CpuProfile[]]>) {
    list.forEach((profile, i) => writeFileSync(join(folder, `${side}-${(ids[i] ?? String(i)).slice(0, 12)}.cpuprofile`), JSON.stringify(profile)));
  }
  return folder;
}

export function printChromium({ timings, profiles, failures, built }: ChromiumResult): void {
  say(`Chromium (wall time), ${timings.length} corpus pages, one fresh tab each; e2e build from ${built}`);
  row('Readability 0.6.0 in the page, 1st pass (baseline)', timings.map((t) => t.readabilityCold));
  row(`Readability 0.6.0 in the page, warm (median of ${WARM_RUNS})`, timings.map((t) => t.readabilityWarm));
  row('pipeline in the popup, on the page copy (ms.total)', timings.map((t) => t.extraction.total));
  row('  of which: Readability step (ms.readability)', timings.map((t) => t.extraction.readability));
  row('  of which: declutter, sanitize, text, quotes', timings.map((t) => t.extraction.total - t.extraction.readability));
  const steps = timings.map((t) => t.steps);
  row('popup click → article shown (popup’s own clock)', steps.map((s) => s['article-shown']));
  row('  popup page loaded, script running', steps.map((s) => s['script-start']));
  row('  content script in the tab (ping or inject)', steps.map((s) => s['tab-ready'] - s['script-start']));
  row('  tab copies its page, message to the popup', steps.map((s) => s['tab-answered'] - s['tab-ready']));
  row('  build the copy + pipeline (+ chunk load)', steps.map((s) => s.extracted - s['tab-answered']));
  row('  render, sanitize, highlight, next frame', steps.map((s) => s['article-shown'] - s.extracted));
  row('popup: goto → first paragraph visible (from Node)', timings.map((t) => t.popup));
  row('ratio pipeline / Readability 1st pass', timings.map((t) => t.extraction.total / t.readabilityCold), ratio);
  row('ratio popup click → article / Readability 1st pass', timings.map((t) => t.steps['article-shown'] / t.readabilityCold), ratio);
  row('ratio popup click → article / popup load-and-start', steps.map((s) => s['article-shown'] / s['script-start']), ratio);
  // The popup draws the article first and fills in its quotes after (see entrypoints/popup/main.tsx):
  // "article shown" and the steps above it are then phase 1 of the pipeline (no quotes, no marks).
  const quotesShown = timings.map((t) => t.otherMarks['quotes-shown']).filter((v): v is number => v !== undefined);
  if (quotesShown.length > 0) {
    row('popup click → quotes filled in (after the article)', quotesShown);
    row('  after the article: next frame, phase 2, draw', timings.filter((t) => t.otherMarks['quotes-shown'] !== undefined).map((t) => t.otherMarks['quotes-shown']! - t.steps['article-shown']));
    row('ratio popup click → quotes filled in / load-and-start', timings.filter((t) => t.otherMarks['quotes-shown'] !== undefined).map((t) => t.otherMarks['quotes-shown']! / t.steps['script-start']), ratio);
  }
  const others = [...new Set(timings.flatMap((t) => Object.keys(t.otherMarks)))].sort((a, b) => median(timings.map((t) => t.otherMarks[a] ?? NaN)) - median(timings.map((t) => t.otherMarks[b] ?? NaN)));
  if (others.length > 0) say('  other marks on the popup’s clock (from its navigation start):');
  for (const name of others) {
    const values = timings.map((t) => t.otherMarks[name]).filter((v): v is number => v !== undefined);
    row(`    ${name}${values.length < timings.length ? ` (${values.length} pages)` : ''}`, values);
  }
  const traced = timings.filter((t) => t.popupCpu && Number.isFinite(t.popupCpu.busy));
  if (traced.length > 0) {
    say(`  popup main-thread CPU from a trace (QL_BENCH_TRACE=1; thread time, little moved by other load), ${traced.length} pages:`);
    row('    popup click → article shown, main-thread CPU', traced.map((t) => t.popupCpu!.busy));
    row('      of which V8 compiling', traced.map((t) => t.popupCpu!.compile));
  }
  say('  per page (pipeline / popup click → article / Readability 1st pass, ms):');
  for (const t of timings) {
    say(`    ${t.id.slice(0, 12)}  ${t.extraction.total.toFixed(1).padStart(7)} / ${t.steps['article-shown'].toFixed(0).padStart(5)} / ${t.readabilityCold.toFixed(1).padStart(7)}`);
  }
  printFailures(failures);
  // QL_BENCH_TIMINGS=<file>: every page's figures as JSON, for comparing builds over many runs.
  if (process.env.QL_BENCH_TIMINGS) writeFileSync(process.env.QL_BENCH_TIMINGS, JSON.stringify(timings));
  if (profiles) {
    say('  (timings above were taken under the profiler)');
    const saved = saveProfiles(profiles, timings.map((t) => t.id));
    if (saved) say(`  raw profiles (open in Chrome DevTools' Performance panel): ${saved}`);
    printProfile(`the popup, goto → article shown, ${profiles.popup.length} pages`, profiles.popup);
    printProfile(`the tab while the popup reads it (content script start, page copy), ${profiles.tab.length} pages`, profiles.tab);
  }
}
