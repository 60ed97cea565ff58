/**
 * Gates that read how a pattern's alternatives end (patterns.ts reads how they open): a pattern
 * whose every match ends a word stands behind the words of the text (`wordEndGate`), and a word
 * pattern behind the stems its words end with (`endsWithStem`). Both are exact; the coverage and
 * property tests in tests/unit/pattern-guards.test.ts hold them to their patterns.
 */

import { closingParen, FOLDS_TO_ASCII, lazyPattern, lazyValue, registerGate, topLevelAlternatives, type PatternGate } from './patterns';

/**
 * A case-sensitive pattern `(?:alternative|…)` + `suffix`, where `suffix` starts by asserting that
 * no letter follows (`(?![\p{L}])`): each match ends a word, so it ends with one of the letter runs
 * its alternatives end with (`sagte?` → "sagt", "sagte"; `a\s+(?:dit|écrit)` → "dit", "écrit").
 * `admits` looks those endings up among the words of the text, a few Set lookups per word, and
 * the pattern (a long list of verbs in many languages) is compiled only for text that has one.
 */
export function wordEndGate(name: string, listAlternatives: () => readonly string[], flags: string, suffix: string): PatternGate {
  if (/[gyi]/.test(flags)) throw new Error(`${name}: no g, y or i flag`);
  if (!suffix.startsWith('(?![\\p{L}])')) throw new Error(`${name}: the suffix must assert that no letter follows`);
  // The list too is read on first use: a page whose frames never reach the gate pays nothing.
  const parts = lazyValue(() => ({ prefix: '', alternatives: listAlternatives(), suffix, flags }));
  const pattern = lazyValue(() => lazyPattern(parts())());
  const endings = lazyValue(() => {
    const all = new Set<string>();
    for (const alternative of parts().alternatives) {
      const found = letterEndings(alternative);
      // An alternative that may end in anything but a letter rules nothing out.
      if (!found || found.includes('')) return null;
      for (const ending of found) all.add(ending);
    }
    return all;
  });
  const admits = (text: string) => {
    const set = endings();
    if (!set) return true;
    for (const word of text.match(LETTER_RUNS) ?? []) for (let at = 0; at < word.length; at++) if (set.has(word.slice(at))) return true;
    return false;
  };
  return registerGate({
    name,
    admits,
    pattern,
    get parts() {
      return parts();
    },
  });
}

const LETTER_RUNS = /\p{L}+/gu;

type Atom = { kind: 'letters'; variants: string[] } | { kind: 'group'; alternatives: string[] } | { kind: 'zero' } | { kind: 'other' };

const QUANTIFIER = /(?:[?*+]|\{\d*(?:,\d*)?\})\??/y;
const ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|[\s\S])/y;
const LETTER_PAIR = /\[(\p{L})(\p{L})\]/uy;
const LETTER_RUN = /\p{L}+/uy;

/** `source` cut into atoms, each with its quantifier ('' when it has none); a run of plain letters is one atom. */
function atomsOf(source: string): { atom: Atom; quantifier: string }[] {
  const atoms: { atom: Atom; quantifier: string }[] = [];
  const stickyAt = (pattern: RegExp, at: number) => {
    pattern.lastIndex = at;
    return pattern.exec(source);
  };
  for (let at = 0; at < source.length; ) {
    const ch = source[at]!;
    let atom: Atom;
    let next: number;
    const run = stickyAt(LETTER_RUN, at)?.[0];
    if (run) {
      // A quantifier after a run applies to its last letter alone.
      const last = String.fromCodePoint(run.codePointAt(run.length - 1 - (run.length > 1 && /[\udc00-\udfff]/.test(run[run.length - 1]!) ? 1 : 0))!);
      const quantified = stickyAt(QUANTIFIER, at + run.length) !== null;
      const letters = quantified ? run.slice(0, run.length - last.length) : run;
      if (letters) {
        atoms.push({ atom: { kind: 'letters', variants: [letters] }, quantifier: '' });
        at += letters.length;
        continue;
      }
      atom = { kind: 'letters', variants: [last] };
      next = at + last.length;
    } else if (ch === '(') {
      const close = closingParen(source.slice(at)) + at;
      if (close < at) return [{ atom: { kind: 'other' }, quantifier: '' }];
      const inner = source.slice(at + 1, close);
      if (/^\?<?[=!]/.test(inner)) atom = { kind: 'zero' };
      else atom = { kind: 'group', alternatives: topLevelAlternatives(inner.replace(/^\?(?::|<[A-Za-z_]\w*>)/, '')) };
      next = close + 1;
    } else if (ch === '[') {
      const pair = stickyAt(LETTER_PAIR, at);
      if (pair) {
        atom = { kind: 'letters', variants: [pair[1]!, pair[2]!] };
        next = at + pair[0].length;
      } else {
        const close = source.indexOf(']', at + 1 + (source[at + 1] === ']' ? 1 : 0));
        atom = { kind: 'other' };
        next = close < 0 ? source.length : close + 1;
        // A class may hold an escaped bracket: then nothing here is sure.
        if (source.slice(at, next).includes('\\')) return [{ atom: { kind: 'other' }, quantifier: '' }];
      }
    } else if (ch === '\\') {
      atom = { kind: 'other' };
      next = at + stickyAt(ESCAPE, at)![0].length;
    } else if ('^$'.includes(ch)) {
      atom = { kind: 'zero' };
      next = at + 1;
    } else {
      // `.`, and any other literal that is no letter: the reading stops there.
      atom = ch === '.' ? { kind: 'other' } : { kind: 'letters', variants: [String.fromCodePoint(source.codePointAt(at)!)] };
      next = at + (atom.kind === 'letters' ? atom.variants[0]!.length : 1);
    }
    const quantifier = stickyAt(QUANTIFIER, next)?.[0] ?? '';
    atoms.push({ atom, quantifier });
    at = next + quantifier.length;
  }
  return atoms;
}

