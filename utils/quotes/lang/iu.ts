/**
 * Inuktitut in syllabics: after a quote the verb comes first, `,” ᐅᖃᖅᑐᖅ X Y, <role>, <age>ᓂᒃ ᐅᑭᐅᓕᒃ.` (says X Y), `,” ᐅᖃᖅᑐᖅ
 * ᐊᖏᔪᖅᑳᖅ.` (says the boss: an office, the one the text named), `,” ᐃᓱᓕᑦᑎᓚᐅᖅᑐᖅ.` (she concluded, no subject: the one just
 * quoted); before one `X ᐅᖃᓚᐅᖅᑐᖅ: “…”`, `ᐅᓇ ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ: “…”` (this one added). Verbs of saying are one long word,
 * `ᐅᖃ-` (say) with tense and person glued on: -ᖅᑐᖅ (says), -ᓚᐅᖅᑐᖅ (said), -ᔪᖅ. With no capitals, the name is the words
 * after the verb up to a comma or stop, three at most; a body (`ᑎᒥᖓ`, the company; `ᒐᕙᒪᒃᑯᑦ`, the government) is none, and
 * a plural verb (-ᖅᑐᑦ, they say) is a group.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';

const SYLLABICS = /[\u1400-\u167f\u18b0-\u18ff]/u;
/** Verbs of saying in the third person singular: says, said, has said, added, concluded, answered, explained, asked. */
const VERB = '(?:ᐅᖃᖅᑐᖅ|ᐅᖃᓚᐅᖅᑐᖅ|ᐅᖃᖅᓯᒪᔪᖅ|ᐅᖃᐅᔾᔨᔪᖅ|ᐅᖃᐅᔾᔨᓚᐅᖅᑐᖅ|ᐃᓚᒋᐊᖅᓯᔪᖅ|ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ|ᐃᓱᓕᑦᑎᔪᖅ|ᐃᓱᓕᑦᑎᓚᐅᖅᑐᖅ|ᑭᐅᔪᖅ|ᑭᐅᓚᐅᖅᑐᖅ|ᓇᓗᓇᐃᖅᓯᔪᖅ|ᓇᓗᓇᐃᖅᓯᓚᐅᖅᑐᖅ|ᐊᐱᖅᓱᐃᔪᖅ|ᐊᐱᖅᓱᐃᓚᐅᖅᑐᖅ)';
/** "This one", "he or she" (`ᐅᓇ`, `ᐃᓄᒃ ᑖᓐᓇ`): the person just named. */
const PRONOUN = /^(?:ᐅᓇ|ᐅᒥᐅᖓ|ᑖᓐᓇ|ᐃᒻᒪ)$/u;
/** Bodies speaking (the organisation, the government, the board, the community): no person. */
const BODIES = /^(?:ᑎᒥᖓ|ᑎᒥ|ᒐᕙᒪᒃᑯᑦ|ᒐᕙᒪ|ᑲᑎᒪᔨᑦ|ᑲᑎᒪᔨᖏᑦ|ᓄᓇᓕᒃ|ᑲᒻᐸᓂ)$/u;
/** Offices named alone (the boss, the mayor, the chair, the minister): the holder the text named. */
const OFFICES = /^(?:ᐊᖏᔪᖅᑳᖅ|ᒪᐃᔭ|ᐊᖓᔪᖅᑳᖅ|ᐃᒃᓯᕙᐅᑕᖅ|ᒥᓂᔅᑕ|ᑐᖏᓕᖓ)$/u;
/** Forms of address and offices written before a name (`ᒪᐃᔭ X`, mayor X). */
const TITLE = /^(?:ᒪᐃᔭ|ᒥᓂᔅᑕ|ᐃᓄᑐᖃᖅ|ᐊᖏᔪᖅᑳᖅ|ᐃᒃᓯᕙᐅᑕᖅ)$/u;
/** A noun of someone who does something (`ᐊᖑᓇᓱᒃᑎ`, hunter; `ᐃᓕᓐᓂᐊᖅᑎ`, student; `ᐃᓱᒪᓕᐅᕆᔨ`, decision-maker) before a name of two words. */
const isTitle = (word: string) => TITLE.test(word) || /(?:ᖅᑎ|ᒃᑎ|ᑦᑎ|ᔨ)$/u.test(word);
/** "One", "a certain": someone described (`ᐊᖑᓇᓱᒃᑎ ᐊᑕᐅᓯᖅ`, a hunter). */
const ONE = /^(?:ᐊᑕᐅᓯᖅ|ᐃᓚᖓ|ᐃᓚᖏᑦ)$/u;

