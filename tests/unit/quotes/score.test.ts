import { describe, expect, it } from 'vitest';
import { headWord, iou, mentionOverlapsGold, normalizeSpan, scoreArticle, speakerMatches, speakerMatchesAnyWord, summarize, type CorpusRecord, type GoldQuote } from '../../bench/quotes-score';

/** A record built from `text`, with gold quotes given by their quoted words (first occurrence). */
function record(text: string, quotes: Array<Partial<GoldQuote> & { words: string }>, scare: string[] = []): CorpusRecord {
  const spanOf = (words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length };
  };
  return {
    id: 'hand-made',
    title: 'Headline',
    text,
    title_end: 0,
    quotes: quotes.map(({ words, ...rest }) => ({ text: words, speaker: null, kind: 'direct', ...spanOf(words), ...rest })),
    other_quoted_spans: scare.map(spanOf),
  };
}

function predict(text: string, words: string, speaker: string | null = null) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, speaker };
}

describe('quote scorer helpers', () => {
  it('trims marks, spaces and edge punctuation', () => {
    const text = 'x “We won, again.” y';
    expect(normalizeSpan(text, { start: 2, end: 18 })).toEqual({ start: 3, end: 16 });
  });

  it.each([
    [{ start: 0, end: 10 }, { start: 0, end: 10 }, 1],
    [{ start: 0, end: 10 }, { start: 5, end: 15 }, 5 / 15],
    [{ start: 0, end: 4 }, { start: 6, end: 9 }, 0],
  ])('IoU of %o and %o is %d', (a, b, expected) => {
    expect(iou(a, b)).toBeCloseTo(expected);
  });

  it.each([
    ['Sen. Maria Vance', 'vance'],
    ["Mr. Okafor's", 'okafor'],
    ['a ministry spokeswoman', 'spokeswoman'],
    ['Joseph Biden Jr.', 'biden'],
  ])('head word of %s is %s', (speaker, head) => {
    expect(headWord(speaker)).toBe(head);
  });

  it.each([
    ['Maria Vance', 'Vance, a senator from Ohio,', true],
    ['Maria Vance', 'Sen. Maria Vance (D-Ohio)', true],
    ['Ana Vanceton', 'Vance', false],
    ['Vance', 'Vanceton', false],
    [null, 'Vance', false],
  ])('predicted %s for gold %s: %s', (predicted, gold, expected) => {
    expect(speakerMatches(predicted, gold)).toBe(expected);
  });

  it.each([
    ['Melba Acosta Febo', 'Ms. Acosta', true],
    ['Maria Vance', 'Maria', true],
    ['Sen. Tom Reyes', 'Sen. Maria Vance', false],
    [null, 'Vance', false],
  ])('any word of the name: predicted %s for gold %s: %s', (predicted, gold, expected) => {
    expect(speakerMatchesAnyWord(predicted, gold)).toBe(expected);
  });
});

describe('scoreArticle', () => {
  const text = '“We will win this race,” Ana Lopez said. She called it “a fair fight” and watched “Morning Show” later. “Buses run late,” Ray Diaz said.';
  const gold = record(
    text,
    [
      { words: '“We will win this race,”', speaker: 'Ana Lopez' },
      { words: '“a fair fight”', kind: 'partial', speaker: 'She', speaker_is_pronoun: true },
      { words: '“Buses run late,”', speaker: 'Ray Diaz' },
    ],
    ['“Morning Show”'],
  );

  it('matches one to one, ignores partial quotes and counts scare quotes as false positives', () => {
    const score = scoreArticle(gold, [
      predict(text, 'We will win this race,', 'Ana Lopez'),
      predict(text, 'a fair fight', 'Ana Lopez'),
      predict(text, 'Morning Show', null),
      predict(text, 'Buses run late', 'Ana Lopez'),
    ]);
    expect(score).toMatchObject({ predicted: 3, gold: 2, matched: 2, exact: 2, namedSpeakers: 2, speakersRight: 1, scareQuoteFalsePositives: 1 });
    expect(score.wrongSpeakers.map((wrong) => wrong.gold.speaker)).toEqual(['Ray Diaz']);
  });

  it('accepts a span at IoU 0.5 or more and reports what was missed', () => {
    const score = scoreArticle(gold, [predict(text, 'We will')]); // IoU 7/21
    expect(score.matched).toBe(0);
    expect(score.falseNegatives).toHaveLength(2);
    const close = scoreArticle(gold, [predict(text, 'We will win')]); // IoU 11/21
    expect(close).toMatchObject({ matched: 1, exact: 0 });
  });

  it('sums articles into micro-averaged figures', () => {
    const score = scoreArticle(gold, [predict(text, 'We will win this race,', 'Lopez'), predict(text, 'Morning Show')]);
    const summary = summarize([score, score]);
    expect(summary).toMatchObject({ predicted: 4, gold: 4, matched: 2, precision: 0.5, recall: 0.5, speakerAccuracy: 1, scareQuoteFalsePositives: 2 });
    expect(summary.f1).toBeCloseTo(0.5);
  });
});

describe('offset reading of the speaker (information only)', () => {
  const text = '“We will finish the bridge,” the senator said.';
  const gold = { start: 0, end: 28, text: '“We will finish the bridge,”', speaker: 'the senator', kind: 'direct' as const, speaker_start: 29, speaker_end: 40 };

  it('counts a resolved description right when its mention overlaps the gold source', () => {
    expect(mentionOverlapsGold({ start: 1, end: 27, speaker: 'Ana Lopez', speakerMention: { start: 29, end: 40 } }, gold)).toBe(true);
  });

  it('counter-case: a mention elsewhere, or none, is not right', () => {
    expect(mentionOverlapsGold({ start: 1, end: 27, speaker: 'Ana Lopez', speakerMention: { start: 41, end: 45 } }, gold)).toBe(false);
    expect(mentionOverlapsGold({ start: 1, end: 27, speaker: 'Ana Lopez', speakerMention: null }, gold)).toBe(false);
  });

  it('summarize reports it apart from the head-word accuracy', () => {
    const score = scoreArticle(record(text, [{ words: '“We will finish the bridge,”', speaker: 'the senator', speaker_start: 29, speaker_end: 40 }]), [
      { start: 0, end: 28, speaker: 'Ana Lopez', speakerMention: { start: 29, end: 40 } },
    ]);
    expect(summarize([score]).speakerAccuracy).toBe(0);
    expect(summarize([score]).speakerAccuracyByMention).toBe(1);
  });
});
