/**
 * Albanian brings someone in unnamed with `Një` ("a", "one") before a person noun: `Një mësuese nga shkolla …, tha se …`
 * (a teacher from the school). The noun's ending tells the gender a later `tha ajo` (she said) or `tha ai` (he said) must
 * fit: the feminine of a trade ends in -e or -eshë (`mësuese`, `banore`, `drejtoreshë`), the masculine in a consonant
 * (`mësues`, `banor`), as most Albanian person nouns are formed.
 */

import type { Gender } from '../coreference';
import { isRole } from './sq-roles';

/** Person nouns no trade list holds: woman, man, mother, father, girl, boy, parent, neighbour, resident, villager. */
const FEMALE = new Set('grua nënë vajzë zonjë motër fqinje banore fshatare'.split(' '));
const MALE = new Set('burrë baba djalë vëlla prind fqinj banor fshatar'.split(' '));

const OPENING = /^Një\s+(\p{Ll}+)(?=[\s,])/u;

/** `Një mësuese nga shkolla …`: the description (`një mësuese`) and its gender, or null when the noun names no person. */
export function albanianIndefiniteOpening(sentence: string): { phrase: string; gender: Gender | null } | null {
  const noun = OPENING.exec(sentence)?.[1];
  if (!noun || !(FEMALE.has(noun) || MALE.has(noun) || isRole(noun))) return null;
  const gender: Gender | null = FEMALE.has(noun) || /(?:e|eshë)$/u.test(noun) ? 'female' : MALE.has(noun) || /[^aeëiouy]$/u.test(noun) ? 'male' : null;
  return { phrase: `një ${noun}`, gender };
}
