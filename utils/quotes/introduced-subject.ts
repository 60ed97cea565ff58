/**
 * `X, a retired welder who …, asked the board … before Haverford cut him off. "…," the 72-year-old said`: the paragraph
 * names two people, but only one of them for the first time, as the sentence's subject; an age epithet that the text gave
 * nobody stands for that newcomer, not for the person named before (journalists bring in a new speaker's age this way).
 * Two newcomers, or a newcomer who is no subject, leave the description as written.
 */

import type { EntityBook, Mention } from './entities';

/** The one person first named at or after `from` among `mentions`, when that first mention is the sentence's subject. */
export function introducedSubject(book: EntityBook, mentions: Mention[], from: number): string | null {
  const newcomers = new Set(mentions.map((mention) => mention.name).filter((name) => (book.mentions.find((mention) => mention.name === name)?.at ?? -1) >= from));
  if (newcomers.size !== 1) return null;
  const name = [...newcomers][0]!;
  return book.mentions.find((mention) => mention.name === name)?.subject ? name : null;
}
