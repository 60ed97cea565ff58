/**
 * `The treasurer was not persuaded. … "…," he said`: a sentence, or a clause after "and" or after an opening one (`When the
 * crowd booed, the moderator asked for quiet.`), whose subject is a definite office stands for the person the text gave that
 * office, who is then the one its pronouns are likely about, as if named there. English only; `resolve` is salience.ts's
 * reading of a definite description (null when it names no one), `isInside` whether an offset lies in a quotation.
 */

import type { Mention } from './entity-types';

/** "The" and up to three lower-case words, then a verb in the past or present (`was`, `urged`, `says`), opening a sentence or a
 * clause after "and" or a comma. */
const DESCRIBED_SUBJECT = /(?:^|[.!?]["”’]?\s+|,?\s+and\s+|,\s+)([Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?=(?:was|is|had|has|did|would|could|said|told|wrote|spoke|gave|took|made|held|kept|won|lost|left|met|\p{Ll}{2,}ed|\p{Ll}{2,}s)\s)/gu;

export function describedSubjects(text: string, resolve: (phrase: string, at: number) => string | null, isInside: (at: number) => boolean): Mention[] {
  if (!/\b[Tt]he\s/u.test(text)) return [];
  const found: Mention[] = [];
  for (const match of text.matchAll(DESCRIBED_SUBJECT)) {
    const at = match.index + match[0].indexOf(match[1]!);
    // (`"The executives keep promising …," she said`: a plural is no one person, and words in quotation marks are the speaker's.)
    if (/[^s]s$/u.test(match[1]!) || isInside(at)) continue;
    const name = resolve(match[1]!, at);
    if (name) found.push({ name, at, subject: true });
  }
  return found;
}

