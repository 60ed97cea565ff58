/**
 * A description whose own clause says the name is withheld, in Arabic and Hebrew, where no capitals tell a name
 * from the words after it: `قالت المقيمة التي طلبت عدم نشر اسمها`, `غير أن مستشارا جماعيا، فضل عدم الكشف عن هويته،
 * اعتبر`, `עובדת עירייה שביקשה שלא להזדהות אמרה`. The words of the clause are never the name: the speaker is the
 * description before it (the verb of asking and a relative pronoun, both right before the clause, left out).
 */

import type { SpeakerPhrase } from '../cues';
import { anonymousClauseAt } from './anonymous';
import { described } from './shared';

/** Arabic relative pronouns, a closed class. */
const RELATIVE = /^(?:الذي|التي|الذين|اللذان|اللتان|اللواتي|اللاتي)$/u;
/** Words after which the subject starts: conjunctions and "that" (`غير أن`, `لكن`, `כי`, `אבל`). */
const OPENERS = /^(?:أن|إن|لكن|ولكن|غير|بل|كما|כי|אבל|אך|ואילו)$/u;

/** The described speaker of `text` (a subject before its verb, or the words after one) when a withheld-name clause follows the description. */
export function withheldDescription(text: string, maxWords = 8): SpeakerPhrase | null {
  const at = anonymousClauseAt(text);
  if (at < 0) return null;
  // (Hebrew `שביקשה`: the clause's verb carries the relative ש, so the word it starts in is left out whole.)
  const words = text.slice(0, at).replace(/\S*$/u, '').trim().split(/\s+/u).filter(Boolean);
  // (Arabic: the verb of asking or preferring before `عدم`, then the relative pronoun; `رفض`, "refused", is the clause's own verb.)
  if (words.length > 0 && !text.startsWith('رفض', at) && /\p{Script=Arabic}/u.test(words.at(-1)!) && !RELATIVE.test(words.at(-1)!.replace(/[،,]$/u, ''))) words.pop();
  if (words.length > 0 && RELATIVE.test(words.at(-1)!.replace(/[،,]$/u, ''))) words.pop();
  // (A clause set off by a comma, `طبيب في مستشفى المدينة التعليمي، طلب عدم ذكر اسمه،`, bounds a longer description: up to eight words.)
  const commaBound = /[،,]$/u.test(words.at(-1) ?? '');
  // (Up to twelve when the clause is `رفضت ذكر اسمها`, "refused to give her name", after a description and a clause of where she was met.)
  if (words.length === 0 || words.length > (commaBound ? Math.max(maxWords, text.startsWith('رفض', at) ? 12 : 8) : maxWords)) return null;
  const group = words.join(' ').replace(/[،,]\s*$/u, '').split(/[،,:.]/u).at(-1)!.trim().split(/\s+/u);
  const start = group.reduce((from, word, i) => (OPENERS.test(word) ? i + 1 : from), 0);
  // (Over the usual length, the head noun opening the group is the description: `طبيب`, `مصدر`, its place left out.)
  const phrase = (words.length > maxWords || (text.startsWith('رفض', at) && group.length - start > 4) ? group.slice(start, start + 1) : group.slice(start).slice(-4)).join(' ');
  return /\p{L}{2,}/u.test(phrase) ? described(phrase) : null;
}
