/**
 * Town halls and call-in shows introduce the next voice by the question, not by a verb of saying:
 * `The first question came from Walter Hinz, a farmer.` and `The next questioner identified herself as Rosalind
 * Keating.` The untagged quote that follows is that person's.
 */

import { NAME_RUN } from './names';
import { lazyPattern } from './speaker-phrase';

const QUESTION_FROM = lazyPattern(() => new RegExp(String.raw`^(?:The|A|An|Another|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:question|query|call|caller|comment)\s+(?:came|comes|was)\s+from\s+(${NAME_RUN})`, 'u'));
const IDENTIFIED_AS = lazyPattern(() => new RegExp(String.raw`^(?:The|A|An|Another|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:questioner|caller|speaker|voter|woman|man|student|resident)\s+identified\s+(?:himself|herself)\s+as\s+(${NAME_RUN})`, 'u'));

/** The name of the one a sentence introduces as asking next, as written, or undefined. */
export function questionerIn(sentence: string): string | undefined {
  const trimmed = sentence.trim();
  if (!/\s(?:from|identified)\s/u.test(trimmed)) return undefined;
  return (QUESTION_FROM().exec(trimmed) ?? IDENTIFIED_AS().exec(trimmed))?.[1];
}
