/**
 * A person's name set after the words that describe them, at the end of a cue that follows the
 * quote: `"…," said a spokesman for the mayor, Ana Lopez.`, `"…," said the former chairman of the
 * state party, Ana Lopez.`, `"…," said the mayor's husband, Tom Reyes.` The description (or the
 * owner's name) comes first, and the person who spoke is the name its last comma sets beside it.
 */

import { NAME_RUN, cleanName, endsLikeBody, looksLikePerson } from './names';
import { isRoleWord, roleFromAppositive } from './roles';
import { lazyPattern, named, type SpeakerPhrase } from './speaker-phrase';

/** Relatives, who speak beside the person they are related to and hold no role by it. */
const RELATIVES = 'father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter';
const RELATIVE = new RegExp(`^(?:${RELATIVES})$`);

/** The rest of a description after its head (` for the mayor, Ana Lopez.`), ending in a name that ends the cue. */
const TAIL_THEN_NAME = lazyPattern(() => new RegExp(`^\\s+((?:of|for|at|to|with|in|on)\\s[^,;:"“”()]{1,80}?),\\s+(${NAME_RUN})(?=\\s*(?:[.;!?]|,\\s|$))`, 'u'));
/** After an owner's name: `’s husband, Tom Reyes` (a relative, who is no role). */
const RELATIVE_THEN_NAME = lazyPattern(() => new RegExp(`^(?:[’']s)?\\s+(?:(?:late|former|younger|older|eldest|oldest)\\s+)?(?:${RELATIVES}),\\s+(${NAME_RUN})(?=\\s*(?:[.;!?]|,\\s|$))`, 'u'));

/**
 * The person named after a description and its tail: `description` as the cue read it ("a
 * spokesman"), `rest` the words after it. The role is the whole description when it reads as one.
 */
export function nameAfterDescription(description: string, rest: string): SpeakerPhrase | null {
  const match = TAIL_THEN_NAME().exec(rest);
  const name = match ? cleanName(match[2] ?? '') : '';
  if (!match || !looksLikePerson(name) || endsLikeBody(name)) return null;
  // `said the head of Lopez Farms, Ana Lopez` names a person; `said a friend of Ana Lopez, Tom Reyes` too.
  const role = roleFromAppositive(`${description} ${match[1]}`);
  // `said the husband of Ana Lopez, Tom Reyes`: a relative, who is no role.
  const relative = RELATIVE.test(description.split(/\s+/).at(-1) ?? '');
  if (!role && !relative) return null;
  const phrase = named(name);
  return phrase && (role ? { ...phrase, role } : phrase);
}

/** `said the mayor’s husband, Tom Reyes`: `rest` follows the owner's name (`owner`); the relative named after it spoke. */
export function relativeAfterOwner(owner: string, rest: string): SpeakerPhrase | null {
  if (!/[’']s$/.test(owner) && !/^[’']s\s/.test(rest)) return null;
  const match = RELATIVE_THEN_NAME().exec(rest);
  const name = match ? cleanName(match[1] ?? '') : '';
  return match && looksLikePerson(name) ? named(name) : null;
}

/** After an owner's name: `’s chief of staff, Wanda Orme` (role words, then the person's name set off by a comma). */
const ROLE_THEN_NAME = lazyPattern(() => new RegExp(`^([’']s)\\s+((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+),\\s+(${NAME_RUN})(?=\\s*(?:[.;!?]|,\\s|$))`, 'u'));

/** `said Reyes’s chief of staff, Ana Lopez`, `according to Reyes’s campaign manager, Tom Lee`: the named person holds the owner's role. */
export function roleAfterOwner(owner: string, rest: string): SpeakerPhrase | null {
  // (The owner's run may hold its `’s`.)
  const possessive = /[’']s$/.exec(owner)?.[0] ?? '';
  const match = ROLE_THEN_NAME().exec(possessive + rest);
  const name = match ? cleanName(match[3] ?? '') : '';
  if (!match || !looksLikePerson(name) || endsLikeBody(name) || !match[2]!.split(/\s+/).some(isRoleWord)) return null;
  const phrase = named(name);
  return phrase && { ...phrase, role: `${owner.slice(0, owner.length - possessive.length)}${match[1]} ${match[2]}` };
}
