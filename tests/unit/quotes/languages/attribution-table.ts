import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';

/** [what the case shows, the text, the quoted words, the speaker, the role]. */
export type AttributionCase = [name: string, text: string, quote: string, speaker: string | null, role: string | null];

export const NBSP = '\u00a0';
export const NARROW_NBSP = '\u202f';

/** Runs the whole quotes stage on each text and checks the named quote's speaker and role. */
export function attributionTable(language: string, cases: AttributionCase[]): void {
  describe(`${language} attribution`, () => {
    it.each(cases)('%s', (_name, text, quote, speaker, role) => {
      const quotes = findQuotes(text);
      const found = quotes.find((candidate) => candidate.text === quote);
      expect(found, `quotes found: ${JSON.stringify(quotes.map((candidate) => candidate.text))}`).toBeDefined();
      expect({ speaker: found?.speaker, role: found?.role }).toEqual({ speaker, role });
    });
  });
}
