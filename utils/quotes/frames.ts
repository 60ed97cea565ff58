/**
 * The words around a quotation that attribution reads: the frame after the closing mark, the
 * frame before the opening mark, and the sentences before the quote's own in its paragraph.
 */

import type { QuoteSpan } from './find';
import { lastSentence, sentenceBoundaries, sentenceEnd } from './sentences';
import { isPossessiveVerdict } from './lang/possessive-verdict';
import { isSomaliFrontedAdjunct } from './lang/so';
import { nextParagraphCleft } from './lang/ja-next-cleft';
import { nextParagraphSource } from './next-paragraph-source';

/** Text after the closing mark up to the end of its sentence or the next quotation. */
export function frameAfter(text: string, span: QuoteSpan, nextSpan: QuoteSpan | undefined): string {
  // (A name in quotation marks later in the sentence, `…のは、商店会「…」の…会長だ`, does not end it, isQuotedName.)
  const next = nextSpan && !isQuotedName(text, nextSpan) ? nextSpan.outerStart : text.length;
  const limit = Math.min(next, lineEnd(text, span.outerEnd), span.outerEnd + 300);
  const rest = text.slice(span.outerEnd, limit);
  // `「…」。女性はこう話した`: a Japanese quote closed by its own 。 is told by the sentence after it (lang/ja.ts thusSaid).
  if (rest.startsWith('。')) return `。${rest.slice(1, 1 + sentenceEnd(rest.slice(1)))}`;
  // (`「…」` alone as its paragraph, then `そう話すのは、…X さん（70）だ。` opening the next: that cleft, lang/ja-next-cleft.ts.)
  const cleft = /^[\s\u3000。]*$/u.test(rest) && /[」』]$/u.test(text.slice(span.outerStart, span.outerEnd)) ? nextParagraphCleft(text, span.outerStart, span.outerEnd) : null;
  if (cleft) return cleft;
  // (`“…”` alone as its paragraph, then `That’s according to X, …` opening the next: that source, next-paragraph-source.ts.)
  const source = /^\s*$/u.test(rest) ? nextParagraphSource(text, span.outerStart, span.outerEnd) : null;
  if (source) return source;
  // (`«A - dice X - B»`: a hyphen between spaces before a lower-case verb is a dash, as cheaper sites type one.)
  const frame = rest.slice(0, sentenceEnd(rest)).replace(/^[\s,;:،؛]+/, '');
  return /^-[ \t]+\p{Ll}/u.test(frame) ? frame.replace(/^-[ \t]+/u, '— ').replace(/[ \t]-(?=[ \t]|$)/u, ' —') : frame;
}

/**
 * Text from the start of the quote's sentence (or the previous quotation) up to the opening mark. A
 * quote that opens a sentence gets the sentence before it (`Putin said Russia would help. "…"`), and
 * one that opens its line after a line ending in a colon (`Kim said:`) gets that line.
 */
export function frameBefore(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined): string {
  // (`… el ingeniero Javier Osuna, que analizó los restos. Sus conclusiones fueron contundentes:`: a possessive verdict
  // points back at the sentence before it, which goes with it, lang/possessive-verdict.ts.)
  const frame = ownFrameBefore(text, span, previousSpan);
  // (Somali `<where> ayuu ku yiri:` too: its pronoun is the subject of the sentence before, lang/so.ts.)
  const at = isPossessiveVerdict(frame) || isSomaliFrontedAdjunct(frame) ? text.lastIndexOf(frame, span.outerStart) : -1;
  return at > 0 ? `${lastSentence(text.slice(lineStart(text, at), at))}${frame}` : frame;
}

function ownFrameBefore(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined): string {
  const start = lineStart(text, span.outerStart);
  const from = Math.max(start, (previousSpan && !isQuotedName(text, previousSpan) ? previousSpan.outerEnd : 0), span.outerStart - 400);
  const own = lastSentence(text.slice(from, span.outerStart));
  if (own.trim() || start === 0 || (previousSpan && previousSpan.outerEnd >= start - 2)) return own;
  const head = text.slice(0, start).trimEnd();
  const previousLine = head.slice(head.lastIndexOf('\n') + 1);
  // (`[인터뷰:X/직함]` on its own line: a broadcaster's caption naming who speaks in the paragraph under it.)
  // (The full-width colon of Chinese and Japanese too: `教授X認為，問題出在價格：` over the paragraph quoting him.)
  return /[:：﹕]$/u.test(previousLine) ? lastSentence(previousLine) : /^\[\s*(?:인터뷰|녹취|싱크)\s*[:：][^\]]{1,60}\]$/u.test(previousLine.trim()) ? previousLine.trim() : own;
}

