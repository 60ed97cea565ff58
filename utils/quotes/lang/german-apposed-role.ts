/**
 * German capitalises every noun, so an occupation set off by commas right after a name opens with a capital letter
 * where the other languages' apposition readers (apposed-role.ts, introduced-role.ts) look for a lower-case one:
 * `Jana Pohlke, Lehrerin an einer Grundschule in X, fährt …`, `Udo Brink, Pflegekraft im Kreiskrankenhaus, pendelt …`.
 * The first word must be a German role noun by the lists or its shape (de-roles.ts); the words up to the closing comma
 * say where the person does it (`Lehrerin an einer Grundschule`).
 */

import { GERMAN_CAPITAL_ROLE } from './de-roles';

/** `, Lehrerin an einer Grundschule in X,` then a lower-case word (the predicate): at most eight words in it. */
const CAPITAL_APPOSITION = /^,\s+(\p{Lu}\p{Ll}[\p{L}-]*)((?:\s+[^\s,.;:()!?"“”„«»]+){0,7}?)\s*,\s+\p{Ll}/u;

/** German small words, one of which the sentence around the name must hold (`und`, `der`, `die`, `ist`…). */
const GERMAN_WORD = /(?<!\p{L})(?:und|der|die|das|nicht|ist|mit|auf|sich|dem|den|ein|eine|einem|einer|seit|bei|im)(?!\p{L})/u;

/** The role in a capitalised apposition right after a German name: `after` is the text just past the name. */
export function germanApposedRole(after: string): string | null {
  const found = CAPITAL_APPOSITION.exec(after);
  if (!found || !GERMAN_CAPITAL_ROLE.test(found[1]!)) return null;
  // (`Anna Roth, Sprecherin der Stadt, sagte`: the words after the noun must be German, where `Anna, Lisa, Marie` lists names.)
  if (found[2] && !GERMAN_WORD.test(after.slice(0, 200))) return null;
  return `${found[1]}${found[2] ?? ''}`;
}
