/**
 * `Azlan Hakim Yusof`: a role noun of another language (`hakim`, "judge") between a given name and a family name, three
 * capitalised words in all, is a word of the name (Hakim is a common Malay and Arabic name); `Ketua Hakim Yusof`, an office
 * before it, keeps it the office's, and so does a body before it (`Belediye Başkanı Karaca`, the town hall's mayor).
 */

import { isForeignRoleNoun } from './lang/role-nouns';
import { NOT_A_PERSON } from './non-person-words';

export function isRoleWordInsideName(words: readonly string[], i: number): boolean {
  return i === 1 && words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[2]!) && !isForeignRoleNoun(words[0]!) && !NOT_A_PERSON.has(words[0]!.toLowerCase());
}
