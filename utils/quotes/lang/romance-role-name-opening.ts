/**
 * A Romance sentence opening with an article, a role in lower case with its portfolio or place after a preposition, and a
 * full name with no comma, then its verb: `L'assessore regionale ai Trasporti Marta Bellini difende il piano.`,
 * `Il sindaco di Lerici Gianni Russo ammette …`. The subject is the person, the words before the name their role. (Only
 * with the capitalised complement, which hides the name from the run readers; a role alone before the name is theirs.) (The run of capitals after the preposition is split one word for the
 * portfolio or place, the rest the name: a place of several words, `di Borgo San Pietro Gianni Russo`, is left alone.)
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName } from '../names';
import { isRoleWord } from '../roles';
import { isForeignRoleNoun } from './role-nouns';

const PREPOSITION = String.raw`(?:di|de|del|della|dello|dei|degli|delle|ai|al|alla|allo|agli|alle|du|des|aux)`;
const ROLE_WORD = String.raw`(?!${PREPOSITION}\s)\p{Ll}[\p{Ll}-]+`;
const ROMANCE_ROLE_THEN_NAME = new RegExp(
  String.raw`^\s*((?:Il|Lo|La|El|Le)\s+|L['’])` + // the article
    String.raw`(${ROLE_WORD}(?:\s+${ROLE_WORD}){0,3})` + // the role words
    String.raw`\s+(${PREPOSITION}\s+\p{Lu}\p{Ll}+)` + // one capital after a preposition
    String.raw`\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})` + // the name, two or three words
    String.raw`\s+(\p{Ll}{2,})(?=[\s,.;:])`, // its verb
  'u',
);

/** Lower-case words after the name that are no verb: it goes on as a phrase (`… Marta Bellini e il vice …`). */
const NO_VERB_AFTER = /^(?:e|ed|et|y|o|ou|di|de|del|della|da|du|des|che|que|qui|il|la|le|lo|el|les|los|las|gli|un|una|une|in|en|a|al|ai|per|con|avec|pour|sur|dans|su|tra|fra)$/u;

/** The person a Romance `article + role + Name + verb` opening names, with the role, or null. */
export function romanceRoleThenName(sentence: string): SpeakerPhrase | null {
  const match = ROMANCE_ROLE_THEN_NAME.exec(sentence);
  if (!match) return null;
  const roleWords = match[2]!.split(/\s+/u);
  // (The first of the lower-case words is the role's noun: `assessore`, `sindaco`, `ministre`.)
  const head = roleWords[0]!.toLowerCase();
  if (!isRoleWord(head) && !isForeignRoleNoun(head)) return null;
  if (NO_VERB_AFTER.test(match[5]!) || roleWords.some((word) => NO_VERB_AFTER.test(word))) return null;
  const name = cleanName(match[4]!);
  if (!name || name !== match[4] || !name.includes(' ')) return null;
  const role = `${match[1]!}${match[2]!} ${match[3]!}`.trim();
  return { phrase: name, kind: 'name', pronoun: false, role };
}
