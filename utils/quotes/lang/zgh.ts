/**
 * Standard Moroccan Tamazight (Tifinagh script, no capitals, quotes in «…»): the verb comes first, the subject after it.
 * After a quote `«…», ⵉⵏⵏⴰ X, <role>, <age>.` (he said; `ⵜⵏⵏⴰ` she said, `ⵏⵏⴰⵏ` they said), `«…», ⵜⵏⵏⴰ ⵏⵜⵜⴰⵜ.` (she said,
 * the pronoun after the verb), `«…», ⵉⵏⵏⴰ ⴷⴰⵖ X` (said too). Before one `X, <role>, ⵉⵏⵏⴰ: «…»`, `<role>, X, ⵉⵏⵏⴰ: «…»` (the
 * name and its role set off by commas), `<role> ⵉⵔⵏⴰ: «…»` (added: the official the text named), `ⵢⴰⵏ ⵓ<noun> …, ⵉⵏⵏⴰ:` (one, a:
 * someone unnamed). A role is a noun with its complement (`ⴰⵎⵖⴰⵔ ⵏ ⵜⵎⴰⵣⵉⵔⵜ`, "head of the village"); the name is the group
 * without one, three words at most.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';

const TIFINAGH = /[\u2d30-\u2d7f]/u;
/** Verbs of saying in the perfective, he / she / they: said, added, asked, answered, stated (`ⵉⵏⵏⴰ ⴷⴰⵖ`, said too). */
const VERB = '(?:[ⵉⵜ]ⵏⵏⴰ|ⵏⵏⴰⵏ|ⵏⵏⴰⵏⵜ|[ⵉⵜ]ⵔⵏⴰ|ⵔⵏⴰⵏ|[ⵉⵜ]ⵙⵇⵙⴰ|[ⵉⵜ]ⵔⴰⵔ|[ⵉⵜ]ⵙⵏⵎⴰⵍ|[ⵉⵜ]ⵙⵏⵓⵎⵎⵍ|[ⵉⵜ]ⵎⵎⴰⵍ)(?:\\s+ⴷⴰⵖ)?';
/** He, she, they (the independent pronouns after a verb). */
const PRONOUN = /^(?:ⵏⵜⵜⴰ|ⵏⵜⵜⴰⵜ|ⵏⵉⵜⵏⵉ|ⵏⵉⵜⵏⵜⵉ)$/u;
/** Nouns of offices and occupations (with the `ⵓ-` of the construct state after `ⵢⴰⵏ`): head, spokesperson, teacher, president, worker. */
const ROLE_NOUN = /^(?:ⵜ?ⴰⵎⵖⴰⵔⵜ?|ⵜ?ⴰⵎⵙⴰⵡⴰⵍⵜ?|ⵜ?ⴰⵙⵍⵎⴰⴷⵜ?|ⵜ?ⴰⵙⴻⵍⵡⴰⵢⵜ?|ⴰⵙⵍⵡⴰⵢ|ⵜ?ⴰⵏⵙⵍⵎⴰⴷⵜ?|ⵜ?ⴰⵎⵙⵡⵓⵔⵉⵜ?|ⵜ?ⴰⵎⴰⵏⴰⵢⵜ?|ⴰⵏⴰⵎⵓⵙ|ⵜ?ⴰⵎⴷⴰⵡⴰⵢⵜ?|ⵜ?ⴰⵎⵙⵙⵓⵜⵔⵉⵜ?|ⵜ?ⴰⵙⵏⵎⵉⵔⴰⵢⵜ?|ⵜ?ⴰⵎⵙⵙⵓⴷⵓ|ⵜ?ⴰⵎⵏⵥⴰⵡ|ⵜ?ⴰⵎⵙⵏⴰⵙⵜ?|ⴰⵎⴽⵔⴰⴷ|ⴰⵎⵏⴰⴷ|ⵜ?ⴰⴼⵍⵍⴰⵃⵜ?|ⴰⵎⵎⵓⵙⵏⵓ|ⵜⴰⵎⵎⵓⵙⵏⵓⵜ|ⴰⵏⴱⴰⴹ|ⵓ?ⵎⵙⵡⵓⵔⵉ|ⵓ?ⵎⵖⴰⵔ|ⵓ?ⵙⵍⵎⴰⴷ|ⵓ?ⵎⵙⴰⵡⴰⵍ|ⵓ?ⵏⵙⵍⵎⴰⴷ|ⵓ?ⴼⵍⵍⴰⵃ|ⵓ?ⵎⴷⴰⵡⴰⵢ)$/u;
/** "One" (a man, a woman): the speaker is someone unnamed. */
const INDEFINITE = /^(?:ⵢⴰⵏ|ⵢⴰⵜ|ⴽⵔⴰ)$/u;
/** Bodies (authority, ministry, commune, cooperative, association, clinic, school): a subject that is no person. */
const BODY = /^(?:ⵜⴰⵏⴱⴰⴹⵜ|ⵜⵏⴱⴰⴹⵜ|ⵜⴰⵎⴰⵡⴰⵙⵜ|ⵜⵎⴰⵡⴰⵙⵜ|ⵜⴰⵊⵎⴰⵄⵜ|ⵜⵊⵎⴰⵄⵜ|ⵜⴰⵖⵍⵉⴼⵜ|ⵜⵖⵍⵉⴼⵜ|ⵜⴰⴷⴰⵡⵜ|ⵜⴷⴰⵡⵜ|ⵜⴰⵎⵙⵙⵓⵔⵜ|ⵜⵎⵙⵙⵓⵔⵜ|ⵜⴰⵙⴳⵏⴼⵓⵜ|ⵜⵙⴳⵏⴼⵓⵜ|ⵜⵉⵏⵎⵍ|ⵜⵉⵏⵎⵍⵜ|ⵜⴰⵎⵓⵙⵙⵓⵜ|ⵜⵎⵓⵙⵙⵓⵜ|ⵜⴰⵎⵙⵙⵏⴰⵡⵜ)$/u;
/** The plural verbs (they said, they added): a group speaks, no one person. */
const PLURAL_VERB = /(?:ⵏⵏⴰⵏⵜ?|ⵔⵏⴰⵏ)(?:\s+ⴷⴰⵖ)?\s*:?\s*$/u;
/** Words no name holds: of, in, from, to, with, the relative `ⵍⵍⵉ`, "not". */
const FUNCTION_WORD = /^(?:ⵏ|ⴳ|ⵖ|ⵣⴳ|ⵙ|ⵉ|ⴼ|ⵖⴼ|ⴷ|ⵍⵍⵉ|ⵓⵔ|ⴰⴷ|ⴰⵔ|ⵉⵙ)$/u;

