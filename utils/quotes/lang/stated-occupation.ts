/**
 * What a named person is, stated by the sentence that names them with a copula and a bare noun, no article: Dutch
 * `X (58) is akkerbouwer en boert …`, German `X ist Landwirt und …`, Swedish `X är lantbrukare och …`, Danish and
 * Norwegian `X er landmand og …`, Polish `X jest rolnikiem i …` (the instrumental, given back in the nominative). These
 * languages drop the article before an occupation, so a bare noun there says what the person does for a living; an
 * adjective (`is boos`), a comparison (`is groter dan`) or a noun with an article (`is een kwestie van`) states none.
 */

import { isNewLanguageAgentNoun, isOccupation } from './newlang-roles';
import { isForeignRoleNoun } from './role-nouns';
import { GERMAN_ROLE_NOUN, isGermanAgentNoun } from './de-roles';

/**
 * The copula right after the name (an age in brackets already cut), the noun, then a joining word or a preposition: the
 * sentence goes on about the person (`is akkerbouwer en boert …`). A bare `X is wethouder.` is left to the readers before.
 */
const STATED = /^\s+(?:is|ist|är|er|jest)\s+(?:(?:al|schon|redan|allerede|już|sinds\s+\d{4}|seit\s+\d{4}|sedan\s+\d{4}|siden\s+\d{4}|od\s+\d{4})\s+)?(\p{L}[\p{Ll}-]{3,})(?=\s+(?:en|und|och|og|i|in|bij|op|aan|bei|auf|aus|im|vid|på|hos|från|fra|ved|w|z|we|ze|na|van|von|för|for)\s)/u;

/** `rolnikiem` → `rolnik`, `emerytem` → `emeryt`, `nauczycielką` → `nauczycielka`: the Polish instrumental of a person noun. */
function polishNominative(word: string): string {
  if (/[kg]iem$/u.test(word)) return word.slice(0, -3);
  if (/em$/u.test(word)) return word.slice(0, -2);
  if (/ą$/u.test(word)) return `${word.slice(0, -1)}a`;
  return word;
}

/** `after`: the text right after the name. The occupation the sentence states, or null. */
export function statedOccupation(after: string): string | null {
  const found = STATED.exec(after);
  if (!found) return null;
  const copula = /^\s+(\S+)/u.exec(after)![1]!;
  const word = found[1]!;
  // German capitalises the noun (`ist Landwirt`); the others write it lower-case.
  if (copula === 'ist') return /^\p{Lu}/u.test(word) && (GERMAN_ROLE_NOUN.test(word) || isGermanAgentNoun(word)) ? word : null;
  if (!/^\p{Ll}/u.test(word)) return null;
  if (copula === 'jest') {
    // (`jest zadowolony`, `jest pewna`: an adjective has no instrumental ending.)
    if (!/(?:em|ą)$/u.test(word)) return null;
    const nominative = polishNominative(word);
    return isNewLanguageAgentNoun(nominative) || isForeignRoleNoun(nominative) ? nominative : null;
  }
  // (`is groter`, `är äldre`: a comparative has an agent noun's ending; the joining word after it rules out `dan`, `än`.)
  return isNewLanguageAgentNoun(word) || isOccupation(word) || isForeignRoleNoun(word) ? word : null;
}
