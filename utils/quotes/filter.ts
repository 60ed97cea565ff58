/**
 * Decides which quoted spans are quotations. Newspapers also put marks around titles of shows and
 * books (“Valley Morning Report”), slogans, nicknames and scare quotes (“smart” meters); what sets a
 * quotation apart is that the text says someone said it, in the quote's own sentence.
 */

import type { AttributedSpan } from './attribute';
import { isAttributedRightAfter, mentionsSpeech } from './cues';
import { wordCount } from './find';

/** Lower-case words that may sit inside a title: "Bread for the Long Winter", "Meet the Mayor". */
const TITLE_SMALL_WORDS = new Set('a an the and or of to in on at by for from with as is vs'.split(' '));
const MAX_TITLE_WORDS = 8;
const MAX_EMPHASIS_WORDS = 2;

export function isQuotation(text: string, span: AttributedSpan): boolean {
  const attributedHere = span.attribution === 'after' || span.attribution === 'before';
  // Dialogue-dash words were taken only with their tag after them (lang/dialogue.ts): `—Nunca —respondió Ortega—.`
  if (span.attribution === 'after' && /^[–—―]/u.test(text.slice(span.outerStart, span.outerStart + 1))) return true;
  // A part of a quotation cut by the author's words (`«A, — сказал он. — B»`): the tag inside its marks says it was said.
  if (span.wholeWords !== undefined) return span.wholeWords > MAX_EMPHASIS_WORDS;
  if (span.tagged) return true;
  if (isTitleCased(span.text)) {
    // `MSNBC’s “Morning Joe,” said …`: a title-cased name owned by someone is a show or a book.
    if (/[’']s\s*$/.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart))) return false;
    // `“No,” replied Kim` is a quotation; `on Channel 9’s “Meet the Mayor”` names a show.
    if (span.attribution === 'after') return isAttributedRightAfter(text.slice(span.outerEnd, span.outerEnd + 120));
    // `The judge said, “Neither.”`, `He replied: "NO."`: a verb and a comma or colon introduce words, not a title.
    return span.attribution === 'before' && /[,:]\s*$/.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart));
  }
  // Words inside the writer's own sentence are a quotation only if that sentence reports speech, and
  // one or two of them ("proud", “a disgrace”) are the writer's emphasis more than anyone's words.
  if (!span.fullSentence) {
    if (saidInKorean(text, span)) return true;
    return wordCount(span.text) > MAX_EMPHASIS_WORDS && (attributedHere || mentionsSpeech(sentenceAround(text, span)));
  }
  return span.speaker !== null || wordCount(span.text) > 3;
}

/** Every word capitalised but for small joining words: the shape of a title, a name or a slogan. */
export function isTitleCased(words: string): boolean {
  const tokens = words.replace(/[^\p{L}\p{N}\s'’#@&-]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS) return false;
  return tokens.every((token, i) => /^[\p{Lu}\p{N}#@&]/u.test(token) || (i > 0 && TITLE_SMALL_WORDS.has(token)));
}

/** The sentence holding the span, within its line: from the last sentence end before it to the first after it. */
function sentenceAround(text: string, span: AttributedSpan): string {
  const lineStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
  const lineEnd = text.indexOf('\n', span.outerEnd) < 0 ? text.length : text.indexOf('\n', span.outerEnd);
  const before = text.slice(Math.max(lineStart, span.outerStart - 300), span.outerStart);
  const after = text.slice(span.outerEnd, Math.min(lineEnd, span.outerEnd + 300));
  const ends = [...before.matchAll(/[.!?]["”’']?\s/g)];
  const from = ends.length > 0 ? (ends.at(-1)!.index ?? 0) + ends.at(-1)![0].length : 0;
  const to = /[.!?]["”’']?(?:\s|$)/.exec(after)?.index ?? after.length;
  return before.slice(from) + ' ' + after.slice(0, to);
}

/** `“예산을 늘리겠다”고 밝혔다`: a quotative ending on the closing mark marks reported words (a clause of two words or more). */
const KOREAN_QUOTATIVE = /^(?:이?라고|고|이?라며|며|면서)(?=[\s,])(?!\s*(?:불리|부르|하는|한\s))/u;

/** Korean words rarely reach three to a clause: the quotative ending says they were said, where a title or scare quote takes a case particle (`‘기생충’이`, `“기생충”이라는`). */
function saidInKorean(text: string, span: AttributedSpan): boolean {
  return /\p{Script=Hangul}/u.test(span.text) && wordCount(span.text) >= 2 && KOREAN_QUOTATIVE.test(text.slice(span.outerEnd, span.outerEnd + 12));
}
