/**
 * An interview printed with its labels, `Q:` before each question and `A:` before each answer, no quotation marks:
 *   The Gazette put five questions to mill owner Dana Whitcombe.
 *   Q: Why close the night shift?
 *   A: We lost two of our three buyers this year. I would rather cut a shift than a whole crew.   ← Dana Whitcombe
 * The labels say the interview, so the answers need not speak to "you" as qa-answers.ts asks of unlabelled ones; they
 * still speak in the first person, most of them (a FAQ box labelled the same way answers in the third person). The
 * interviewee is the person the paragraph before the first question names last, else the introduction's.
 */

import type { QuoteSpan } from './find';
import { findPersonMentions } from './person-mentions';
import { MARKED, type Paragraph, type QaAnswers, interviewedIn, intervieweeIn, paragraphsOf, partsOutside } from './qa-answers';

const QUESTION_LABEL = /^(?:Q|Question)\s?[:.–—-]\s+/u;
const ANSWER_LABEL = /^(?:A|Answer)\s?[:.–—-]\s+/u;
const MIN_PAIRS = 2;
/** The first person, opening a sentence too, with its contractions (`We're asking …`, `Our crews …`). */
const FIRST_PERSON = /(?<![\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Mm]yself|[Ww]e|[Ww]e[’'](?:re|ve|d|ll)|[Oo]ur|[Oo]urs|[Uu]s|[Oo]urselves)(?![\p{L}’'])/u;

export function labelledQaAnswers(text: string, taken: readonly QuoteSpan[]): QaAnswers | null {
  if (!/(?:^|\n)\s*(?:Q|Question)\s?[:.–—-]\s/u.test(text)) return null;
  const paragraphs = paragraphsOf(text);
  const answers: Paragraph[] = [];
  let firstQuestion = -1;
  let firstPerson = 0;
  let pairs = 0;
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (!QUESTION_LABEL.test(paragraphs[i]!.text)) continue;
    const answer = paragraphs[i + 1]!;
    const label = ANSWER_LABEL.exec(answer.text);
    if (!label) continue;
    if (firstQuestion < 0) firstQuestion = i;
    pairs++;
    const words = { start: answer.start + label[0].length, end: answer.end, text: answer.text.slice(label[0].length) };
    if (FIRST_PERSON.test(words.text.replace(MARKED, ' '))) firstPerson++;
    answers.push(words);
    // (An answer going on over paragraphs with no label of their own, in the first person, up to the next question.)
    for (let j = i + 2; j < paragraphs.length && !QUESTION_LABEL.test(paragraphs[j]!.text) && !ANSWER_LABEL.test(paragraphs[j]!.text) && FIRST_PERSON.test(paragraphs[j]!.text.replace(MARKED, ' ')); j++) answers.push(paragraphs[j]!);
  }
  if (firstQuestion < 1 || firstPerson < MIN_PAIRS || firstPerson * 2 < pairs) return null;
  const before = (from: number) => paragraphs.slice(Math.max(0, firstQuestion - from), firstQuestion).map((p) => p.text).join('\n');
  // (`The Gazette put five questions to Tasman Mills chief executive X.`: the person named last before the questions.)
  const lastNamed = findPersonMentions(before(1)).filter((mention) => mention.name.includes(' ')).at(-1)?.name;
  const interviewee = lastNamed ?? interviewedIn(before(8)) ?? intervieweeIn(before(3));
  if (!interviewee) return null;
  const spans = answers.flatMap((answer) => partsOutside(text, answer, taken));
  return spans.length > 0 ? { spans, interviewee } : null;
}
