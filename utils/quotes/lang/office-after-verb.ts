/** `, kinnitas abilinnapea.`, `, lubas Pärnu Vesi juhatuse liige.`: a verb, then an office (maybe of a body) closing the tag. */

import type { SpeakerPhrase } from '../cues';
import { officeDescriptor } from './shared';
import { hasEnglish, isRoleNounWord, isVerbLike, NOT_A_VERB } from './tag-words';

const OFFICE_AFTER_VERB = /^\s*[—–,-]?\s*(\p{Ll}[\p{Script=Latin}-]*)\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]{3,})\s*[.!](?:\s|$)/u;

/** The office as a description (a language with no articles makes it definite by itself): its holder, if the text named one. */
export function officeAfterVerb(frame: string): SpeakerPhrase | null {
  const found = OFFICE_AFTER_VERB.exec(frame);
  const words = found?.[2]!.split(/\s+/u) ?? [];
  if (!found || !isVerbLike(found[1]!) || words.some((word) => NOT_A_VERB.has(word.toLowerCase())) || !isRoleNounWord(words.at(-1)!) || hasEnglish(found[0])) return null;
  return officeDescriptor(found[2]!);
}
