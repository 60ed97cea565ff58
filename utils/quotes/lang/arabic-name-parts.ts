/**
 * Arabic: how many words a name of up to four parts takes, a name built as a construct (`عبد الرحمن`, `أبو شامة`)
 * counting as one part: `عبد الكريم سالم أبو حمدة` is a given name, a father's name and a family name (five words,
 * three parts), and a cut after four words would leave `حمدة` out and `أبو` dangling.
 */

/** Words that join the next one into one part of a name (`عبد الله`, `أبو محمد`, `بن علي`). */
const JOINING = /^(?:عبد|أبو|ابو|أبي|بن|ابن|آل)$/u;

/** The words of `words` that a name of at most `parts` parts takes (plain words are counted as they stand elsewhere). */
export function nameWordCount(words: readonly string[], parts = 4): number {
  let at = 0;
  for (let part = 0; part < parts && at < words.length; part++) {
    // (A joining word only joins when a word follows it: `أبو` last stays one part.)
    at += JOINING.test(words[at]!) && at + 1 < words.length ? 2 : 1;
  }
  return at;
}
