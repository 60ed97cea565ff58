/**
 * A Polish sentence that is only an adjunct (where, to whom, when), a verb of saying with its subject left out and a colon:
 * `W rozmowie z „Kurierem” zapewnił jednak:`, `Na sesji rady dodała:`, `Zapewnił jednak:`. The verb's ending gives the gender
 * and the speaker is the person the text was just about. A name or a role noun before the verb is a subject, never this kind
 * (`Na sesji burmistrz dodał:`), and capitals outside quotation marks may be a name (`W rozmowie z nami Nowak dodał:`).
 */

import { pronoun } from './shared';
import type { SpeakerPhrase } from '../speaker-phrase';

/** The adjunct's opening preposition, then lower-case words or a quoted outlet (`z „Gazetą Pomorską”`), a few at most. */
const ADJUNCT = String.raw`(?:(?:W|We|Na|Podczas|Po|Przed|Z|Ze|Dla)\s+(?:(?:\p{Ll}+|„[^”"\n]{1,40}[”"])\s+){1,6}?)?`;
/** What may stand between the verb and the colon: a particle of contrast or addition (`jednak`, `też`). */
const PARTICLE = String.raw`(?:\s+(?:jednak|też|także|również|natomiast|wprost|krótko|zaraz|wówczas|potem))?`;

export function adjunctThenVerb(verbs: string, isRoleNoun: (word: string) => boolean): (frame: string) => SpeakerPhrase | null {
  const shape = new RegExp(String.raw`(?:^|[.!?…]\s+)${ADJUNCT}(\p{L}+)${PARTICLE}\s*:\s*$`, 'u');
  const verb = new RegExp(String.raw`^(?:${verbs})$`, 'u');
  return (frame) => {
    const found = shape.exec(frame);
    if (!found) return null;
    const word = found[1]!.toLowerCase();
    if (!verb.test(word)) return null;
    // (`Na sesji radny dodał:`: the word before the verb is its subject; the adjunct's words are checked for roles too.)
    const adjunct = found[0].slice(0, found[0].lastIndexOf(found[1]!));
    if (adjunct.split(/\s+/u).some((token) => isRoleNoun(token.toLowerCase()))) return null;
    return /ła$/u.test(word) ? pronoun('she', 'female') : /ł$/u.test(word) ? pronoun('he', 'male') : pronoun('they');
  };
}
