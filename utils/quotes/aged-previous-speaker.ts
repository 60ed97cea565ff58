/**
 * `"…," she told the station. ¶ The 67-year-old, who has chaired the board since 1981, said … ¶ "…," the 67-year-old
 * said.`: a bare age the text gave nobody, which a sentence since the last quote already used as its subject, stands
 * for the named speaker of that quote when no one is named in between and no one was brought in with that age
 * (`a 34-year-old man was arrested` is someone else: the description stays as written).
 */

import type { EntityBook } from './entity-types';
import type { UnnamedIntroduction } from './unnamed-introduction';

/** `the 67-year-old`, bare: no noun after it that could give another gender or person. */
const BARE_AGE = /^the\s+(\d{1,3})-year-old$/iu;

type PreviousQuote = { speaker: string | null; speakerKind: string | null; outerEnd: number };

export function agedPreviousSpeaker(phrase: string, text: string, at: number, previous: PreviousQuote | undefined, book: EntityBook, introductions: readonly UnnamedIntroduction[]): string | null {
  const age = BARE_AGE.exec(phrase.trim())?.[1];
  if (!age || !previous?.speaker || previous.speakerKind !== 'name' || previous.outerEnd > at) return null;
  // (Someone the text gave that age, or an age of the speaker's own that differs, is salience.ts's to weigh.)
  if ([...book.entities.values()].some((entity) => entity.age === Number(age))) return null;
  const known = book.entities.get(previous.speaker)?.age;
  if (known != null) return null;
  // (`a 34-year-old man`, `an 80-year-old widow`: an unnamed person of that age the description may be.)
  if (new RegExp(`\\ban?\\s+${age}-year-old\\b`, 'iu').test(text.slice(0, at))) return null;
  const between = text.slice(previous.outerEnd, at);
  if (book.mentions.some((mention) => mention.at >= previous.outerEnd && mention.at < at)) return null;
  if (introductions.some((introduction) => introduction.at >= previous.outerEnd && introduction.at < at)) return null;
  // The age as the subject of a sentence since that quote: `The 67-year-old, who …, said`.
  const opensSentence = new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n\\s*)The\\s+${age}-year-old\\b`, 'u');
  return opensSentence.test(between) ? previous.speaker : null;
}
