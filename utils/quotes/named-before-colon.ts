/**
 * `Ajo i tha „Zërit të Qytetit“: „…“`, `sakė dienraščiui „Vakaro Žinios“: „…“`: a capitalised name in marks that a colon
 * and the opening of a quotation follow at once is the outlet or person the words were said to, not words of its own.
 */

import type { QuoteSpan } from './find';

/** The colon and a quotation's opening mark right after the name's closing mark. */
const COLON_THEN_QUOTE = /^\s*:\s*["“„«»”]/u;
/** Every word capitalised but for short lower-case links (`të`, `de`, `of`): a name's shape in any script with capitals. */
const NAME_SHAPED = /^\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*|\p{Ll}{1,3}))*$/u;

export function isNameBeforeColonQuote(text: string, span: QuoteSpan): boolean {
  const words = span.text.trim();
  return !span.fullSentence && words.split(/\s+/u).length <= 5 && NAME_SHAPED.test(words) && /\p{Lu}\S*$/u.test(words) && COLON_THEN_QUOTE.test(text.slice(span.outerEnd, span.outerEnd + 8));
}
