/**
 * Utterances: a quote split by its attribution (`"We are ready," Park said. "We will win."`, or
 * `"We are ready," said Park, "and we will win."`) is one thing a person said. Its parts stay
 * separate quotes with their own offsets (each is highlighted, each is scored); they share an
 * utterance index, and lists and copies show them joined as one.
 *
 * Parts are joined when, in one paragraph, the first opens its sentence and stops short of a
 * sentence end (a comma, a dash, or nothing), the next has the same speaker, and only the
 * attribution stands between them: a short clause with no sentence boundary inside. A next quote
 * with an attribution of its own after it (`"…," she added`) is a new utterance.
 */

import type { Quote, Utterance } from '../types';
import { countWords, hasUnspacedScript } from '../text-measure';

/** What grouping needs of a quoted span. */
export interface UtterancePart {
  text: string;
  speaker: string | null;
  /** Offset of the opening mark and just past the closing mark. */
  outerStart: number;
  outerEnd: number;
  /** The quote opens its own sentence (see find.ts). */
  fullSentence: boolean;
  /** Where its speaker was read (see attribute.ts): `after` means an attribution of its own follows it. */
  attribution?: string | null;
}

/** An attribution is a clause: `, Park, the city's treasurer, said at a briefing on Monday.` */
const MAX_ATTRIBUTION_WORDS = 20;
const SENTENCE_END = /[.!?…。！？؟]$/u;
/** Commas (and the like) that end a part whose sentence the next part finishes. */
const CLAUSE_COMMA = /[,;:،、，]$/u;
/** A spaced hyphen stands for a dash on many sites: `«A - spiega X - B»` (the incise, lang/incise.ts). */
const CLOSED_CLAUSE = /(?:[.,:;!?…\u2013\u2014。，、：！？،؛]|\s-)\s*$/u;
/** A dot after a short capitalised word (Sen., Dr., U.S.) ends an abbreviation, not a sentence. */
const ABBREVIATION = /(?:^|[\s(])\p{Lu}(?:\p{Ll}{0,2}|(?:\.\p{Lu})+)$/u;

/** The utterance index of each span (spans in text order): parts of one split quote share theirs. */
export function groupUtterances(text: string, spans: readonly UtterancePart[]): number[] {
  const indexes: number[] = [];
  let current = -1;
  let opener: UtterancePart | null = null;
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    if (!previous || !opener || !continuesUtterance(text, opener, previous, span)) {
      current++;
      opener = span;
    }
    indexes.push(current);
  });
  return indexes;
}

function continuesUtterance(text: string, opener: UtterancePart, previous: UtterancePart, span: UtterancePart): boolean {
  if (!opener.fullSentence || previous.speaker === null || span.speaker !== previous.speaker) return false;
  if (span.attribution === 'after') return false;
  const between = text.slice(previous.outerEnd, span.outerStart);
  // (`“A。”刘海燕说，“B。”`: a first part closed by its own stop still goes on when the tag between ends on a comma.)
  if (SENTENCE_END.test(previous.text.trimEnd()) && !/[,，:：]\s*$/u.test(between)) return false;
  // (`X笑着说，“打卡”让小店生意好了不少。“…”`: words tagged before them, with no comma inside or after, are the writer's
  // sentence going on, a term it quotes; no tag stands between two parts.)
  if (previous.attribution !== 'after' && !CLAUSE_COMMA.test(previous.text.trimEnd()) && !/^\s*[,،、，:;–—-]/u.test(between)) return false;
  return isAttributionOnly(between);
}

/**
 * A short clause in the paragraph, with no sentence ending inside it, closed by punctuation (`, Park
 * said. ` or ` said Park, `): a clause that runs into the next quote (`describes it as "…"`) makes
 * that quote part of the writer's sentence.
 */
function isAttributionOnly(between: string): boolean {
  if (between.includes('\n') || !CLOSED_CLAUSE.test(between)) return false;
  const words = countWords(between);
  if (words === 0 || words > MAX_ATTRIBUTION_WORDS) return false;
  // (An incise's closing dash, `– mondta X, az elnök. – `, ends it like a stop.)
  const clause = between.replace(/[\s.,;:!?…。！？؟،–—]+$/u, '');
  for (const end of clause.matchAll(/[.!?…。！？؟](?=\s|$)|[。！？]/gu)) {
    const before = clause.slice(0, end.index);
    if (end[0] !== '.' || !ABBREVIATION.test(before)) return false;
  }
  return true;
}

/**
 * The parts as one text that reads as said. A part that goes on with the same sentence follows
 * after a space, the first part's comma kept: `We are ready, and we will win.` It goes on when it
 * starts in lower case, or, in a script without case, when the first part ends in a comma. Any
 * other part starts a new sentence and follows an ellipsis in place of the comma, marking where
 * the attribution stood: `We are ready … We will win.` Chinese and Japanese join without spaces.
 */
export function joinParts(parts: ReadonlyArray<{ text: string }>): string {
  let joined = '';
  for (const { text } of parts) {
    const next = text.trim();
    if (!joined) {
      joined = next;
      continue;
    }
    const unspaced = hasUnspacedScript(joined.slice(-1)) || hasUnspacedScript(next.slice(0, 1));
    const goesOn = /^\p{Ll}/u.test(next) || (!/^\p{Lu}/u.test(next) && CLAUSE_COMMA.test(joined));
    if (goesOn) joined = `${joined}${unspaced ? '' : ' '}${next}`;
    else joined = `${joined.replace(CLAUSE_COMMA, '')}${unspaced ? '…' : ' … '}${next}`;
  }
  return joined;
}

/** Quotes (in text order) as utterances: the parts of a split quote joined, every other quote on its own. */
export function utterancesOf(quotes: readonly Quote[]): Utterance[] {
  const byIndex = new Map<number, Quote[]>();
  for (const quote of quotes) {
    const parts = byIndex.get(quote.utterance);
    if (parts) parts.push(quote);
    else byIndex.set(quote.utterance, [quote]);
  }
  return [...byIndex.values()].map((parts) => {
    const first = parts[0]!;
    return {
      text: joinParts(parts),
      speaker: first.speaker,
      role: parts.find((part) => part.role !== null)?.role ?? null,
      speakerKind: first.speakerKind,
      key: parts.some((part) => part.key),
      parts,
    };
  });
}
