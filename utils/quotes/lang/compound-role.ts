/**
 * `– …, säger Ekbackentränaren.`: Swedish joins a club's or a place's name and a definite role noun into one capitalised
 * word ("the Ekbacken coach"). It is no name: it is read as the role noun alone (`säger tränaren`), the person the text
 * introduced with that office. Only a definite form of a listed role noun (`tränaren`, `ordföranden`, `chefen`) counts as
 * the tail, after a head of three letters or more, so a surname (`Lindqvist`) is never cut.
 */

import type { LanguageCues } from './shared';
import { isListedNewLanguageRoleNoun } from './newlang-roles';

/** A capitalised word: its head, then a lower-case tail that may be a definite role noun (`Norrby|tränaren`). */
const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu;
/** Swedish definite endings on a common-gender or neuter noun: `-en`, `-n`, `-et`. */
const DEFINITE_ENDING = /(?:en|n|et)$/u;
const MIN_TAIL = 5;

/** The role noun a compound ends with (`Norrbytränaren` → `tränaren`), or null. */
export function compoundRoleTail(word: string): string | null {
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - MIN_TAIL; cut++) {
    const tail = lower.slice(cut);
    if (DEFINITE_ENDING.test(tail) && isListedNewLanguageRoleNoun(tail)) return tail;
  }
  return null;
}

/**
 * The frame with each club-and-role compound written as its role noun alone; not one a name follows (`Kommunalrådet Anna
 * Berg säger`: a role before the name, read as it is).
 */
function withCompoundRolesSplit(frame: string): string {
  return frame.replace(CAPITALISED_WORD, (word, at: number) => (/^\s+\p{Lu}/u.test(frame.slice(at + word.length)) ? word : compoundRoleTail(word) ?? word));
}

/** A reader that reads `säger Norrbytränaren` as `säger tränaren`. */
export function readingCompoundRoles(cues: LanguageCues): LanguageCues {
  return {
    ...cues,
    after: (frame) => cues.after(withCompoundRolesSplit(frame)),
    before: (frame) => cues.before(withCompoundRolesSplit(frame)),
  };
}
