/**
 * The quotes stage: finds direct quotations in an article's plain text, says who said each one,
 * and marks the key ones. Pure string work, so it runs the same in a content script and in Node.
 */

import type { Quote } from '../types';
import { attributeSpeakers } from './attribute';
import { isQuotation } from './filter';
import { findQuoteSpans } from './find';
import { DEFAULT_MAX_KEY, rankQuotes } from './rank';

export interface FindQuotesOptions {
  /** The headline: quotes sharing its words rank higher as key quotes. */
  title?: string;
  /** How many quotes at most get `key: true` (default 5). */
  maxKey?: number;
  /** The page's site name (from the page's metadata): the outlet itself is never a speaker. */
  siteName?: string;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const spans = findQuoteSpans(text);
  const attributed = attributeSpeakers(text, spans, { siteName: options.siteName }).filter((span) => isQuotation(text, span));
  const ranked = rankQuotes(attributed, text.length, { title: options.title, maxKey: options.maxKey ?? DEFAULT_MAX_KEY });
  return ranked
    .map(({ text: quoted, speaker, role, start, end, key }) => ({ text: quoted, speaker, role, start, end, key }))
    .sort((a, b) => a.start - b.start);
}
