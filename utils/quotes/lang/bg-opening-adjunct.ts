/**
 * Bulgarian and Macedonian set a time or manner adjunct before the subject of a sentence that ends in a colon:
 * `Рано сутринта Иван Петров заяви: „…“`, `Късно в неделя вечерта Петров написа във фейсбук: „…“`. The reader takes the
 * lower-case words as a role of the name after them and gives up; with them left out the subject is read as usual.
 * Not when a word of them is a person's noun (`Кметът на селото Иван Петров` is a role) or they end in a preposition
 * (`Синът на Иван Петров заяви:`: the name belongs to the son's description).
 */

import { isNewLanguageAgentNoun } from './newlang-roles';

/** A sentence's opening: one capitalised word and up to four lower-case ones, then a capitalised word. */
const OPENING_ADJUNCT = /(^|[.!?…]\s+|\n\s*)(\p{Lu}\p{Ll}+(?:[\s-]+\p{Ll}+){0,4})\s+(?=\p{Lu}\p{Ll}+[^.!?…\n]*:\s*$)/u;

/** A preposition or conjunction last: the name after it is its object, not the subject. */
const GOVERNS_NEXT = /^(?:на|от|за|с|със|при|до|към|и|или|но|а|по|между|срещу|без|чрез|са|е|од|со|кај|кон|меѓу)$/u;

/** `frame` with the adjunct opening its last sentence left out, or null when it opens with none. */
export function withoutOpeningAdjunct(frame: string): string | null {
  const found = OPENING_ADJUNCT.exec(frame);
  if (!found) return null;
  const words = found[2]!.split(/[\s-]+/u);
  if (GOVERNS_NEXT.test(words.at(-1)!) || words.some((word) => isNewLanguageAgentNoun(word))) return null;
  return frame.slice(0, found.index + found[1]!.length) + frame.slice(found.index + found[0].length);
}
