/**
 * Whether a sentence opens inside someone's quoted words: `"We saw the fires. If it burns, there is nothing to put out",
 * she says.` splits at the stop inside the marks, and `If it burns, …` is no sentence of the writer's that could bring
 * someone in (a clause set off by a comma reads like a name and its apposition in a script without capitals).
 */

/** Quotation marks that only open or only close. */
const OPENING = /[“«„]/u;
const CLOSING = /[”»]/u;
const LETTER = /\p{L}/u;

/**
 * What a straight double mark does at `at`: opens (after a space, or glued to a one-letter Hebrew prefix, `ה"…"`), closes
 * (after a word or a stop, before no letter), or nothing: gershayim inside an abbreviation (`ד"ר`, `ש"ח`, one or two
 * letters after it), or a mark between spaces.
 */
function straightMark(text: string, at: number): 'open' | 'close' | null {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (!LETTER.test(before)) return /\s/u.test(before) || !/[.!?…,;:]/u.test(before) ? (/\s/u.test(after) ? null : 'open') : 'close';
  if (!LETTER.test(after)) return 'close';
  if (/^\p{L}{1,2}(?!\p{L})/u.test(text.slice(at + 1, at + 4))) return null;
  return !LETTER.test(text[at - 2] ?? ' ') ? 'open' : null;
}

/** `before`: the text from the paragraph's start to the sentence. True when a quotation opened there is still open. */
export function opensInsideQuote(before: string): boolean {
  let open = false;
  for (let at = 0; at < before.length; at++) {
    const mark = before[at]!;
    if (OPENING.test(mark)) open = true;
    else if (CLOSING.test(mark)) open = false;
    else if (mark === '"') {
      const does = straightMark(before, at);
      if (does) open = does === 'open';
    }
  }
  return open;
}
