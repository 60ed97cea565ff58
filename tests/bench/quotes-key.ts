/**
 * Key quotes, measured (bench:quotes): the items the ranking picks, as the product shows them (one
 * item per utterance, its parts joined), and whether each shows the right speaker.
 *
 * On the quotes-dev corpus an item is scored when a part of it matches a gold quote with a named
 * speaker (matching as in quotes-score.ts, over all of the article's predictions); it is right when
 * every such part's speaker is right by the corpus metric. An item none of whose parts matches a
 * gold quote or a "don't care" span is not a quote. Only totals are printed, never the items.
 */

import type { Quote } from '../../utils/types';
import { candidatePairs, goldOf, normalizeSpan, iou, speakerMatches, type CorpusRecord } from './quotes-score';

export interface KeyItemScore {
  items: number;
  /** Items with a part matching a gold quote whose speaker is named. */
  scored: number;
  right: number;
  notQuotes: number;
}

export const NO_KEY_ITEMS: KeyItemScore = { items: 0, scored: 0, right: 0, notQuotes: 0 };

/** `quotes` as findQuotes gave them for the body starting at `offset` in the record's text. */
export function scoreKeyItems(record: CorpusRecord, quotes: readonly Quote[], offset: number): KeyItemScore {
  const predictions = quotes.map((quote) => ({ start: quote.start + offset, end: quote.end + offset }));
  const { golds, dontCare } = goldOf(record);
  const goldOfPrediction = new Map<number, number>();
  const usedGolds = new Set<number>();
  for (const [, i, j] of candidatePairs(record, predictions, golds)) {
    if (goldOfPrediction.has(i) || usedGolds.has(j)) continue;
    goldOfPrediction.set(i, j);
    usedGolds.add(j);
  }
  const items = new Map<number, number[]>();
  quotes.forEach((quote, i) => {
    if (quote.key) items.set(quote.utterance, [...(items.get(quote.utterance) ?? []), i]);
  });
  const score = { ...NO_KEY_ITEMS, items: items.size };
  for (const parts of items.values()) {
    const named = parts.filter((i) => goldOfPrediction.has(i)).map((i) => [i, golds[goldOfPrediction.get(i)!]!] as const).filter(([, gold]) => gold.speaker && !gold.speaker_is_pronoun);
    if (named.length > 0) {
      score.scored++;
      if (named.every(([i, gold]) => speakerMatches(quotes[i]!.speaker, gold.speaker!))) score.right++;
    }
    const isQuote = parts.some((i) => goldOfPrediction.has(i) || dontCare.some((span) => iou(normalizeSpan(record.text, predictions[i]!), span) >= 0.5));
    if (!isQuote) score.notQuotes++;
  }
  return score;
}

export function addKeyItems(scores: readonly KeyItemScore[]): KeyItemScore {
  return scores.reduce((sum, s) => ({ items: sum.items + s.items, scored: sum.scored + s.scored, right: sum.right + s.right, notQuotes: sum.notQuotes + s.notQuotes }), NO_KEY_ITEMS);
}

/** `0.975 (409/419 scored of 612 items, 0 not quotes)` */
export function describeKeyItems(score: KeyItemScore): string {
  const share = score.scored > 0 ? score.right / score.scored : 0;
  return `${share.toFixed(3)} (${score.right}/${score.scored} scored of ${score.items} items, ${score.notQuotes} not quotes)`;
}
