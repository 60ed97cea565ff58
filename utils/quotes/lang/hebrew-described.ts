/**
 * Hebrew: a person the paper does not name, read by a cue as two or three words with no capitals to tell a name: a noun
 * with `של` after it (`בן משפחה של מטופל`, "a relative of a patient": no name holds "of"), or a noun and an adjective
 * with no article (`אוהד ותיק`, `תושבת מבוגרת`: a closed class of adjectives for people). `יעל ברק`, `טל ביטון` stay names.
 */

import type { SpeakerPhrase } from '../speaker-phrase';
import { hebrewOfficeHolder } from './hebrew-office-holder';

const PERSON_ADJECTIVE = /^(?:ותיק|ותיקה|צעיר|צעירה|מבוגר|מבוגרת|קשיש|קשישה|מקומי|מקומית|אחר|אחרת|נוסף|נוספת|זקן|זקנה|נרגש|נרגשת|נסער|נסערת|ממורמר|ממורמרת)$/u;

export function hebrewDescribed(found: SpeakerPhrase | null, text = '', at = 0): SpeakerPhrase | null {
  // (`אמר ראש העירייה` after `ראש העירייה של X, Y Z`: an office the text named someone with is them, hebrew-office-holder.ts.)
  const holder = found?.kind === 'description' && !found.unnamed ? hebrewOfficeHolder(text, found.phrase.trim(), at) : null;
  if (holder) return { phrase: holder, kind: 'name', pronoun: false, role: found!.phrase.trim() };
  if (!found || found.kind !== 'name' || found.pronoun || !/^[\p{Script=Hebrew}]/u.test(found.phrase)) return found;
  const words = found.phrase.trim().split(/\s+/u);
  if (words.includes('של') || (words.length >= 2 && PERSON_ADJECTIVE.test(words[1]!))) {
    const phrase = found.role && !/^ה/u.test(found.role) ? `${found.role} ${found.phrase}` : found.phrase;
    return { ...found, phrase: phrase.replace(/\s+של$/u, ''), role: undefined, kind: 'description' };
  }
  return found;
}

/**
 * `אוהד ותיק של הקבוצה, שמגיע לאולם כבר 20 שנה, אמר:`, `בן משפחה של מטופל, שהמתין …, סיפר`: a sentence opening with such an
 * unnamed person, then a relative clause in ש: someone brought in, for the quote or the pronoun after it. (A name with no
 * adjective or `של` after it, `יעל ברק, שמובילה את המחאה,`, is no such opening.)
 */
const OPENING = /^((?!ה)\p{Script=Hebrew}{2,}(?:\s+\p{Script=Hebrew}{2,})?)(?=(?:\s+(?:ותיק|ותיקה|צעיר|צעירה|מבוגר|מבוגרת|קשיש|קשישה|מקומי|מקומית))?(?:\s+של\s+[^,]{2,30})?,\s+ש\p{Script=Hebrew}{2,})((?:\s+\p{Script=Hebrew}+)?(?:\s+של\s+[^,]{2,30})?)/u;

export function hebrewDescribedOpening(sentence: string): { phrase: string; gender: 'female' | 'male' } | null {
  const match = OPENING.exec(sentence.trim());
  if (!match) return null;
  const phrase = `${match[1]}${match[2] ?? ''}`.trim();
  const words = phrase.split(/\s+/u);
  if (!words.includes('של') && !(words.length >= 2 && PERSON_ADJECTIVE.test(words[1]!))) return null;
  return { phrase, gender: /(?:ת|ה)$/u.test(words[0]!) && !/^(?:אב|בן)$/u.test(words[0]!) ? 'female' : 'male' };
}
