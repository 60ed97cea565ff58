/**
 * `「…」` standing alone as its paragraph, then the next paragraph `そう話すのは、…佐藤花子さん（70）だ。` ("the one who says
 * so is …"): Japanese features lead with a resident's words and name them in a cleft right after. The frame after such a
 * quote is that cleft sentence, read as `「…」。そう話すのは…` is (lang/ja.ts thusCleft). A next paragraph opening any
 * other way (`町によると、…`) gives nothing.
 */

import { sentenceEnd } from '../sentences';

/** The opening of the next paragraph: "so"/"thus", a verb in its plain form, then のは. */
const THUS_CLEFT_OPENING = /^[\s\u3000]*((?:こう|そう)[^。「」、]{1,12}?(?:る|う|す|く|ぐ|つ|む|ぶ|ぬ)のは)/u;

/** `。` and the cleft sentence opening the paragraph after a quote alone on its line, or null. */
export function nextParagraphCleft(text: string, quoteStart: number, quoteEnd: number): string | null {
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  if (!/^[\s\u3000]*$/u.test(text.slice(lineStart, quoteStart))) return null;
  const lineEnd = text.indexOf('\n', quoteEnd);
  if (lineEnd < 0 || !/^[\s\u3000。]*$/u.test(text.slice(quoteEnd, lineEnd))) return null;
  const next = text.slice(lineEnd, lineEnd + 200);
  const opening = THUS_CLEFT_OPENING.exec(next);
  if (!opening) return null;
  const sentence = next.slice(opening.index + opening[0].length - opening[1]!.length);
  return `。${sentence.slice(0, sentenceEnd(sentence))}`;
}
