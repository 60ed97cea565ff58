/**
 * Small readings of the words around a name that entities.ts asks of each mention: whether it stands as a
 * preposition's object set off by a comma ("Proposals from the Democratic front-runner, Ana Lopez"), a person's or not, and what may stand
 * between two names that share a predicate (" and ", " and his wife, ").
 */

import { isRoleWord } from './roles';

export const PREPOSITION_OBJECT_BEFORE = /\b(?:from|of|to|by|for|with|against|about)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}([\p{L}-]+),\s*$/u;
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const ENDS_IN_PREPOSITION = /(?:from|of|to|by|for|with|against|about)$/;

/**
 * PREPOSITION_OBJECT_BEFORE.exec, skipped (null) unless a determiner after a word ending in a
 * preposition is one of the five words before the last: a match's words after it are one to four.
 */
export function prepositionObjectBefore(lead: string): RegExpExecArray | null {
  const words = lead.trimEnd().split(/\s+/);
  for (let i = Math.max(1, words.length - 5); i < words.length - 1; i++) {
    if (OBJECT_DETERMINERS.has(words[i]!) && ENDS_IN_PREPOSITION.test(words[i - 1]!)) return PREPOSITION_OBJECT_BEFORE.exec(lead);
  }
  return null;
}

/** What stands between two names that share a predicate: " and ", " and his wife, ". */
export const JOINS_TWO_NAMES = /^\s+and\s+(?:(?:his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?$/u;

/** JOINS_TWO_NAMES.test, asked only of text opening with " and " (the \p pattern compiles for those alone). */
export function joinsTwoNames(between: string): boolean {
  return /^\s+and\s/.test(between) && JOINS_TWO_NAMES.test(between);
}

/** Nouns for people that role lists miss: "front-runner", "challenger", "rival", "father". */
const PERSON_NOUN = /(?:-\p{L}+|[^e]er|or|ist|ian|ant|rival|father|mother|son|daughter|wife|husband|brother|sister|friend)$/u;

/** "Proposals from the Democratic front-runner, Ana Lopez": a person set beside a preposition's object is that object, no subject
 * (`… whatever the result of the vote, Ana Lopez said`: an object no noun for a person is a clause of its own). */
export function personObjectBefore(lead: string): boolean {
  const object = /,\s*$/.test(lead) ? prepositionObjectBefore(lead) : null;
  return !!object && (isRoleWord(object[1]!) || PERSON_NOUN.test(object[1]!));
}
