/**
 * South Slavic papers open the sentence before a quote with the role, its body in the genitive and then the full name, the
 * auxiliary and the past participle, maybe a `da` clause, and the colon: `Vodja gradbišča Podjetja za ceste Rok Zajc je
 * povedal, da …: »…«` (Slovene, and Croatian, Serbian, Bosnian `je rekao, da …:`). The name is the run after the last
 * lower-case word of the role; the role is the words before it, opening on no preposition (`V pogovoru za radio X je …:`).
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, looksLikePerson } from '../names';
import { hasEnglish, isVerbLike, NOT_A_VERB } from './tag-words';
import { person } from './shared';

/** The role (a capital, then words ending on a lower-case one), a name of two or three words, `je`/`sta`/`so` and the verb. */
const ROLE_NAME_AUXILIARY = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,8}?\s+\p{Ll}[\p{L}-]+)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:je|sta|so)\s+\p{Ll}{3,}(?:l|la|lo|li|le|o|la)(?:,\s+(?:da|ker|ko)\s[^:.!?]{1,160})?\s*:$/u;

/**
 * Baltic papers write the verb alone, maybe after whom it was said to and the outlet's name in quotation marks:
 * `Režisieriaus sūnus Tomas Kairys dienraščiui „Šiaurės žinios“ sakė: „…“` — a relation or role with its genitive,
 * the full name (a hyphened family name too), a lower-case listener, the outlet and the verb.
 */
const ROLE_NAME_VERB = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,4}?\s+\p{Ll}[\p{L}-]+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?:\s+\p{Ll}[\p{L}-]+)?(?:\s+[„“«"][^„“”«»"]{1,60}[“”»"])?\s+(\p{Ll}{3,})\s*:$/u;

/** The named person before the colon, with the role opening the sentence (`Vodja gradbišča … Rok Zajc je povedal:`), or null. */
export function roleNameBeforeColon(frame: string): SpeakerPhrase | null {
  const found = ROLE_NAME_AUXILIARY.exec(frame.trimEnd()) ?? bareVerbTag(frame.trimEnd());
  if (!found || NOT_A_VERB.has(found[1]!.split(/\s+/u)[0]!.toLowerCase())) return null;
  const name = cleanName(found[2]!);
  return name.includes(' ') && looksLikePerson(name) ? person(name, found[1]!) : null;
}

/** `Režisieriaus sūnus Tomas Kairys sakė:` (ROLE_NAME_VERB), its last word a verb and no English about it. */
function bareVerbTag(frame: string): RegExpExecArray | null {
  const found = ROLE_NAME_VERB.exec(frame);
  // (`Su režisieriaus sūnumi X kalbėjomės:`: a short first word is a preposition, its name whom the paper spoke with.)
  return found && isVerbLike(found[3]!) && !hasEnglish(found[0]) && /^\S{5,}/u.test(found[1]!) ? found : null;
}
