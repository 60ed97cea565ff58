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

/**
 * Conjunctions opening a clause whose subject the name is (`The ferry was late when X got to the pier`, `… när X
 * kör`, `… als X ankam`): the words before them are another clause, no role. Single letters that are also articles
 * (Portuguese `o`, `a`; Italian `i`) are left out.
 */
const CONJUNCTION_LAST = /^(?:when|while|as|after|before|because|since|until|although|though|whereas|if|när|medan|innan|eftersom|når|mens|fordi|hvis|als|wenn|während|nachdem|bevor|weil|obwohl|wanneer|terwijl|nadat|voordat|omdat|toen|quand|lorsque|tandis|puisque|cuando|mientras|porque|aunque|quando|mentre|perché|sebbene|enquanto|embora|quan|perquè|kiedy|gdy|zanim|ponieważ)$/u;

/** A role read before a mention loses the tag's verb of saying before it, and is none when it ends in a preposition or conjunction. */
export function taggedOrObject(role: string | null): string | null {
  const words = role?.split(/\s+/u) ?? [];
  if (words.length === 0 || PREPOSITION_LAST.test(words.at(-1)!) || CONJUNCTION_LAST.test(words.at(-1)!)) return null;
  while (words.length > 1 && SAYING_VERB.has(words[0]!)) words.shift();
  return words.join(' ');
}

