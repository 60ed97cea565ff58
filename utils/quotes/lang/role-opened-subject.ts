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

/**
 * The complement first and the role noun last, right before the name: `Maa-ameti kaardiosakonna juhataja X Y
 * kinnitas`, `Rannas elav 81-aastane pensionär X Y loeb …`, `Liepājas Universitātes ekonomikas profesors X Y`
 * (Estonian, Finnish, Hungarian, Baltic word order).
 */
const COMPLEMENT_ROLE_NAME = /^((?:\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+)((?:\s+[\p{Ll}\d][\p{Ll}\d-]*){1,5})\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=,|\s+\p{Ll}|\s+\()/u;

const ENGLISH_CLAUSE_WORD = /(?:^|\s)(?:and|or|the|an?|of|to|with|for|met|told|said|says|has|had|was|is|\p{Ll}+ed)(?=\s|$)/u;

/**
 * Hungarian writes the role after the name: `Varga Béla nyugdíjas tanár, aki …`, `A közgyűlésen a várost dr. Nagy
 * Ferenc alpolgármester képviselte`: the sentence's first full name, then lower-case words holding a role noun, then a
 * relative clause or the verb.
 */
const NAME_THEN_ROLE = /^(?:(?:\p{Lu}\p{Ll}*\s+(?=\p{Ll}))?[^\p{Lu}.!?]*?\s)?(?:dr\.\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?=,\s+aki\s|\s+\p{Ll})/u;

function nameThenRole(opening: string): SpeakerPhrase | null {
  const found = NAME_THEN_ROLE.exec(opening);
  const words = found?.[2]!.split(/\s+/u) ?? [];
  const first = words.findIndex((word) => isNewLanguageRoleNoun(word));
  if (!found || first < 0) return null;
  // (`alpolgármester képviselte`: a past-tense verb in -t, -tt, -ta or -te ends the role.)
  const verb = words.findIndex((word, i) => i > first && /\p{Ll}{3}(?:t|tt|ta|te|tta|tte)$/u.test(word));
  return person(found[1]!, words.slice(0, verb < 0 ? words.length : verb).join(' '));
}

export function roleOpenedSubject(opening: string): SpeakerPhrase | null {
  const match = ROLE_COMPLEMENT_NAME.exec(opening);
  if (match && isRoleNoun(match[1]!)) return person(match[3]!, `${match[1]!.toLowerCase()}${match[2]!}`);
  const complementFirst = COMPLEMENT_ROLE_NAME.exec(opening);
  const lower = complementFirst?.[2]!.trim() ?? '';
  // (`Trump met council leader X and said`: an English verb or function word among them makes the opening the subject.)
  if (!complementFirst || !isRoleNoun(lower.split(/\s+/u).at(-1)!) || ENGLISH_CLAUSE_WORD.test(lower)) return nameThenRole(opening);
  return person(complementFirst[3]!, `${complementFirst[1]} ${lower}`);
}
