/**
 * Speakers named around a quotation outside its reporting clause: a signature line under it (a list of
 * reactions, an embedded post), a kicker sentence after it (`So said Kim.`, `That was Kim's message.`),
 * and an opening tag that hands over to the rest (`"…," Hannity began`). The reporting clause is cues.ts.
 */

import { NAME_RUN, cleanName, looksLikePerson } from './names';
import { guarded } from '../patterns';
import { fromGroups, lazyPattern, named, withRole, type SpeakerPhrase } from './speaker-phrase';
import { khmerWordsOfKicker } from './lang/km';

/**
 * A line that signs the quote before its closing mark, as lists of reactions do: the quote runs to
 * the end of a line, and the next line, still inside the marks, is a full name, maybe with an
 * affiliation: `"…\nDean Baker, Center for Economic and Policy Research."`.
 */
const SIGNATURE_LINE = guarded('quotes/cues: signature line', /^[ \t]*\n/u, [`(${NAME_RUN})`], 'u', {
  prefix: '^[ \\t]*\\n[ \\t]*',
  suffix: '(?:,\\s+([^\\n"“”]{2,120}?))?\\.?["”][ \\t]*(?:\\n|$)',
});

/** `"…"` then, on a line of its own, `— Ana Lopez (@analopez) May 9, 2016`: an embedded post signed below it. */
const POST_SIGNATURE = lazyPattern(() => new RegExp(`^[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*[―—–-]\\s*(${NAME_RUN})\\s*\\(@\\w+\\)`, 'u'));

/** The speaker named by a signature line right after the quote (`after`: the text from its end); a clause is prose, no signature. */
export function signatureAfter(after: string): SpeakerPhrase | null {
  const post = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*[―—–-]/.test(after) ? POST_SIGNATURE().exec(after) : null;
  if (post && cleanName(post[1] ?? '')) return named(post[1]);
  const match = SIGNATURE_LINE.exec(after);
  if (!match || !looksLikePerson(cleanName(match[1] ?? ''))) return null;
  if (/\b(?:said|says|who|which|that|is|was|were|are|has|have|had|will|would)\b/.test(match[2] ?? '')) return null;
  const phrase = named(match[1]);
  return phrase && match[2] ? withRole(phrase, [match[2]]) : phrase;
}

const KICKER = lazyPattern(() => new RegExp(
  `^(?:(?:So|Thus)\\s+(?:said|says|wrote|writes)\\s+(${NAME_RUN})|(?:That|This|Those|These|Such)(?:[’']s|\\s+(?:is|was|are|were))\\s+(?:(?:what|how)\\s+(${NAME_RUN})\\s+\\p{Ll}|(${NAME_RUN})[’']s?\\s+(?:own\\s+)?(?:message|response|reply|answer|view|verdict|take|assessment|warning|promise|pitch|argument|words|advice|explanation|prediction|vow)\\b|(?:the\\s+)?(?:words|message|verdict|view|assessment|advice|warning)\\s+of\\s+(${NAME_RUN})))`,
  'u',
));

const ROMANCE_KICKER = lazyPattern(() => new RegExp(`^(?:Parola|Palabra|Palavra)\\s+d(?:i|e)\\s+(${NAME_RUN})(?=\\s*[,.;]|\\s*$)`, 'u'));

/**
 * The sentence after a whole-sentence quote names its speaker: `"…." So said Kim.`, `That was
 * Kim's message.`, `Those were the words of Kim.`, `That's how Kim put it.`
 */
export function kickerAfter(frame: string): SpeakerPhrase | null {
  // `«…». Parola di Marta Ghezzi, amministratrice delegata.`, `Palabra de X.`: "so says X" in Italian, Spanish and Portuguese.
  const romance = /^(?:Parola|Palabra|Palavra)\s/u.test(frame) ? ROMANCE_KICKER().exec(frame) : null;
  if (romance && cleanName(romance[1]!)) return named(romance[1]);
  // (`«…»។ នេះជាសម្ដីរបស់លោក X Y។`: Khmer "these are the words of X Y", lang/km.ts.)
  if (/^នេះជា/u.test(frame)) return khmerWordsOfKicker(frame);
  const match = /^(?:So|Thus|That|This|Those|These|Such)\b/.test(frame) ? KICKER().exec(frame) : null;
  const name = match ? (match[1] ?? match[2] ?? match[3] ?? match[4]) : undefined;
  return name && cleanName(name) ? named(name) : null;
}

const OPENING_TAG = guarded('quotes/cues: opening tag', /(?:began|started|begins|starts)/u, [`(${NAME_RUN})`, '(he|she|they)'], 'u', {
  prefix: '^',
  // (`"…," he began, before adding: "…"`: the tag may hand over to the next part.)
  suffix: '\\s+(?:began|started|begins|starts)(?:\\s*[.,]?\\s*$|,\\s+(?:before|then|and)\\s+(?:adding|saying|continuing|going\\s+on)\\b)',
});

/**
 * `"…," Hannity began.`: verbs that report speech only as the whole tag of a quote whose sentence
 * goes on past its closing mark (the caller checks the quote ends in a comma): `"…." Voting began.` is not one.
 */
export function openingTag(frame: string): SpeakerPhrase | null {
  const match = OPENING_TAG.exec(frame);
  return match ? fromGroups(match) : null;
}
