/**
 * Big regular expressions cost most the first time they run: V8 compiles a pattern at its first
 * exec and again, to machine code, at its second, and a long `u`/`iu` pattern with \p{…} classes
 * takes milliseconds each time. A fresh process (the command line) and every popup pay that
 * before the first page is read. So a big pattern that most text cannot match stands behind a
 * cheap test and is built on first need: `guarded` tests the words every match contains;
 * `firstWordChoice` (anchored patterns) builds only the alternatives that can open the text.
 *
 * The cheap test must hold for every alternative of the pattern, now and after one is added:
 * tests/unit/pattern-guards.test.ts samples each registered gate alternative by alternative.
 */

/** A big pattern and the cheap test that stands before it; registered so the coverage test finds it. */
export interface PatternGate {
  /** Where the gate lives, named in a failing coverage test. */
  readonly name: string;
  /** The cheap test: false only on text the pattern cannot match. */
  admits(text: string): boolean;
  /** The big pattern, built on first use. */
  pattern(): RegExp;
  /** What the pattern is made of: `prefix(?:alternative|…)suffix`, each alternative sampled by the coverage test. */
  readonly parts: PatternParts;
}

export interface PatternParts {
  readonly prefix: string;
  readonly alternatives: readonly string[];
  readonly suffix: string;
  readonly flags: string;
}

export interface GuardedPattern extends PatternGate {
  /** pattern().test(text), skipped (false) when the words are absent. */
  test(text: string): boolean;
  /** pattern().exec(text), skipped (null) when the words are absent. */
  exec(text: string): RegExpExecArray | null;
  /** Literal words every match of the pattern contains, with the pattern's own flags and no \p classes. */
  readonly words: RegExp;
}

const registry: PatternGate[] = [];

/** Every gate built so far (the coverage test imports the modules that build them). */
export function patternGates(): readonly PatternGate[] {
  return registry;
}

export function registerGate<T extends PatternGate>(gate: T): T {
  registry.push(gate);
  return gate;
}

/** The pattern `parts` describe, built on first use. */
export function lazyPattern({ prefix, alternatives, suffix, flags }: PatternParts): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(`${prefix}(?:${alternatives.join('|')})${suffix}`, flags));
}

/**
 * `new RegExp(prefix + '(?:' + alternatives.join('|') + ')' + suffix, flags)`, tried only on text
 * that `words` matches. Give `words` the pattern's flags, so it folds case exactly as the pattern
 * does, and a word each alternative cannot match without.
 */
export function guarded(
  name: string,
  words: RegExp,
  alternatives: readonly string[],
  flags: string,
  { prefix = '', suffix = '' }: { prefix?: string; suffix?: string } = {},
): GuardedPattern {
  // A skipped test must leave no state behind: neither pattern may carry lastIndex.
  if (words.global || words.sticky || /[gy]/.test(flags)) throw new Error(`${name}: no g or y flag`);
  const parts = { prefix, alternatives, suffix, flags };
  const pattern = lazyPattern(parts);
  return registerGate({
    name,
    admits: (text: string) => words.test(text),
    test: (text: string) => words.test(text) && pattern().test(text),
    exec: (text: string) => (words.test(text) ? pattern().exec(text) : null),
    pattern,
    words,
    parts,
  });
}

/**
 * Whether the frame, where `opening` ends, starts with one of `words` (lower-cased), so that an
 * alternation of those could match there. Without a list (null) the answer is yes; compared up to
 * the first character beyond ASCII, whose case folding is the pattern's to judge.
 */
export function opensWith(frame: string, opening: RegExp, words: readonly string[] | null): boolean {
  if (!words) return true;
  const buckets = wordsByFirstLetter(words);
  // An empty word opens every frame.
  if (buckets.has('')) return true;
  const start = opening.exec(frame)?.[0].length ?? 0;
  const first = frame[start];
  if (first === undefined || words.length === 0) return false;
  // Any word is judged by the pattern past a character beyond ASCII, its first included.
  if (first > '\x7f') return true;
  // Only the words opening with this letter can match: one lookup instead of a pass over all of them.
  return (buckets.get(first.toLowerCase()) ?? []).some((word) => {
    for (let i = 1; i < word.length; i++) {
      const ch = frame[start + i];
      if (ch === undefined) return false;
      if (ch > '\x7f') return true;
      if (ch.toLowerCase() !== word[i]) return false;
    }
    return true;
  });
}

const wordBuckets = new WeakMap<readonly string[], Map<string, string[]>>();

/** `words` grouped by their first character, built once per list. */
function wordsByFirstLetter(words: readonly string[]): Map<string, string[]> {
  let buckets = wordBuckets.get(words);
  if (!buckets) {
    buckets = new Map();
    for (const word of words) {
      const key = word.slice(0, 1);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(word);
      else buckets.set(key, [word]);
    }
    wordBuckets.set(words, buckets);
  }
  return buckets;
}

