// A label's ends are trimmed by looking at the ends only; the answer must be the two end-anchored patterns'.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetterOrDigit, trimToLettersAndDigits } from '../../utils/declutter/text';

const byPatterns = (text: string) => text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
const PIECES = [' ', '-', '»', '…', ':', 'a', 'Z', 'б', '1', '٣', '😀', '𝟙', '𐐀', '\ud83d', '\ude00', '\u00a0', '\u0301', '’', '.', '中'];

describe('trimming a label to its letters and digits', () => {
  it('keeps what the end-anchored patterns keep', () => {
    for (const text of ['', ' ', '» Read more: ', '...', 'Tags', '— 12 comments →', '😀 Top 𝟙 😀', '\ud83dx\ude00', 'x\ud83d', '\ude00x', '𝟙']) {
      expect(trimToLettersAndDigits(text)).toBe(byPatterns(text));
    }
  });

  it('agrees with them on any mix of letters, digits, marks, surrogates and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(trimToLettersAndDigits(text)).toBe(byPatterns(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a letter or digit', () => {
  it('answers every ASCII character as \\p{L} and \\p{N} do', () => {
    for (let code = 0; code < 0x80; code++) {
      const ch = String.fromCharCode(code);
      expect(isLetterOrDigit(ch), JSON.stringify(ch)).toBe(/^[\p{L}\p{N}]$/u.test(ch));
    }
    for (const ch of ['é', 'б', '٣', '𝟙', '…', '\u00a0', '中']) expect(isLetterOrDigit(ch)).toBe(/^[\p{L}\p{N}]$/u.test(ch));
  });
});
