/**
 * Big regular expressions cost most the first time they run: V8 compiles a pattern at its first
 * exec and again, to machine code, at its second, and a long `u`/`iu` pattern with \p{…} classes
 * takes milliseconds each time. A fresh process (the command line) and every popup pay that
 * before the first page is read. So a big pattern that most text cannot match stands behind a
 * cheap test of the words every one of its matches contains, and is built on first need.
 *
 * The words test must hold for every alternative of the pattern, now and after an alternative is
 * added: tests/unit/pattern-guards.test.ts checks each registered guard alternative by alternative.
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
