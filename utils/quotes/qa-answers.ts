/**
 * An English Q&A interview printed without quotation marks: an introduction naming the person, then
 * questions (set in bold, which the text no longer shows) each answered by a plain paragraph:
 *   Dr Sana Qureshi has spent 19 summers on the glaciers … She spoke to The Review in Islamabad.
 *   You have just briefed legislators. How did it go?
 *   Politely. Everyone nodded. … I understand they are busy, but …      ← Sana Qureshi
 * A run is an interview when three answers or more (and most) speak in the first person (I, my, we,
 * our) and most questions speak to "you": an explainer's question subheads are answered in the third
 * person, a FAQ speaks to no one. The paragraph right after each question is its answer. The words of each answer are the interviewee's,
 * but for a quotation inside them (someone the interviewee quotes), which keeps its own marks.
 */

import type { QuoteSpan } from './find';
import type { AttributedSpan } from './attribute';
import { findPersonMentions } from './person-mentions';
import { romanceInterviewee, speaksFirstPersonRomance } from './lang/qa-romance';

/** A paragraph that asks: a question mark closing it, not a quotation or a dash line. */
const QUESTION = /\?["”’]?\s*$/u;
const OPENS_QUOTED = /^\s*["“‘'«„–—―-]/u;
/** The first person outside quotation marks: the one who answers speaks of themselves. */
export const FIRST_PERSON = /(?<![\p{L}’'])(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|my|me|myself|we|our|us|ourselves)(?![\p{L}’'])/u;
const SECOND_PERSON = /(?<![\p{L}])(?:you|your|yours|yourself)(?![\p{L}])/iu;
export const MARKED = /["“][^"“”]*["”]|‘[^‘’]*’(?!\p{L})/gu;
const MIN_PAIRS = 3;
const ANNOUNCED_MIN_PAIRS = 2;
/** The words a transcript's introduction closes on: `She spoke with X on Monday.` (`… Excerpts:`), `The interview has been edited for length and clarity.` */
// (`She spoke to X on Monday. Excerpts:`: a closing word saying what follows is part of the announcement.)
const ANNOUNCES_INTERVIEW = /\b(?:spoke|talked|speaking)\s+(?:with|to)\s+\p{Lu}[^.!?]*[.!?](?:\s+(?:Edited\s+)?(?:Excerpts|Extracts)(?:\s+follow)?[.:])?\s*$|\b(?:conversation|interview|exchange)\s+(?:has\s+been|was|have\s+been)\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed)\b/u;
/** A paragraph opening with a speaker's label: initials or a name, then a dash or a colon. */
// (A label is a name or initials, each word capitalised but its particles: `Ehrlich gesagt: nein.` opens an answer, no label.)
const LABELLED = /^\p{Lu}[\p{L}.’'-]*(?:\s(?:(?:da|de|do|dos|das|di|del|della|von|van)\s)?\p{Lu}[\p{L}.’'-]*){0,3}\s?[–—:-]\s/u;
const MAX_QUESTION_WORDS = 40;

export interface QaAnswers {
  spans: QuoteSpan[];
  /** The person the introduction names, who gives every answer. */
  interviewee: string;
  /** Their role, when the introduction gives one (Romance interviews, lang/qa-romance.ts). */
  role?: string | null;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function qaAnswerSpans(text: string, taken: readonly QuoteSpan[]): QaAnswers | null {
  if (!/\?["”’]?\s*\n/u.test(text)) return null;
  const paragraphs = paragraphsOf(text);
  // (After `The interview has been edited for length.`, a short paragraph put to "you" with no first person is a question
  // written as a statement: `Your suppliers say they have heard nothing from you since March.`)
  const announcedAt = paragraphs.findIndex((p) => ANNOUNCES_INTERVIEW.test(p.text));
  const putToYou = (p: Paragraph) => announcedAt >= 0 && p.start > paragraphs[announcedAt]!.start && SECOND_PERSON.test(p.text) && !FIRST_PERSON.test(p.text.replace(MARKED, ' ')) && /[.]$/u.test(p.text) && p.text.split(/\s+/u).length <= 25;
  const isAsking = (p: Paragraph) => (QUESTION.test(p.text) || putToYou(p)) && !OPENS_QUOTED.test(p.text) && p.text.split(/\s+/u).length <= MAX_QUESTION_WORDS;
  const answers: Paragraph[] = [];
  let questions = 0;
  let addressed = 0;
  let firstPerson = 0;
  let firstPersonRomance = 0;
  let firstQuestion = -1;
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (!isAsking(paragraphs[i]!)) continue;
    // The answer: the paragraphs up to the next question, the first of them speaking in the first person.
    const answer: Paragraph[] = [];
    for (let j = i + 1; j < paragraphs.length && !isAsking(paragraphs[j]!); j++) answer.push(paragraphs[j]!);
    if (answer.length === 0 || OPENS_QUOTED.test(answer[0]!.text)) continue;
    if (firstQuestion < 0) firstQuestion = i;
    questions++;
    if (FIRST_PERSON.test(answer[0]!.text.replace(MARKED, ' '))) firstPerson++;
    if (speaksFirstPersonRomance(answer[0]!.text.replace(MARKED, ' '))) firstPersonRomance++;
    if (SECOND_PERSON.test(paragraphs[i]!.text)) addressed++;
    // (Only paragraphs right after the question, or going on in the first person, are the answer's; a related-links list is not.)
    answers.push(answer[0]!, ...answer.slice(1).filter((p, k) => k === 0 && FIRST_PERSON.test(p.text.replace(MARKED, ' '))));
  }
  if (firstQuestion < 1) return null;
  // (`She spoke with Coast Radio. The conversation has been edited for length.`: an introduction that says the interview
  // follows right before the first question lets a short one, of two answers, be read too.)
  const minPairs = ANNOUNCES_INTERVIEW.test(paragraphs[firstQuestion - 1]!.text) ? ANNOUNCED_MIN_PAIRS : MIN_PAIRS;
  // (An interview the introduction announces may ask of others, `Will they be paid?`: its questions need not say "you".)
  if (firstPerson < minPairs || firstPerson * 2 < questions || (addressed * 2 < questions && minPairs !== ANNOUNCED_MIN_PAIRS)) {
    // (French, German, Spanish, Italian, Portuguese ask in the polite third person: the introduction says the interview.)
    // (Answers opening with a label, `NS – …`, `Nilda Semedo: …`, are read by their labels, initials-label.ts.)
    if (firstPersonRomance < MIN_PAIRS || firstPersonRomance * 2 < questions || answers.some((answer) => LABELLED.test(answer.text))) return null;
    const romance = romanceInterviewee(paragraphs.slice(Math.max(0, firstQuestion - 8), firstQuestion).map((p) => p.text).join('\n'));
    if (!romance) return null;
    const spans = answers.flatMap((answer) => partsOutside(text, answer, taken));
    return spans.length > 0 ? { spans, interviewee: romance.name, role: romance.role } : null;
  }
  const interviewee = interviewedIn(paragraphs.slice(Math.max(0, firstQuestion - 8), firstQuestion).map((p) => p.text).join('\n')) ?? intervieweeIn(paragraphs.slice(Math.max(0, firstQuestion - 3), firstQuestion).map((p) => p.text).join('\n'));
  if (!interviewee) return null;
  const spans = answers.flatMap((answer) => partsOutside(text, answer, taken));
  return spans.length > 0 ? { spans, interviewee } : null;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    const trimmed = match[0].trim();
    if (!trimmed) continue;
    const start = match.index + match[0].indexOf(trimmed);
    paragraphs.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return paragraphs;
}

/** Words saying the interview itself: `she said in an interview`, `spoke to The Review`, `sat down with us`. */
const INTERVIEWED = /\b(?:in an interview|spoke to|speaking to|talked to|spoke with|talked with|sat down with|in conversation with)\b/u;

/**
 * The person the introduction says was interviewed (`Martine X has run the co-op since 2019. … "…," she said in an
 * interview.`), though others are quoted between them and the questions: the last person opening a sentence up to
 * the end of that one.
 */
export function interviewedIn(introduction: string): string | null {
  const cue = INTERVIEWED.exec(introduction);
  if (!cue) return null;
  const sentenceEnd = introduction.slice(cue.index).search(/[.!?](?:\s|$)/u);
  const end = sentenceEnd < 0 ? introduction.length : cue.index + sentenceEnd;
  // (A person opening a sentence, as the one introduced does: not `in southwest Nova Scotia`, not a quoted expert's `said X`.)
  const opensSentence = (at: number) => /(?:^|\n|[.!?]["”’]?\s+)$/u.test(introduction.slice(Math.max(0, at - 4), at));
  const mentions = findPersonMentions(introduction).filter((mention) => mention.name.includes(' ') && mention.at < end);
  const named = mentions.filter((mention) => opensSentence(mention.at));
  // (`…, baker Petra Lindahl has sent staff home. She spoke with X.`: "she" opening the cue's sentence is the one named last before it.)
  const pronounOpens = /(?:^|\n|[.!?]["”’]?\s+)(?:She|He)\s+$/u.test(introduction.slice(Math.max(0, cue.index - 8), cue.index));
  // (`The Review spoke to X, who …, at …`: the paper as the subject, the person right after the cue is the one interviewed.)
  const subjectIsPerson = mentions.some((mention) => mention.at + mention.name.length + 1 === cue.index);
  const object = /^(?:spoke|talked)\s+(?:to|with)$|^sat down with$/u.test(cue[0]) && !subjectIsPerson ? mentions.find((mention) => mention.at === cue.index + cue[0].length + 1)?.name : undefined;
  return (pronounOpens ? mentions.filter((mention) => mention.at < cue.index).at(-1)?.name : undefined) ?? object ?? named.at(-1)?.name ?? null;
}

/** The person the introduction names first, with a family name (`Dr Sana Qureshi has spent …`). */
export function intervieweeIn(introduction: string): string | null {
  const named = findPersonMentions(introduction).find((mention) => mention.name.includes(' '));
  return named?.name ?? null;
}

/** The answer's words, cut around any quotation already found inside it; parts of fewer than three words go. */
export function partsOutside(text: string, answer: Paragraph, taken: readonly QuoteSpan[]): QuoteSpan[] {
  const inside = taken.filter((span) => span.outerStart < answer.end && answer.start < span.outerEnd).sort((a, b) => a.outerStart - b.outerStart);
  const parts: QuoteSpan[] = [];
  let from = answer.start;
  for (const span of [...inside, null]) {
    // (`… until May. A villager, an old man, told me, “…”`: the sentence introducing the quotation stays out, for its cue.)
    const lastStop = span ? Math.max(...[...text.slice(from, span.outerStart).matchAll(/[.!?]["”’]?\s+/gu)].map((stop) => from + stop.index + stop[0].length), from) : answer.end;
    const to = span ? lastStop : answer.end;
    const words = text.slice(from, to).trim();
    if (words.split(/\s+/u).length >= 3) {
      const start = from + text.slice(from, to).indexOf(words);
      parts.push({ start, end: start + words.length, text: words, marks: 'double', outerStart: start, outerEnd: start + words.length, fullSentence: true });
    }
    if (span) from = span.outerEnd;
  }
  return parts;
}

/** The answers' spans given to the interviewee, whatever the cues read around them. */
export function withInterviewee(qa: QaAnswers | null, spans: AttributedSpan[]): AttributedSpan[] {
  if (!qa) return spans;
  const answers = new Set(qa.spans.map((span) => span.outerStart));
  // (`"…," said skipper X.` before the interview: the answers keep the role the interviewee's other quotes give.)
  const role = qa.role ?? spans.find((span) => !answers.has(span.outerStart) && span.speaker === qa.interviewee && span.role)?.role ?? null;
  return spans.map((span) => (answers.has(span.outerStart) ? { ...span, speaker: qa.interviewee, role, speakerKind: 'name', attribution: 'context', speakerMention: null } : span));
}
