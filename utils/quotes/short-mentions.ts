/**
 * A person's family name written alone ("Whitfield said her …"), for the clues a full-name mention
 * gives (coreference.ts learns genders from the pronoun after it). Only a family name one person
 * bears counts, and only standing alone: not inside a longer capitalised run, not an owner's.
 */

import type { PersonMention } from './person-mentions';

export interface ShortMention {
  full: string;
  at: number;
  length: number;
}

/** What may not stand right before a lone family name (a letter, an apostrophe, a hyphen), read on the last code point. */
const LETTER_OR_JOINER_AT_END = /[\p{L}’'-]$/u;

/** Every lone family-name mention of a person the text names in full, in text order. */
export function shortMentions(text: string, people: PersonMention[]): ShortMention[] {
  const bearers = new Map<string, Set<string>>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    if (words.length < 2) continue;
    const family = words.at(-1)!;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(family)) continue;
    if (!bearers.has(family)) bearers.set(family, new Set());
    bearers.get(family)!.add(person.name);
  }
  const unique = [...bearers].filter(([, names]) => names.size === 1).map(([family]) => family);
  if (unique.length === 0) return [];
  const fullOf = new Map(unique.map((family) => [family, [...bearers.get(family)!][0]!]));
  // (The look-behind `(?<![\p{L}’'-])` is tested on each match instead of at every character: a match it turns down
  // is letters throughout, so no match it would allow starts inside it, and the same matches remain.)
  const pattern = new RegExp(`(?:${unique.map((family) => family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}’'-])`, 'gu');
  const found: ShortMention[] = [];
  for (const match of text.matchAll(pattern)) {
    if (LETTER_OR_JOINER_AT_END.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    // Alone: no capitalised word right before it (then it is the end of the full name or another name).
    if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    found.push({ full: fullOf.get(match[0])!, at: match.index, length: match[0].length });
  }
  return found;
}
