/**
 * South Slavic papers open the sentence before a quote with the role, its body in the genitive and then the full name, the
 * auxiliary and the past participle, maybe a `da` clause, and the colon: `Vodja gradbišča Podjetja za ceste Rok Zajc je
 * povedal, da …: »…«` (Slovene, and Croatian, Serbian, Bosnian `je rekao, da …:`). The name is the run after the last
 * lower-case word of the role; the role is the words before it, opening on no preposition (`V pogovoru za radio X je …:`).
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, looksLikePerson } from '../names';
import { NOT_A_VERB } from './tag-words';
import { person } from './shared';

/** The role (a capital, then words ending on a lower-case one), a name of two or three words, `je`/`sta`/`so` and the verb. */
const ROLE_NAME_AUXILIARY = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,8}?\s+\p{Ll}[\p{L}-]+)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:je|sta|so)\s+\p{Ll}{3,}(?:l|la|lo|li|le|o|la)(?:,\s+(?:da|ker|ko)\s[^:.!?]{1,160})?\s*:$/u;

/** The named person before the colon, with the role opening the sentence (`Vodja gradbišča … Rok Zajc je povedal:`), or null. */
export function roleNameBeforeColon(frame: string): SpeakerPhrase | null {
  const found = ROLE_NAME_AUXILIARY.exec(frame.trimEnd());
  if (!found || NOT_A_VERB.has(found[1]!.split(/\s+/u)[0]!.toLowerCase())) return null;
  const name = cleanName(found[2]!);
  return name.includes(' ') && looksLikePerson(name) ? person(name, found[1]!) : null;
}
