/**
 * `řekl České televizi Bartoš`, `povedal Rádiu Expres X`: languages with no preposition before the one spoken to put the
 * outlet right after the verb in the dative (batch others5). Up to three words ending in the language's outlet word, then a
 * capital or a role noun, are skipped; `сказала она журналистам после заседания` keeps its words.
 */

import { isForeignRoleNoun } from './role-nouns';

/** The clause after an outlet opening it with no preposition, or the clause as it was. */
export function afterBareOutlet(clause: string, isOutletWord: (word: string) => boolean, isOutlet: (phrase: string) => boolean): string {
  const tokens = clause.trim().split(/\s+/u);
  for (let end = 1; end <= Math.min(3, tokens.length - 1); end++) {
    if (isOutletWord(tokens[end - 1]!) && isOutlet(tokens.slice(0, end).join(' ')) && (/^\p{Lu}\p{Ll}/u.test(tokens[end]!) || isForeignRoleNoun(tokens[end]!))) return tokens.slice(end).join(' ');
  }
  return clause;
}
