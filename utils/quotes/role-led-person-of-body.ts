/**
 * `Structural engineer Dr. Ana Lopez of the Kestrel Institute said`: a line of work opening the sentence (its first word
 * capitalised), a (titled) full name, then the body the person works for after "of", "at" or "from". The person speaks,
 * not the body; a name alone before the body is read elsewhere (verb-subject.ts).
 */

import { NAME_RUN, cleanName, looksLikePerson } from './names';
import { isRoleWord } from './roles';
import { lazyPattern } from './speaker-phrase';

/** Up to three role-phrase words (the first may be capitalised), a name run, and "of/at/from the" and a capitalised word. */
const ROLE_NAME_OF_BODY = lazyPattern(() => new RegExp(`^((?:\\p{Lu}\\p{Ll}+\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\s+(${NAME_RUN})\\s+(?:of|at|from)\\s+the\\s+\\p{Lu}`, 'u'));
/** Words no role phrase holds: `said after X of the Y` is no line of work. */
const NOT_ROLE_PHRASE_WORD = /^(?:and|or|but|of|for|with|by|to|in|on|at|from|than|the|an?|his|her|their|its|who|which|that|this|not|also|then|after|before|when|while|said|says|told)$/u;

/** The role and the person's name in `<role words> <Name> of the <Body>`, or null. */
export function roleLedPersonOfBody(words: string): { role: string; name: string } | null {
  const match = ROLE_NAME_OF_BODY().exec(words);
  if (!match) return null;
  const roleWords = match[1]!.split(/\s+/u).map((word) => word.toLowerCase());
  // (The role phrase ends on a role noun, `researcher`, `engineer`; no function word or verb among its words.)
  if (!isRoleWord(roleWords.at(-1)!) || roleWords.some((word) => NOT_ROLE_PHRASE_WORD.test(word))) return null;
  const name = cleanName(match[2]!);
  return name && name.includes(' ') && looksLikePerson(name) ? { role: match[1]!, name: match[2]! } : null;
}
