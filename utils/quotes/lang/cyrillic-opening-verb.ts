/**
 * `Пояснил он и ситуацию со спорткомплексом: «…»`, `Добавила глава района:`: Russian and Ukrainian put the verb of
 * saying first and its subject after it; the verb's capital is only its place at the sentence's start. The frame with
 * that verb in lower case, so the subject after it is read as after any verb (lang/ru-uk.ts).
 */

const OPENING_WORD = /(^|[.!?]\s+)(\p{Lu})(\p{Ll}+)(?=\s)/u;
const patterns = new Map<string, RegExp>();

/** `frame` with its last sentence's opening word in lower case when that word is one of `verbs` (an alternation). */
export function lowerOpeningVerb(frame: string, verbs: string): string {
  let verb = patterns.get(verbs);
  if (!verb) patterns.set(verbs, (verb = new RegExp(`^(?:${verbs})$`, 'u')));
  const sentenceStart = Math.max(0, frame.search(/[^.!?]*$/u));
  const last = frame.slice(sentenceStart);
  const opening = OPENING_WORD.exec(last);
  if (!opening || opening.index !== 0) return frame;
  const word = opening[2]!.toLowerCase() + opening[3]!;
  return verb.test(word) ? frame.slice(0, sentenceStart) + last.replace(OPENING_WORD, `$1${word}`) : frame;
}
