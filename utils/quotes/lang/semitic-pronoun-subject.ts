/**
 * `בספרה היא מתארת עשרות מקרים דומים.`, `وفي كتابه هو يصف عشرات القصص`: a personal pronoun right before the verb is its
 * subject, so the words after the verb are what was said or described, never a speaker's name.
 */

import { plainName, type SemiticLanguage } from './semitic';

export function pronounBeforeVerb(language: SemiticLanguage, beforeVerb: string): boolean {
  return !!language.pronouns[beforeVerb.trim().split(/\s+/u).at(-1) ?? ''];
}

/**
 * `פרופ' X Y, חוקרת מדיניות חינוך מאוניברסיטת Z, אומרת`: a comma group that is a title and a name is the person, so the
 * group after it is their office, never an office and a name of its own (`מהנדס התוכנה X Y` after an untitled office is).
 */
export function titledNameGroup(language: SemiticLanguage, group: string): boolean {
  const words = group.split(/[.!?:]\s/u).at(-1)!.trim().split(/\s+/u).filter(Boolean);
  return words.length >= 3 && words.length <= 4 && !!language.title?.test(words[0]!) && words.slice(1).every((word) => plainName(language, word));
}
