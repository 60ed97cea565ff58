import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/**
 * [what the case shows, the text, the words the checked quote starts with, its speaker, its role].
 * The role is checked as a case-insensitive part of the quote's role, `null` as no role, and left unchecked when omitted.
 */
export type StartsCase = [name: string, text: string, starts: string, speaker: string | null, role?: string | null];

function checkCase(text: string, starts: string, speaker: string | null, role?: string | null): void {
  const quote = findQuotes(text).find((found) => found.text.startsWith(starts));
  expect(quote, 'the quote is found').toBeDefined();
  expect(quote!.speaker).toBe(speaker);
  if (role === undefined) return;
  if (role === null) expect(quote!.role).toBeNull();
  else expect((quote!.role ?? '').toLowerCase()).toContain(role.toLowerCase());
}

/** A table of cases, each finding the quote by its opening words and checking its speaker and role. */
export const startsTable = (title: string, cases: StartsCase[]) =>
  describe(title, () => {
    it.each(cases)('%s', (_name, text, starts, speaker, role) => checkCase(text, starts, speaker, role));
  });
