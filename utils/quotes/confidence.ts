/**
 * How surely a quote's speaker is known, for the key quotes (rank.ts): a Key quotes item shows its
 * speaker, so a quote whose speaker was guessed gives way to one whose speaker was read.
 *
 *   named     the quote's own sentence names the speaker (`"…," Kim said`, `a spokesman said: "…"`):
 *             its cue (attribute.ts `after` or `before`) holds a word of the speaker given;
 *   resolved  the own sentence has a cue, but the speaker came from resolving it: a pronoun or a
 *             description ("the senator") standing for a name, a dropped subject, or a cue whose words
 *             were not found; the name itself stands in the quote's paragraph or the one before;
 *   inferred  no cue of its own (the speaker of the quote it continues, or of the sentences before
 *             it), or a cue resolved to a name last given further back;
 *   guessed   inferred, no words of the quote's own stand for the speaker (a dropped subject, an
 *             unmarked answer), and the name is in neither the quote's paragraph nor the one before.
 *
 * An utterance (a quote split by its cue) is as sure as its surest part: one cue names it. An
 * inferred or guessed speaker who is the named speaker of another quote in the same paragraph
 * counts as resolved.
 *
 * Measured (Key-eligible items, wrong speaker or role / items; fixtures tests/fixtures/quotes-* by
 * expected.json, PolNeAR first half by the corpus metric, which cannot score pronoun sources):
 *
 *   grade, how read                                   fixtures        PolNeAR 1st half
 *   named                                             17/1272  1.3%   8/509  1.6%
 *   resolved: pronoun                                  1/258   0.4%   -
 *   resolved: name outside the cue sentence            7/408   1.7%   0/1
 *   resolved: no words (dropped subject, unfound cue)  6/202   3.0%   -
 *   inferred, name in the paragraph or the one before  6/130   4.6%   1/13
 *   inferred, no words, name further back (guessed)    7/25   28%     -
 *   inferred, named in another quote of the paragraph  0/6            0/17
 *   inferred, words, name further back                 0/28           2/7
 *
 * Looked at and left alone: a role read outside the cue sentence is no more often wrong than one
 * inside it (5/431 vs 6/581; PolNeAR 4/176 vs 4/150), so a Key item keeps its role; a definite
 * description left unresolved ("the witness") is wrong in 4/24 on the fixtures, 0/17 on PolNeAR,
 * and grading it resolved cost the first half a right item; a dash line or Q&A answer is no
 * worse once graded (named 2/45, mostly place words glued to names: attribution's to fix).
 */

import type { AttributedSpan } from './attribute';
import { cueSentence } from './cue-place';
import { lineEnd, lineStart } from './frames';
import { hasUnspacedScript } from '../text-measure';

export type Confidence = 'named' | 'resolved' | 'inferred' | 'guessed';

/** Set only while `withoutConfidence` runs (the bench's "before" line). */
let ignored = false;

export function attributionConfidence(text: string, span: AttributedSpan): Confidence {
  if (ignored) return 'named';
  if (!span.speaker || (span.attribution !== 'after' && span.attribution !== 'before')) return 'inferred';
  const mention = span.speakerMention;
  if (mention && inOwnSentence(text, span, mention) && namesSpeaker(text.slice(mention.start, mention.end), span.speaker)) return 'named';
  return span.speakerKind !== 'name' || namesSpeaker(nearby(text, span), span.speaker) ? 'resolved' : 'inferred';
}

/** The grade before `attributionConfidence` lets the same paragraph speak for it (see `utteranceConfidences`). */
function ownConfidence(text: string, span: AttributedSpan): Confidence {
  const grade = attributionConfidence(text, span);
  if (grade !== 'inferred' || ignored || !span.speaker) return grade;
  // No words of its own stand for the speaker, whose name is in neither the quote's paragraph nor the one before.
  return !span.speakerMention && !namesSpeaker(paragraphsAround(text, span.outerStart), span.speaker) ? 'guessed' : grade;
}

/** Each span's confidence raised to the surest of its utterance. `utterances[i]` is the utterance of `spans[i]`. */
export function utteranceConfidences(text: string, spans: readonly AttributedSpan[], utterances: readonly number[]): Confidence[] {
  const own = spans.map((span, i) => agreed(text, spans, utterances, i, ownConfidence(text, span)));
  const best = new Map<number, Confidence>();
  own.forEach((confidence, i) => {
    const utterance = utterances[i]!;
    const held = best.get(utterance);
    if (!held || RANK[confidence] < RANK[held]) best.set(utterance, confidence);
  });
  return utterances.map((utterance) => best.get(utterance)!);
}

/** Runs `work` as if every speaker were read from its own sentence: the ranking before confidence, for comparison. */
export function withoutConfidence<T>(work: () => T): T {
  const outer = ignored;
  ignored = true;
  try {
    return work();
  } finally {
    ignored = outer;
  }
}

const RANK: Record<Confidence, number> = { named: 0, resolved: 1, inferred: 2, guessed: 3 };

/**
 * An inferred speaker who is the named speaker of another quote in the same paragraph is as sure as a
 * resolved one: the paragraph is that person's (`"A," Kim said. … "B."` told apart by a sentence).
 */
function agreed(text: string, spans: readonly AttributedSpan[], utterances: readonly number[], i: number, grade: Confidence): Confidence {
  if (grade !== 'inferred' && grade !== 'guessed') return grade;
  const span = spans[i]!;
  const start = lineStart(text, span.outerStart);
  const end = lineEnd(text, span.outerStart);
  const named = spans.some(
    (other, j) => utterances[j] !== utterances[i] && other.speaker === span.speaker && other.outerStart >= start && other.outerStart < end && attributionConfidence(text, other) === 'named',
  );
  return named ? 'resolved' : grade;
}

/** The paragraph holding `at` and the one before it. */
function paragraphsAround(text: string, at: number): string {
  return text.slice(previousParagraphStart(text, lineStart(text, at)), lineEnd(text, at));
}

function previousParagraphStart(text: string, paragraphStart: number): number {
  let end = paragraphStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end > 0 ? lineStart(text, end - 1) : 0;
}

/** The mention lies in the quote's cue sentence, not in an introduction it was carried from. */
function inOwnSentence(text: string, span: AttributedSpan, mention: { start: number; end: number }): boolean {
  const cue = cueSentence(text, span, span.attribution);
  if (span.attribution === 'after') return mention.start >= span.outerEnd && mention.end <= span.outerEnd + cue.length + 1;
  return mention.end <= span.outerStart && mention.start >= span.outerStart - cue.length - 1;
}

/** The quote's paragraph and the one before it, up to the end of the quote's cue sentence. */
function nearby(text: string, span: AttributedSpan): string {
  const cueEnd = span.attribution === 'after' ? span.outerEnd + cueSentence(text, span, 'after').length : span.outerStart;
  return text.slice(previousParagraphStart(text, lineStart(text, span.outerStart)), cueEnd);
}

/**
 * The mention gives a word of the speaker ("Sinovic" for Matt Sinovic, "a spokesman" for itself),
 * not a pronoun or a description standing for someone. Scripts without spaces compare whole strings.
 */
function namesSpeaker(mention: string, speaker: string): boolean {
  if (hasUnspacedScript(mention)) return mention.includes(speaker) || speaker.includes(mention);
  const speakerWords = new Set(wordsOf(speaker));
  return wordsOf(mention).some((word) => speakerWords.has(word));
}

const wordsOf = (phrase: string) => phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
