/**
 * An office opening its sentence before a form of address and the name, in languages with no article to mark it:
 * Swahili `Mwenyekiti wa chama cha X, Bw Y Z,` (the chair of X, Mr Y Z), Malay `Pengerusi persatuan itu, Encik Y,`.
 * The group is the role when its first word is an office noun of such a language; the form of address is neither
 * the role nor part of the name. A group opening with anything else (`Wakazi wa X, Bi Y`, residents of X) is none.
 */

import { isForeignRoleNoun } from './role-nouns';

/** The office group before `<form of address> <name>`, or null. */
export function officeBeforeAddress(group: string): string | null {
  const words = group.trim().split(/\s+/u);
  // (`Kaimu Mkurugenzi …`, acting director: Swahili's acting, deputy and assistant before the office noun.)
  const head = /^(?:Kaimu|Naibu|Makamu)$/u.test(words[0] ?? '') ? words[1] : words[0];
  if (!head || !/^\p{Lu}\p{Ll}+$/u.test(head) || words.length > 12 || !isForeignRoleNoun(head.toLowerCase())) return null;
  return group.trim();
}
