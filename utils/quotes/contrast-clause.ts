/**
 * Two quotes in one sentence set against each other: `"…," she said, while Trustee X, a critic of the plan, was
 * blunter: "…"`. The words between the quotes open with the first quote's tag; the clause after `while`/`whereas`/`but`
 * is the second quote's own sentence, and its named subject says it.
 * Left alone: a clause opening in lower case (`while the crowd was silent:`), one with no colon before the quote.
 */

/** The first quote's tag (`she said`, `said X`), a comma, a contrasting conjunction, and a clause ending in a colon. */
const TAG_THEN_CONTRAST = /^(?:(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|adds|replied|told\s+\S+)|(?:said|added|replied)\s+[^,:;"“”«»]{2,60}),\s+(?:while|whereas|but)\s+(\p{Lu}[^:;"“”«»]{2,160}:\s*)$/u;

/** The clause after the contrasting conjunction, to be read as the second quote's sentence, or null. */
export function contrastClause(frame: string): string | null {
  return TAG_THEN_CONTRAST.exec(frame.trim() + ' ')?.[1] ?? null;
}
