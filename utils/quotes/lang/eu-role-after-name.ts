/**
 * Basque sets a person's office after the name, in lower case and with no comma, and the case ending falls on the office as
 * the noun phrase's last word: `X Y udaleko zinegotziak esan du …`, `X Y herriko irakaslea etorri da`. The office (with the
 * words of its body before it) is the person's role, learned where the name is written, as a comma's appositive elsewhere.
 */

import { copularRole } from '../copular-role';

/** Agent and office nouns (`zuzendari`, `historialari`, `arrantzale`, `sortzaile`, `langile`, `alkate`, `irakasle`), then the article or the ergative. */
const OFFICE_NOUN = '(?:\\p{Ll}{2,}(?:ari|lari|tzaile|zale|gile|ile|dun|kide|zain|buru)|alkate|zinegotzi|presidente|sailburu|irakasle|mediku|abokatu)(?:a|ak|ek)';
/**
 * One to three lower-case words of the office's body, the last a genitive or a place (`museo proiektuaren`, `herriko`), the
 * office, then a lower-case word. (An office alone, `X Y arrantzaleak portuan …`, is left: the noun may be the sentence's own.)
 */
const ROLE_AFTER = new RegExp(`^\\s+((?:\\p{Ll}+\\s+){0,2}?\\p{Ll}+(?:ren|ko|go)\\s+${OFFICE_NOUN})(?=\\s+\\p{Ll})`, 'u');

/** The office written right after a Basque name (`␣museoko zuzendariak azaldu` → `museoko zuzendariak`), or null. */
export function basqueRoleAfterName(after: string): string | null {
  // (Cheap gate: the ending itself, so other languages pay one test.)
  if (!/(?:a|ak|ek)\s/u.test(after.slice(0, 80))) return null;
  return ROLE_AFTER.exec(after)?.[1] ?? null;
}

/** A role the words after a name state: `X, who is the mayor` (copular-role.ts), or a Basque office after it. */
export function roleWrittenAfter(after: string, sentenceLead: string): string | null {
  return copularRole(after, sentenceLead) ?? basqueRoleAfterName(after);
}
