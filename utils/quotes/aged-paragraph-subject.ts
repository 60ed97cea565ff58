/**
 * `"…," said X, who has fished here since 1994. ¶ X — known on the docks as "the Almanac" — owns the Y. He says … ¶
 * "…," the 61-year-old said.`: a bare age the text gave nobody stands for the latest named speaker when every sentence
 * since that quote that opens on a name opens on that speaker's, at least one does, and no one else was brought in.
 * (aged-previous-speaker.ts wants the age itself as a subject there; a nickname in marks between is no one's words.)
 * Someone else opening a sentence between (`His neighbour Z owns …`) leaves the description as written.
 */

import type { EntityBook } from './entity-types';
import type { UnnamedIntroduction } from './unnamed-introduction';

/** `the 61-year-old`, bare: no noun after it that could give another gender or person. */
const BARE_AGE = /^the\s+(\d{1,3})-year-old$/iu;

type EarlierQuote = { speaker: string | null; speakerKind: string | null; outerEnd: number };

export function agedParagraphSubject(phrase: string, text: string, at: number, earlier: readonly EarlierQuote[], book: EntityBook, introductions: readonly UnnamedIntroduction[]): string | null {
  const age = BARE_AGE.exec(phrase.trim())?.[1];
  if (!age) return null;
  // (The latest quote anyone was found to speak; quotes of no one, a nickname in marks, are passed over.)
  const last = [...earlier].reverse().find((quote) => quote.speaker != null && quote.outerEnd <= at);
  if (!last?.speaker || last.speakerKind !== 'name') return null;
  // (Someone the text gave that age, or an age of the speaker's own, is salience.ts's to weigh.)
  if ([...book.entities.values()].some((entity) => entity.age === Number(age)) || book.entities.get(last.speaker)?.age != null) return null;
  // (`a 34-year-old man`, `an 80-year-old widow`: an unnamed person of that age the description may be.)
  if (new RegExp(`\\ban?\\s+${age}-year-old\\b`, 'iu').test(text.slice(0, at))) return null;
  if (introductions.some((introduction) => introduction.at >= last.outerEnd && introduction.at < at)) return null;
  // (A name that opens its sentence is its subject even when a dash aside follows it: `X — known as … — owns`.)
  const opensSentence = (from: number) => /(?:^|[.!?]["”’»]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, from - 4), from));
  const openers = book.mentions.filter((mention) => mention.at >= last.outerEnd && mention.at < at && (mention.subject || opensSentence(mention.at)) && !mention.qualifier);
  return openers.length > 0 && openers.every((mention) => mention.name === last.speaker) ? last.speaker : null;
}
