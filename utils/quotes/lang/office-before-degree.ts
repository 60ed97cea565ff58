/**
 * `Il direttore tecnico, l’ingegnere X, sostiene …`: Italian writes an office, then between commas the degree the person is
 * addressed by (`l’ingegnere`, `l’avvocato`, `il dottor`) and the name. The office says what they are; the degree alone
 * is a form of address, so the role is both (as opening-person.ts reads `il primario …, il dottor X,` in a tag's sentence).
 */

import { isForeignRoleNoun, ROMANCE_AGENT } from './role-nouns';

/** An article-led office, a comma, then an article and a degree used as a title right before the name. */
const OFFICE_THEN_DEGREE = /(?:^|,\s*)((?:il|la|lo|l[’'])\s*(\p{Ll}[\p{Ll}-]+)[^,]{0,50}?),\s*((?:il|la|lo|l[’'])\s*(?:ingegnere|ingegner|avvocato|avvocata|architetto|architetta|dottore|dottor|dottoressa|professore|professoressa))\s*$/iu;

/** Italian offices the shared lists leave out, as they also name things (`il responsabile`, `il primario`, `il presidente`). */
const ITALIAN_OFFICE = /^(?:responsabile|primario|primaria|presidente|comandante|capo|titolare|amministratore|amministratrice)$/u;

/** `lead`: the sentence's words before the name. The office and the degree, or null. */
export function officeBeforeDegree(lead: string): string | null {
  const found = OFFICE_THEN_DEGREE.exec(lead);
  // (`La mattina, l’ingegnere X`: the group before the comma must be headed by an office, `direttore`, `responsabile`.)
  if (!found || !(isForeignRoleNoun(found[2]!) || ROMANCE_AGENT.test(found[2]!) || ITALIAN_OFFICE.test(found[2]!.toLowerCase()))) return null;
  const office = found[1]!.trim();
  return `${office.charAt(0).toLowerCase()}${office.slice(1)}, ${found[3]!}`;
}
