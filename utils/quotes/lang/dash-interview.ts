/**
 * An interview printed as questions (set in bold, which the text no longer shows) each answered by a dash line with no tag,
 * as Scandinavian, Polish and Czech papers print them:
 *   Vi träffade tonsättaren Elin Haraldsson, 41, i repetitionslokalen.
 *   Varför en opera om ett sågverk?
 *   – Min morfar arbetade på sågen i trettio år.          ← Elin Haraldsson
 * The answer is the words of the person the introduction is about: of the prose paragraphs before the first question (at
 * most four, holding no quotation), the person they name most often, the first named on a tie.
 */

import { findPersonMentions } from '../person-mentions';

const QUESTION_END = /\?["”’]?\s*$/u;
const QUOTE_MARK = /["“”«»„]/u;
const DASH_OPENING = /^[–—―-]\s/u;
const MAX_QUESTION_WORDS = 40;
const INTRODUCTION_PARAGRAPHS = 4;

/** A paragraph that asks: a question mark closing it, no quotation, no dash line, not long. */
export function isQuestionParagraph(line: string): boolean {
  const trimmed = line.trim();
  return QUESTION_END.test(trimmed) && !QUOTE_MARK.test(trimmed) && !DASH_OPENING.test(trimmed) && trimmed.split(/\s+/u).length <= MAX_QUESTION_WORDS;
}

/** The interviewee answering at `at` (the start of a dash line right after a question), or null when no introduction names one. */
export function intervieweeBefore(text: string, at: number): string | null {
  const back = linesBackward(text, at);
  let line = back.next();
  if (line.done || !isQuestionParagraph(line.value)) return null;
  while (!line.done && (isQuestionParagraph(line.value) || DASH_OPENING.test(line.value))) line = back.next();
  const lines: string[] = [];
  for (; !line.done && lines.length < INTRODUCTION_PARAGRAPHS; line = back.next()) lines.unshift(line.value);
  const introduction = lines.filter((paragraph) => !QUOTE_MARK.test(paragraph));
  // (One person by the stem of the family name, whatever its case: `Z Martą Zawadzką` … `Marta Zawadzka`; written by the
  // shortest full form, without a word opening the sentence: `Landmand Søren Damgaard` … `Søren Damgaard`.)
  const forms = new Map<string, string[]>();
  for (const mention of introduction.flatMap((paragraph) => findPersonMentions(paragraph))) {
    if (!mention.name.includes(' ')) continue;
    const stem = mention.name.split(/\s+/u).at(-1)!.toLowerCase().slice(0, 5);
    forms.set(stem, [...(forms.get(stem) ?? []), mention.name]);
  }
  let best: string[] | null = null;
  for (const names of forms.values()) if (best === null || names.length > best.length) best = names;
  return best ? best.reduce((shortest, name) => (name.split(/\s+/u).length < shortest.split(/\s+/u).length ? name : shortest)) : null;
}

/** The non-empty lines before `at`, trimmed, the nearest first, read only as far as asked (one answer no longer splits the whole text). */
function* linesBackward(text: string, at: number): Generator<string> {
  for (let end = at; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) yield line;
    end = start - 1;
  }
}
