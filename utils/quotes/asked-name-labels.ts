/**
 * An interview whose questions stand alone (set in bold, which the text no longer shows) and whose answers open with the
 * interviewee's name as a label:
 *   Ruth Amsel keeps bees on the ridge above the town. She spoke with the Ledger last week.
 *   What did the cold spring cost you?
 *   Amsel: Two hives, maybe three. The queens never laid.      ← Ruth Amsel
 * Only the answering side is labelled, so name-labels.ts (both sides labelled) and qa-answers.ts (no labels) miss it.
 * Two answers or more right after a question, all under one label, the label's last word a family name the article gave
 * a person before the first question; a label naming no one (`Monday: 9 to 5` under a FAQ's question) is no interview.
 */

import type { QuoteSpan } from './find';
import { findPersonMentions } from './person-mentions';
import { type Paragraph, type QaAnswers, paragraphsOf, partsOutside } from './qa-answers';

/** A label: one or two capitalised words (a hyphenated family name is one), then a colon. */
const LABEL = /^(\p{Lu}[\p{L}\p{M}’'-]*(?:\s\p{Lu}[\p{L}\p{M}’'-]*)?):\s+/u;
/** A question standing alone: a question mark closing it, not a quotation, not itself labelled. */
const QUESTION = /\?["”’]?$/u;
const OPENS_QUOTED = /^["“‘'«„–—―-]/u;
const MAX_QUESTION_WORDS = 40;
const MIN_ANSWERS = 2;

interface Answer {
  side: string;
  words: Paragraph;
  at: number;
}

export function askedNameLabelledAnswers(text: string, taken: readonly QuoteSpan[]): QaAnswers | null {
  if (!/\?["”’]?\n+\s*\p{Lu}[^\n:]{1,40}:\s/u.test(text)) return null;
  const paragraphs = paragraphsOf(text);
  const asks = (p: Paragraph) => QUESTION.test(p.text) && !OPENS_QUOTED.test(p.text) && !LABEL.test(p.text) && p.text.split(/\s+/u).length <= MAX_QUESTION_WORDS;
  const answers: Answer[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (!asks(paragraphs[i]!)) continue;
    const next = paragraphs[i + 1]!;
    const label = LABEL.exec(next.text);
    if (!label || next.text.length <= label[0].length) continue;
    answers.push({ side: label[1]!.split(/\s+/u).at(-1)!, words: { start: next.start + label[0].length, end: next.end, text: next.text.slice(label[0].length) }, at: paragraphs[i]!.start });
  }
  if (answers.length < MIN_ANSWERS || answers.some((answer) => answer.side !== answers[0]!.side)) return null;
  // (The one interviewed is introduced before the questions: `Ruth Amsel keeps bees …`; the fullest name holding the label.)
  const named = findPersonMentions(text.slice(0, answers[0]!.at))
    .map((mention) => mention.name)
    .filter((name) => name.includes(' ') && name.split(/\s+/u).includes(answers[0]!.side))
    .sort((a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length)[0];
  if (!named) return null;
  const spans = answers.flatMap((answer) => partsOutside(text, answer.words, taken));
  return spans.length > 0 ? { spans, interviewee: named } : null;
}
