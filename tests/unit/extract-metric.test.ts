import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '../bench/extract-metric';

describe('extraction benchmark metric', () => {
  it('tokenizes like Unicode \\w+: letters, digits, underscore; case kept; punctuation dropped', () => {
    expect(tokenize("It's 4:15 — Café_2, naïve!")).toEqual(['It', 's', '4', '15', 'Café_2', 'naïve']);
    expect(tokenize('서울 Москва')).toEqual(['서울', 'Москва']);
  });

  it('makes 4-gram shingles as a multiset; short texts give one shingle, empty gives none', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });

  it('scores identical texts 1/1 and exact, whatever the spacing and punctuation', () => {
    expect(scorePage('One two three four five.', 'One two, three\n\nfour five')).toMatchObject({ precision: 1, recall: 1, exact: true });
  });

  it('counts extra text against precision and missing text against recall', () => {
    // Truth: 5 shingles. Prediction adds 2 tokens at the end: 2 extra shingles.
    const extra = scorePage('a b c d e f g h', 'a b c d e f g h x y');
    expect(extra.precision).toBeCloseTo(5 / 7);
    expect(extra.recall).toBe(1);
    expect(extra.exact).toBe(false);
    const missing = scorePage('a b c d e f g h', 'a b c d e');
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(2 / 5);
  });

  it('scores no overlap as 0/0 and leaves an empty prediction out of precision', () => {
    expect(scorePage('a b c d', 'w x y z')).toMatchObject({ precision: 0, recall: 0 });
    expect(scorePage('a b c d', '')).toMatchObject({ recall: 0, countsForPrecision: false });
  });

  it('takes F1 as the harmonic mean of the mean precision and mean recall', () => {
    const pages = [scorePage('a b c d e f g h', 'a b c d e f g h x y'), scorePage('a b c d e f g h', 'a b c d e'), scorePage('a b c d', '')];
    const score = scoreCorpus(pages);
    const precision = (5 / 7 + 1) / 2; // the empty prediction does not count
    const recall = (1 + 2 / 5 + 0) / 3;
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
    expect(score.f1).toBeCloseTo((2 * precision * recall) / (precision + recall));
    expect(score.accuracy).toBe(0);
  });
});
