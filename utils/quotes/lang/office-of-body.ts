/**
 * A capitalised run closing an office written after a person's name and a comma: `Pieter de Vries, wethouder van
 * gemeente Oosterhout, zegt`, `Anna Berg, vd för Norrlands Trä, säger`, `Anna Kowalska, prezes firmy Nowa Huta, mówi`.
 * The run is the body or place the office is of (after a preposition or a body noun in the genitive), no second
 * person: the name before the comma speaks and the whole group is their role.
 * Left alone: one role word glued to a name (`, woordvoerder Jan Smit,` after a body's name), a group after no person, and
 * German `X, Bürgermeister von Bad Y, sagt`, which another reader takes first (it still names the place).
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, looksLikePerson } from '../names';

/** Two to five words before the run, the role noun and what it is of, with a lower-case one among them (German capitalises nouns: `Bürgermeister von`). */
const OFFICE_WORDS = /^(?=[^]*(?:^|\s)\p{Ll})\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){1,4}$/u;

/** Whether `found`, read from the appositive `words` after the person `previous`, is the office's body (see the header). */
export function closesOfficeOfBody(words: string, found: SpeakerPhrase | null, previous: SpeakerPhrase | null): boolean {
  if (!found || found.pronoun || !previous || previous.pronoun || previous.role) return false;
  const at = words.lastIndexOf(found.phrase);
  if (at <= 0 || !OFFICE_WORDS.test(words.slice(0, at).trim())) return false;
  return looksLikePerson(cleanName(previous.phrase) ?? '');
}
