// endsWithRankAbbreviation looks the last word up instead of running the whole list's pattern: the answers are the
// pattern's on every rank, with every boundary before it, and on random tails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK_ALTERNATIVES, endsWithRankAbbreviation } from '../../utils/quotes/rank-abbreviations';

const PATTERN = new RegExp(`(?:^|[\\s(.’'-])(?:${RANK_ALTERNATIVES.replace(/(?:^|\|)dr(?=\||$)/u, '')})\\.$`, 'u');
const byPattern = (text: string) => PATTERN.test(text.slice(-12));
const RANKS = RANK_ALTERNATIVES.split('|');

describe('endsWithRankAbbreviation', () => {
  it('answers as the pattern on every rank after every boundary, and on near misses', () => {
    for (const rank of [...RANKS, 'dr', 'Dr', 'xmgr', 'Mgrs']) {
      for (const before of ['', ' ', '\u00a0', '\n', '(', '.', '-', '’', "l'", 'a', 'ł', '\u2028', 'mówi mł. bryg ', 'said the very long lead-in ']) {
        for (const after of ['.', '', '. ', '..']) {
          const text = `${before}${rank}${after}`;
          expect({ text, found: endsWithRankAbbreviation(text) }).toEqual({ text, found: byPattern(text) });
        }
      }
    }
    expect(endsWithRankAbbreviation('mówi mł. bryg.')).toBe(true);
    expect(endsWithRankAbbreviation('Ask the Det.')).toBe(true);
    expect(endsWithRankAbbreviation('He left the lab.')).toBe(false);
  });

  it('answers as the pattern on random tails', () => {
    const piece = fc.constantFrom(...RANKS, ' ', '.', '(', '-', '’', "'", 'x', 'ł', 'a', '\u3000', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(endsWithRankAbbreviation(text)).toBe(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
