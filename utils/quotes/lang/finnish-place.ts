/**
 * Finnish gives where someone is from as a case ending on the place after the name: `sanoo viljelijä Jari Mäkinen
 * Ylikylästä` (elative -sta/-stä, "from"), `yrittäjä Anu Heikkilä Alavudelta` (ablative -lta/-ltä). That word is no part
 * of the name. A two-word name stays whole (`Maria Costa`), and the -sta/-lta reading is made only in a Finnish text, as
 * Spanish and Portuguese family names end so (`Acosta`, `Peralta`).
 */

/** Finnish function words and verbs of saying, common in any news text and written in no other language here. */
const FINNISH_WORDS = /(?<![\p{L}])(?:että|mukaan|sanoo|kertoo|hän|myös|sanoi|kertoi|ovat|mutta)(?![\p{L}])/u;

export const isFinnishText = (text: string): boolean => FINNISH_WORDS.test(text);

/** A capitalised word in a "from" or "in" case closing a run of three words or more (`Jari Mäkinen Kuopiossa`). */
const FROM_CASE_PLACE = /(?<=^\p{Lu}\S*\s+\p{Lu}\S*)\s+\p{Lu}\p{Ll}{2,}(?:sta|stä|lta|ltä|ssa|ssä)$/u;

/**
 * A capitalised word in a case of place: illative (-aan, -ään, -iin, -seen, -hin: "into"), elative or ablative ("from"),
 * inessive or adessive ("in", "at"), allative (-lle, "to").
 */
const PLACE_CASE_WORD = /^\p{Lu}\p{Ll}{2,}(?:aan|ään|een|iin|oon|uun|yyn|öön|seen|hin|sta|stä|lta|ltä|ssa|ssä|lla|llä|lle)$/u;
/** The illative, or a front vowel only Finnish writes so: no Spanish or Italian family name (`Acosta Peralta`) has one. */
const FINNISH_ONLY_CASE = /(?:aan|ään|een|iin|oon|uun|yyn|öön|seen|hin|stä|ltä|ssä|llä)$/u;

/**
 * Whether a run is only places in their cases (`muutti perheineen Järvelään Turusta`, "moved with his family to Järvelä from
 * Turku"): no person's name.
 */
export const isFinnishPlacesRun = (words: readonly string[]): boolean =>
  words.length >= 2 && words.every((word) => PLACE_CASE_WORD.test(word)) && words.some((word) => FINNISH_ONLY_CASE.test(word));

/** The name without the place it is from (unchanged when none closes it). */
export const withoutFinnishFromPlace = (name: string): string => name.replace(FROM_CASE_PLACE, '');
