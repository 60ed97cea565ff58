/**
 * Picks the key quotes: the few worth listing beside the article.
 *
 * Only quotes of six words or more with a known speaker qualify. Each gets a score:
 *   +3   a whole-sentence quote (a few quoted words inside the writer's sentence score nothing)
 *   +2   8 to 80 words (shorter is a fragment, longer is a transcript); +1 for 6–7 or over 80
 *   +1.5 the speaker is a named person rather than a description ("a spokesman")
 *   +1   earlier in the article (falling linearly to 0 at the end): news puts what matters first
 *   +2   overlap with the headline's content words (share of the headline words the quote uses)
 *   -0.5 double quotes beat single quotes, which are often scare quotes or nicknames
 *   -1   the speaker was resolved from a pronoun or a description ("the senator"), -2 inferred from
 *        the quotes or sentences before, -3 guessed (confidence.ts): a Key quotes item shows its
 *        speaker, so an unsure one beats a quote whose own sentence names its speaker only when
 *        clearly worth more
 * Picking greedily by score, each pick lowers the score of later quotes by the same speaker by 1.5,
 * so distinct voices come first; a quote repeating an earlier one is skipped. A quote whose speaker
 * was inferred only fills the list up to three: an article of weak quotes still gets Key quotes,
 * one with enough surer quotes does not show a guessed speaker. A quote whose speaker was guessed
 * is the one item of an article where no other quote qualifies, and never otherwise.
 */

import type { AttributedSpan } from './attribute';
import { wordCount } from './find';
import type { Confidence } from './confidence';

export interface RankedSpan extends AttributedSpan {
  key: boolean;
}

export const DEFAULT_MAX_KEY = 5;
const MIN_KEY_WORDS = 6;
const SAME_SPEAKER_PENALTY = 1.5;
const UNSURE_PENALTY: Record<Confidence, number> = { named: 0, resolved: 1, inferred: 2, guessed: 3 };
/** An inferred speaker's quote is picked only while fewer quotes than this are: a short list, never an empty one. */
const INFERRED_FILL_UNTIL = 3;

export interface RankOptions {
  title?: string;
  maxKey?: number;
  /** How surely each span's speaker is known (`confidence[i]` for `spans[i]`, confidence.ts); all named when absent. */
  confidence?: readonly Confidence[];
}

const STOPWORDS = new Set(
  ('a an the and or but of to in on at for with by from as is are was were be been it its this that these those ' +
    'he she they we i you his her their our my your says said say will would can could has have had not no do does ' +
    'did about into over after before than then so if up out more most very also just').split(' '),
);

export function rankQuotes(spans: AttributedSpan[], textLength: number, options: RankOptions = {}): RankedSpan[] {
  const maxKey = options.maxKey ?? DEFAULT_MAX_KEY;
  const titleWords = contentWords(options.title ?? '');
  const unsure = (index: number) => UNSURE_PENALTY[options.confidence?.[index] ?? 'named'];
  const scored = spans.map((span, index) => ({ index, span, score: baseScore(span, textLength, titleWords) - unsure(index) }));
  const candidates = scored.filter((entry) => isEligible(entry.span)).map((entry) => ({ ...entry, normalizedText: wordsOf(entry.span.text).normalized }));
  const picked = new Set<number>();
  const pickedTexts = new Set<string>();
  const picksBySpeaker = new Map<string, number>();
  // A guessed speaker's quote is picked only when no other quote qualifies: one item, never an empty list.
  const surerExist = candidates.some((entry) => options.confidence?.[entry.index] !== 'guessed');

  while (picked.size < maxKey) {
    let best: (typeof candidates)[number] | null = null;
    let bestScore = -Infinity;
    for (const entry of candidates) {
      if (picked.has(entry.index) || pickedTexts.has(entry.normalizedText)) continue;
      const grade = options.confidence?.[entry.index];
      if (picked.size >= INFERRED_FILL_UNTIL && grade === 'inferred') continue;
      if (grade === 'guessed' && (surerExist || picked.size > 0)) continue;
      const score = entry.score - SAME_SPEAKER_PENALTY * (picksBySpeaker.get(entry.span.speaker ?? '') ?? 0);
      // Ties go to the earlier quote.
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    if (!best) break;
    picked.add(best.index);
    pickedTexts.add(best.normalizedText);
    const speaker = best.span.speaker ?? '';
    picksBySpeaker.set(speaker, (picksBySpeaker.get(speaker) ?? 0) + 1);
  }
  return spans.map((span, index) => ({ ...span, key: picked.has(index) }));
}

function isEligible(span: AttributedSpan): boolean {
  return span.speaker !== null && wordsOf(span.text).count >= MIN_KEY_WORDS;
}

function baseScore(span: AttributedSpan, textLength: number, titleWords: Set<string>): number {
  const words = wordsOf(span.text).count;
  let score = 0;
  if (span.fullSentence) score += 3;
  score += words >= 8 && words <= 80 ? 2 : 1;
  if (span.speakerKind === 'name') score += 1.5;
  score += textLength > 0 ? 1 - span.start / textLength : 0;
  if (titleWords.size > 0) {
    const quoteWords = wordsOf(span.text).content;
    let shared = 0;
    for (const word of titleWords) if (quoteWords.has(word)) shared++;
    score += (2 * shared) / titleWords.size;
  }
  if (span.marks === 'single') score -= 0.5;
  return score;
}

/**
 * A quote's word count, content words and folded text, read once per text: Key quotes asks the ranking again for one
 * more pick while two picks share an utterance (key-utterances.ts), over the same quotes.
 */
const wordsRead = new Map<string, { count: number; content: Set<string>; normalized: string }>();
function wordsOf(text: string): { count: number; content: Set<string>; normalized: string } {
  let read = wordsRead.get(text);
  if (!read) {
    if (wordsRead.size >= 2000) wordsRead.clear();
    read = { count: wordCount(text), content: contentWords(text), normalized: normalized(text) };
    wordsRead.set(text, read);
  }
  return read;
}

function contentWords(words: string): Set<string> {
  const found = words.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return new Set(found.filter((word) => word.length > 2 && !STOPWORDS.has(word)).map(stem));
}

/** A crude stem so "ties" meets "tie" and "developing" meets "develop". */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '') || word;
}

function normalized(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}
