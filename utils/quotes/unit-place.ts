/**
 * `Superintendent of Industrial Police-4 Narsingdi Md Kamal Uddin said`: an office ending in a numbered unit (a word
 * joined to its number, `Police-4`, `Battalion-9`) and the place that unit covers, glued before the name. A word joined
 * to a number is never part of a person's name; the one word after it is the unit's place when the same text writes
 * that word alone as a place elsewhere (`in Narsingdi`, `at Narsingdi.`), and a name of two words or more is left.
 * `Police-4 Kamal Uddin` keeps both words; `Rahim Uddin … in Rahim's shop` is no place (no numbered unit before).
 */

/** A capitalised word joined by a hyphen to a number: a unit's number, `Police-2`, `Sector-7`. */
const NUMBERED_UNIT = /^\p{Lu}[\p{L}\p{M}]*-\d+$/u;
/** A preposition of place before a capitalised word: `in X`, `at X`, `from X`, `of X`. */
const PLACE_PREPOSITION = /(?<![\p{L}\p{M}])(?:in|at|from|near|to)\s+$/u;

/** Whether the text writes `word` alone after a preposition of place somewhere (not as the first word of a longer run). */
function writtenAsPlace(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const after = text.slice(at + word.length, at + word.length + 2);
    if (/^[\p{L}\p{M}\d-]/u.test(after) || /^\s\p{Lu}/u.test(after)) continue;
    if (PLACE_PREPOSITION.test(text.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

/** The name without a numbered unit and its place opening it, or the name as it was. */
export function withoutNumberedUnit(name: string, text: string): string {
  const words = name.split(' ');
  if (words.length < 3 || !NUMBERED_UNIT.test(words[0]!)) return name;
  const rest = words.slice(1);
  if (rest.length >= 3 && writtenAsPlace(rest[0]!, text)) return rest.slice(1).join(' ');
  return rest.join(' ');
}
