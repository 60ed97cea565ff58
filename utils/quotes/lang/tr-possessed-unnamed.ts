/**
 * Turkish brings in someone unnamed as "a <firm or place> <office or doer>", the head word taking the possessive of the
 * compound (`bir nakliye firması müdürü`, `bir fabrika yöneticisi`, `bir belediye çalışanı`), set off
 * by `ise`/`da` before the quote whose verb follows it (`… bir özel fabrika yöneticisi ise “…” dedi.`). The reader of unnamed
 * introductions knows bare persons (`bir öğretmen`), not such compounds; so the quote went unread and was dropped.
 */

import { isTurkishPossessedOffice } from './tr-possessed-office';
import { isNewLanguageRoleNoun } from './newlang-roles';

/** `bir` and up to four lower-case words, the last the head, then the topic's `ise`/`da`/`de` closing the frame. */
const POSSESSED_TOPIC = /(?:^|\s)([Bb]ir\s+(?:\p{Ll}+\s+){1,4}?(\p{Ll}+))\s+(?:ise|da|de)$/u;
/**
 * A doer's noun with the compound's possessive: `-ci`/`-çi` (`yöneticisi`, `temsilcisi`, `işçisi`), `-li` (`yetkilisi`),
 * a participle noun (`çalışanı`). (No bare `-ı`: `bir imar planı`, `bir diğer sorunu` are things.)
 */
const DOER_POSSESSED = /^\p{Ll}{2,}(?:[cç][ıiuü]s[ıiuü]|l[ıiuü]s[ıiuü]|ş(?:an[ıi]|en[i]))$/u;
/** The possessive after a vowel on a listed office: `sözcüsü`, `üyesi`. */
const OFFICE_AFTER_VOWEL = /^(\p{Ll}{3,}[aeıioöuü])s[ıiuü]$/u;

/** The description (`bir fabrika yöneticisi`) a Turkish frame before a quote ends with, else null. */
export function turkishPossessedUnnamed(frame: string): string | null {
  const found = POSSESSED_TOPIC.exec(frame);
  if (!found) return null;
  const head = found[2]!;
  const office = DOER_POSSESSED.test(head) || isTurkishPossessedOffice(head) || isNewLanguageRoleNoun(OFFICE_AFTER_VOWEL.exec(head)?.[1] ?? '');
  return office ? found[1]! : null;
}
