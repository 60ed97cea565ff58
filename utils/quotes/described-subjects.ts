/**
 * `The treasurer was not persuaded. … "…," he said`: a sentence, or a clause after "and" or after an opening one (`When the
 * crowd booed, the moderator asked for quiet.`), whose subject is a definite office stands for the person the text gave that
 * office, who is then the one its pronouns are likely about, as if named there. English only; `resolve` is salience.ts's
 * reading of a definite description (null when it names no one), `isInside` whether an offset lies in a quotation.
 */

import type { Mention } from './entity-types';

/**
 * "The", perhaps an owner (`the council's`), and up to four lower-case words (or an office's letters, no verb of saying or
 * owner pronoun), then a verb in the past or present (`was`, `urged`, `says`), opening a sentence or a clause after "and" or a comma.
 */
const DESCRIBED_SUBJECT = /(?:^|[.!?]["”’]?\s+|,?\s+and\s+|,\s+)([Tt]he\s+(?:[\p{Ll}-]+['’]s\s+)?(?:(?!(?:said|says|told|her|his|their|its)\s)(?:[\p{Ll}-]+|\p{Lu}{2,5})\s+){0,3}(?!(?:said|says|told|her|his|their|its)\s)[\p{Ll}-]+)\s+(?=(?:was|is|had|has|did|would|could|said|told|wrote|spoke|gave|took|made|held|kept|won|lost|left|met|\p{Ll}{2,}ed|\p{Ll}{2,}s)\s)/gu;

export function describedSubjects(text: string, resolve: (phrase: string, at: number) => string | null, isInside: (at: number) => boolean): Mention[] {
  if (!/\b[Tt]he\s/u.test(text)) return [];
  const found: Mention[] = [];
  for (const match of text.matchAll(DESCRIBED_SUBJECT)) {
    const at = match.index + match[0].indexOf(match[1]!);
    // (`"The executives keep promising …," she said`: a plural is no one person, and words in quotation marks are the speaker's.)
    // (The head noun before `of` counts: `the director of resources` is one person.)
    if (/[^s]s$/u.test(headNoun(match[1]!)) || isInside(at)) continue;
    const name = resolve(match[1]!, at) ?? namedLater(text, match[1]!, at + match[1]!.length);
    if (name) found.push({ name, at, subject: true });
  }
  return found;
}


/** The noun a description is about: the word before `of` or `for` (`director of resources`), or the last. */
function headNoun(phrase: string): string {
  const words = phrase.split(/\s+/u);
  const complement = words.findIndex((word) => word === 'of' || word === 'for');
  return words[complement - 1] ?? words.at(-1)!;
}

/** A title a name may carry in the apposition that names an office's holder. */
const TITLE = String.raw`(?:(?:Mrs?|Ms|Miss|Dr|Prof|Cllr|Sen|Rep|Gov)\.?\s+)?`;

/**
 * `Later, the council's director of resources said …. "…," she said. … The director, Mrs Ann Ward, told …`: an office no one
 * held before, whose holder the next paragraphs name in an apposition on its head noun (the word before `of`, or the last).
 */
function namedLater(text: string, phrase: string, from: number): string | null {
  const head = headNoun(phrase);
  if (head.length < 3 || /['’]s$/u.test(head)) return null;
  // (The pattern holds the head and its comma as written (letters, `-`, `'`: nothing a pattern reads otherwise): without them
  // in the paragraphs after, it cannot match, and is not built.)
  const after = text.slice(from, from + 1200);
  if (!after.includes(`${head},`)) return null;
  const later = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)The\s+(?:[\p{Ll}-]+\s+){0,2}${head},\s+${TITLE}(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+),`, 'u').exec(after);
  return later?.[1] ?? null;
}
