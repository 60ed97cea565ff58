/**
 * An occasion set between a tag's dash and its verb (`„…“, – po rungtynių sakė X`, `– pēc sapulces sacīja X`,
 * `– po zápase povedal X`): a preposition and one or two lower-case words before the verb, in a language that lets the
 * adjunct open the tag. It is no part of the tag; the reading starts at the verb after it.
 */

import { ENGLISH, isRoleNounWord, NOT_A_VERB } from './tag-words';

/** A dash, a preposition, then the words up to the tag's end. */
// (Only after the tag's dash: `„Sól” z konkursu głównego Festiwalu …` goes on the sentence a title opened, no tag.)
const PREPOSITION_OPENING = /^([—–-]\s*)(\p{Ll}+)\s+(.*)$/su;
/** What a tag's verb is followed by: a capitalised word (the name, the body), a quoted body, or a role noun. */
const AFTER_VERB = /^[„“"«]?\p{Lu}/u;

/** The frame without an occasion opening it, or null when none opens it (`– po koncerto sakė X` → `– sakė X`). */
export function withoutOpeningAdjunct(frame: string): string | null {
  const found = PREPOSITION_OPENING.exec(frame);
  if (!found || !NOT_A_VERB.has(found[2]!) || ENGLISH.has(found[2]!)) return null;
  const words = found[3]!.split(/\s+/u);
  // (`– po finalinio švilpuko sakė „X“ treneris`: the occasion holds one or two nouns; its verb is the lower-case word
  // followed by a capitalised word, a quoted body or a role noun.)
  for (const size of [1, 2]) {
    const occasion = words.slice(0, size);
    const verb = words[size] ?? '';
    // (`– po koncertu je dejal X`: a short auxiliary before the verb leaves the check to the word after it.)
    const next = (/^\p{Ll}{1,3}$/u.test(verb) ? words[size + 2] : words[size + 1]) ?? '';
    if (!occasion.every((word) => /^\p{Ll}[\p{L}-]*$/u.test(word) && !NOT_A_VERB.has(word))) return null;
    if (/^\p{Ll}[\p{L}-]*$/u.test(verb) && !NOT_A_VERB.has(verb) && (AFTER_VERB.test(next) || isRoleNounWord(next))) return found[1]! + words.slice(size).join(' ');
  }
  return null;
}

/** A body's name in quotation marks inside a tag, one to three words opening with a capital (`„Aidos“ choro vadovė`). */
const QUOTED_BODY = /[„“"«](\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})[“”"»]/gu;

/**
 * `– sakė „Aidos“ choro vadovė X`, `– povedal riaditeľ „Tatra“ X`: papers of the Baltic and Slavic languages set a club's or a
 * firm's name in quotation marks inside the role; read without them, the name is a capitalised body like any other.
 */
export function withoutQuotedBodies(frame: string): string | null {
  const plain = frame.replace(QUOTED_BODY, '$1');
  return plain === frame ? null : plain;
}

/** `– pranešė „Aidos“ choras`: a name the tag set in quotation marks is the body, never the person who spoke. */
export function isQuotedBody(frame: string, phrase: string): boolean {
  return [...frame.matchAll(QUOTED_BODY)].some((found) => found[1]!.split(/\s+/u).some((word) => phrase.split(/\s+/u).includes(word)));
}
