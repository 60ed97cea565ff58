import { expect } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** Expected speaker: a full name, `DESC` (an unnamed person, kept as a description), or `!Name` (anyone but Name, or no one). */
export type Expected = string;

/** The salience tables' one check: the quote opening with `opening` has the expected speaker. */
export function check(text: string, opening: string, expected: Expected): void {
  const quote = findQuotes(text).find((found) => found.text.trimStart().startsWith(opening));
  expect(quote, `no quote opening "${opening}"`).toBeDefined();
  if (expected === 'DESC') expect([quote!.speakerKind, quote!.speaker]).toEqual(['description', expect.any(String)]);
  else if (expected.startsWith('!')) expect(quote!.speaker).not.toBe(expected.slice(1));
  else expect(quote!.speaker).toBe(expected);
}