const patterns = lazy(() => ({
  after: new RegExp(`^[\\s,»”"]*${VERB}\\s+([^.!?«»“”"\\n:]{1,160})`, 'u'),
  before: new RegExp(`([^.!?«»“”"\\n]{1,200}?)[,\\s]*${VERB}\\s*:?\\s*$`, 'u'),
}));

const isRoleGroup = (words: readonly string[]) => words.some((word) => ROLE_NOUN.test(word));
const isNameGroup = (words: readonly string[]) => words.length > 0 && words.length <= 3 && !words.some((word) => FUNCTION_WORD.test(word) || /\d/u.test(word) || INDEFINITE.test(word) || BODY.test(word)) && !isRoleGroup(words);

/** The speaker comma-set groups name: the group with no role noun is the name, the one with it its role. */
function speakerIn(subject: string, after: boolean): SpeakerPhrase | null {
  const groups = subject.split(/[,،]/u).map((group) => group.trim().split(/\s+/u).filter(Boolean)).filter((group) => group.length > 0);
  if (groups.length === 0) return after ? null : pronoun('they');
  const first = groups[0]!;
  if (PRONOUN.test(first[0]!)) return /^ⵏⵜⵜⴰⵜ$/u.test(first[0]!) ? pronoun('she', 'female') : pronoun('they');
  // (`ⵢⴰⵏ ⵓⵎⵙⵡⵓⵔⵉ ⴳ ⵓⴱⵔⵉⴷ`: "one worker on the road", someone unnamed.)
  const opening = after ? first : groups.find((group) => INDEFINITE.test(group[0]!));
  if (opening && INDEFINITE.test(opening[0]!)) return described(opening.join(' '));
  // After the verb the name comes first; before it, the subject's groups end at the verb.
  const ordered = after ? groups.slice(0, 3) : groups.slice(-3);
  const name = ordered.find(isNameGroup);
  const role = ordered.find(isRoleGroup);
  // (`ⵜⴰⵏⴱⴰⴹⵜ ⵜⵏⵏⴰ`, the authority said: a body's statement, described, no one person.)
  const body = ordered.find((group) => BODY.test(group[0]!));
  if (!name && body && !role) return described(body.join(' '));
  if (!name) return role && ROLE_NOUN.test(role[0]!) ? officeDescriptor(role.join(' ')) : null;
  // (A name after the verb stands next to it: a later group is another clause.)
  if (after && name !== first) return first.length === 1 && ROLE_NOUN.test(first[0]!) ? officeDescriptor(first.join(' ')) : null;
  return person(name.join(' '), role ? role.join(' ') : null);
}

export const tamazight: LanguageCues = {
  applies: (frame) => TIFINAGH.test(frame),
  after(frame) {
    const found = patterns().after.exec(frame.split('\n')[0]!);
    if (!found) return null;
    const words = found[1]!.replace(/\s+(?:ⵉⵙ|ⴰⵔ|ⵎⴰⵛⴰ)\s.*$/u, '');
    if (PLURAL_VERB.test(found[0].slice(0, found[0].length - found[1]!.length))) return described(words.split(/[,،]/u)[0]!);
    return speakerIn(words, true);
  },
  before(frame) {
    const words = patterns().before.exec(frame)?.[1];
    if (words === undefined) return null;
    return PLURAL_VERB.test(frame) ? described(words.split(/[,،]/u).at(-1)!) : speakerIn(words, false);
  },
};
