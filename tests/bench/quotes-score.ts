/**
 * Scores predicted quotations against one quotes-dev record, following the corpus README's
 * suggested metric: gold = direct quotes outside the headline; partial and headline quotes are
 * "don't care"; one-to-one matching greedily by character IoU ≥ 0.5 after trimming marks and edge
 * punctuation; speaker correct when the predicted speaker's head word is a word of the gold source.
 */

export interface Span {
  start: number;
  end: number;
}

export interface GoldQuote extends Span {
  text: string;
  speaker: string | null;
  kind: 'direct' | 'partial';
  in_title?: boolean;
  speaker_is_pronoun?: boolean;
  /** Offsets of the gold source span in the record's text. */
  speaker_start?: number;
  speaker_end?: number;
}

export interface CorpusRecord {
  id: string;
  title: string;
  text: string;
  title_end: number;
  quotes: GoldQuote[];
  other_quoted_spans?: Span[];
}

/** A prediction with offsets into the record's full text. */
export interface Prediction extends Span {
  speaker: string | null;
  /** Where our speaker's mention stands, offsets into the record's full text (Quote.speakerMention). */
  speakerMention?: Span | null;
}

export interface ArticleScore {
  predicted: number;
  gold: number;
  matched: number;
  exact: number;
  /** Matched quotes whose gold speaker is named (not a pronoun, not missing), and how many we got right. */
  namedSpeakers: number;
  speakersRight: number;
  /** Named speakers right by the looser "any word of the name" reading (information only, not the corpus metric). */
  speakersRightAnyWord: number;
  /** Named speakers whose mention (the words our attribution read) overlaps the gold source span (information only). */
  speakersRightByMention: number;
  endToEnd: number;
  scareQuoteFalsePositives: number;
  falsePositives: Prediction[];
  falseNegatives: GoldQuote[];
  wrongSpeakers: Array<{ predicted: Prediction; gold: GoldQuote }>;
}

const EDGE = `\\s"“”'‘’«»„‚‹›「」『』,.;:!?—…`;
const LEADING = new RegExp(`^[${EDGE}]+`, 'u');
const TRAILING = new RegExp(`[${EDGE}]+$`, 'u');

/** The span without quotation marks, whitespace and edge punctuation (never empty-inverted). */
export function normalizeSpan(text: string, span: Span): Span {
  const words = text.slice(span.start, span.end);
  const lead = words.length - words.replace(LEADING, '').length;
  const trail = words.length - words.replace(TRAILING, '').length;
  const start = span.start + lead;
  return { start, end: Math.max(start, span.end - trail) };
}

export function iou(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlap / union : 0;
}

const TITLES = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|rev|president|senator|secretary|jr|sr)\.?$/i;

