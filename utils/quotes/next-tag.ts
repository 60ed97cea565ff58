/**
 * A tag between two quotes that belongs to the second: `Kim said: "A." Lee added: "B."`. After a
 * quote that closes its own sentence, words running to a colon right before the next quote open
 * that quote; they do not tell who said the one before.
 */

import type { QuoteSpan } from './find';

/** Persian `این را` ("this", as an object) before the first verb of the tag, another verb joined to it by و. */
const POINTS_BACK = /^[\s،,؛]*(?:[^\s:«»]+\s+){0,4}?(?:این|آن)\s+را\s+[^:«»]{0,60}\s+و\s/u;

export function introducesNextQuote(text: string, span: QuoteSpan, next: QuoteSpan | undefined): boolean {
  if (!next || !/[.!?。！？]$/.test(span.text)) return false;
  const between = text.slice(span.outerEnd, next.outerStart);
  // (`«A.» X این را می‌گوید و اضافه می‌کند: «B»`: "X says this and adds:", a Persian object pointing back at the words just
  // quoted, tells who said A too; B goes on that speaker's turn.)
  if (POINTS_BACK.test(between)) return false;
  // One line, a colon last, and no sentence ending before it (`「…。」總幹事X說：「…」` too, with the full-width colon).
  return between.length < 200 && !between.includes('\n') && /[:：]\s*$/.test(between) && !/[.!?]\s|[。！？]/.test(between);
}
