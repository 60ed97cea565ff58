/**
 * Hungarian `A`/`Az` is "the": `Az ápolónő reggel felhívta a kórházat: „…”`, `A pék később hozzátette, hogy …` open
 * with the person the text named with that noun, never someone new as English `A nurse …` would be. The sentence must hold
 * Hungarian's own letters or small words (`Az` alone is never English).
 */

import type { SpeakerPhrase } from '../speaker-phrase';
import { isNewLanguageRoleNoun } from './newlang-roles';
import { person } from './shared';
import { hungarianApposedRole } from './hungarian-apposed-role';
import { HUNGARIAN_BODY_COMPOUND } from '../non-person-words';

const OPENING = /^\s*(Az?)\s+(\p{Ll}{4,})\s+\p{Ll}/u;
/** `A megyei jegyző szerint`, `A hegyközségi elnök így …`: an adjective in -i before the noun (the noun read then). */
const ADJECTIVE_OPENING = /^\s*(Az?)\s+\p{Ll}{3,}i\s+(\p{Ll}{4,})\s+\p{Ll}/u;
/** Case endings and the plural on the noun (`A hazaiak`, `A közgyűlésen`, `A lakásban`): a place, a time or a group, no one person. */
const CASE_OR_PLURAL = /(?:k|on|en|ön|ban|ben|ba|be|ból|ből|ról|ről|nál|nél|hoz|hez|höz|val|vel|nak|nek|ra|re|ig|ért|ul|ül|kor)$/u;
/** Hungarian's own letters or words no other language here writes (`nem`, `este`, `is` are words elsewhere too). */
const HUNGARIAN = /[őűŐŰ]|(?:^|\s)(?:hogy|még|volt|ugyanakkor|szerint|és|pedig|aki|azt|egy|sem)(?=[\s,.:]|$)/u;

/** Whether a text holds Hungarian's own letters or small words. */
export const isHungarianText = (text: string): boolean => HUNGARIAN.test(text) && /(?:^|\s)(?:hogy|szerint|mondta|és|egy|volt|nem)(?=[\s,.:]|$)/u.test(text);

/** `… és Mészáros Judit jegyző szerint a falu …`: a full name, maybe a role of up to three words, and "according to". */
const SOURCE = /(?:^|[\s,])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})((?:\s+\p{Ll}+){0,3}?)\s+szerint(?![\p{L}])/u;
/**
 * `Kiss-Tóth Ede, a Megyei Vízügyi Igazgatóság hidrológusa szerint …`: the full name, its apposition with the body and the
 * office in the possessive, then "according to": the source is the name, never the body's capitalised words before the office.
 */
const APPOSED_SOURCE = /(?:^|[\s,])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+){1,2})(,\s+[^,.;:!?„”"]{3,100}?)\s+szerint(?![\p{L}])/u;
/** Whether a capitalised run closes on a body's noun (`Vízügyi Igazgatóság`), no one's name. */
const namesBody = (run: string): boolean => HUNGARIAN_BODY_COMPOUND.test(run.split(/\s+/u).at(-1)!);

/** Whether the sentence opens with Hungarian's definite article (`A`/`Az`) and a lower-case noun. */
export function opensWithHungarianDefinite(sentence: string): boolean {
  const found = openingOf(sentence);
  // (`A döntő gólt lövő X Y köszönte:`: a full name later in the sentence is its subject, the opening only words about it.)
  if (!found || CASE_OR_PLURAL.test(found[2]!) || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence.slice(found[0].length))) return false;
  return found[1] === 'Az' || HUNGARIAN.test(sentence);
}

// (An adjective before the noun only before a role noun: `A hagyományos fesztivál` is no one.)
const openingOf = (sentence: string) => OPENING.exec(sentence) ?? (ADJECTIVE_OPENING.exec(sentence)?.[2] && isNewLanguageRoleNoun(ADJECTIVE_OPENING.exec(sentence)![2]!) ? ADJECTIVE_OPENING.exec(sentence) : null);

/**
 * The opening noun as a descriptor for the person named with it (attribute.ts resolves it), or null; in a sentence
 * giving its source by name (`X Y polgármester szerint`), that person, whatever opens it.
 */
export function hungarianDefiniteOpening(sentence: string): SpeakerPhrase | null {
  // (`szerint` is a literal of the pattern: most sentences lack it.)
  const apposed = sentence.includes('szerint') ? APPOSED_SOURCE.exec(sentence) : null;
  const office = apposed && !namesBody(apposed[1]!) ? hungarianApposedRole(apposed[2]!) : null;
  if (office && HUNGARIAN.test(sentence)) return person(apposed![1]!, office);
  const source = sentence.includes('szerint') ? SOURCE.exec(sentence) : null;
  if (source && !namesBody(source[1]!) && HUNGARIAN.test(sentence)) return person(source[1]!, source[2]!.trim().split(/\s+/u).some((word) => isNewLanguageRoleNoun(word)) ? source[2]!.trim() : null);
  if (!opensWithHungarianDefinite(sentence)) return null;
  const noun = openingOf(sentence)![2]!;
  return { phrase: 'they', kind: 'name', pronoun: true, descriptor: true, role: noun, definite: noun };
}
