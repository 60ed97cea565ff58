/**
 * Albanian offices and trades with the endings the language glues on: the suffixed article (`kapiteni` the captain,
 * `mjekja` the doctor), the feminine (`mësuese`). Shared by the cues (sq.ts)
 * and the readers of an apposed role (`X, kapiteni i anijes, tha …`, apposed-role.ts), so a stem listed once is read in all.
 */

import { isNewLanguageRoleNoun } from './newlang-roles';

/**
 * Offices and trades, bare and with the suffixed article, masculine and feminine (`mjek`, `mjeku`, `mjekja`): beside those
 * newlang-roles.ts knows. Only the stems are listed; the endings are read by ROLE_ENDING.
 */
const ROLE_STEMS = new Set(
  ('kryetar zëdhënës drejtor drejtoresh ministr minist deputet kryebashkiak ekspert pedagog inxhinier mësues studiues profesor profesoresh ' +
    'mjek avokat gazetar shef banor pronar president sekretar fermer peshkatar punëtor shofer analist ekonomist kryeredaktor ' +
    'kryeministr zyrtar aktivist përfaqësues koordinator trajner kapiten prokuror gjykatës polic komandant drejtues nënkryetar shitës ' +
    // (people a story meets: a pensioner, a student, a nurse, a driver's fellow traveller)
    'pensionist student infermier udhëtar').split(' '),
);
/** A role's ending: none, the article (-i, -u, -a, -ja, -ja) or the feminine (-e, -ja, -esha). */
const ROLE_ENDING = /^(\p{Ll}+?)(?:i|u|a|ja|e|ia|ja)?$/u;

export function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  if (isNewLanguageRoleNoun(lower) || ROLE_STEMS.has(lower)) return true;
  for (let cut = 1; cut <= 2; cut++) if (ROLE_STEMS.has(lower.slice(0, -cut)) && ROLE_ENDING.test(lower)) return true;
  return false;
}

/** `kapiteni i anijes`: an Albanian role noun with its genitive link after it (`i`, `e`, `të`, `së`), the words of an apposed role. */
export function isAlbanianLinkedRole(words: string): boolean {
  const [noun, link] = words.split(/\s+/u);
  return !!noun && !!link && /^(?:i|e|të|së)$/u.test(link) && /^\p{Ll}/u.test(noun) && isRole(noun);
}
