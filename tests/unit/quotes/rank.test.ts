import { describe, expect, it } from 'vitest';
import type { AttributedSpan } from '../../../utils/quotes/attribute';
import { rankQuotes, type RankOptions } from '../../../utils/quotes/rank';
import type { Confidence } from '../../../utils/quotes/confidence';

const SIX_WORDS = 'one two three four five six';
const TEN_WORDS = 'one two three four five six seven eight nine ten';

/** A span at `start` with the given words and speaker; whole-sentence and named unless told otherwise. */
function span(start: number, text: string, speaker: string | null, overrides: Partial<AttributedSpan> = {}): AttributedSpan {
  return {
    start,
    end: start + text.length,
    text,
    marks: 'double',
    outerStart: start - 1,
    outerEnd: start + text.length + 1,
    fullSentence: true,
    speaker,
    role: null,
    speakerKind: speaker ? 'name' : null,
    attribution: speaker ? 'after' : null,
    ...overrides,
  };
}

function keyTexts(spans: AttributedSpan[], options: RankOptions = {}): string[] {
  return rankQuotes(spans, 10_000, options)
    .filter((ranked) => ranked.key)
    .map((ranked) => ranked.text);
}

describe('rankQuotes', () => {
  it.each([
    ['fewer than six words', span(0, 'one two three four five', 'Ana Lopez'), false],
    ['exactly six words', span(0, SIX_WORDS, 'Ana Lopez'), true],
    ['no speaker', span(0, TEN_WORDS, null), false],
  ])('eligibility: %s', (_name, candidate, isKey) => {
    expect(rankQuotes([candidate], 1000)[0]?.key).toBe(isKey);
  });

  it('marks at most five by default and at most maxKey when given', () => {
    const spans = Array.from({ length: 8 }, (_, i) => span(i * 100, `${TEN_WORDS} ${i}`, `Speaker ${i}`));
    expect(keyTexts(spans)).toHaveLength(5);
    expect(keyTexts(spans, { maxKey: 2 })).toHaveLength(2);
    expect(keyTexts(spans, { maxKey: 0 })).toHaveLength(0);
  });

  it('prefers whole-sentence quotes over a few words inside a sentence', () => {
    const spans = [span(0, `partial ${TEN_WORDS}`, 'Ana Lopez', { fullSentence: false }), span(500, `whole ${TEN_WORDS}`, 'Ray Diaz')];
    expect(keyTexts(spans, { maxKey: 1 })).toEqual([`whole ${TEN_WORDS}`]);
  });

  it('prefers distinct speakers', () => {
    const spans = [span(0, `first ${TEN_WORDS}`, 'Ana Lopez'), span(100, `second ${TEN_WORDS}`, 'Ana Lopez'), span(200, `third ${TEN_WORDS}`, 'Ray Diaz')];
    expect(keyTexts(spans, { maxKey: 2 })).toEqual([`first ${TEN_WORDS}`, `third ${TEN_WORDS}`]);
  });

  it('prefers named speakers over described ones', () => {
    const spans = [span(0, `first ${TEN_WORDS}`, 'a spokesman', { speakerKind: 'description' }), span(100, `second ${TEN_WORDS}`, 'Ray Diaz')];
    expect(keyTexts(spans, { maxKey: 1 })).toEqual([`second ${TEN_WORDS}`]);
  });

  it('prefers quotes that share words with the headline', () => {
    const spans = [span(0, 'We like the weather here in the valley', 'Ana Lopez'), span(100, 'The new bridge will carry trains across the river', 'Ray Diaz')];
    expect(keyTexts(spans, { maxKey: 1, title: 'New bridge to carry trains across river' })).toEqual([
      'The new bridge will carry trains across the river',
    ]);
  });

  it('prefers earlier quotes when all else is equal', () => {
    const spans = [span(0, `early ${TEN_WORDS}`, 'Ana Lopez'), span(9000, `late ${TEN_WORDS}`, 'Ray Diaz')];
    expect(keyTexts(spans, { maxKey: 1 })).toEqual([`early ${TEN_WORDS}`]);
  });

  it('prefers 8 to 80 words over a transcript-length quote', () => {
    const transcript = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const spans = [span(0, transcript, 'Ana Lopez'), span(200, `short ${TEN_WORDS}`, 'Ray Diaz')];
    expect(keyTexts(spans, { maxKey: 1 })).toEqual([`short ${TEN_WORDS}`]);
  });

  it('never marks the same words twice', () => {
    const spans = [span(0, TEN_WORDS, 'Ana Lopez'), span(300, TEN_WORDS, 'Ray Diaz')];
    expect(keyTexts(spans)).toEqual([TEN_WORDS]);
  });

  describe('how surely the speaker is known (confidence.ts)', () => {
    // Two quotes of equal worth but for position: the earlier one wins unless its speaker was guessed.
    const earlyAndLate = [span(0, `early ${TEN_WORDS}`, 'Ana Lopez'), span(9000, `late ${TEN_WORDS}`, 'Ray Diaz')];

    it.each<[Confidence, string]>([
      ['inferred', `late ${TEN_WORDS}`],
      ['resolved', `late ${TEN_WORDS}`],
      ['named', `early ${TEN_WORDS}`],
    ])('an earlier quote whose speaker is %s against a later named one', (early, expected) => {
      expect(keyTexts(earlyAndLate, { maxKey: 1, confidence: [early, 'named'] })).toEqual([expected]);
    });

    it('a guessed speaker still wins when its quote is clearly worth more', () => {
      const spans = [span(0, `whole ${TEN_WORDS}`, 'Ana Lopez'), span(100, `partial ${TEN_WORDS}`, 'Ray Diaz', { fullSentence: false })];
      expect(keyTexts(spans, { maxKey: 1, confidence: ['inferred', 'named'] })).toEqual([`whole ${TEN_WORDS}`]);
    });

    it('fills the list with inferred speakers only up to three quotes', () => {
      const spans = Array.from({ length: 6 }, (_, i) => span(i * 100, `${TEN_WORDS} ${i}`, `Speaker ${i}`));
      const confidence: Confidence[] = ['inferred', 'named', 'inferred', 'resolved', 'inferred', 'named'];
      expect(keyTexts(spans, { confidence })).toEqual([`${TEN_WORDS} 1`, `${TEN_WORDS} 3`, `${TEN_WORDS} 5`]);
      // Counter-case: fewer surer quotes than that, and the inferred ones fill up to three.
      expect(keyTexts(spans, { confidence: ['inferred', 'named', 'inferred', 'inferred', 'inferred', 'inferred'] })).toEqual([`${TEN_WORDS} 0`, `${TEN_WORDS} 1`, `${TEN_WORDS} 2`]);
    });

    it('picks a guessed speaker only when no other quote qualifies, and then only one', () => {
      const spans = [span(0, `first ${TEN_WORDS}`, 'Ana Lopez'), span(100, `second ${TEN_WORDS}`, 'Ray Diaz', { fullSentence: false }), span(200, `third ${TEN_WORDS}`, 'Mia Chen')];
      expect(keyTexts(spans, { confidence: ['guessed', 'inferred', 'guessed'] })).toEqual([`second ${TEN_WORDS}`]);
      expect(keyTexts(spans, { confidence: ['guessed', 'guessed', 'guessed'] })).toEqual([`first ${TEN_WORDS}`]);
    });

    it('an article whose every speaker is inferred still gets key quotes', () => {
      const spans = [span(0, `first ${TEN_WORDS}`, 'Ana Lopez'), span(100, `second ${TEN_WORDS}`, 'Ray Diaz')];
      expect(keyTexts(spans, { confidence: ['inferred', 'inferred'] })).toHaveLength(2);
    });
  });
});
