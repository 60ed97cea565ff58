/**
 * An interview printed with the two sides' names as labels instead of `Q:`/`A:` (the labels often bold, which the text
 * no longer shows):
 *   The Courier spoke to the union's secretary, Ilse Marwick, on Friday.
 *   Courier: Will the strike go ahead?
 *   Marwick: It will, unless the offer changes. We have waited long enough.      ← Ilse Marwick
 * Paragraphs opening with one of just two labels, taking turns, the first label's paragraphs asking (a question mark);
 * the other label's paragraphs are the interviewee's answers, the label read as the fullest name the article gives
 * that person (`Marwick` → `Ilse Marwick`, family name first or last, any script: `记者：` … `王海：` …).
 * A transcript of many speakers, a timetable (`Monday: …`), a lone `Note:` or `Update:` line take no turns of two
 * labels, and two labels neither of which asks are a debate, not an interview: all are left to the other readers.
 */

import type { QuoteSpan } from './find';
import { personByInitials } from './initials-label';
import { roleFromIntroduction } from './lang/introduced-role';
import { findPersonMentions } from './person-mentions';
import { type Paragraph, type QaAnswers, paragraphsOf, partsOutside } from './qa-answers';

/** A label: one to three words of letters (a capital first, where the script has capitals), then a colon. */
const LABEL = /^((?![\p{Ll}])[\p{L}\p{M}][\p{L}\p{M}.’'-]*(?:\s(?![\p{Ll}])[\p{L}\p{M}][\p{L}\p{M}.’'-]*){0,2})\s?[:：]\s*/u;
const MAX_LABEL_CHARS = 32;
/** A question mark in any script: Latin, full-width, Arabic, Greek. */
const ASKS = /[?？؟\u037E]/u;
const MIN_TURNS = 2;

interface Labelled {
  index: number;
  label: string;
  /** The label's last word, lower case: `Lupe Arviso` and `Arviso` are one side. */
  side: string;
  words: Paragraph;
}

