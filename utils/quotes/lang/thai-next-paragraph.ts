/**
 * Thai: a quote standing alone as its paragraph, then the next paragraph opening on the one who said it, an honorific and
 * a name (what the person is may follow), and a verb of telling that says no more: `“…”` ¶ `นางX Y วัย 70 ปี ชาวสวนยาง
 * เล่าขณะ…` ("Mrs X Y, 70, a rubber farmer, recounted while …"). A verb with ว่า after it (`นางX กล่าวว่า …`) reports
 * what comes next, not the words before; a paragraph opening on anything else names no one here.
 */

import type { SpeakerPhrase } from '../cues';
import { thai } from './th';

/** The quote's paragraph holds nothing else: only space between it and the line breaks around it. */
const alone = (text: string, quoteStart: number, quoteEnd: number) =>
  /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, quoteStart - 40), quoteStart)) && /^[ \t]*\n/u.test(text.slice(quoteEnd, quoteEnd + 40));

export function thaiNamedNextParagraph(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  if (!/[\u0e01-\u0e4e]/u.test(text.slice(quoteStart, quoteEnd)) || !alone(text, quoteStart, quoteEnd)) return null;
  const next = text.slice(quoteEnd, quoteEnd + 400).replace(/^\s+/u, '');
  // (Up to the paragraph's first quote mark: the words the paragraph quotes itself are no part of the opening.)
  const opening = /^[^\n“”"]*/u.exec(next)![0];
  const subject = thai.after(opening);
  if (!subject || subject.kind !== 'name' || subject.pronoun) return null;
  // (The verb the subject was read before; `ว่า` after it reports what follows: `นายX กล่าวว่า ค่าโดยสาร…`.)
  const verbAt = opening.search(/(?<!ดัง)(?:กล่าว|เล่า|บอก|เผย|เปิดเผย|ระบุ|พูด|ให้สัมภาษณ์|ยอมรับ)/u);
  return verbAt >= 0 && !/^(?:กล่าว|เล่า|บอก|เผย|เปิดเผย|ระบุ|พูด|ให้สัมภาษณ์|ยอมรับ)(?:[^\s]{0,12}?)ว่า/u.test(opening.slice(verbAt)) ? subject : null;
}
