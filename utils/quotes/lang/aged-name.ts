/**
 * A name written with the person's age in brackets after it, in Arabic and Hebrew, whose names carry no capitals:
 * `وقفت سعاد إبراهيم (32 عاما) تحمل طفلها`, `كان حمزة الكبير (24 سنة) يعرض`, `בקהל ישב גם יוסף מזרחי (81), תושב השכונה`.
 * Papers bracket an age after a person's name only, so the two words before the bracket (three after `عبد`, `أبو`,
 * `بن`, which join the next word) are someone the sentence brings in, whatever its verb: a sentence of doing
 * introduces the speaker of a quote after it (`«…»، قالت الأم الشابة`, `"…", אמר הקשיש`).
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';

const AGED = /((?:[^\s()（）]+\s+){2,3})[(（]\s*\d{1,3}\s*(?:عاما|عامًا|عاماً|سنة|سنوات)?\s*[)）]/u;
/** Words that never open a name: Arabic's article, prepositions and particles, Hebrew's (a closed class). */
const NOT_NAME = /^(?:[وفبكل]?ال\p{Script=Arabic}+|في|من|على|إلى|عن|مع|أن|إن|قد|كان|كانت|هو|هي|גם|רק|אף|כי|את|של|עם|על|הוא|היא|מאת)$/u;
const SCRIPT = /^[\p{Script=Arabic}\p{Script=Hebrew}'׳"״-]+$/u;

/** Arabic words that join the next one in a name (`عبد الله`, `أبو محمد`, `بن علي`). */
const JOINING = /^(?:عبد|أبو|أبي|بن|ابن|أم|آل)$/u;

export function agedName(sentence: string): SpeakerPhrase | null {
  const found = AGED.exec(sentence);
  if (!found) return null;
  const words = found[1]!.trim().split(/\s+/u);
  const take = words.length === 3 && JOINING.test(words[0]!) ? 3 : 2;
  const name = words.slice(-take);
  // (The first word opens no article, preposition or pronoun; a family name may take the article: `حمزة الكبير`.)
  if (NOT_NAME.test(name[0]!) || name.some((word) => !SCRIPT.test(word) || (word !== name.at(-1) && NOT_NAME.test(word) && !JOINING.test(word)))) return null;
  return person(name.join(' '));
}
