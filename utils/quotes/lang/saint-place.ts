/**
 * A Portuguese place named for a saint (`São Pedro`, `Santa Clara`, `Santo Amaro`) right after `a`, `em`, `de` or `para`,
 * glued before a full name: `afirmou à chegada a São Pedro Ana Lopes Vaz`. The saint and the word after it are where it was
 * said, never the start of the person's name (`São` is no given name), so the place goes and the name is left.
 */

/** `a São Pedro ` before a name of two capitalised words at least (`dos`, `da` may join them). */
const SAINT_PLACE = /^(?:São|Santa|Santo)\s+\p{Lu}\p{Ll}+\s+(?=\p{Lu}\p{Ll}+(?:\s+(?:dos|das|da|do|de))?\s+\p{Lu})/u;
/**
 * The same place opening the words after a tag's verb, with its preposition and maybe the when before it (`à chegada a
 * São Pedro Ana Lopes Vaz`, `em Santo Amaro João Reis`): it goes, and the name is read (place-adjunct.ts).
 */
export const SAINT_PLACE_AFTER_VERB = /^(?:(?:à|ao|no|na)\s+\p{Ll}{3,}\s+)?(?:a|em|de|para)\s+(?:São|Santa|Santo)\s+\p{Lu}\p{Ll}+\s+(?=\p{Lu}\p{Ll}+(?:\s+(?:dos|das|da|do|de))?\s+\p{Lu})/u;
/** The preposition before the place (`disse em`, `à chegada a`). */
const PLACE_PREPOSITION = /(?:^|\s)(?:a|em|de|para)\s+$/u;

/**
 * The name read from `run` without a saint-named place the run opened with, after a preposition (else unchanged). The run
 * is checked, not the name: `São` alone may already have been dropped as the verb "are" (`Pedro Ana Lopes Vaz` is left).
 */
export function withoutSaintPlace(name: string, run: string, before: string): string {
  if (!/^S(?:ão|ant)/u.test(run) || !PLACE_PREPOSITION.test(before)) return name;
  const place = SAINT_PLACE.exec(run);
  return place && run.endsWith(name) && name.length > run.length - place[0].length ? run.slice(place[0].length) : name;
}
