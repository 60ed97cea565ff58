/**
 * "Boston-based Aurelian Therapeutics … Aurelian said in a statement": one word that the text also
 * writes as the opening of a body's name (a run ending in "Therapeutics", "Council", "Securities" …) is
 * that body's short name, not a person's family name. Such a speaker stays a description, out of Voices.
 */

import { endsLikeBody } from './names';

/** The one-word short names of the bodies a text names in full. */
export function bodyShortNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)(?=\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}]))/gu)) {
    if (endsLikeBody(`${match[1]} ${match[2]}`)) names.add(match[1]!);
  }
  return names;
}
