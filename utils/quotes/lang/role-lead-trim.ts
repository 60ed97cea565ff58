/**
 * Roles read from the words before a mention of a name (introduced-role.ts, newlang-introduced.ts) may take in a tag's
 * verb of saying (`…, siger formand for skolebestyrelsen X`) or be a clause whose object the name is (`Det løfte gør ikke
 * meget indtryk på X`): the first loses the verb, the second is no role.
 */
import { DANISH_NORWEGIAN_SAYING } from './da-no-verbs';

/** Germanic verbs of saying a tag sets right before the role (`…, siger formand for X Y`, `säger ordförande`, `zegt voorzitter`);
 * not Norwegian `sa`, which is also the French possessive (`Sa présidente, X,`). */
const SAYING_VERB = new Set([...DANISH_NORWEGIAN_SAYING.filter((verb) => verb !== 'sa'), 'säger', 'sade', 'berättar', 'menar', 'zegt', 'zei', 'sagt', 'sagte', 'meint']);
/** Germanic and English prepositions: a lead ending in one has the name as its object (`gør indtryk på X`, `sprach mit X`). */
const PREPOSITION_LAST = /^(?:på|til|med|hos|af|ved|mod|mot|av|från|aan|bij|met|naar|tegen|auf|mit|bei|zu|to|at|with|on|by|from|about|against)$/u;

/** A role read before a mention loses the tag's verb of saying before it, and is none when it ends in a preposition. */
export function taggedOrObject(role: string | null): string | null {
  const words = role?.split(/\s+/u) ?? [];
  if (words.length === 0 || PREPOSITION_LAST.test(words.at(-1)!)) return null;
  while (words.length > 1 && SAYING_VERB.has(words[0]!)) words.shift();
  return words.join(' ');
}

