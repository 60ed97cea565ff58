import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { utterancesOf } from '../../../../utils/quotes/utterances';

/** [what the case shows, the text, words that must be in no quote]. */
export type NonQuoteCase = [name: string, text: string, words: string];
/** [what the case shows, the text, the utterance as Key quotes and copies show it, its speaker]. */
export type UtteranceCase = [name: string, text: string, utterance: string, speaker: string];

/** Dash dialogue: lines that must stay the writer's words, and split lines that must read as one utterance. */
export function dialogueTable(language: string, nonQuotes: NonQuoteCase[], utterances: UtteranceCase[] = []): void {
  describe(`${language} dialogue dashes`, () => {
    it.each(nonQuotes)('%s', (_name, text, words) => {
      const quotes = findQuotes(text);
      expect(quotes.filter((quote) => quote.text.includes(words) || words.includes(quote.text)).map((quote) => quote.text)).toEqual([]);
    });
    if (utterances.length === 0) return;
    it.each(utterances)('%s', (_name, text, utterance, speaker) => {
      const found = utterancesOf(findQuotes(text)).find((candidate) => candidate.text === utterance);
      expect(found, JSON.stringify(utterancesOf(findQuotes(text)).map((candidate) => candidate.text))).toBeDefined();
      expect(found!.speaker).toBe(speaker);
    });
  });
}