const patterns = lazy(() => ({
  after: new RegExp(`^[\\s,”"]*${VERB}(?:\\s+([^.,:;!?“”"\\n]{1,80}?))?\\s*([,.:;!?“”"]|$)`, 'u'),
  // (`X, <role>, ᐅᖃᓚᐅᖅᑐᖅ:` and `ᐅᓇ ᐃᓚᒋᐊᖅᓯᓚᐅᖅᑐᖅ:` closing the words before a quote.)
  before: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"\\n]{0,160}?)\\s*${VERB}\\s*[:,]?\\s*$`, 'u'),
}));

/** The words naming the speaker, with a role in the comma-set group after the name. */
function speakerIn(words: string, rest: string): SpeakerPhrase | null {
  const tokens = words.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return pronoun('they');
  if (tokens.some((word) => ONE.test(word))) return described(tokens.join(' '));
  if (tokens.length === 1 && PRONOUN.test(tokens[0]!)) return pronoun('they');
  if (BODIES.test(tokens[0]!)) return described(tokens.join(' '));
  // (`ᐅᖃᖅᑐᖅ ᐊᖏᔪᖅᑳᖅ`, says the boss: an office alone; whose it is the text must say, so no name is guessed.)
  if (tokens.length === 1 && OFFICES.test(tokens[0]!)) return described(tokens[0]!);
  const title = isTitle(tokens[0]!) && tokens.length > 2 ? tokens.shift()! : TITLE.test(tokens[0]!) && tokens.length > 1 ? tokens.shift()! : null;
  if (tokens.length > 3) return null;
  // (`X Y, <role>, 63−ᓂᒃ ᐅᑭᐅᓕᒃ`: the group after the name is the role unless it is the age.)
  const group = /^,\s*([^,.“”"\n]{2,80})/u.exec(rest)?.[1]?.trim();
  const role = title ?? (group && !/ᐅᑭᐅᓕᒃ$/u.test(group) && SYLLABICS.test(group) ? group : null);
  return person(tokens.join(' '), role);
}

/**
 * The person a sentence opens with by name: `ᐃᓄᑐᖃᖅ X Y, 81−ᓂᒃ ᐅᑭᐅᓕᒃ, ᐅᖃᓚᐅᖅᑐᖅ …` (elder X Y, 81, said …: a name of two words set
 * off by a comma), `ᒪᐃᔭ X Y ᐅᖃᖅᑐᖅ …` (mayor X Y says): for a quote whose tag leaves the subject out (lang/introduced.ts may
 * read syllabics paragraphs with it).
 */
export function inuktitutSubject(sentence: string): SpeakerPhrase | null {
  const found = new RegExp(`^\\s*(?:(\\S+)\\s+)?(\\S+\\s+\\S+)(?:\\s*,|\\s+${VERB})`, 'u').exec(sentence);
  if (!found || !SYLLABICS.test(found[2]!)) return null;
  const title = found[1] && isTitle(found[1]) ? found[1] : null;
  // (A first word that is no title makes the opening three words, no name of two: `ᐃᓄᐃᑦ ᐊᒥᓱᑦ ᐸᑎᒃᓯᓚᐅᖅᑐᑦ`.)
  if (found[1] && !title) return null;
  const words = found[2]!.split(/\s+/u);
  if (words.some((word) => BODIES.test(word) || PRONOUN.test(word) || ONE.test(word) || OFFICES.test(word) || /ᓂᒃ$/u.test(word))) return null;
  return person(found[2]!, title);
}

export const inuktitut: LanguageCues = {
  applies: (frame) => SYLLABICS.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const found = patterns().after.exec(line);
    if (!found) return null;
    return speakerIn(found[1] ?? '', line.slice(found.index + found[0].length - (found[2]?.length ?? 0)));
  },
  before(frame) {
    const words = patterns().before.exec(frame)?.[1];
    if (words === undefined) return null;
    const subject = words.split(/,\s*/u)[0]!.trim();
    // (A verb with no subject before it, `ᐅᖃᓚᐅᖅᑐᖅ:`, is the one the sentence before named.)
    return subject ? speakerIn(subject, words.slice(subject.length)) : pronoun('they');
  },
};