function words(phrase: string): string[] {
  return (phrase.toLowerCase().match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? []).map((word) => word.replace(/(?:['’]s?|\.)$/, ''));
}

/** The last word of a speaker, titles and suffixes removed: "Sen. Ted Cruz" -> "cruz". */
export function headWord(speaker: string): string {
  return (
    words(speaker)
      .filter((word) => !TITLES.test(word))
      .at(-1) ?? ''
  );
}

export function speakerMatches(predicted: string | null, gold: string): boolean {
  const head = predicted ? headWord(predicted) : '';
  return head !== '' && words(gold).includes(head);
}

/**
 * A looser reading, printed for information only: any word of the predicted name (titles removed)
 * is a word of the gold source. It shows how many "errors" are a full name for a first-name or
 * double-surname mention ("Hillary Clinton" for gold "Hillary", "Ana Ruiz Soto" for "Ms. Ruiz").
 */
export function speakerMatchesAnyWord(predicted: string | null, gold: string): boolean {
  const goldWords = words(gold);
  return words(predicted ?? '').some((word) => !TITLES.test(word) && goldWords.includes(word));
}

/**
 * The offset reading, printed for information only: the words our attribution read the speaker
 * from overlap the gold source span, whatever name they resolved to ("the senator" read right is right).
 */
export function mentionOverlapsGold(prediction: Prediction, gold: GoldQuote): boolean {
  const mention = prediction.speakerMention;
  if (!mention || gold.speaker_start === undefined || gold.speaker_end === undefined) return false;
  return mention.start < gold.speaker_end && gold.speaker_start < mention.end;
}

/** The gold quotes scored (direct, outside the headline) and the "don't care" spans (partial, headline), trimmed. */
export function goldOf(record: CorpusRecord): { golds: GoldQuote[]; dontCare: Span[] } {
  const golds = record.quotes.filter((quote) => quote.kind === 'direct' && !quote.in_title);
  return { golds, dontCare: record.quotes.filter((quote) => !golds.includes(quote)).map((quote) => normalizeSpan(record.text, quote)) };
}

/** Candidate pairs [IoU, prediction index, gold index] at IoU >= 0.5, best first: taken greedily, one to one. */
export function candidatePairs(record: CorpusRecord, predictions: Span[], golds: GoldQuote[]): Array<[number, number, number]> {
  const predicted = predictions.map((prediction) => normalizeSpan(record.text, prediction));
  const expected = golds.map((gold) => normalizeSpan(record.text, gold));
  const pairs: Array<[number, number, number]> = [];
  predicted.forEach((p, i) =>
    expected.forEach((g, j) => {
      const overlap = iou(p, g);
      if (overlap >= 0.5) pairs.push([overlap, i, j]);
    }),
  );
  return pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
}

export function scoreArticle(record: CorpusRecord, predictions: Prediction[]): ArticleScore {
  const { golds, dontCare } = goldOf(record);
  const scare = (record.other_quoted_spans ?? []).map((span) => normalizeSpan(record.text, span));
  const predicted = predictions.map((prediction) => normalizeSpan(record.text, prediction));
  const pairs = candidatePairs(record, predictions, golds);

  const score: ArticleScore = {
    predicted: 0,
    gold: golds.length,
    matched: 0,
    exact: 0,
    namedSpeakers: 0,
    speakersRight: 0,
    speakersRightAnyWord: 0,
    speakersRightByMention: 0,
    endToEnd: 0,
    scareQuoteFalsePositives: 0,
    falsePositives: [],
    falseNegatives: [],
    wrongSpeakers: [],
  };
  const usedPredictions = new Set<number>();
  const usedGolds = new Set<number>();
  for (const [overlap, i, j] of pairs) {
    if (usedPredictions.has(i) || usedGolds.has(j)) continue;
    usedPredictions.add(i);
    usedGolds.add(j);
    score.matched++;
    if (overlap === 1) score.exact++;
    const gold = golds[j]!;
    const prediction = predictions[i]!;
    let speakerRight = true;
    if (gold.speaker && !gold.speaker_is_pronoun) {
      score.namedSpeakers++;
      speakerRight = speakerMatches(prediction.speaker, gold.speaker);
      if (speakerRight) score.speakersRight++;
      else score.wrongSpeakers.push({ predicted: prediction, gold });
      if (speakerMatchesAnyWord(prediction.speaker, gold.speaker)) score.speakersRightAnyWord++;
      if (mentionOverlapsGold(prediction, gold)) score.speakersRightByMention++;
    }
    if (speakerRight) score.endToEnd++;
  }
  predicted.forEach((p, i) => {
    if (usedPredictions.has(i)) return;
    // A prediction on a partial or headline quote is neither right nor wrong.
    if (dontCare.some((span) => iou(p, span) >= 0.5)) return;
    score.falsePositives.push(predictions[i]!);
    if (scare.some((span) => iou(p, span) >= 0.5)) score.scareQuoteFalsePositives++;
  });
  score.predicted = score.matched + score.falsePositives.length;
  score.falseNegatives = golds.filter((_, j) => !usedGolds.has(j));
  return score;
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched quotes whose trimmed span is exactly the gold one. */
  exactRate: number;
  speakerAccuracy: number;
  speakerAccuracyAnyWord: number;
  speakerAccuracyByMention: number;
  endToEndF1: number;
  scareQuoteFalsePositives: number;
  predicted: number;
  gold: number;
  matched: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const harmonic = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Micro-averaged figures over all articles. */
export function summarize(scores: ArticleScore[]): Summary {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const predicted = sum((s) => s.predicted);
  const gold = sum((s) => s.gold);
  const matched = sum((s) => s.matched);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const endToEnd = sum((s) => s.endToEnd);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    exactRate: ratio(sum((s) => s.exact), matched),
    speakerAccuracy: ratio(sum((s) => s.speakersRight), sum((s) => s.namedSpeakers)),
    speakerAccuracyAnyWord: ratio(sum((s) => s.speakersRightAnyWord), sum((s) => s.namedSpeakers)),
    speakerAccuracyByMention: ratio(sum((s) => s.speakersRightByMention), sum((s) => s.namedSpeakers)),
    endToEndF1: harmonic(ratio(endToEnd, predicted), ratio(endToEnd, gold)),
    scareQuoteFalsePositives: sum((s) => s.scareQuoteFalsePositives),
    predicted,
    gold,
    matched,
  };
}
