/**
 * A role opening the sentence with its department or portfolio in brackets before the name, as Indian and other
 * South Asian papers write it: `Chief engineer (roads) P. Menon told …`, `Joint commissioner (traffic) A. Khan said …`.
 * Read without the brackets, the name after them opens the sentence: its subject, whom a later `he said` is about (entities.ts).
 */

import { isRoleWord } from './roles';

/** A sentence's words before a name, the department bracket after their role dropped: `Chief engineer (roads) ` -> `Chief engineer `. */
export function leadWithoutRoleBracket(lead: string): string {
  const bracket = /(?<![\p{L}])([\p{L}-]+)\s+\([\p{L}&,/ .-]{2,30}\)\s+$/u.exec(lead);
  return bracket && isRoleWord(bracket[1]!.toLowerCase()) ? `${lead.slice(0, bracket.index)}${bracket[1]} ` : lead;
}
