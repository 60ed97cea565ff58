/**
 * What every language module shares: the shape of a language's cues, builders for the speaker
 * phrases they return, and lazily compiled patterns (a browser pays for each RegExp on every
 * popup, so a language's patterns are built the first time a frame in that language turns up).
 */

import type { SpeakerPhrase } from '../cues';

export interface LanguageCues {
  /** A cheap test on the frame: its script or a function word the patterns need. */
  applies: (frame: string) => boolean;
  /** The speaker named after a quote (`« … », a déclaré X`). */
  after: (frame: string) => SpeakerPhrase | null;
  /** The speaker named before a quote (`X a déclaré : « … »`). */
  before: (frame: string) => SpeakerPhrase | null;
  /**
   * Set when `after` only reads patterns anchored at the frame's start, which fail at once on
   * other text: the source of the words `before` needs, joined with other languages' into one test.
   */
  cue?: string;
}

/** A value computed on first use and kept. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function person(name: string, role?: string | null, gender?: 'male' | 'female'): SpeakerPhrase | null {
  const phrase = name.trim();
  if (!phrase) return null;
  const result: SpeakerPhrase = { phrase, kind: 'name', pronoun: false };
  const cleanRole = role?.trim().replace(/[,،、，]+$/u, '').trim();
  if (cleanRole) result.role = cleanRole;
  if (gender) result.gender = gender;
  return result;
}

export function described(words: string): SpeakerPhrase | null {
  const phrase = words.trim().replace(/[.,;:،]+$/u, '').trim();
  return phrase ? { phrase, kind: 'description', pronoun: false } : null;
}

/**
 * "he", "she" or, for a language that drops its subjects (Spanish `dijo.`, Japanese `と述べた`),
 * "they": a subject left out (`dropped`), the latest speaker whatever their gender. It is not the
 * English "they", which only ever stands for a group.
 */
export function pronoun(who: 'he' | 'she' | 'they', gender?: 'male' | 'female'): SpeakerPhrase {
  const result: SpeakerPhrase = { phrase: who, kind: 'name', pronoun: true };
  if (gender) result.gender = gender;
  if (who === 'they') result.dropped = true;
  return result;
}

/** Joins words into one alternation, longest first so that a prefix never wins over the whole word. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}
