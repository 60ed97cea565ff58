/**
 * The named person a Hebrew or Arabic sentence opens with, whatever its verb (`בעל החנות, יוסי אזולאי, 61, כבר סגר שני
 * סניפים.`, `المزارع أحمد حسن، 60 عاماً، يزرع القمح منذ صغره.`), for a quote standing after the sentence with no cue of
 * its own, as sentence-subject.ts reads an English one. Only a name: a description or pronoun opening it says nothing new.
 */

import type { SpeakerPhrase } from '../cues';
import { arabic } from './ar';
import { hebrew } from './he';

/** `האדריכלית ד״ר X`, `האדריכלית והמתכננת העירונית ד״ר X`: a role (a second one joined by ו) before a title; the first is read as the role. */
const ROLE_BEFORE_TITLE = /^(\p{Script=Hebrew}+)(?:\s+ו\p{Script=Hebrew}+(?:\s+\p{Script=Hebrew}+)?)?\s+(?:ד["״]ר|פרופ['׳]|עו["״]ד)\s+/u;

export function semiticOpeningName(sentence: string): SpeakerPhrase | null {
  const language = /\p{Script=Hebrew}/u.test(sentence) ? hebrew : arabic;
  const found = language.subject(sentence.replace(/^[\s"“«]+/u, '').replace(ROLE_BEFORE_TITLE, '$1 '));
  return found?.kind === 'name' && !found.pronoun ? found : null;
}
