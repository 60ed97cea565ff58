/**
 * A "name" that is only the tail of an institution's capitalised name, in an appositive after a person's name:
 * `Marta Quesada, directora del Hospital General del Alto Valle, dijo` — the run `General del Alto Valle` follows
 * the capitalised `Hospital` with no break, so it continues the body's name and is no second person. The person
 * named before the comma speaks, and the appositive is their role.
 * Left alone: a name after a lower-case word (`esposa del ministro Juan Pérez`), or with nothing before it.
 */

import type { SpeakerPhrase } from '../cues';

/** A capitalised word ending the words before the name: the name runs on from it. */
const CAPITALISED_WORD_AT_END = /\s\p{Lu}[\p{L}'’-]*$/u;

/** Whether `found`, read from the appositive `words`, runs on from a capitalised word before it (see the file's header). */
export function continuesInstitutionName(words: string, found: SpeakerPhrase | null): boolean {
  if (!found || found.pronoun) return false;
  const at = words.lastIndexOf(found.phrase);
  if (at <= 0) return false;
  return CAPITALISED_WORD_AT_END.test(` ${words.slice(0, at).trimEnd()}`) && /\s/u.test(words.slice(0, at).trim());
}
