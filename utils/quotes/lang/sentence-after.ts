/**
 * The sentence right after a quote, read by the next-sentence readers (next-sentence.ts names someone the text named
 * before; next-sentence-unnamed.ts someone unnamed): the rest of the quote's paragraph, or, where the caller allows it,
 * the next paragraph's first sentence. Null when that sentence holds a quote of its own, which it introduces instead.
 */

import { withoutNicknames } from '../person-mentions';
import { withoutAbbreviationMarks } from './shared';
import { sentenceBoundaries } from '../sentences';

/** A body's short name in marks, `бренда «Колос-Вита»`: no quote. */
const SHORT_NAME_IN_MARKS = /[«"„“][^«»"„“”\n]{1,30}[»"“”]/gu;

export function sentenceAfterQuote(text: string, quoteEnd: number, nextParagraphToo: boolean): string | null {
  const rest = text.slice(quoteEnd, quoteEnd + 400).replace(nextParagraphToo ? /^[\s.!?…。،,]*/u : /^[ \t.!?…。،,]*/u, '');
  if (!rest || rest.startsWith('\n')) return null;
  // (A full-width stop ends a sentence with no space after it: `…今年65岁。他对记者说：“…”` ends at 岁。)
  let sentence = /^[^\n]*?(?:[.!?؟](?=\s|$)|[。！？]|$)/mu.exec(rest)?.[0] ?? '';
  // (`That was state Sen. X’s message`: a title's full stop ends no sentence; the house splitter knows them, sentences.ts.)
  if (sentence.endsWith('.')) {
    const line = /^[^\n]*/u.exec(rest)![0];
    const ends = sentenceBoundaries(line);
    if (!ends.includes(sentence.length)) sentence = line.slice(0, ends.find((end) => end > sentence.length) ?? line.length).trimEnd();
  }
  // (A nickname inside a name, `Per-Olof ”Pelle” Dahlgren`, is no quote either.)
  // (Nor Hebrew's gershayim inside an abbreviation, `עו"ד`, `ד"ר`.)
  const checked = withoutAbbreviationMarks(withoutNicknames(nextParagraphToo ? sentence.replace(SHORT_NAME_IN_MARKS, '') : sentence));
  return sentence && !/[«»“”"„「」]/u.test(checked) ? sentence : null;
}
