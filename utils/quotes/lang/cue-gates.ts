/**
 * The Latin-script languages' cues (`(?:…)(?![\p{L}])`, lang/latin.ts) one language at a time, for
 * the index's joined tests. The joined pattern's first compile is dear (~50 ms for the five first
 * languages, paid by each fresh process); each language's own pattern has the very source its reader
 * compiles (shared by V8's cache) and is compiled only for a frame holding the words it ends with.
 */

import { letterEndings, wordEndGate } from '../../pattern-endings';
import { lazyValue, topLevelAlternatives, type PatternGate } from '../../patterns';

const CUE_END = '(?![\\p{L}])';
const LETTER_RUNS = /\p{L}+/gu;

export interface LanguageCueGates {
  readonly gates: readonly PatternGate[];
  /** Which gates admit `frame`, one bit each: what each gate's `admits` says, read in one pass over the words. */
  admitted(frame: string): number;
}

/** Each language's cue behind the words it ends with (pattern-endings.ts wordEndGate, exact). */
export function languageCueGates(name: string, languages: readonly { cue?: string }[]): LanguageCueGates {
  const gates = languages.map((language, at) =>
    wordEndGate(`${name} ${at}`, () => {
      const cue = language.cue;
      if (!cue?.startsWith('(?:') || !cue.endsWith(`)${CUE_END}`)) throw new Error(`${name}: a cue of another shape`);
      return topLevelAlternatives(cue.slice(3, -(CUE_END.length + 1)));
    }, 'u', CUE_END),
  );
  // The endings each gate looks up, as wordEndGate reads them: a gate with an alternative that may end
  // in anything but a letter admits every frame.
  const byEnding = lazyValue(() => {
    const languagesOf = new Map<string, number>();
    let always = 0;
    gates.forEach((gate, at) => {
      const endings = gate.parts.alternatives.map(letterEndings);
      if (endings.some((found) => !found || found.includes(''))) always |= 1 << at;
      else for (const ending of endings.flat() as string[]) languagesOf.set(ending, (languagesOf.get(ending) ?? 0) | (1 << at));
    });
    return { languagesOf, always };
  });
  const admitted = (frame: string) => {
    const { languagesOf, always } = byEnding();
    let bits = always;
    for (const word of frame.match(LETTER_RUNS) ?? []) for (let at = 0; at < word.length; at++) bits |= languagesOf.get(word.slice(at)) ?? 0;
    return bits;
  };
  return { gates, admitted };
}

/**
 * Where the joined pattern `(?:A|B|…)(?![\p{L}])` of these languages first matches `frame`, or -1.
 * Exact: the joined pattern matches at a place just where one language's pattern does, so its first
 * match is the earliest of theirs. `first` stops at any match, for a yes or no.
 */
export function cueAt({ gates, admitted }: LanguageCueGates, frame: string, first = false): number {
  const bits = admitted(frame);
  let at = -1;
  for (let language = 0; bits >> language; language++) {
    if (!(bits & (1 << language))) continue;
    const found = gates[language]!.pattern().exec(frame);
    if (found && (at < 0 || found.index < at)) at = found.index;
    if (first && at >= 0) break;
  }
  return at;
}
