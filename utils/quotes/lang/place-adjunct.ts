/**
 * `», avait expliqué plus tôt à la barre Paul Dumont, …`: French puts a time adverb and a place (`à la barre`, `au pupitre`)
 * between the verb and a subject that follows it; neither is the speaker, so both are left out and the name read. A person's
 * noun after `à` is whom it was said to (`a confié à la juge Paul Dumont`: Paul Dumont is the judge, the listener), so it stays.
 */
import { isForeignRoleNoun } from './role-nouns';
import { SAINT_PLACE_AFTER_VERB } from './saint-place';

/** `plus tôt`, `plus tard`, `auparavant`: when it was said, before a place or a capitalised subject. */
const TIME_ADVERB = /^(?:plus\s+tôt|plus\s+tard|auparavant|ensuite|également)\s+(?=à\s|au\s|aux\s|\p{Lu})/u;
/** `à la barre`, `à l’audience`, `au pupitre`: a place of one noun, then a full name of two capitalised words. */
const PLACE_BEFORE_NAME = /^(?:à\s+la\s+|à\s+l['’]|au\s+|aux\s+)(\p{Ll}[\p{L}-]*)\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu})/u;

export function withoutTimeAndPlace(clause: string): string {
  // (`afirmou à chegada a São Pedro Ana Vaz`: a Portuguese saint-named place, lang/saint-place.ts.)
  const saint = SAINT_PLACE_AFTER_VERB.exec(clause);
  if (saint) return clause.slice(saint[0].length);
  const timeless = clause.replace(TIME_ADVERB, '');
  const place = PLACE_BEFORE_NAME.exec(timeless);
  if (place && !isForeignRoleNoun(place[1]!.toLowerCase())) return timeless.slice(place[0].length);
  return timeless === clause || /^\p{Lu}/u.test(timeless) ? timeless : clause;
}
