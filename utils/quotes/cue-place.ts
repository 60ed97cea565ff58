/**
 * Where a quote's cue stands in the text: the words of its cue sentence, and the offsets of the
 * speaker phrase read from them.
 */

import type { TextRange } from '../text';
import type { AttributionSource } from './attribute';
import type { QuoteSpan } from './find';
import { lineEnd, lineStart } from './frames';
import { lastSentence, sentenceEnd } from './sentences';

/** The words of the quote's cue sentence: after the closing mark for a cue after it, else before the opening mark. */
export function cueSentence(text: string, span: QuoteSpan, attribution: AttributionSource | null): string {
  if (attribution === 'after') {
    const rest = text.slice(span.outerEnd, Math.min(lineEnd(text, span.outerEnd), span.outerEnd + 300));
    return rest.slice(0, sentenceEnd(rest));
  }
  return lastSentence(text.slice(Math.max(lineStart(text, span.outerStart), span.outerStart - 300), span.outerStart));
}

/** A letter or digit: a mention is a whole word, so "he" is not found inside "the". */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** How far from the quote the speaker phrase is looked for, as the cue readers read. */
const MENTION_REACH = 700;

/**
 * Where `phrase` (read from the words around the quote) stands in the text: the first whole-word
 * occurrence after the quote for a cue after it, else the last one before the quote.
 */
export function mentionOf(text: string, phrase: string, side: AttributionSource | null, span: QuoteSpan): TextRange | null {
  if (!phrase) return null;
  // Scripts without spaces, and those that attach particles (Korean 은, Arabic و), have no word edges to check.
  const bounded = SPACED_SCRIPT.test(phrase);
  const whole = (at: number) => !bounded || (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + phrase.length] ?? ''));
  if (side === 'after') {
    const limit = span.outerEnd + MENTION_REACH;
    for (let at = text.indexOf(phrase, span.outerEnd); at >= 0 && at < limit; at = text.indexOf(phrase, at + 1)) {
      if (whole(at)) return { start: at, end: at + phrase.length };
    }
    return null;
  }
  const floor = Math.max(0, span.outerStart - MENTION_REACH);
  // (At offset 0, lastIndexOf(phrase, -1) finds offset 0 again: stop there, or a phrase opening the text that is no whole word loops.)
  for (let at = text.lastIndexOf(phrase, span.outerStart - phrase.length); at >= floor; at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1) {
    if (whole(at)) return { start: at, end: at + phrase.length };
  }
  return null;
}
