/**
 * Questions put to a named person, and their answers: `Stephanopoulos asked Reyes about the polls.
 * "…," he said.` and `Stephanopoulos pressed Reyes: "…?"` then `"Absolutely."`. The one asked
 * answers; the asker does not.
 */

import { NAME_RUN, cleanName } from './names';
import { lazyPattern } from './speaker-phrase';

/** A question put to a named person: `asked Reyes about`, `pressed Reyes:`, `asked Reyes whether`. */
const PUT_TO = lazyPattern(() => new RegExp(`\\b(?:asked|asks|pressed|presses|questioned|quizzed|challenged)\\s+(${NAME_RUN})(?:\\s+(?:whether|if|about|what|why|how|when|who|where|to)\\b|\\s*[:,]?\\s*$)`, 'u'));

/** The one a sentence puts a question to, as written ("Reyes"), or null. */
export function askedIn(sentence: string): string | null {
  if (!/\b(?:ask|press|question|quizz|challeng)/.test(sentence)) return null;
  const match = PUT_TO().exec(sentence);
  // `asked Reyes's aide`: an owner is not the one asked.
  return match && !/[’']s?$/.test(match[1]!) ? cleanName(match[1]!) || null : null;
}

/** A quote that answers: a statement, not another question. */
export function isAnswer(quoted: string): boolean {
  return !/\?\s*$/.test(quoted);
}
