/**
 * What a whole-article quote fixture expects (tests/fixtures/quotes-<lang>-<slug>/expected.json) and
 * the one test of a quote's speaker against it, shared by the page tests (quote-articles.ts) and the
 * Key quotes bench (tests/bench/quotes-key-pages.ts); free of vitest so a script can import it.
 */
import type { Utterance } from '../../utils/types';

export interface ExpectedQuote {
  /** The first words of the quoted text. */
  starts: string;
  /** The named speaker a reader would give; absent for a described speaker (`kind: 'description'`). */
  speaker?: string;
  /** Words the quote's role must contain (case aside), when the text gives one. */
  role?: string;
  kind?: 'description';
  /** A partial quote (a phrase inside a sentence): checked when found, not required. */
  optional?: boolean;
  /** What the pipeline still gets wrong here, in words: not checked until fixed. */
  todo?: string;
}

export interface ArticlePage {
  url: string;
  lang: string;
  quotes: ExpectedQuote[];
  voices: string[];
  /** Quoted words of headlines (related links, the title) that must never be a key quote. */
  neverKey: string[];
  /** Why Voices' order is still wrong when a todo quote was the person's first (checked then only for who is listed). */
  voicesTodo?: string;
}

/** Why the quote's speaker is not the expected one, or null when it is. */
export function speakerProblem(quote: Pick<Utterance, 'speaker' | 'speakerKind' | 'role'>, expected: ExpectedQuote): string | null {
  if (expected.kind === 'description') return quote.speakerKind === 'name' ? `named ${quote.speaker}` : null;
  if (quote.speaker !== expected.speaker) return `speaker ${quote.speaker}, expected ${expected.speaker}`;
  if (expected.role && !(quote.role ?? '').toLowerCase().includes(expected.role.toLowerCase())) return `role ${quote.role}, expected ${expected.role}`;
  return null;
}
