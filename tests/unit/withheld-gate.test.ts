// The anonymity clause's pattern stands behind a test of its name word (utils/quotes/anonymity-clause.ts): the gate must
// admit every text the pattern matches, and the first sentence must be what splitting gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_WORD_ALONE, WITHHELD, firstSentence, withheldNameIntroduction } from '../../utils/quotes/anonymity-clause';
import { samplesOf } from './pattern-samples';

const CONTEXTS = [(s: string) => s, (s: string) => ` ${s} `, (s: string) => `En ${s}, sa hon.`, (s: string) => `${s}x`];

/** withheldNameIntroduction as it was, with no gate in front of the pattern. */
function ungated(sentence: string): { at: number; phrase: string } | null {
  const first = sentence.split(/[.!?]\s/u)[0]!;
  return WITHHELD.test(first) ? withheldNameIntroduction(sentence) : null;
}

const WORDS = ['En', 'sjuksköterska', 'som', 'inte', 'vill', 'ha', 'sitt', 'namn', 'namnet', 'nimeään', 'joka', 'ei', 'halua', 'yang', 'enggan', 'namanya', 'který', 'nechtěl', 'jméno', 'Maria', 'Nilsson', 'nie', 'imię', 'που', 'όνομα', 'который', 'имени', 'anonym', 'nama', 'ad', 'adını', 'tên', 'không', 'the', 'who', 'naam', 'niet', '.', ',', 'x'];

describe('the anonymity clause behind its name word', () => {
  it('admits every sample of the pattern', () => {
    const missed: string[] = [];
    let matched = 0;
    for (const sample of samplesOf(WITHHELD.source, WITHHELD.flags)) {
      for (const text of CONTEXTS.map((context) => context(sample))) {
        if (!WITHHELD.test(text)) continue;
        matched++;
        if (!NAME_WORD_ALONE.test(text)) missed.push(text);
      }
    }
    expect(matched).toBeGreaterThan(40);
    expect(missed).toEqual([]);
  });

  it('answers as the ungated pattern on sentences of clause words', () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 18 }).chain((words) => fc.constantFrom(words.join(' '), words.join(', '), words.join('  ')));
    fc.assert(
      fc.property(sentence, (text) => {
        if (WITHHELD.test(firstSentence(text))) expect(NAME_WORD_ALONE.test(firstSentence(text))).toBe(true);
        expect(withheldNameIntroduction(text)).toEqual(ungated(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the clause it finds without the gate', () => {
    for (const text of ['En sjuksköterska som inte vill se sitt namn i tidningen säger att det är tungt.', 'Seorang juru masak yang enggan disebutkan namanya mengatakan itu.', 'Maria Nilsson, som har bytt namn, säger nej.', 'Nothing here names anyone.']) {
      expect(withheldNameIntroduction(text)).toEqual(ungated(text));
    }
    expect(withheldNameIntroduction('En sjuksköterska som inte vill se sitt namn i tidningen säger att det är tungt.')).not.toBeNull();
  });

  it('takes the first sentence as splitting did', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '!', '?', '\n', 'é') }), (text) => {
        expect(firstSentence(text)).toBe(text.split(/[.!?]\s/u)[0]!);
      }),
      { numRuns: 2000 },
    );
  });
});
