/**
 * The quotes stage: finds direct quotations in an article's plain text, says who said each one,
 * and marks the key ones. Pure string work, so it runs the same in a content script and in Node.
 */

import type { Quote } from '../types';
import { attributeSpeakers, type AttributedSpan } from './attribute';
import { findQuoteSpans, wordCount } from './find';
import { DEFAULT_MAX_KEY, rankQuotes } from './rank';

export interface FindQuotesOptions {
  /** The headline: quotes sharing its words rank higher as key quotes. */
  title?: string;
  /** How many quotes at most get `key: true` (default 5). */
  maxKey?: number;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const spans = findQuoteSpans(text);
  const attributed = attributeSpeakers(text, spans).filter(isQuotation);
  const ranked = rankQuotes(attributed, text.length, { title: options.title, maxKey: options.maxKey ?? DEFAULT_MAX_KEY });
  return ranked
    .map(({ text: quoted, speaker, start, end, key }) => ({ text: quoted, speaker, start, end, key }))
    .sort((a, b) => a.start - b.start);
}

/**
 * A few quoted words that nobody is said to have said are scare quotes, nicknames or titles of
 * shows and books ("smart" meters, “Fox News Sunday”), not quotations.
 */
function isQuotation(span: AttributedSpan): boolean {
  return span.speaker !== null || span.fullSentence || wordCount(span.text) > 3;
}
