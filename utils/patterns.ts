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

export interface GuardedPattern {
  /** pattern().test(text), skipped (false) when the words are absent. */
  test(text: string): boolean;
  /** pattern().exec(text), skipped (null) when the words are absent. */
  exec(text: string): RegExpExecArray | null;
  /** The big pattern, built on first use. */
  pattern(): RegExp;
  /** A cheap test every match of the pattern passes: literal words, the pattern's own flags, no \p classes. */
  readonly words: RegExp;
  /** What the pattern is made of, for the coverage test: `prefix(?:alternative|…)suffix`. */
  readonly parts: { readonly prefix: string; readonly alternatives: readonly string[]; readonly suffix: string; readonly flags: string };
  /** Where the guard lives, named in a failing coverage test. */
  readonly name: string;
}

const registry: GuardedPattern[] = [];

/** Every guard built so far (the coverage test imports the modules that build them). */
export function guardedPatterns(): readonly GuardedPattern[] {
  return registry;
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
  let built: RegExp | undefined;
  const pattern = () => (built ??= new RegExp(`${prefix}(?:${alternatives.join('|')})${suffix}`, flags));
  const guard: GuardedPattern = {
    test: (text) => words.test(text) && pattern().test(text),
    exec: (text) => (words.test(text) ? pattern().exec(text) : null),
    pattern,
    words,
    parts: { prefix, alternatives, suffix, flags },
    name,
  };
  registry.push(guard);
  return guard;
}
