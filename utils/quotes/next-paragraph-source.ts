/**
 * A quote standing alone as its paragraph, then a next paragraph that points back at it and names its source: English
 * `That’s according to X, the …` / `That was according to X`, Swahili `Hayo ni kwa mujibu wa X, Bi Y,` / `Haya ni kwa
 * mujibu wa X` (those are according to X). News features lead with the words and name the speaker right after; the
 * frame after such a quote is that source, read as `“…,” according to X` is. A next paragraph opening any other way
 * (`According to the ministry, …`, with no word pointing back) gives nothing.
 * (revealed-after.ts reads the other pointing-back openings, `Those were the words of X`, for a name only; this one hands
 * the frame to the language's own `according to` reader, which also reads a body, a role or someone unnamed.)
 */

import { sentenceEnd } from './sentences';

/** A demonstrative pointing back, a copula, then "according to" (kept, so the language's own source cue reads the rest). */
// (Not a bare `Kwa mujibu wa …` / `According to …` opening the paragraph: that may source a new claim, not the quote.)
const POINTS_BACK_TO_SOURCE = /^[ \t]*(?:(?:That|This|These|Those)(?:[’']s|\s+(?:is|was|are|were))\s+(according\s+to\s)|(?:Hayo|Haya|Hiyo|Hii)\s+(?:ni|yalikuwa|ilikuwa)\s+(kwa\s+mujibu\s+wa\s))/u;

/** `according to …` (or `kwa mujibu wa …`) from the paragraph after a quote alone on its line, or null. */
export function nextParagraphSource(text: string, quoteStart: number, quoteEnd: number): string | null {
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  if (!/^\s*$/u.test(text.slice(lineStart, quoteStart))) return null;
  const lineEnd = text.indexOf('\n', quoteEnd);
  if (lineEnd < 0 || !/^\s*$/u.test(text.slice(quoteEnd, lineEnd))) return null;
  const next = text.slice(lineEnd, lineEnd + 300).replace(/^\s+/u, '');
  const opening = POINTS_BACK_TO_SOURCE.exec(next);
  if (!opening) return null;
  const rest = next.slice(opening[0].length - (opening[1] ?? opening[2])!.length);
  const line = rest.split('\n')[0]!;
  return line.slice(0, sentenceEnd(line));
}