/**
 * The literal text each alternative of `source` must open with, lower-cased (`sagte?` → "sagt",
 * `[Ss]egún` → "según", `(?:a|ont)\s+dit` → "a", "ont"); null when an alternative may open with
 * anything but a letter, and then nothing is ruled out.
 */
export function leadingWords(source: string): string[] | null {
  const words: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const found = leadingLiteral(alternative);
    if (!found) return null;
    words.push(...found);
  }
  return words;
}

const SPECIAL = new Set('\\^$.|?*+()[]{}');
const DIGITS = '0123456789'.split('');

/** Lower-case letters only: a plain word, its own opening (no case to fold, no syntax to read). */
const LOWER_WORD = /^\p{Ll}+$/u;

function leadingLiteral(alternative: string): string[] | null {
  if (LOWER_WORD.test(alternative)) return [alternative];
  let literal = '';
  for (let at = 0; at < alternative.length; ) {
    const ch = alternative[at]!;
    let next = 0;
    let char = '';
    if (!SPECIAL.has(ch)) {
      char = String.fromCodePoint(alternative.codePointAt(at)!);
      next = char.length;
    } else if (ch === '[') {
      // A class of one letter in both cases (`[Ss]`) is that letter.
      const pair = /^\[(\p{L})(\p{L})\]/u.exec(alternative.slice(at, at + 8));
      if (pair && pair[1]!.toLowerCase() === pair[2]!.toLowerCase()) [char, next] = [pair[1]!, pair[0].length];
    } else if (!literal && alternative.startsWith('\\d', at)) {
      // A leading digit (`\d+ comments`): any of the ten, unless it may be left out.
      return /^[?*]|^\{0/.test(alternative.slice(at + 2)) ? null : DIGITS;
    } else if (!literal && alternative.startsWith('(?:', at)) {
      const close = closingParen(alternative.slice(at)) + at;
      if (close < at) return null;
      // A leading group opens with its own words; an optional one (`(?:à )?lire`) or the rest after it.
      const inner = leadingWords(alternative.slice(at + 3, close));
      const quantifier = alternative[close + 1];
      if (quantifier !== '?') return inner && inner.length > 0 && quantifier !== '*' && quantifier !== '{' ? inner : null;
      const after = leadingLiteral(alternative.slice(close + 2));
      return inner && after ? [...inner, ...after] : null;
    }
    // An optional part ends the certain prefix.
    const following = alternative[at + next];
    if (!next || following === '?' || following === '*' || following === '{') break;
    literal += char.toLowerCase();
    at += next;
  }
  // The openings these words follow end greedily (spaces, a dash, a parenthesis): a word must not start with one.
  return literal && !/^[\s(—–-]/u.test(literal) ? [literal] : null;
}

/**
 * Calls `visit` with each character of a pattern source outside escapes and classes and the group
 * depth after it, until it returns true; the index it stopped at, or -1. (A plain loop: it runs
 * cold, once per long source, where a generator costs several times more.)
 */
function scanStructure(source: string, visit: (ch: string, at: number, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const ch = source[at]!;
    if (ch === '\\') at++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      if (visit(ch, at, depth)) return at;
    }
  }
  return -1;
}

/** The alternatives of `source` at its top level (not inside groups or classes). */
export function topLevelAlternatives(source: string): string[] {
  // With no group, class or escape every bar is at the top level.
  if (!/[\\[(]/.test(source)) return source.split('|');
  const parts: string[] = [];
  let start = 0;
  scanStructure(source, (ch, at, depth) => {
    if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
    return false;
  });
  parts.push(source.slice(start));
  return parts;
}

/** The index of the parenthesis closing the group `source` opens with, or -1. */
export function closingParen(source: string): number {
  return scanStructure(source, (ch, _at, depth) => ch === ')' && depth === 0);
}

/**
 * `prefix(?:alternative|…)suffix` for a prefix that ends where `opening` ends (an anchor): only the
 * alternatives whose opening word the text can start with are built and tried (found by its first
 * character, then the whole word), so a label in one language compiles a few of a long multilingual
 * list, and most labels none. Test only: a
 * pattern of some alternatives matches where the whole one does exactly when one of them does.
 */
export function firstWordChoice(
  name: string,
  alternatives: readonly string[],
  flags: string,
  { prefix = '^', suffix = '', opening }: { prefix?: string; suffix?: string; opening?: RegExp } = {},
): PatternGate & { test(text: string): boolean; exec(text: string): RegExpExecArray | null } {
  if (/[gy]/.test(flags) || opening?.global || opening?.sticky) throw new Error(`${name}: no g or y flag`);
  // Fewer alternatives would renumber capture groups: exec is offered for patterns without them.
  if (hasCaptureGroup(`${prefix}${alternatives.join('|')}${suffix}`)) throw new Error(`${name}: no capture groups`);
  const parts = { prefix, alternatives, suffix, flags };
  // Read on first use: a page whose text never reaches the gate pays nothing.
  const openingsOf = lazyValue(() => alternatives.map((alternative) => leadingWords(alternative)));
  const folds = flags.includes('i');
  // Per opening character: the alternatives that may open with it, found once.
  const candidates = new Map<string, number[]>();
  const built = new Map<string, RegExp | null>();
  const patternFor = (text: string) => {
    const at = opening ? (opening.exec(text)?.[0].length ?? 0) : 0;
    const key = bucketOf(text[at], folds);
    let bucket = candidates.get(key);
    const openings = openingsOf();
    if (!bucket) {
      bucket = [];
      for (let i = 0; i < alternatives.length; i++) if (openings[i] === null || openings[i]!.some((word) => mayOpen(word[0]!, key, folds))) bucket.push(i);
      candidates.set(key, bucket);
    }
    // Of those, the ones whose whole opening word the text can start with: most texts keep none and compile nothing.
    const chosen = bucket.filter((i) => mayStartWith(text, at, openings[i]!));
    const chosenKey = chosen.join(',');
    let pattern = built.get(chosenKey);
    if (pattern === undefined) {
      const sources = chosen.map((i) => alternatives[i]!);
      built.set(chosenKey, (pattern = sources.length ? new RegExp(`${prefix}(?:${sources.join('|')})${suffix}`, flags) : null));
    }
    return pattern;
  };
  // The alternatives left out cannot match at the text's opening, so the first match is the same one.
  const test = (text: string) => patternFor(text)?.test(text) ?? false;
  const exec = (text: string) => patternFor(text)?.exec(text) ?? null;
  return registerGate({ name, admits: test, test, exec, pattern: lazyPattern(parts), parts });
}

/**
 * Whether the text at `at` may start with one of `words` (lower-cased): a null list, or a character
 * beyond ASCII on either side, leaves it to the pattern (only such characters fold across ASCII).
 */
function mayStartWith(text: string, at: number, words: readonly string[] | null): boolean {
  if (!words) return true;
  return words.some((word) => {
    for (let i = 0; i < word.length; i++) {
      const ch = text[at + i];
      if (ch === undefined) return false;
      if (ch > '\x7f' || word[i]! > '\x7f') return true;
      if (ch.toLowerCase() !== word[i]) return false;
    }
    return true;
  });
}

/** Whether a pattern source has a capturing group: an unescaped "(" outside a class, not "(?:", "(?=", "(?!", "(?<=", "(?<!". */
function hasCaptureGroup(source: string): boolean {
  const bare = source.replace(/\\./gsu, '').replace(/\[[^\]]*\]/gu, '');
  return /\((?!\?(?:[:=!]|<[=!]))/u.test(bare);
}

/** Non-ASCII letters that fold to ASCII ones under the i and u flags (long s, Kelvin sign). */
export const FOLDS_TO_ASCII = new Set(['\u017f', '\u212a']);

/**
 * The character a text opens with, as a bucket of alternatives: ASCII lower-cased; "" for none;
 * "~" for any other character, "*" for one that may fold to ASCII (every alternative may match).
 */
function bucketOf(ch: string | undefined, folds: boolean): string {
  if (ch === undefined) return '';
  if (ch <= '\x7f') return ch.toLowerCase();
  return folds && FOLDS_TO_ASCII.has(ch) ? '*' : '~';
}

/** Whether an alternative whose words open with `first` (lower-cased) may match a text in bucket `key`. */
function mayOpen(first: string, key: string, folds: boolean): boolean {
  if (key === '*' || (folds && FOLDS_TO_ASCII.has(first))) return true;
  return first <= '\x7f' ? first === key : key === '~';
}

/** A value built on first use. */
export function lazyValue<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) [value, built] = [build(), true];
    return value;
  };
}

