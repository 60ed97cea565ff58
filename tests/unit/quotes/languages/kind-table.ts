import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';

/** A described speaker: a description as written, no name. */
export const DESCRIBED = '<described>';
/** No name at all: a description or no speaker. */
export const UNNAMED = '<unnamed>';
/** Any role. */
export const ANY = '<any>';
/** [what the case shows, the text, the start of the quoted words, the speaker (or DESCRIBED/UNNAMED), the role words (null: none; ANY; `=…`: exactly)]. */
export type KindCase = [name: string, text: string, quote: string, speaker: string, role: string | null];

/**
 * Runs the whole quotes stage on each text and checks the quote starting with the given words.
 * `failing`: names of cases still read wrong, kept as expected failures (vitest reports one that starts to pass).
 */
export function kindTable(title: string, cases: KindCase[], failing: readonly string[] = []): void {
  describe(title, () => {
    const known = new Set(failing);
    const run = (_name: string, text: string, quote: string, speaker: string, role: string | null) => {
      const quotes = findQuotes(text);
      const found = quotes.find((candidate) => candidate.text.startsWith(quote));
      expect(found, `quotes found: ${JSON.stringify(quotes.map((candidate) => candidate.text))}`).toBeDefined();
      const got = { speaker: found!.speaker, kind: found!.speakerKind, role: found!.role };
      if (speaker === DESCRIBED) expect(got.speaker && got.kind === 'description', JSON.stringify(got)).toBeTruthy();
      else if (speaker === UNNAMED) expect(got.kind, JSON.stringify(got)).not.toBe('name');
      else expect(got.speaker, JSON.stringify(got)).toBe(speaker);
      if (role === null) expect(got.role, JSON.stringify(got)).toBeNull();
      else if (role.startsWith('=')) expect(got.role, JSON.stringify(got)).toBe(role.slice(1));
      else if (role !== ANY) expect((got.role ?? '').toLowerCase(), JSON.stringify(got)).toContain(role.toLowerCase());
    };
    const passing = cases.filter(([name]) => !known.has(name));
    const todo = cases.filter(([name]) => known.has(name));
    if (passing.length) it.each(passing)('%s', run);
    if (todo.length) it.fails.each(todo)('%s (expected failure)', run);
  });
}
