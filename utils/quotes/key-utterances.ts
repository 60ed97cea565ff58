/**
 * Key quotes are counted in utterances: the parts of a split quote are one item in "Key quotes",
 * so they are key together, and a pick of two parts of one utterance takes one place, not two.
 * Quotes inside link text are never key: they are a link's words (often another story's
 * headline), not what this story reports; nor are words copied from a sign (written-notice.ts).
 * A part's speaker is as sure as its utterance's surest part (confidence.ts), so a quote split
 * by the cue that names it ranks as named.
 */

import { isWrittenNotice } from './written-notice';
import type { AttributedSpan } from './attribute';
import type { TextRange } from '../text';
import { rankQuotes } from './rank';
import { utteranceConfidences } from './confidence';

export interface KeyOptions {
  title?: string;
  maxKey: number;
  links?: TextRange[];
}

/** The utterance indexes whose quotes are key. `utterances[i]` is the utterance of `spans[i]`. */
export function pickKeyUtterances(text: string, spans: AttributedSpan[], utterances: number[], options: KeyOptions): Set<number> {
  // (Words inside a link, and words copied from a sign or banner, written-notice.ts, are never key.)
  const notKey = new Set(utterances.filter((_, i) => within(spans[i]!, options.links) || isWrittenNotice(text, spans[i]!)));
  const eligible = spans.filter((_, i) => !notKey.has(utterances[i]!));
  const confidence = utteranceConfidences(text, spans, utterances).filter((_, i) => !notKey.has(utterances[i]!));
  const utteranceAt = new Map(spans.map((span, i) => [span.start, utterances[i]!]));
  let keyUtterances = new Set<number>();
  // Ask the ranking for one more pick while two picks landed in one utterance and more candidates remain.
  for (let picks = options.maxKey; ; picks++) {
    const picked = rankQuotes(eligible, text.length, { title: options.title, maxKey: picks, confidence }).filter((span) => span.key);
    keyUtterances = new Set(picked.map((span) => utteranceAt.get(span.start)!));
    if (keyUtterances.size >= options.maxKey || picked.length < picks) break;
  }
  return keyUtterances;
}

/** True when the span's quoted words lie wholly inside one of the ranges. */
export function within(span: { start: number; end: number }, ranges: readonly TextRange[] | undefined): boolean {
  return !!ranges?.some((range) => range.start <= span.start && span.end <= range.end);
}
