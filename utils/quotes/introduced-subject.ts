/**
 * `X, a retired welder who …, asked the board … before Haverford cut him off. "…," the 72-year-old said`: the paragraph
 * names two people, but only one of them for the first time, as the sentence's subject; an age epithet that the text gave
 * nobody stands for that newcomer, not for the person named before (journalists bring in a new speaker's age this way).
 * Two newcomers, or a newcomer who is no subject, leave the description as written.
 */

import type { EntityBook, Mention } from './entities';

/** `in`, `out of`, `near`, `outside`, `from` just before a mention: the run names a place. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|out of|near|outside|from)\s+$/u;

/** A dateline before the paragraph's first sentence: `PORT ELLIS, N.S. — `, `MILL HARBOR, Maine — `. */
const DATELINE_BEFORE = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}.\s]{2,20})?\s*[—–-]\s*$/u;

/** The mention is its sentence's subject, also right after a dateline (`PORT ELLIS, N.S. — X has fished …`). */
function opensSentence(mention: Mention, text: string): boolean {
  const paragraphStart = text.lastIndexOf('\n', mention.at - 1) + 1;
  return mention.subject || (mention.at - paragraphStart <= 60 && DATELINE_BEFORE.test(text.slice(paragraphStart, mention.at)));
}

/** The one person first named at or after `from` among `mentions`, when that first mention is the sentence's subject. */
export function introducedSubject(book: EntityBook, mentions: Mention[], from: number, text = ''): string | null {
  let newcomers = new Set(mentions.map((mention) => mention.name).filter((name) => (book.mentions.find((mention) => mention.name === name)?.at ?? -1) >= from));
  // (`X has fished crab out of Port Ellis for 40 years`: a run after a preposition of place, no subject, is somewhere, no rival newcomer.)
  const placed = (name: string): boolean => mentions.some((mention) => mention.name === name && !opensSentence(mention, text) && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.at - 12), mention.at)));
  if (newcomers.size > 1) newcomers = new Set([...newcomers].filter((name) => !placed(name)));
  if (newcomers.size !== 1) return null;
  const name = [...newcomers][0]!;
  const first = book.mentions.find((mention) => mention.name === name);
  return first && opensSentence(first, text) ? name : null;
}
