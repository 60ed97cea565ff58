/**
 * Turkic languages set long modifiers before the subject (`… çayxana işlədən X Y isə narahatdır`, `… тұратын 58 жастағы
 * X Y … айтады`), so a name well inside its sentence may still be whom the sentence is about, and whom the next bare
 * "he" or "she" of a tag stands for (salience.ts). Read by entities.ts for each mention.
 */

import { UZBEK_LETTER } from './lang/uz';

/** The topic particle after a subject: Turkish `ise`, Azerbaijani `isə`, Uzbek `esa`, Kazakh `болса`. */
const TOPIC = /^\s+(?:ise|isə|esa|болса)(?=[\s,])/u;
/** Uzbek "also" after the word it adds (`X ham bor edi`, "X was there too"). */
const ADDITIVE = /^\s+ham(?=\s)/u;
/** Letters only Kazakh writes among the Cyrillic languages read here. */
const KAZAKH = /[әғқңөұүһі]/u;
/** A Kazakh family name in the nominative: -ов/-ев/-ин and their feminines, or -ұлы/-қызы ("son of", "daughter of"). */
const KAZAKH_NOMINATIVE = /\s\p{Lu}\p{Ll}+(?:ов|ев|ова|ева|ин|ина|ұлы|қызы)$/u;
/** Uzbek in Latin letters, by its `o‘` and `g‘` or its small words (for, with, about, did), and a family name in the nominative (-ov, -ev and their feminines). */
const UZBEK_WORD = /(?:^|\s)(?:uchun|bilan|haqida|qildi|asosida|lekin|ammo)(?=\s|[.,]|$)/u;
const UZBEK_NOMINATIVE = /\s\p{Lu}[\p{Ll}‘’'ʻ]+(?:ov|ev|ova|eva)$/u;
/** Azerbaijani, by its ə, and a family name in the nominative: -ov, -yev, -li, -zadə and their feminines (`Məmmədli`, `Əliyeva`). */
const AZERBAIJANI = /[əƏ]/u;
const AZERBAIJANI_NOMINATIVE = /\s\p{Lu}\p{Ll}+(?:ov|ova|ev|eva|li|lı|lu|lü|zadə)$/u;

/**
 * Whether the run ending at `runEnd` is its sentence's subject though it does not open it: a topic particle after it, or
 * (Kazakh, Uzbek, Azerbaijani) a full name in the nominative after lower-case words, then a lower-case word (no comma: not an aside).
 */
export function isTurkicInnerSubject(run: string, lead: string, after: string): boolean {
  if (TOPIC.test(after.slice(0, 8))) return true;
  // (`Ular orasida fransiyalik sayyoh X Y ham bor edi.`: "also" right after a name, which it follows in the nominative.)
  if (ADDITIVE.test(after.slice(0, 6)) && (UZBEK_LETTER.test(lead + after) || UZBEK_WORD.test(lead + after))) return true;
  if (!/\p{Ll}\s+$/u.test(lead) || !/^\s+\p{Ll}/u.test(after)) return false;
  // (`19 yaşlı X Məmmədli onlardan biridir.`: an Azerbaijani name after its age or other modifiers, as Kazakh and Uzbek.)
  return (KAZAKH.test(lead) && KAZAKH_NOMINATIVE.test(` ${run}`)) || (AZERBAIJANI.test(lead + after) && AZERBAIJANI_NOMINATIVE.test(` ${run}`)) || ((UZBEK_LETTER.test(lead + after) || UZBEK_WORD.test(lead + after)) && UZBEK_NOMINATIVE.test(` ${run}`));
}
