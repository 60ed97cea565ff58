/**
 * A few quoted words closing a second `that` clause of the verb of saying: `X, a director, said the company, which …,
 * had lost two orders, and that although "…", the bank …`. The subject read before the words (`the company`), or the
 * speaker of a few quoted words inside the first clause, is no speaker: the words are X's, who said both clauses.
 */

import { sentenceSubject, type SpeakerPhrase } from './cues';

/** `…, and that "…"`, `… and that although "…"`: the frame ends on a second `that` clause, perhaps opened by a conjunction. */
const SECOND_THAT_CLAUSE = /,?\s(?:and|but)\s+that(?:\s+\p{Ll}+)?\s*$/u;

/** The verb of saying right after the subject (and an appositive between commas): `X, a director, said the …`. */
const SAYING_AFTER_SUBJECT = /^(?:\s*,[^,;:"“”]{1,90},)?\s+(?:said|says|told\s+\p{L}+|added|explained|insisted|noted)\s/u;

/** A short opening phrase and its comma before a capitalised subject: `Contacted by phone, X …`. */
const LEAD_PHRASE = /^\s*[^,;:"“”\n]{1,50},\s+(?=\p{Lu})/u;

/** `before`: the text before the quote's opening mark; `cued`: the speaker read there so far, kept when it names someone. */
export function thatClauseSayer(before: string, cued: SpeakerPhrase | null): SpeakerPhrase | null {
  if ((cued && cued.kind !== 'description') || !SECOND_THAT_CLAUSE.test(before)) return null;
  // (The last sentence of the paragraph: its subject said the first clause.)
  let cut = 0;
  for (const stop of before.matchAll(/[.!?]["”’]?\s+(?=\p{Lu})|\n/gu)) cut = stop.index + stop[0].length;
  const whole = before.slice(cut);
  // (`Contacted by phone, X, …, said`: an opening phrase before the subject is no part of it.)
  const opening = LEAD_PHRASE.exec(whole);
  return sayingSubject(whole) ?? (opening ? sayingSubject(whole.slice(opening[0].length)) : null);
}

/** The sentence's named subject when a verb of saying follows it: `X, a director, said …`. */
function sayingSubject(sentence: string): SpeakerPhrase | null {
  const subject = sentenceSubject(sentence);
  if (subject?.kind !== 'name' || subject.pronoun) return null;
  const subjectEnd = sentence.indexOf(subject.phrase);
  return subjectEnd >= 0 && SAYING_AFTER_SUBJECT.test(sentence.slice(subjectEnd + subject.phrase.length)) ? subject : null;
}
