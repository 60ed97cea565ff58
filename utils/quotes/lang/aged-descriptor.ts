/**
 * A Romance definite descriptor with an age complement after a verb of saying (`», dijo el atacante de 23 años`,
 * `a lancé l’élue de 54 ans`, `ha spiegato l’allenatore di 40 anni`, `disse a professora de 41 anos`), read like
 * English "the 23-year-old": a description carrying the age and the article's gender, which attribute.ts resolves to
 * the person the text gave that age, else to the one person the introducing paragraph names (salience.ts
 * `agedOrSole`). The article and noun alone must be a descriptor the language reads as a person (`la junta de 50
 * años` is a body); an indefinite (`un jugador de 22 años`) is someone new and a spokesperson of a body someone the
 * story need not name: both stay as written.
 */

import type { SpeakerPhrase } from '../cues';
import { SPOKESPERSON } from './descriptor-complement';
import { described } from './shared';

const AGED = /^((?:el|la|il|lo|le|o|a)\s+|[lL]['’])(\p{Ll}[\p{L}-]+)((?:\s+\p{Ll}[\p{L}-]+)?)\s+(?:de|di)\s+(\d{1,3})\s+(?:años|anos|ans|anni)$/u;

export function agedDescriptor(words: string, isAnaphor: ((words: string) => boolean) | undefined): SpeakerPhrase | null {
  const match = AGED.exec(words.trim());
  if (!match || !isAnaphor || SPOKESPERSON.test(match[2]!) || !isAnaphor(`${match[1]}${match[2]}${match[3]}`)) return null;
  const found = described(words);
  if (!found) return null;
  const article = match[1]!.trim().toLowerCase();
  found.age = Number(match[4]);
  if (/^(?:la|a)$/u.test(article)) found.gender = 'female';
  else if (/^(?:el|il|lo|le|o)$/u.test(article)) found.gender = 'male';
  return found;
}

/** `A treinadora Marta Vidal`, `El delantero Luis Mora`: the gender the article of a role right before a name gives. */
export function articleGenderBefore(text: string, at: number): 'male' | 'female' | null {
  const article = /(?:^|[\s(])(la|una?|a|el|il|lo|le|o|der|die)\s+\p{L}[\p{L}-]*\s+$/iu.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
  if (!article) return null;
  return /^(?:la|una|a|die)$/u.test(article) ? 'female' : /^(?:el|il|lo|le|o|un|der)$/u.test(article) ? 'male' : null;
}
