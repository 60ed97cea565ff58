/**
 * `Mere Tawhai, known on the circuit as "the Hawera Hammer", said …`: a name set beside a person's name, between commas,
 * is what people call them, no one's words. Left as a quote it would take a speaker of its own and hand it on to the
 * untagged quotes after it, so it is put aside before attribution.
 */

import { wordCount } from './find';

/** A capitalised word and a comma (or dash), then `known … as`, `nicknamed`, `dubbed`, right before the opening mark. */
const NAME_THEN_GOES_BY = /\p{Lu}[\p{L}'’.-]*\s*[,(—–]\s*(?:(?:better|widely|affectionately|fondly)\s+)?(?:known\s+(?:[^,.;:!?"“”«»\n]{0,40}?\s)?as|nicknamed|dubbed)\s*$/u;
/** The phrase is set off again after its closing mark: a comma, a dash, a bracket or the sentence's end. */
const SET_OFF_AFTER = /^\s*(?:[,)—–;]|[.!?](?:\s|$))/u;
const MAX_NICKNAME_WORDS = 5;

/** The quoted words are a person's nickname given beside their name (`X, known as "…",`). */
export function isNicknameBesideName(text: string, span: { text: string; outerStart: number; outerEnd: number }): boolean {
  if (wordCount(span.text) > MAX_NICKNAME_WORDS) return false;
  return NAME_THEN_GOES_BY.test(text.slice(Math.max(0, span.outerStart - 80), span.outerStart)) && SET_OFF_AFTER.test(text.slice(span.outerEnd, span.outerEnd + 3));
}
