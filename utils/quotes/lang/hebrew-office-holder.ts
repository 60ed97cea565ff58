/**
 * Hebrew: `", אמר ראש העירייה.` after `אמר בטקס ראש העירייה של X, Y Z.`: an office in construct with a definite body is
 * the person the text named with it, office then name after a comma (Hebrew copy registers no mentions by shape, so the
 * office holders of office-holder.ts are not known). The latest such writing before the quote; none, and it stays a
 * description.
 */

import { hebrew } from './he';

/** A quotation mark or line end, where the words after the office stop (gershayim between letters, `ד"ר`, are none). */
const WORDS_END = /(?<!\p{L})["“”]|["“”](?!\p{L})|\n/u;

export function hebrewOfficeHolder(text: string, office: string, at: number): string | null {
  if (!/^\p{Script=Hebrew}+["״]?\p{Script=Hebrew}*\s+ה\p{Script=Hebrew}{2,}/u.test(office)) return null;
  for (let from = text.lastIndexOf(office, at - 1), tries = 0; from >= 0 && tries < 3; from = text.lastIndexOf(office, from - 1), tries++) {
    const written = text.slice(from, from + 160).split(WORDS_END)[0]!;
    // (Read as the words after a verb of saying: the office, its complement, then the name set off by a comma.)
    const read = written.includes(',') ? hebrew.after(`אמר ${written}`) : null;
    if (read?.kind === 'name' && !read.pronoun && !read.descriptor && read.role) return read.phrase;
  }
  return null;
}
