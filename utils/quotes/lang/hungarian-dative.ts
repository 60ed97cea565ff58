/**
 * Hungarian names whom the words were said to in the dative (-nak/-nek) before the speaker's name: `nyilatkozta a Duna
 * Televíziónak Szabó Gergely` ("told Duna Television Gergely Szabó"). The capitalised run goes on over the outlet, which no
 * person's name holds.
 */

/** A capitalised word in the Hungarian dative: `Televíziónak`, `Hírlapnak`, `Rádiónak`. */
const DATIVE_WORD = /^\p{Lu}\p{Ll}{2,}(?:nak|nek)$/u;
/** Letters of Hungarian's own spelling, one of which the run must hold (`Janek Nowak` is Polish, no dative). */
const HUNGARIAN_LETTER = /[áéíóöőúüű]/u;

/** The run's words after its last dative word, when two words or more follow it (`Duna Televíziónak Szabó Gergely` → `Szabó Gergely`). */
export function withoutHungarianDative(words: string[]): string[] {
  if (words.length < 3 || !words.some((word) => HUNGARIAN_LETTER.test(word))) return words;
  const dative = words.slice(0, -2).findLastIndex((word) => DATIVE_WORD.test(word));
  return dative >= 0 ? words.slice(dative + 1) : words;
}

/** Whether words the name was cleaned of end in such a dative (`Duna Televíziónak`): whom it was said to, no role. */
export const endsInHungarianDative = (words: string): boolean => HUNGARIAN_LETTER.test(words) && DATIVE_WORD.test(words.split(/\s+/u).at(-1) ?? '');

/** Hungarian adverbs of manner (-an/-en, -ul/-ül, -va/-ve: `keserűen`, `halkan`, `röviden`, `mosolyogva`). */
const MANNER_ADVERB = /^\p{Ll}{3,}(?:an|en|án|én|ul|ül|va|ve)$/u;

/**
 * Whether the words between a Hungarian past-tense verb and the name are only how it was said (`– mondta keserűen X`,
 * "said bitterly"): no role. The verb ends so (mondta, tette, fogalmazott) or a word holds Hungarian's letters.
 */
export function isHungarianMannerOnly(words: readonly string[], verb: string): boolean {
  if (words.length === 0 || !words.every((word) => MANNER_ADVERB.test(word))) return false;
  return /(?:ta|te|tt)$/u.test(verb) || HUNGARIAN_LETTER.test(`${verb} ${words.join(' ')}`);
}
