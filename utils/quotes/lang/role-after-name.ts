/**
 * Icelandic and Faroese set a person's office in lower case right after the name, with no comma, before the verb:
 * `Anna Jónsdóttir skólastjóri segir að …`, `Jógvan Hansen formaður sigur …`. The office is the person's role, and the
 * word after it the sentence's verb (elsewhere a role word after a name ends the name's sentence reading: `X chairman`).
 */

import { isIcelandicRoleNoun } from './icelandic-roles';

/** The office after the name and the lower-case verb after it: `␣hafnarstjóri segir`. */
const ROLE_THEN_VERB = /^\s+(\p{Ll}[\p{Ll}-]{3,})\s+\p{Ll}{2,}(?![\p{L}])/u;

/** The lower-case office right after a name when a verb follows it (`X Y hafnarstjóri segir` -> `hafnarstjóri`), or null. */
export function officeAfterName(rest: string): string | null {
  // (Cheap gate: the letters of the two languages, so others pay one test.)
  if (!/[ðþæø]|[áíóú]/u.test(rest.slice(0, 40))) return null;
  const found = ROLE_THEN_VERB.exec(rest);
  return found && isIcelandicRoleNoun(found[1]!) ? found[1]! : null;
}
