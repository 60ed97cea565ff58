/**
 * An interview's answer label in initials (`G. C. :`, `M.D.:`) stands for the one person of the article whose given and
 * family names open with those letters (`Gilles Cloutier`), when exactly one does.
 * Two people sharing the initials, or none, leave the label as written.
 */

import type { PersonMention } from './person-mentions';

/** Initials with dots: a given name's and a family name's. */
const INITIALS = /^(\p{Lu})\.\s?(\p{Lu})\.$/u;

export function personByInitials(mention: string, people: readonly PersonMention[]): string | null {
  const initials = INITIALS.exec(mention.trim());
  if (!initials) return null;
  const [, given, family] = initials;
  const fits = (name: string) => {
    const words = name.split(/\s+/u);
    return words.length >= 2 && !INITIALS.test(name) && /^\p{Lu}\p{Ll}/u.test(words[0]!) && words[0]!.startsWith(given!) && words.at(-1)!.startsWith(family!);
  };
  const names = [...new Set(people.map((person) => person.name).filter(fits))];
  return names.length === 1 ? names[0]! : null;
}

/** A given name's initial, then the family name: `R. Vaitkus`, `J.-P. Morel`, `T. Kazlausko` (a case form). */
const INITIAL_AND_FAMILY = /^(\p{Lu})\.(?:-\p{Lu}\.)?\s?(\p{Lu}\p{Ll}{2,}(?:[- ]\p{Lu}\p{Ll}+)?)$/u;

/**
 * `R. Vaitkus pabrėžė` after `direktorius Rimantas Vaitkus`: papers that shorten a given name to its initial on a second
 * mention mean the one person whose given name opens with it and whose family name is the same, or the same word with another
 * case ending (Baltic and Slavic papers decline it: `Pasak T. Kazlausko` of `Tomas Kazlauskas`). Two such people, or none, leave it.
 */
export function personByInitialAndFamily(mention: string, people: readonly PersonMention[]): string | null {
  const found = INITIAL_AND_FAMILY.exec(mention.trim());
  if (!found) return null;
  const [, initial, family] = found;
  const fits = (name: string) => {
    const words = name.split(/\s+/u);
    const last = words.at(-1)!;
    return words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[0]!) && words[0]!.startsWith(initial!) && (name.endsWith(` ${family}`) || sameStem(last, family!));
  };
  const names = [...new Set(people.map((person) => person.name).filter(fits))];
  return names.length === 1 ? names[0]! : null;
}

/** One word with another ending of at most three letters on a shared stem of four or more (`Kazlauskas`, `Kazlausko`). */
function sameStem(one: string, other: string): boolean {
  if (one.includes(' ') || other.includes(' ')) return false;
  let shared = 0;
  while (shared < one.length && shared < other.length && one[shared] === other[shared]) shared++;
  return shared >= 4 && one.length - shared <= 3 && other.length - shared <= 3;
}
