/**
 * A written message named with its sender and recipient: `One email from Podesta to Clinton reads:
 * "…"`, `"…," read a memo from Ana Lopez to the board.` The words are the sender's, never the
 * recipient's, though the recipient's name stands nearer the verb.
 */

import { NAME_RUN, cleanName, looksLikePerson, mayBeFamilyName } from './names';
import { described, lazyPattern, named, type SpeakerPhrase } from './speaker-phrase';
import { isRoleWord } from './roles';

const MESSAGE = String.raw`(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]hat|[Tt]his|[Aa]\s+later|[Aa]n\s+earlier)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:e-?mail|memo|letter|message|note|text|tweet|post|statement|release|cable|fax)\s+(?:from|by)\s+`;
const RECIPIENT = String.raw`(?:\s+to\s+(?:[^,;:"“”]{1,50}?))?(?:,\s+[^,;:"“”]{1,60},)?`;
const VERB = String.raw`(?:reads?|said|says|stated|states|wrote|writes|noted|notes|continued|continues|added|adds|began|begins|ends|ended|concluded|concludes)`;

/** Before the quote: the message, its sender and recipient, then the verb. */
const BEFORE = lazyPattern(() => new RegExp(`(?:^|[\\s,;])(${MESSAGE}(?:(${NAME_RUN})|(?:the|its|their)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?))${RECIPIENT}\\s+${VERB}\\s*[:,]?\\s*$`, 'u'));
/** After the quote: the verb, then the message and its sender. */
const AFTER = lazyPattern(() => new RegExp(`^${VERB}\\s+${MESSAGE}(${NAME_RUN})(?=\\s+to\\s|[\\s,.;]|$)`, 'u'));

function sender(run: string | undefined): SpeakerPhrase | null {
  const name = cleanName(run ?? '');
  return name && (looksLikePerson(name) || (!name.includes(' ') && mayBeFamilyName(name))) ? named(name) : null;
}

/** The sender of a message named before the quote, or null. */
export function senderBefore(frame: string): SpeakerPhrase | null {
  const match = /\s(?:from|by)\s/.test(frame) ? BEFORE().exec(frame) : null;
  if (!match) return null;
  // `A letter from the board to Ana Lopez reads:`: a body sent it, so the message is the speaker, not its recipient.
  return match[2] ? sender(match[2]) : described(match[1]);
}

/** The sender of a message named after the quote, or null. */
export function senderAfter(frame: string): SpeakerPhrase | null {
  const match = /\s(?:from|by)\s/.test(frame) ? AFTER().exec(frame.trimStart()) : null;
  if (!match) return null;
  // `read a statement from Clinton campaign chairman Ana Lopez`: an owner and role words before the sender's name.
  const roled = ROLE_WORDS_THEN_NAME().exec(frame.trimStart().slice(match[0].length));
  const roleWords = roled?.[1]!.trim().split(/\s+/) ?? [];
  return roled && roleWords.every(isRoleWord) ? sender(roled[2]) : sender(match[1]);
}

const ROLE_WORDS_THEN_NAME = lazyPattern(() => new RegExp(`^\\s+((?:[\\p{Ll}-]+\\s+){1,3})(${NAME_RUN})`, 'u'));
