/**
 * A word opening a Russian or Ukrainian sentence has its capital only from its place there: a role (`Головний тренер …
 * Роман Федорак зізнався`) or a verb of saying put before its subject (`Пояснил он и ситуацию со спорткомплексом: «…»`,
 * `Добавила глава района:`). The frame with that word in lower case reads as the same words inside a sentence (lang/ru-uk.ts).
 */

import { isForeignRoleNoun } from './role-nouns';

/** A capitalised word opening the last sentence: no `.`, `!` or `?` stands after its start, so only `^` can begin it. */
const OPENING_WORD = /^(\p{Lu})(\p{Ll}+)(?=\s)/u;
const patterns = new Map<string, RegExp>();

/** Where the frame's last sentence starts: after its last `.`, `!` or `?`, else at 0 (what `frame.search(/[^.!?]*$/u)` finds, in one backward pass). */
function lastSentenceStart(frame: string): number {
  for (let at = frame.length - 1; at >= 0; at--) {
    const code = frame.charCodeAt(at);
    if (code === 46 || code === 33 || code === 63) return at + 1;
  }
  return 0;
}

/** `frame` with its last sentence's opening word in lower case when that word is one of `verbs` (an alternation). */
export function lowerOpeningVerb(frame: string, verbs: string): string {
  let verb = patterns.get(verbs);
  if (!verb) patterns.set(verbs, (verb = new RegExp(`^(?:${verbs})$`, 'u')));
  const sentenceStart = lastSentenceStart(frame);
  const last = frame.slice(sentenceStart);
  const opening = OPENING_WORD.exec(last);
  if (!opening) return frame;
  const word = opening[1]!.toLowerCase() + opening[2]!;
  return verb.test(word) ? frame.slice(0, sentenceStart) + word + last.slice(opening[0].length) : frame;
}

/** `Головний тренер … Роман Федорак зізнався`: a role opening the frame, by an adjective's ending or a role noun, in lower case. */
export function lowerOpeningRole(frame: string): string {
  const first = /^\s*(\p{Lu}\p{Ll}+)\s+\p{Ll}/u.exec(frame)?.[1];
  if (!first || !(/(?:ий|ій|ый|ой|ая|яя)$/u.test(first) || isForeignRoleNoun(first))) return frame;
  const at = frame.indexOf(first);
  return frame.slice(0, at) + first.charAt(0).toLowerCase() + frame.slice(at + 1);
}

/** A sentence opening with a preposition, its capitalised object and a present or past verb, ending at the colon. */
const PREPOSITION_OBJECT_THEN_VERB = /(?:^|[.!?]\s+)(?:Про|О|Об|Для|Від|От|До|Із|Без|Після|После|Серед|Среди)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Ll}+(?:ить|ать|ує|ає|ет|ит|ла|ло|ли|в|л)(?:\s+\p{Ll}+)?:\s*$/u;

/** `Про Бойків говорить окремо:`, `О Петровых рассказал:`: the capitalised word after the preposition is its object, no subject. */
export const opensWithPrepositionObject = (frame: string): boolean => PREPOSITION_OBJECT_THEN_VERB.test(frame);
