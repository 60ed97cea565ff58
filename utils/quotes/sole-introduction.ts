/**
 * `The sharpest attack came from Rep. Ines Calder (D-Ore.), a second-term member …. In the hallway she told reporters: "…"`: a
 * person named in full for the first time, with a title or an apposition, alone in the sentence and brought in by a verb
 * that makes them its topic (`came from`, an inverted `was`, a passive's `by`) is whom the next pronoun is about, though the
 * grammatical subject is a thing. Named as an object (`The crowd included Gov. X, a former rival. "…," he said`), or with
 * anyone else in the sentence, they are left to the usual subject rules.
 * The Romance languages do it with "in charge of" and a passive's agent after a role noun (`Las obras estuvieron a cargo de la
 * ingeniera Rosa X, experta en puentes. Ella contó …`, `O projeto foi desenhado pela arquiteta Y`), romance-topic.ts.
 */

import type { PersonMention } from './person-mentions';
import { ROMANCE_TOPIC_BEFORE, ROMANCE_APPOSITION } from './romance-topic';

/** `came from `, `was `, `by ` right before the name, a title between them allowed (`came from Rep. `). */
const TOPIC_VERB_BEFORE = /(?:^|\s)(?:(?:came|comes|come)\s+from|was|is|were|by)\s+(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;

export function introducedAlone(text: string, people: readonly PersonMention[], at: number, runEnd: number, firstTime: boolean, sentenceStart: number, sentenceEnd: number): boolean {
  if (!firstTime) return false;
  const before = text.slice(Math.max(0, sentenceStart, at - 60), at);
  const english = TOPIC_VERB_BEFORE.test(before.slice(-40));
  if (!english && !ROMANCE_TOPIC_BEFORE.test(before)) return false;
  const after = text.slice(runEnd, runEnd + 30);
  const introduced = /^(?:\s*\([^()]{1,20}\))?,\s+(?:an?|the)\s/u.test(after) || (!english && ROMANCE_APPOSITION.test(after)) || people.some((person) => person.at === at && person.titles.length > 0);
  return introduced && !people.some((person) => person.at !== at && person.at >= sentenceStart && person.at < sentenceEnd);
}
