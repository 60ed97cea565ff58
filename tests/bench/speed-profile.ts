/**
 * `QL_BENCH_PROFILE=1 npm run bench:speed`: where the time goes, as the top functions by self time
 * from a V8 CPU profile (node:inspector for the Node pipeline, the DevTools protocol for the popup
 * and the tab in Chromium). Both speak the same Profiler.Profile format, read here.
 */
import { Session } from 'node:inspector';
import { say } from './speed-common';

export const PROFILING = process.env.QL_BENCH_PROFILE === '1';
/** How many functions each profile names. */
const TOP = Number(process.env.QL_BENCH_PROFILE_TOP) > 0 ? Number(process.env.QL_BENCH_PROFILE_TOP) : 25;
/** Sampling interval in µs: fine enough for pages that take tens of milliseconds. */
export const SAMPLING_US = 100;

/** The parts of a Profiler.Profile (Chrome DevTools protocol) this report reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
}

/**
 * Self time per function (summed over every node of that function), most first, and total time
 * (self plus callees, each sample counted once per function) for functions of our own code.
 */
export function selfTimes(profiles: CpuProfile[]): { total: number; functions: SelfTime[]; ours: SelfTime[] } {
  const self = new Map<string, SelfTime>();
  const inclusive = new Map<string, SelfTime>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    // timeDeltas[i] is the time before sample i; the time a sample stands for is the gap to the next one.
    for (let i = 0; i < samples.length; i++) {
      const node = byId.get(samples[i]!);
      const ms = (deltas[i + 1] ?? 0) / 1000;
      if (!node || ms <= 0) continue;
      total += ms;
      add(self, node.callFrame, ms);
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
        const frame = byId.get(id)!.callFrame;
        if (!isOurs(frame.url)) continue;
        const key = keyOf(frame);
        if (seen.has(key)) continue;
        seen.add(key);
        add(inclusive, frame, ms);
      }
    }
  }
  const sorted = (map: Map<string, SelfTime>) => [...map.values()].sort((a, b) => b.ms - a.ms);
  return { total, functions: sorted(self), ours: sorted(inclusive) };
}

function isOurs(url: string): boolean {
  return /\/(utils|components|entrypoints|chunks|content-scripts)\//.test(url) && !url.includes('node_modules');
}

function keyOf(frame: CallFrame): string {
  return `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber ?? 0}`;
}

function add(map: Map<string, SelfTime>, frame: CallFrame, ms: number): void {
  const key = keyOf(frame);
  let entry = map.get(key);
  if (!entry) {
    // Column too: transpiled and bundled files put many functions on one line.
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}:${(frame.columnNumber ?? 0) + 1}` : '';
    map.set(key, (entry = { name: frame.functionName || '(anonymous)', where, ms: 0 }));
  }
  entry.ms += ms;
}

/** Repository-relative paths and package names instead of long file URLs. */
function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const inPackage = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]!.split('/').pop()}`;
  const inRepo = path.match(/\/(utils|entrypoints|components|tests|chunks|content-scripts)\/(.*)$/);
  if (inRepo) return `${inRepo[1]}/${inRepo[2]}`;
  return path.replace(/^chrome-extension:\/\/[^/]+\//, '');
}

/** Prints the top functions of one or more profiles of the same thing. */
export function printProfile(title: string, profiles: CpuProfile[]): void {
  const { total, functions, ours } = selfTimes(profiles);
  const line = (fn: SelfTime) => {
    const share = total > 0 ? (100 * fn.ms) / total : 0;
    say(`    ${fn.ms.toFixed(1).padStart(8)} ms ${share.toFixed(1).padStart(5)}%  ${fn.name.slice(0, 44).padEnd(44)} ${fn.where}`);
  };
  say(`  CPU profile: ${title}; ${total.toFixed(0)} ms sampled, top ${TOP} functions by self time`);
  functions.slice(0, TOP).forEach(line);
  say(`  the same profile, our own functions by total time (self + what they call):`);
  ours.slice(0, TOP).forEach(line);
}

/** Runs `work` under the Node CPU profiler and returns its result and profile. */
export function profileNode<T>(work: () => T): { result: T; profile: CpuProfile } {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): unknown => {
    let answer: unknown;
    let failure: Error | null = null;
    // node:inspector's in-process session answers synchronously for the Profiler domain.
    session.post(method, params ?? {}, (error, result) => {
      failure = error;
      answer = result;
    });
    if (failure) throw failure;
    return answer;
  };
  try {
    post('Profiler.enable');
    post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    post('Profiler.start');
    const result = work();
    const { profile } = post('Profiler.stop') as { profile: CpuProfile };
    return { result, profile };
  } finally {
    session.disconnect();
  }
}
