/**
 * A jab reported about someone else: `When Reyes shot back that she had "copied the plan," she delivered …` — the
 * "she" of the jab is the one Reyes attacks, and so is the same pronoun that then speaks, not Reyes. Only verbs of
 * retort or attack (`shot back`, `countered`, `charged`, `scoffed`): after `said that she` the speaker may be herself.
 */

import { pronounGender } from './coreference';
import { cleanName, NAME_RUN } from './names';
import type { PersonMention } from './person-mentions';
import { resolveName } from './name-resolution';
import { lazyPattern } from './speaker-phrase';

/** A named subject, a verb of retort or attack, then `that` and a pronoun: `Reyes fired back that he`. */
const RETORT = lazyPattern(
  () =>
    new RegExp(
      `(${NAME_RUN})\\s+(?:(?:shot|fired|hit|snapped)\\s+back|countered|retorted|charged|alleged|scoffed|sneered|jabbed|mocked|quipped|insinuated)(?:\\s+(?:on|in|at)\\s+[^,.;:"“”]{1,40}?)?,?\\s+that\\s+(he|she)\\b`,
      'u',
    ),
);

/** The full name of the one retorting about a `pronoun` in `sentences` (the cue's sentence, the one before), who is not that pronoun. */
export function retorterOf(sentences: readonly string[], pronoun: string, people: PersonMention[]): string | undefined {
  const wanted = pronounGender(pronoun);
  if (!wanted) return undefined;
  for (const sentence of sentences) {
    if (!/back|counter|retort|charg|alleg|scoff|sneer|jab|mock|quip|insinuat/u.test(sentence)) continue;
    const match = RETORT().exec(sentence);
    if (!match || pronounGender(match[2]!) !== wanted) continue;
    const name = cleanName(match[1]!);
    if (name) return resolveName(name, people);
  }
  return undefined;
}
