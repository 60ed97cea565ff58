/**
 * People the text says go by "they": `Amsel, who uses they/them pronouns, …`, `Rowan Ellis (they/them)`. For them a
 * singular "they said" is the person, not a group (salience.ts reads "they" as a group otherwise).
 */

import type { Mention } from './entity-types';

/** A statement of the pronouns right after a name: `, who uses they/them pronouns`, `(they/them)`, `, whose pronouns are they/them`. */
const THEY_STATED = /^(?:,?\s*(?:who\s+(?:uses|goes\s+by|prefers)|whose\s+pronouns\s+are|uses)\s+(?:the\s+)?(?:pronouns?\s+)?["“]?they(?:\s*\/\s*them)?["”]?(?:\s+pronouns)?|\s*\(\s*they\s*\/\s*them\s*\))/iu;

/** Names of the people the text states use they/them, by their mentions in the entity book. */
export function theyPronounPeople(text: string, mentions: readonly Mention[]): Set<string> {
  const people = new Set<string>();
  if (!/they\s*\/\s*them|\bthey["”]?\s+pronouns/iu.test(text)) return people;
  for (const mention of mentions) {
    // (The mention's own words end before the statement: skip the name's letters, then test what follows.)
    const after = text.slice(mention.at).replace(/^[\p{L}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3}/u, '');
    if (THEY_STATED.test(after)) people.add(mention.name);
  }
  return people;
}
