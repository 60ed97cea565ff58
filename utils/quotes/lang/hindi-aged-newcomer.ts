/**
 * Hindi feature stories bring a new voice in with an age as the first sentence's subject, and the next paragraph is
 * wholly their words with no tag (`मंदिर के पास बैठे 81 वर्षीय X Y Z गाँव के सबसे पुराने लोगों में से हैं।` / `“…”`).
 * The Hindi reader takes two words after the age (`X Y`); a third word the story later writes alone with `जी`, `ने` or a
 * verb of saying (`यह कहते हुए Z जी …`) is the family name and belongs to the name too. For lead-in-paragraph.ts.
 */

import { hindiSubject } from './hindustani-subjects';
import { mayBeHindiGivenName } from './hi';

/** The age word, "aged", after a number of years: `81 वर्षीय`. */
const AGED = /(?:^|\s)[0-9०-९]{1,3}\s+वर्षीय\s/u;
/** What follows a family name written alone later: respect (`Z जी`), the agent mark (`Z ने`) or a verb of saying (`Z कहते हैं`). */
const LONE_FAMILY_AFTER = '\\s+(?:जी|ने|कहते|कहती|बताते|बताती)(?![\\u0900-\\u097f])';

const writtenAlone = (word: string, rest: string): boolean => new RegExp(`(?:^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}${LONE_FAMILY_AFTER}`, 'u').test(rest);

/**
 * The person the paragraph's first sentence brings in after an age, where the name stands in the paragraph, else null.
 * `rest` is the text after the paragraph, where a lone family name may show a third word of the name.
 */
export function hindiAgedNewcomer(paragraph: string, rest: string): { name: string; at: number } | null {
  const first = paragraph.slice(0, paragraph.search(/[।!?]|$/u) + 1);
  if (!AGED.test(first)) return null;
  const found = hindiSubject(first);
  if (!found || found.kind !== 'name' || found.pronoun) return null;
  const at = first.indexOf(found.phrase);
  // (The name must stand right after the age: `81 वर्षीय X Y`, no other subject of the sentence.)
  if (at < 0 || !/वर्षीय\s+$/u.test(first.slice(0, at))) return null;
  const words = found.phrase.split(' ');
  const third = first.slice(at + found.phrase.length).trim().split(/\s+/u)[0] ?? '';
  if (words.length === 2 && third && mayBeHindiGivenName(third) && writtenAlone(third, rest)) return { name: `${found.phrase} ${third}`, at };
  // (`81 वर्षीय X Y गाँव के …`: the reader took the place before a postposition as a third word; a lone `Y जी` later shows the name ends at Y.)
  if (words.length === 3 && !writtenAlone(words[2]!, rest) && writtenAlone(words[1]!, rest)) return { name: words.slice(0, 2).join(' '), at };
  return { name: found.phrase, at };
}
