/**
 * `The sharpest attack came from Rep. Ines Calder (D-Ore.), a second-term member …. In the hallway she told reporters: "…"`: a
 * person named in full for the first time, with a title or an apposition, alone in the sentence and brought in by a verb
 * that makes them its topic (`came from`, an inverted `was`, a passive's `by`) is whom the next pronoun is about, though the
 * grammatical subject is a thing. Named as an object (`The crowd included Gov. X, a former rival. "…," he said`), or with
 * anyone else in the sentence, they are left to the usual subject rules.
 */

import type { PersonMention } from './person-mentions';

/** `came from `, `was `, `by ` right before the name, a title between them allowed (`came from Rep. `). */
const TOPIC_VERB_BEFORE = /(?:^|\s)(?:(?:came|comes|come)\s+from|was|is|were|by)\s+(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;

export function introducedAlone(text: string, people: readonly PersonMention[], at: number, runEnd: number, firstTime: boolean, sentenceStart: number, sentenceEnd: number): boolean {
  if (!firstTime || !TOPIC_VERB_BEFORE.test(text.slice(Math.max(0, sentenceStart, at - 40), at))) return false;
  const introduced = /^(?:\s*\([^()]{1,20}\))?,\s+(?:an?|the)\s/u.test(text.slice(runEnd, runEnd + 30)) || people.some((person) => person.at === at && person.titles.length > 0);
  return introduced && !people.some((person) => person.at !== at && person.at >= sentenceStart && person.at < sentenceEnd);
}
