/**
 * The baseline the quote stage is measured against: a plain regex for double-quoted spans
 * (straight or curly) of four words or more within one paragraph, with no attribution.
 */

import type { Quote } from '../../utils/types';

const DOUBLE_QUOTED = /["“]([^"“”\n]+)["”]/g;
const MIN_WORDS = 4;

export function findBaselineQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(DOUBLE_QUOTED)) {
    const inner = match[1] ?? '';
    if (inner.trim().split(/\s+/).length < MIN_WORDS) continue;
    const start = (match.index ?? 0) + 1;
    quotes.push({ text: inner, speaker: null, role: null, start, end: start + inner.length, key: false, speakerKind: null, utterance: quotes.length });
  }
  return quotes;
}
