/**
 * A sentence opening with a capitalised role noun, its complement in lower case and a full name: `Wójt gminy Jan Kamiński
 * nie kryje radości:`, `Starosta obce Milan Šurka plánuje …`, `Kurátorka zbierky Mária Paľová hovorí, že …`. The subject is
 * the person, the words before the name their role (the first capital alone read as a name gave no speaker).
 */

import type { SpeakerPhrase } from '../cues';
import { isRoleWord } from '../roles';
import { isNewLanguageAgentNoun, isNewLanguageRoleNoun } from './newlang-roles';
import { person } from './shared';

const ROLE_COMPLEMENT_NAME = /^(\p{Lu}\p{Ll}+)((?:\s+\p{Ll}[\p{Ll}-]*){1,3})\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=,|\s+\p{Ll})/u;

/** A role noun, or the feminine in -ka of an agent noun (`kurátorka` of `kurátor`). */
function isRoleNoun(word: string): boolean {
  const plain = word.toLowerCase();
  return isRoleWord(plain) || isNewLanguageRoleNoun(plain) || isNewLanguageAgentNoun(plain) || (/ka$/u.test(plain) && isNewLanguageAgentNoun(plain.slice(0, -2)));
}

export function roleOpenedSubject(opening: string): SpeakerPhrase | null {
  const match = ROLE_COMPLEMENT_NAME.exec(opening);
  if (!match || !isRoleNoun(match[1]!)) return null;
  return person(match[3]!, `${match[1]!.toLowerCase()}${match[2]!}`);
}
