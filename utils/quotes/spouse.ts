/**
 * A spouse the text names only through a partner: `spoke with Bill and Darlene Koenig` … `"…," Darlene Koenig said.
 * Her husband was more philosophical. "…," he said.` — "her husband" is the other person of her family name.
 */

import type { Speaker } from './attribute';
import { pronounGender } from './coreference';
import type { PersonMention } from './person-mentions';
import type { Salience } from './salience';

/** A sentence whose subject is the partner of someone just named: "Her husband was …", "His wife, a nurse, said …". */
const SPOUSE_SUBJECT = /^(?:[^,.]{0,40},\s+)?(Her|His|her|his)\s+(husband|wife)\b/u;

/** "Bill and Darlene Koenig": a lone given name before "and" and a full name shares its family name. */
export const SHARED_FAMILY_AFTER = /^\s+and\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}’'-]|\s+\p{Lu})/u;
/** SHARED_FAMILY_AFTER's family name in `after`, its `and` tested first with no \p class (most names stand alone). */
export function sharedFamilyAfter(after: string): string | undefined {
  return /^\s+and\s/u.test(after) ? SHARED_FAMILY_AFTER.exec(after)?.[1] : undefined;
}

/**
 * A tag whose speaker is a relative of someone (`"…," his wife interrupted.`, `», assure son père.`, `—dijo su madre`): group 1
 * is an English possessive, which tells whose; other languages' possessives do not, so the latest salient person is.
 */
const RELATIVE_TAG = /^(?:(her|his)\s+(?:husband|wife|father|mother|son|daughter|brother|sister)|(?:son|sa)\s+(?:mari|femme|épouse|père|mère|fils|fille|frère|sœur)|su\s+(?:marido|esposa|esposo|padre|madre|hijo|hija)|(?:suo|sua)\s+(?:marito|moglie|padre|madre|figlio|figlia)|(?:seu|sua)\s+(?:marido|mulher|esposa|pai|mãe|filho|filha)|(?:sein|seine|ihr|ihre)\s+(?:Mann|Frau|Vater|Mutter|Sohn|Tochter))$/iu;

/**
 * `Her husband, Angus Bell, … "…," he said. "…," his wife interrupted.`, `Son fils, Luc Roy, … « … », tranche son père.`: the
 * described relative is the other person of the possessor's family name, written in full before; else null.
 */
export function spouseOfTag(phrase: string, people: PersonMention[], salience: Salience, at: number, text: string): Speaker | null {
  const match = RELATIVE_TAG.exec(phrase.trim());
  if (!match) return null;
  const partner = match[1] ? salience.pronoun(/^her$/i.test(match[1]) ? 'she' : 'he', at) : salience.dropped(at);
  const spouse = partner?.kind === 'name' ? otherOfFamily(partner.name, people) : null;
  // (Only a spouse the text wrote in full: one pieced together from a first name and the couple's name is a guess.)
  return spouse && text.slice(0, at).includes(spouse.name) ? spouse : null;
}

function otherOfFamily(partner: string, people: PersonMention[]): Speaker | null {
  if (!partner.includes(' ')) return null;
  const family = partner.split(' ').at(-1)!;
  const spouses = new Set(people.map((person) => person.name).filter((name) => name !== partner && name.split(' ').at(-1) === family && name.includes(' ')));
  return spouses.size === 1 ? { name: [...spouses][0]!, kind: 'name' } : null;
}

export function spouseSubject(sentence: string, pronoun: string, people: PersonMention[], salience: Salience, at: number): Speaker | null {
  const match = SPOUSE_SUBJECT.exec(sentence);
  if (!match || pronounGender(pronoun) !== (match[2] === 'husband' ? 'male' : 'female')) return null;
  const partner = salience.pronoun(/^her$/i.test(match[1]!) ? 'she' : 'he', at);
  return partner?.kind === 'name' ? otherOfFamily(partner.name, people) : null;
}