/*
 * The `i` flag beside `u` makes V8 close every \p{…} class over case folding at each compile, which
 * doubles the cost of a pattern full of them (and the first compile is what a fresh process pays).
 * A pattern whose only case-blind parts are ASCII words and \p{L} can drop `i` and say the same thing:
 */

/** What `[\p{L}]` holds under the i and u flags: the letters and U+0345, a combining mark that folds to ι. Use inside a class. */
export const LETTER_FOLDED = String.raw`\p{L}\u0345`;

/** The character beyond ASCII each ASCII letter also matches under the i and u flags (FOLDS_TO_ASCII, by letter). */
const FOLDED_INTO: Readonly<Record<string, string>> = { s: '\u017f', k: '\u212a' };

/** An ASCII word as the i and u flags match it, letter by letter: `his` → `[hH][iI][sSſ]`. */
export function caseless(word: string): string {
  let source = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    if (ch > 'z' || lower < 'a' || lower > 'z') throw new Error(`caseless: ${JSON.stringify(word)} is not an ASCII word`);
    source += `[${lower}${lower.toUpperCase()}${FOLDED_INTO[lower] ?? ''}]`;
  }
  return source;
}

/** Words read from a text (a name, an office) as a pattern that matches them literally. */
export const escapeForPattern = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
