/**
 * Where the paragraph that introduces a quote's speaker starts, for "the retired teacher said" read as the one person
 * named there (salience.ts soleNamed, agedOrSole): the quote's own paragraph when it names someone before the quote,
 * else the nearest one before it that names someone, across at most two short paragraphs that name no one and quote
 * no one (`X, 68, has kept gnomes for years.` / `But last week she was handed a letter.` / `"…," the retired tea lady said.`).
 * A paragraph bringing in someone unnamed (`A nurse said …`, `The owner of one shop, who asked not to be named, said …`) stops the
 * walk: the description may be theirs.
 */

import type { EntityBook } from './entities';
import type { UnnamedIntroduction } from './unnamed-introduction';
import { isUnnamedOnPurpose } from './lang/anonymous';

/** Paragraphs naming no one that may stand between the introduction and the quote. */
const MAX_NAMELESS_BETWEEN = 2;
/** Any quotation mark: a paragraph that quotes someone may bring in an unnamed speaker. */
const QUOTE_MARK = /["“”„«»‘‚「」『』]/u; // (no ’: an apostrophe too, `she’s`)

/** Where the paragraph ending before `start` starts (0 when none). */
function paragraphBefore(text: string, start: number): { from: number; to: number } | null {
  let to = start - 1;
  while (to > 0 && /\s/u.test(text[to - 1]!)) to--;
  return to <= 0 ? null : { from: text.lastIndexOf('\n', to - 1) + 1, to };
}

export function introducingParagraphStart(text: string, at: number, book: EntityBook, introductions: readonly UnnamedIntroduction[]): number {
  const names = (from: number, to: number): boolean => book.mentions.some((mention) => mention.at >= from && mention.at < to);
  const bringsInSomeone = (from: number, to: number): boolean => introductions.some((introduction) => introduction.at >= from && introduction.at < to) || isUnnamedOnPurpose(text.slice(from, to));
  const own = text.lastIndexOf('\n', at - 1) + 1;
  if (names(own, at)) return own;
  const previous = paragraphBefore(text, own);
  if (!previous) return 0;
  let nameless = previous;
  for (let skipped = 0; skipped < MAX_NAMELESS_BETWEEN && !names(nameless.from, nameless.to) && !bringsInSomeone(nameless.from, nameless.to) && !QUOTE_MARK.test(text.slice(nameless.from, nameless.to)); skipped++) {
    const farther = paragraphBefore(text, nameless.from);
    if (!farther) break;
    if (names(farther.from, farther.to)) return farther.from;
    nameless = farther;
  }
  return previous.from;
}
