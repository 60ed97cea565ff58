/**
 * What the Bashkir, Chuvash, Sakha and Ossetian readers (ba.ts, cv.ts, sah.ts, os.ts) read alike, each with its own
 * patterns: the tag after a quote, and the last sentence of the words before one.
 */

import type { SpeakerPhrase } from '../cues';
import { described, officeDescriptor, person, pronoun } from './shared';

/** A reader's patterns for a tag after a quote: a pronoun, `one …` (someone unnamed), a name, an office, the verb alone. */
export interface TagAfterPatterns {
  pronounAfter: RegExp;
  someoneAfter: RegExp;
  nameAfter: RegExp;
  officeAfter: RegExp;
  bareAfter: RegExp;
}

/**
 * The tag's first line read in that order: a name in an oblique case is whom it was said to, an office ending in an adjunct's
 * ending (`… -пе`, `… -нан`) no office, and the verb alone the one just quoted.
 */
export function tagAfter(frame: string, patterns: TagAfterPatterns, isOblique: (run: string) => boolean, adjunct: RegExp): SpeakerPhrase | null {
  const line = frame.split('\n')[0]!;
  if (patterns.pronounAfter.test(line)) return pronoun('they');
  const someone = patterns.someoneAfter.exec(line)?.[1];
  if (someone) return described(someone);
  const named = patterns.nameAfter.exec(line);
  if (named && !isOblique(named[2]!)) return person(named[2]!, named[1]?.trim() || null);
  const office = patterns.officeAfter.exec(line)?.[1];
  if (office && !adjunct.test(office)) return officeDescriptor(office);
  return patterns.bareAfter.test(line) ? pronoun('they') : null;
}

/** The sentence's last stretch before the quote. */
export const ownSentence = (frame: string) => frame.split(/(?<=[.!?])\s+(?=\p{Lu}|[«"“])/u).at(-1) ?? frame;

/**
 * The speaker in the words before a tag ending in a colon (`… былай тине:`): the last name run in them (`nameRuns`, not in an
 * oblique case, and one `isName` takes), the words before it its role; a sentence's first word is capitalised whatever it is,
 * so a run of one word there is no name. Failing a name, `someone` (the language's `one …`) is someone unnamed.
 */
export function subjectBeforeColon(clause: string, nameRuns: RegExp, isOblique: (run: string) => boolean, someone: RegExp, isName: (run: string) => boolean = () => true): SpeakerPhrase | null {
  const runs = [...clause.matchAll(nameRuns)].filter((run) => !isOblique(run[0]) && isName(run[0]));
  const named = runs.filter((run) => run.index! > 0 || run[0].includes(' ')).at(-1);
  if (named) return person(named[0], clause.slice(0, named.index).trim().replace(/,$/u, '') || null);
  const one = someone.exec(clause);
  return one ? described(one[0].trim()) : null;
}

/** A plain sentence before a quote standing alone: the first run of `introduced` that `isFullName` takes, up to four words before it (no comma) its role. */
export function introducedSubject(sentence: string, introduced: RegExp, isFullName: (run: string) => boolean): SpeakerPhrase | null {
  const run = [...sentence.matchAll(introduced)].find((found) => isFullName(found[1]!));
  if (!run) return null;
  const lead = sentence.slice(0, run.index).trim();
  return person(run[1]!, lead && !lead.includes(',') && lead.split(/\s+/u).length <= 4 ? lead : null);
}