const PLAIN_WORD = /^\p{L}+$/u;

/**
 * The letters every match of `source` ends with, one string per way it may end ('' when it may
 * end without a letter); null when that cannot be told. Read from the end: letters are prepended,
 * a group ends with its alternatives' endings, look-arounds take no text, an optional atom is
 * taken both ways, and anything else (a class, \s) stops the reading.
 */
export function letterEndings(source: string): string[] | null {
  // Most alternatives are one plain word; long lists repeat the same group.
  if (PLAIN_WORD.test(source)) return [source];
  let found = endingsRead.get(source);
  if (found === undefined) endingsRead.set(source, (found = readEndings(source)));
  return found;
}

const endingsRead = new Map<string, string[] | null>();

function readEndings(source: string): string[] | null {
  const atoms = atomsOf(source);
  const endings = new Set<string>();
  const walk = (index: number, after: string): boolean => {
    if (endings.size > 2000) return false;
    for (let i = index; i >= 0; i--) {
      const { atom, quantifier } = atoms[i]!;
      const optional = quantifier !== '' && !quantifier.startsWith('+') && !/^\{[1-9]/.test(quantifier);
      if (atom.kind === 'zero' && !quantifier) continue;
      // A letter or group repeated more than once ends with one of its own endings: that one, and stop.
      const once = (ends: string[]) => {
        for (const end of ends) endings.add(end + after);
      };
      if (atom.kind === 'letters') {
        if (!atom.variants.every((variant) => PLAIN_WORD.test(variant))) {
          endings.add(after);
          return true;
        }
        if (optional) {
          // Taken once (`sagte?`), what comes before goes on; taken more often, the letter itself ends it.
          if (/^(?:\?|\{0?,?1\})\??$/.test(quantifier)) {
            for (const variant of atom.variants) if (!walk(i - 1, variant + after)) return false;
          } else once(atom.variants);
          // Left out: what comes before ends the match.
          continue;
        }
        if (quantifier) {
          once(atom.variants);
          return true;
        }
        if (atom.variants.length === 1) {
          after = atom.variants[0]! + after;
          continue;
        }
        for (const variant of atom.variants) if (!walk(i - 1, variant + after)) return false;
        return true;
      }
      if (atom.kind === 'group') {
        for (const alternative of atom.alternatives) {
          // A group of plain words (`d(?:i|el|ella)`) taken once: what comes before goes on.
          if (!quantifier && PLAIN_WORD.test(alternative)) {
            if (!walk(i - 1, alternative + after)) return false;
            continue;
          }
          const found = letterEndings(alternative);
          if (!found) return false;
          once(found);
        }
        if (!optional) return true;
        continue;
      }
      endings.add(after);
      return true;
    }
    endings.add(after);
    return true;
  };
  return walk(atoms.length - 1, '') ? [...endings] : null;
}

/**
 * For a case-folding (`iu`) pattern `^…(?:stem|…)(?:ending|…)?$` over one word: whether the word may
 * end with a stem and an ending (stems of three letters or more, lower-case, ASCII or beyond it
 * with one case pair like ä/Ä). A few lookups by the stems' last three letters; a letter that
 * folds to ASCII only under the flags (ſ, K) leaves the answer to the pattern.
 */
export function endsWithStem(stems: readonly string[], endings: readonly string[]): (word: string) => boolean {
  const byEnd = lazyValue(() => {
    const map = new Map<string, string[]>();
    for (const stem of stems) {
      if (stem.length < 3 || stem !== stem.toLowerCase()) throw new Error(`stem "${stem}": three lower-case letters or more`);
      const end = stem.slice(-3);
      const bucket = map.get(end);
      if (bucket) bucket.push(stem);
      else map.set(end, [stem]);
    }
    return map;
  });
  return (word) => {
    for (const ch of FOLDS_TO_ASCII) if (word.includes(ch)) return true;
    const lower = word.toLowerCase();
    const stemEndsAt = (end: number) => (byEnd().get(lower.slice(Math.max(0, end - 3), end)) ?? []).some((stem) => end >= stem.length && lower.startsWith(stem, end - stem.length));
    return stemEndsAt(lower.length) || endings.some((ending) => lower.endsWith(ending) && stemEndsAt(lower.length - ending.length));
  };
}
