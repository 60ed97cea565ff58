/**
 * `"…," the retired nurse said`, `lance la retraitée`, `zegt de voorzitter`, read as someone the text named: the
 * description's noun for what the person does is their role, for that quote and for their earlier quotes that have
 * none (the text may name a person first and say what they do only later). Only a noun for a trade, office or standing
 * (roles.ts, lang/role-nouns.ts) gives one: `the woman`, `the 71-year-old`, `il ragazzo` give none.
 */

import { ROLE_NOUNS } from './roles';
import { isForeignRoleNoun } from './lang/role-nouns';

const ARTICLE = /^(?:the|le|la|les|l['’]|il|lo|el|los|las|der|die|das|den|dem|de|het|o|a|os|as)\s*/iu;

/** Kin, neighbours and residents: who a person is to others or where they live, no trade (`la figlia`, `o marido`, `la vecina`). */
const NOT_A_TRADE = /^(?:husband|wife|son|daughter|mother|father|neighbou?r|resident|marido|esposa|esposo|mujer|hijo|hija|madre|padre|figlio|figlia|moglie|vicino|vicina|vecino|vecina|voisin|voisine|morador|moradora|residente|filho|filha|mãe|pai|mari|femme|fils|fille|mère|père|habitante|abitante|anwohner|anwohnerin|nachbar|nachbarin|sohn|tochter|ehemann|ehefrau)$/u;

/** The description without its article and any age (`58-річний`), when one of its (at most four) words is a trade's noun; else null. */
export function roleOfDescription(definite: string | undefined): string | null {
  const words = (definite ?? '').trim().replace(ARTICLE, '').split(/\s+/u).filter((word) => word && !/\d/u.test(word));
  if (words.length === 0 || words.length > 4 || words.some((word) => NOT_A_TRADE.test(word.toLowerCase()))) return null;
  return words.some((word) => ROLE_NOUNS.has(word.toLowerCase()) || isForeignRoleNoun(word.toLowerCase())) ? words.join(' ') : null;
}

interface Attributed {
  speaker: string | null;
  speakerKind: string | null;
  role: string | null;
}

/** Quotes of a named speaker with no role take the role a description gave that speaker later (`given`, by name). */
export function withRolesGivenLater<T extends Attributed>(quotes: T[], given: ReadonlyMap<string, string>): T[] {
  if (given.size === 0) return quotes;
  return quotes.map((quote) => (quote.speakerKind === 'name' && quote.speaker && !quote.role && given.has(quote.speaker) ? { ...quote, role: given.get(quote.speaker)! } : quote));
}
