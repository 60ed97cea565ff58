/**
 * `pengamat ekonomi Universitas Hasanuddin, Dr. Siti Marlina,`: a role set before a name between
 * commas, where only a title (`Dr.`, `Prof.`, `Ir.`) follows the comma. The group before the comma,
 * from its role noun on (the body's capitalised name included), is the role.
 */

import { isNewLanguageRoleNoun } from './newlang-roles';

/** `lead`: the words before the name. */
export function roleBeforeTitle(lead: string): string | null {
  const groups = lead.replace(/[\s,]+$/u, '').split(/[,;:]/u);
  const last = groups.at(-1)!.trim();
  if (groups.length < 2 || !last || !last.split(/\s+/u).every((word) => /^\p{Lu}\p{L}{0,4}\.$/u.test(word))) return null;
  const apposed = groups.at(-2)!.trim().split(/\s+/u).slice(-7);
  const office = apposed.findIndex((word) => isNewLanguageRoleNoun(word));
  return office >= 0 ? apposed.slice(office).join(' ') : null;
}
