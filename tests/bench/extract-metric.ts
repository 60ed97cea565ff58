/**
 * The Article Extraction Benchmark's score, as its README describes it: `\w+` tokens, word 4-gram
 * shingle multisets, per-page TP/FP/FN shares, macro-averaged precision and recall, F1 of the two
 * means, and exact-token-sequence accuracy.
 */

const NGRAM = 4;

/** Python's Unicode `\w+`: letters, digits (all numeric categories) and underscore; marks split words. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of word n-grams; 1–3 tokens give one shorter shingle, no tokens give none. */
export function shingles(text: string, n = NGRAM): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    // U+0001 cannot be inside a token, so joined keys never collide.
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  /** Whether this page counts toward each mean (non-empty prediction / non-empty ground truth). */
  countsForPrecision: boolean;
  countsForRecall: boolean;
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const want = expected.get(key) ?? 0;
    const got = predicted.get(key) ?? 0;
    tp += Math.min(want, got);
    fp += Math.max(0, got - want);
    fn += Math.max(0, want - got);
  }
  // Counts as shares of their sum, so a long article weighs no more than a short one.
  const sum = tp + fp + fn;
  if (sum > 0) [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
  let precision: number;
  let recall: number;
  if (fp === 0 && fn === 0) [precision, recall] = [1, 1];
  else if (tp === 0) [precision, recall] = [0, 0];
  else [precision, recall] = [tp / (tp + fp), tp / (tp + fn)];
  const tokensTruth = tokenize(truth);
  const tokensPrediction = tokenize(prediction);
  return {
    precision,
    recall,
    countsForPrecision: prediction.length > 0,
    countsForRecall: truth.length > 0,
    exact: tokensTruth.length === tokensPrediction.length && tokensTruth.every((t, i) => t === tokensPrediction[i]),
  };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** Macro means over pages; F1 is the harmonic mean of the two means, not a mean of per-page F1. */
export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(pages.filter((p) => p.countsForPrecision).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.countsForRecall).map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))) };
}
