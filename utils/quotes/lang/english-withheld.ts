/**
 * An English sentence bringing in someone the paper leaves unnamed on purpose, with the definite article too:
 * `The nurse in charge, who asked not to be named, says …`, `However, an elderly porter who has worked there for
 * years, and who did not want his name used, disagreed.` The indefinite openers are read in unnamed-introduction.ts,
 * the other languages' clauses in anonymity-clause.ts (which leaves a definite description alone: `De burgemeester,
 * die de naam van het plan …` names no anonymity); here the English words saying so (ANONYMOUS_SOURCE) must follow a
 * relative "who", so the description is a source withheld, never someone the story can name.
 */
import { ANONYMOUS_SOURCE } from './anonymous';

/** A linking word or a place phrase set off by a comma before the subject: `However,`, `At the clinic,`. */
const LEAD = String.raw`(?:(?:However|But|Meanwhile|And|Still|Yet|Instead|Elsewhere|Nearby|(?:At|In|On|Outside|Inside|Back\s+at)\s[^,.]{1,60}),\s+)?`;
/** The description: an article, up to four lower-case words (hyphens and digits allowed), its noun last, before a comma, "who" or a preposition. */
const DESCRIPTION = new RegExp(String.raw`^${LEAD}((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,4}?\p{Ll}[\p{Ll}-]+)(?=,|\s+(?:and\s+)?who\s|\s+(?:of|at|from|in|on|near|with|for)\s)`, 'u');

/** Where the description starts in `sentence` and the description with its article in lower case, or null. */
export function englishWithheldIntroduction(sentence: string): { at: number; phrase: string } | null {
  const first = sentence.split(/[.!?]\s/u)[0]!;
  const anonymous = ANONYMOUS_SOURCE.exec(first);
  if (!anonymous) return null;
  const found = DESCRIPTION.exec(first);
  if (!found) return null;
  const at = found[0].length - found[1]!.length;
  const between = first.slice(found[0].length, anonymous.index);
  // (Only a relative clause's words, and no capital in it: `The nurse, Ann Lee, who …` is named.)
  if (!/(?:^|[\s,])who\s/u.test(between) || /\p{Lu}/u.test(between)) return null;
  return { at, phrase: found[1]!.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) };
}