/**
 * A capitalised name of one to three words in quotation marks inside a sentence (`после игры с «Нефтяником»`): a team,
 * a firm or a ship, no words said, so the frame of the quote after it runs back over it to its sentence's subject.
 */
// (In a script with no capitals, a short group's or place's name in corner brackets: `商店会「駅前通りの会」の…`.)
function isQuotedName(text: string, span: QuoteSpan): boolean {
  const words = span.text.trim();
  // (`a measure known as the "Safe Streets for Every Child Act,"`: a title of four to six words, capitalised but for small ones
  // inside, its comma within the marks as American copy writes it.)
  if (/^\p{Lu}[\p{L}\d’'-]*(?:\s+(?:\p{Lu}[\p{L}\d’'-]*|of|for|the|and|in|on|to|a|an|at|by|with)){2,4}\s+\p{Lu}[\p{L}\d’'-]*,?$/u.test(words)) return true;
  if (span.fullSentence) return false;
  if (/^\p{Lu}[\p{L}\d’'-]*(?:\s+[\p{L}\d’'-]+){0,2}$/u.test(words)) return true;
  // (Hebrew and Arabic, no capitals either: one to three words in marks right after a word of the sentence, `במרכז הרפואי
  // "נוף כנרת", ד"ר X`, `فرقة "…"`: a body's name inside a description, not words said after a colon or a verb's comma.)
  // (Persian joins a compound's parts with a zero-width non-joiner: `«کتاب‌یار»`; Hindi, caseless too: `X ने 'रेडियो Y' से बातचीत में कहा`.)
  if (/^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\u200c"״'׳-]+(?:\s+[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\u200c"״'׳-]+){0,2}$/u.test(words)) {
    return /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}]\s$|[\p{Script=Hebrew}\p{Script=Arabic}]ـ?$/u.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart));
  }
  return /[「『]/u.test(text[span.outerStart] ?? '') && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・\d]{1,15}$/u.test(words);
}

/** The sentence before the quote's own (which may be empty), when nothing quoted stands between them. */
export function sentenceBefore(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined): string {
  const from = Math.max(previousSpan?.outerEnd ?? 0, span.outerStart - 600);
  const preceding = text.slice(from, span.outerStart);
  const boundaries = sentenceBoundaries(preceding);
  const sentence = preceding.slice(boundaries.at(-2) ?? 0, boundaries.at(-1) ?? 0).trim();
  // A sentence never runs back over a line break: a headline or list item with no stop is no part of it.
  return sentence.slice(sentence.lastIndexOf('\n') + 1);
}


/**
 * The quote before that bounds the sentence before `span`: not a word or three in marks inside that sentence, with no
 * punctuation of its own (`X, projenin "geçici" olduğunu söyledi.` then `"…," dedi.`), but the quote before that.
 */
export function boundingSpan(text: string, span: QuoteSpan, previous: QuoteSpan | undefined, beforePrevious: QuoteSpan | undefined): QuoteSpan | undefined {
  const inner = !!previous && /^[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}$/u.test(previous.text) && /^[^\S\n]*[\p{L}\d]/u.test(text.slice(previous.outerEnd, span.outerStart));
  return inner ? beforePrevious : previous;
}

/** The two sentences before `sentenceBefore`'s, latest first, while they stay in its paragraph. */
export function earlierSentencesOfParagraph(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined): string[] {
  const from = Math.max(previousSpan?.outerEnd ?? 0, span.outerStart - 600);
  const preceding = text.slice(from, span.outerStart).trimEnd();
  const paragraph = preceding.slice(preceding.lastIndexOf('\n') + 1);
  const boundaries = [0, ...sentenceBoundaries(paragraph)];
  const sentences: string[] = [];
  for (let k = boundaries.length - 3; k >= 0 && sentences.length < 2; k--) sentences.push(paragraph.slice(boundaries[k], boundaries[k + 1]).trim());
  return sentences.filter(Boolean);
}

export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** `Kim was asked, "…?"`: the frame before puts the quote to the sentence's subject. */
export const PUT_TO_SUBJECT = /(?<![\p{L}])(?:was|were|is|are|been|being)\s+(?:asked|told|questioned|pressed)(?:\s+(?!by\b)[\p{L}’'-]+){0,4}\s*[,:]?\s*$/u;
