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
