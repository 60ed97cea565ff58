/**
 * Baltic and Slavic papers open a colon sentence with "as" and the verb before the person: `Kā norāda ekonomists X Y: „…”`
 * (Latvian), `Kaip teigia ekspertas X Y: „…“` (Lithuanian), `Jak podkreśla X Y: „…”` (Polish): "as X points out". The full
 * name closing the words before the colon is the speaker, the lower-case words between verb and name its role.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, looksLikePerson } from '../names';
import { hasEnglish, isVerbLike } from './tag-words';
import { person } from './shared';

/** "As": Latvian `Kā`, Lithuanian `Kaip`, Estonian `Nagu`, Polish and Czech `Jak`, Slovak `Ako`, Croatian `Kako`, Albanian `Siç`. */
const AS = '(?:Kā|Kaip|Nagu|Jak|Ako|Kako|Siç)';
/** `Kā norāda transporta eksperts X Y:`: "as", a lower-case verb, up to four lower-case role words, a name of two or three words. */
const AS_VERB_NAME_COLON = new RegExp(
  `(?:^|[.!?]\\s+)${AS}\\s+(\\p{Ll}{3,})((?:\\s+\\p{Ll}[\\p{L}-]+){0,4})\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2})\\s*:$`,
  'u',
);

/** The person an "as X says:" opening names, with its role, or null. */
export function asVerbNameBeforeColon(frame: string): SpeakerPhrase | null {
  const found = AS_VERB_NAME_COLON.exec(frame.trimEnd());
  if (!found || !isVerbLike(found[1]!) || hasEnglish(found[0])) return null;
  const name = cleanName(found[3]!);
  const role = found[2]!.trim();
  return name.includes(' ') && looksLikePerson(name) ? person(name, role || undefined) : null;
}
