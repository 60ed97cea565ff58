/**
 * Hindi and Nepali bring a person in with the copula before the name: `त्यस्तै एक किसान हुन् X Y।` (Nepali, "one such
 * farmer is X Y"), `ऐसे ही एक दुकानदार हैं X Y।` (Hindi). The noun before the copula is the person's role, the words after it
 * the name; the story's next quote, untagged or with `उनले भने`, is theirs. Only the copula of persons counts: Nepali
 * `हुन्`/`हुनुहुन्छ` and Hindi plural-respectful `हैं`; a thing's `हो`/`है` (`एक समस्या हो पानी`) introduces no one.
 */

import type { SpeakerPhrase } from '../cues';
import { mayBeHindiGivenName } from './hi';
import { mayBeNepaliGivenName } from './ne';
import { person } from './shared';

const WORD = '[\\u0900-\\u0963\\u0966-\\u097f]+';
const COPULAR_INTRODUCTION = new RegExp(`(?:^|\\s)एक\\s+(?:${WORD}\\s+){0,2}?(${WORD})\\s+(?:हुन्|हुनुहुन्छ|हैं)\\s+(${WORD}(?:\\s+${WORD}){1,2})\\s*(?:[।,|]|$)`, 'u');

const mayBeName = (word: string) => mayBeHindiGivenName(word) && mayBeNepaliGivenName(word);

/** The person a sentence introduces with the copula before the name (`एक किसान हुन् X Y।`), else null. */
export function copularIntroduced(sentence: string): SpeakerPhrase | null {
  const found = COPULAR_INTRODUCTION.exec(sentence);
  if (!found) return null;
  const name = found[2]!.split(/\s+/u);
  return name.every(mayBeName) ? person(name.join(' '), found[1]!) : null;
}

/**
 * A paragraph that opens by bringing a person in with the copula (`त्यस्तै एक किसान हुन् X Y। उनी …`): the name, where it
 * stands in the paragraph, and the role; for a wholly quoted paragraph after it (lead-in-paragraph.ts), else null.
 */
export function copularNewcomer(paragraph: string): { name: string; at: number; role: string } | null {
  const found = COPULAR_INTRODUCTION.exec(paragraph);
  const person = found ? copularIntroduced(found[0]) : null;
  if (!found || !person) return null;
  return { name: person.phrase, at: found.index + found[0].indexOf(found[2]!), role: found[1]! };
}
