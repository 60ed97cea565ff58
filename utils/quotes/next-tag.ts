/**
 * A tag between two quotes that belongs to the second: `Kim said: "A." Lee added: "B."`. After a
 * quote that closes its own sentence, words running to a colon right before the next quote open
 * that quote; they do not tell who said the one before.
 */

import type { QuoteSpan } from './find';

export function introducesNextQuote(text: string, span: QuoteSpan, next: QuoteSpan | undefined): boolean {
  if (!next || !/[.!?。！？]$/.test(span.text)) return false;
  const between = text.slice(span.outerEnd, next.outerStart);
  // One line, a colon last, and no sentence ending before it (`「…。」總幹事X說：「…」` too, with the full-width colon).
  return between.length < 200 && !between.includes('\n') && /[:：]\s*$/.test(between) && !/[.!?]\s|[。！？]/.test(between);
}
