/**
 * Hungarian `A`/`Az` is "the": `Az ápolónő reggel felhívta a kórházat: „…”`, `A pék később hozzátette, hogy …` open
 * with the person the text named with that noun, never someone new as English `A nurse …` would be. The sentence must hold
 * Hungarian's own letters or small words (`Az` alone is never English).
 */

import type { SpeakerPhrase } from '../speaker-phrase';

const OPENING = /^\s*(Az?)\s+(\p{Ll}{4,})\s+\p{Ll}/u;
/** Case endings and the plural on the noun (`A hazaiak`, `A közgyűlésen`, `A lakásban`): a place, a time or a group, no one person. */
const CASE_OR_PLURAL = /(?:k|on|en|ön|ban|ben|ba|be|ból|ből|ról|ről|nál|nél|hoz|hez|höz|val|vel|nak|nek|ra|re|ig|ért|ul|ül|kor)$/u;
/** Hungarian's own letters or words no other language here writes (`nem`, `este`, `is` are words elsewhere too). */
const HUNGARIAN = /[őűŐŰ]|(?:^|\s)(?:hogy|még|volt|ugyanakkor|szerint|és|pedig|aki|azt|egy|sem)(?=[\s,.:]|$)/u;

/** Whether the sentence opens with Hungarian's definite article (`A`/`Az`) and a lower-case noun. */
export function opensWithHungarianDefinite(sentence: string): boolean {
  const found = OPENING.exec(sentence);
  // (`A döntő gólt lövő X Y köszönte:`: a full name later in the sentence is its subject, the opening only words about it.)
  if (!found || CASE_OR_PLURAL.test(found[2]!) || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence.slice(found[0].length))) return false;
  return found[1] === 'Az' || HUNGARIAN.test(sentence);
}

/** The opening noun as a descriptor for the person named with it (attribute.ts resolves it), or null. */
export function hungarianDefiniteOpening(sentence: string): SpeakerPhrase | null {
  if (!opensWithHungarianDefinite(sentence)) return null;
  const noun = OPENING.exec(sentence)![2]!;
  return { phrase: 'they', kind: 'name', pronoun: true, descriptor: true, role: noun, definite: noun };
}
