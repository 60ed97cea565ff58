/**
 * `řekl České televizi Bartoš`, `povedal Rádiu Expres X`: languages with no preposition before the one spoken to put the
 * outlet right after the verb in the dative (batch others5). Up to three words ending in the language's outlet word, then a
 * capital or a role noun, are skipped; `сказала она журналистам после заседания` keeps its words.
 */

import { isForeignRoleNoun } from './role-nouns';

/**
 * A word agreeing with a dative outlet noun: lower case, or an adjective's dative ending (`České`, `Polskiemu`, `Первому`).
 * A capitalised word ending otherwise is the speaker before the outlet: `řekl Šustr serveru Novinky`, `dijo Ruiz a Radio Sur`.
 */
const DATIVE_MODIFIER = /^(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}-]*(?:é|ému|ímu|emu|ým|ím|ому|ему|ой|ей|ым|им))$/u;

/** The clause after an outlet opening it with no preposition, or the clause as it was. */
export function afterBareOutlet(clause: string, isOutletWord: (word: string) => boolean, isOutlet: (phrase: string) => boolean): string {
  const tokens = clause.trim().split(/\s+/u);
  for (let end = 1; end <= Math.min(3, tokens.length - 1); end++) {
    if (!tokens.slice(0, end - 1).every((word) => DATIVE_MODIFIER.test(word))) break;
    if (isOutletWord(tokens[end - 1]!) && isOutlet(tokens.slice(0, end).join(' ')) && (/^\p{Lu}\p{Ll}/u.test(tokens[end]!) || isForeignRoleNoun(tokens[end]!))) return tokens.slice(end).join(' ');
  }
  return clause;
}

/**
 * Whether `tokens[at]` opens a dative outlet after a capitalised name: `řekl Šustr serveru Novinky`, `řekl Novák Českému
 * rozhlasu` (the name is the speaker). A lower-case word before it is a role the outlet belongs to: `ředitel Českého rozhlasu Jan Novák`.
 */
export function opensBareOutletAfterName(tokens: string[], at: number, isOutletWord: (word: string) => boolean, isOutlet: (phrase: string) => boolean): boolean {
  // (Names of three letters or more: `aldus De Volkskrant` is an article and a paper's name.)
  if (at === 0 || !tokens.slice(0, at).every((word) => /^\p{Lu}\p{Ll}{2,}/u.test(word))) return false;
  for (let end = at; end < Math.min(at + 3, tokens.length); end++) {
    if (isOutletWord(tokens[end]!)) return isOutlet(tokens.slice(at, end + 1).join(' '));
    if (!DATIVE_MODIFIER.test(tokens[end]!) || /^\p{Ll}/u.test(tokens[end]!)) return false;
  }
  return false;
}
