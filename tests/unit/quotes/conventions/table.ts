/**
 * Quote-finding table: each case a short paragraph and the direct quotes in it, as `findQuotes` should
 * return them (text, and start = the first place the expected text occurs). A trailing comma, colon or
 * semicolon is a house-style detail (`„…,“ řekl` vs `„…“, sagte`) and is not compared.
 */
import { expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';

export type ConventionCase = [lang: string, name: string, text: string, expected: string[]];

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

function normal(quoted: string): string {
  return quoted.trim().replace(/[\s,;:،，、]+$/u, '');
}

export function found(text: string): Array<{ text: string; start: number }> {
  return findQuotes(text).map((quote) => ({ text: normal(quote.text), start: quote.start }));
}

/** `fails`: cases still missed, kept as todos (vitest reports one if it starts to pass). */
export function runConventions(cases: ConventionCase[], { fails = false } = {}): void {
  (fails ? it.fails : it).each(cases)('%s: %s', (_lang, _name, text, expected) => {
    const wanted = expected.map((quoted) => {
      expect(text.indexOf(quoted), `expected text not in the paragraph: ${quoted}`).toBeGreaterThanOrEqual(0);
      return { text: normal(quoted), start: text.indexOf(quoted) };
    });
    expect(found(text)).toEqual(wanted);
  });
}