export function nameLabelledAnswers(text: string, taken: readonly QuoteSpan[]): QaAnswers | null {
  if (!/\n\s*[^\n:：]{1,32}[:：]/u.test(text)) return null;
  const paragraphs = paragraphsOf(text);
  const labelled = paragraphs.flatMap((paragraph, index): Labelled[] => {
    const label = LABEL.exec(paragraph.text);
    if (!label || label[1]!.length > MAX_LABEL_CHARS || paragraph.text.length <= label[0].length) return [];
    const side = label[1]!.split(/\s+/u).at(-1)!.replace(/[.’'-]+$/u, '').toLowerCase();
    return [{ index, label: label[1]!, side, words: { start: paragraph.start + label[0].length, end: paragraph.end, text: paragraph.text.slice(label[0].length) } }];
  });
  for (let from = 0; from < labelled.length; from++) {
    const run = turnsFrom(labelled, from);
    if (!run) continue;
    const answers = answersFrom(text, paragraphs, run, taken);
    if (answers) return answers;
    from += run.length - 1;
  }
  return null;
}

/** The run of labelled paragraphs from `from` taking turns between two sides, the first side asking each time. */
function turnsFrom(labelled: readonly Labelled[], from: number): Labelled[] | null {
  const asker = labelled[from]!.side;
  const run: Labelled[] = [labelled[from]!];
  for (let k = from + 1; k < labelled.length; k++) {
    const previous = run.at(-1)!;
    const current = labelled[k]!;
    // (The turns follow each other, an answer going on over an unlabelled paragraph or two at most.)
    if (current.index - previous.index > 3 || current.side === previous.side) break;
    if (current.side !== asker && previous.side !== asker) break;
    // (One side answers: `Chair: …?` then `Kovacs: …`, `Chair: …?`, `Lindgren: …` is a meeting of many speakers.)
    if (current.side !== asker && run.some((turn) => turn.side !== asker && turn.side !== current.side)) break;
    run.push(current);
  }
  const questions = run.filter((turn) => turn.side === asker);
  const answers = run.filter((turn) => turn.side !== asker);
  if (answers.length < MIN_TURNS) return null;
  // (Two sides, the asking one asking: `Monday: …` / `Tuesday: …` or a two-way debate is no interview.)
  if (questions.filter((turn) => ASKS.test(turn.words.text)).length * 2 < questions.length + 1) return null;
  return run;
}

function answersFrom(text: string, paragraphs: readonly Paragraph[], run: readonly Labelled[], taken: readonly QuoteSpan[]): QaAnswers | null {
  const asker = run[0]!.side;
  const answers = run.filter((turn) => turn.side !== asker);
  const before = text.slice(0, paragraphs[run[0]!.index]!.start);
  // (`поговорил с Игорем Муравьёвым` names him in another case before: the label's form may be written after, `Игорь Муравьёв, 58, …`.)
  const labels = answers.map((turn) => turn.label);
  // (An answering side labelled in capitals, `MARSH:`, is a broadcast transcript's, read by caps-labels.ts; an asker's
  // call letters, `KPRT:`, are not.)
  if (labels.some((label) => /^[\p{Lu}\s.’'-]{3,}$/u.test(label))) return null;
  const interviewee = fullestNamed(labels, before) ?? fullestNamed(labels, text, false);
  if (!interviewee) return null;
  // (`But my coach told me, “The last mile is yours.”`: an answer quoting someone is left whole to the other readers, whose
  // cue reads the one quoted; a short term in marks, `what they call “safe yield”`, quotes no one.)
  const quotesSomeone = (paragraph: Paragraph) => taken.some((span) => span.outerStart < paragraph.end && paragraph.start < span.outerEnd && span.text.split(/\s+/u).length >= 4);
  const own = (paragraph: Paragraph) => (quotesSomeone(paragraph) ? [] : partsOutside(text, paragraph, taken));
  const spans: QuoteSpan[] = [];
  for (const answer of answers) {
    spans.push(...own(answer.words));
    // (An answer going on over unlabelled paragraphs, up to the next turn of the run.)
    const next = run.find((turn) => turn.index > answer.index);
    if (next) for (let i = answer.index + 1; i < next.index; i++) spans.push(...own(paragraphs[i]!));
  }
  // (`The mill's acting manager, Ada Brennock, spoke to the Courier`: the introduction's role is the answers', introduced-role.ts.)
  return spans.length > 0 ? { spans, interviewee, role: roleFromIntroduction(text, interviewee, spans[0]!.outerStart) } : null;
}

/**
 * The person the labels stand for: the fullest name the article gave before the interview holding each label's last
 * word (`Marwick` of `Ilse Marwick`, `Nagy` of `Nagy Eszter`, `Ông Hùng` of `Nguyễn Văn Hùng`), or whose initials the
 * label is (`G. C.`, initials-label.ts); a label of two words or more is a name itself when the text names no one
 * fuller. A label naming no one (`Reporter:`, the outlet) is no interviewee.
 */
function fullestNamed(labels: readonly string[], before: string, labelMayName = true): string | null {
  const mentions = findPersonMentions(before);
  const names = mentions.map((mention) => mention.name);
  const lastWord = (label: string) => label.split(/\s+/u).at(-1)!;
  const fits = (name: string, label: string) => name === label || name.split(/\s+/u).includes(lastWord(label)) || personByInitials(label, mentions) === name;
  const named = names.filter((name) => labels.every((label) => fits(name, label))).sort((a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length)[0];
  if (named || !labelMayName) return named ?? null;
  // (Initials name no one by themselves: `G. C.` is a person only when the article names them.)
  const longest = [...labels].sort((a, b) => b.length - a.length)[0]!;
  const isName = longest.includes(' ') && !/^(?:\p{Lu}\.\s?)+$/u.test(longest);
  return isName && labels.every((label) => longest.split(/\s+/u).includes(lastWord(label))) ? longest : null;
}
