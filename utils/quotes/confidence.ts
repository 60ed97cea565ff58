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
 *             it), or a cue resolved to a name last given further back.
 *
 * An utterance (a quote split by its cue) is as sure as its surest part: one cue names it.
 */

import type { AttributedSpan } from './attribute';
import { cueSentence } from './cue-place';
import { lineStart } from './frames';
import { hasUnspacedScript } from '../text-measure';

export type Confidence = 'named' | 'resolved' | 'inferred';

/** Set only while `withoutConfidence` runs (the bench's "before" line). */
let ignored = false;

export function attributionConfidence(text: string, span: AttributedSpan): Confidence {
  if (ignored) return 'named';
  if (!span.speaker || (span.attribution !== 'after' && span.attribution !== 'before')) return 'inferred';
  const mention = span.speakerMention;
  if (mention && inOwnSentence(text, span, mention) && namesSpeaker(text.slice(mention.start, mention.end), span.speaker)) return 'named';
  return span.speakerKind !== 'name' || namesSpeaker(nearby(text, span), span.speaker) ? 'resolved' : 'inferred';
}

/** Each span's confidence raised to the surest of its utterance. `utterances[i]` is the utterance of `spans[i]`. */
export function utteranceConfidences(text: string, spans: readonly AttributedSpan[], utterances: readonly number[]): Confidence[] {
  const own = spans.map((span) => attributionConfidence(text, span));
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

const RANK: Record<Confidence, number> = { named: 0, resolved: 1, inferred: 2 };

/** The mention lies in the quote's cue sentence, not in an introduction it was carried from. */
function inOwnSentence(text: string, span: AttributedSpan, mention: { start: number; end: number }): boolean {
  const cue = cueSentence(text, span, span.attribution);
  if (span.attribution === 'after') return mention.start >= span.outerEnd && mention.end <= span.outerEnd + cue.length + 1;
  return mention.end <= span.outerStart && mention.start >= span.outerStart - cue.length - 1;
}

/** The quote's paragraph and the one before it, up to the end of the quote's cue sentence. */
function nearby(text: string, span: AttributedSpan): string {
  let end = lineStart(text, span.outerStart);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const cueEnd = span.attribution === 'after' ? span.outerEnd + cueSentence(text, span, 'after').length : span.outerStart;
  return text.slice(end > 0 ? lineStart(text, end - 1) : 0, cueEnd);
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
