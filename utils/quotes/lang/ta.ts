/**
 * Tamil: after a quote `” என்றார் X.` (the verb of saying before its subject), `” என்று அவர் குறிப்பிட்டார்.` (the quotative
 * என்று, then the respectful pronoun and a verb), `” என்று பாராட்டினார் X.`, `” என்று எச்சரித்தார்.` (its subject left out);
 * before one `X கூறியதாவது: “…”` ("X said as follows"), `X-இன் கூற்றுப்படி, “…”` ("according to X"), `<role> X, “…”` (the
 * subject, a comma, the quote, then the verb). The script has no capitals, so a name is read by structure: the last
 * words before the verb (or after it), back to a role noun or a word in the genitive, an initial (`எஸ். X`) kept with it.
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';
import { quotativeReader } from './dravidian';

/** Offices and occupations written before a name; nouns of agents end in -ாளர், -ஞர், -நர். */
const ROLES = new Set(
  ('உறுப்பினர் ஆசிரியர் இல்லத்தரசி தலைவர் அமைச்சர் மேயர் ஆணையர் அதிகாரி மருத்துவர் விவசாயி மாணவர் மாணவி நிபுணர் ' +
    'பேராசிரியர் இயக்குநர் செயலர் துணைத்தலைவர் எம்எல்ஏ எம்பி ஓட்டுநர் வியாபாரி தொழிலாளி மீனவர் ஆட்சியர் நீதிபதி').split(' '),
);
/** Words in the genitive (`கழகத்தின்`, `மன்றத்தின்`) or dative (`அவருக்கு`): whose or to whom, no name. */
const CASE_ENDING = /(?:த்தின்|ின்|இன்|க்கு|ுக்கு)$/u;

/** A name's owner form back to the name: `செல்வத்தின்` -> `செல்வம்`, `கண்ணனின்` -> `கண்ணன்`. */
function fromGenitive(word: string): string {
  if (word.endsWith('த்தின்')) return `${word.slice(0, -'த்தின்'.length)}ம்`;
  if (word.endsWith('ின்')) return `${word.slice(0, -'ின்'.length)}்`;
  return word;
}

const reader = quotativeReader({
  letter: /[\u0b80-\u0bff]/u,
  quotative: '(?:என்றும்|என்று|எனவும்|என)',
  quotativeOptional: false,
  // "said" / "says", respectful third person: the verb of the quotative itself.
  said: '(?:என்றார்|என்கிறார்|என்றனர்|என்கின்றனர்|என்றார்கள்)',
  pronoun: '(?:அவர்|அவள்|அவன்|அவர்கள்)',
  // A finite verb in the respectful third person, past or present (`தெரிவித்தார்`, `கூறுகிறார்`, `கேட்கிறான்`).
  finite: '[\\u0b80-\\u0bff]+(?:ார்|ார்கள்|னர்|ான்|ாள்)',
  // Verbs that open what a person said, before it: "said as follows", "while saying".
  opens: '(?:கூறியதாவது|தெரிவித்ததாவது|கூறுகையில்|கூறும்போது|பேசுகையில்|தெரிவிக்கையில்)',
  according: '(?:கூற்றுப்படி|கருத்துப்படி)',
  roles: ROLES,
  roleShape: /(?:ாளர்|ஞர்|நர்)$/u,
  loneNameTag: false,
  caseEnding: CASE_ENDING,
  small: new Set('இது இந்த அந்த குறித்து பற்றி மேலும் ஆனால் அதே ஒரு அவர் அவர்கள் நான் நாங்கள்'.split(' ')),
  fromGenitive,
});

export const tamil = reader.cues;
/** Whether a word may be part of a name (no role, case form or small word): fuller-names.ts reads it. */
export const mayBeTamilNameWord = reader.mayBeNamePart;
const { isRole, isNameWord, isInitial } = reader;

/**
 * The person a sentence introduces with a role (`… வியாபாரி டி. X நேற்று …`, `மருத்துவர் X (50) …`): the role noun, its
 * initials and one name word after it (two when a comma closes the second).
 */
export function tamilSubject(sentence: string): SpeakerPhrase | null {
  const tokens = sentence.trim().split(/\s+/u);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isRole(tokens[i]!.replace(/[,.]$/u, ''))) continue;
    let at = i + 1;
    const name: string[] = [];
    while (isInitial(tokens[at] ?? '') || /^[\u0b80-\u0bff]{1,3}\u2024$/u.test(tokens[at] ?? '')) name.push(tokens[at++]!);
    const first = tokens[at]?.replace(/,$/u, '') ?? '';
    if (!isNameWord(first)) continue;
    name.push(first);
    const second = tokens[at + 1] ?? '';
    if (!tokens[at]!.endsWith(',') && /,$/u.test(second) && isNameWord(second.slice(0, -1))) name.push(second.slice(0, -1));
    return person(name.join(' ').replace(/\u2024/gu, '.'), tokens.slice(Math.max(0, i - 2), i + 1).filter((token) => !CASE_ENDING.test(token)).join(' '));
  }
  return null;
}

/** Tamil initials' dots (`டி. X`) as a one-dot leader, so a sentence splitter sees no stop there; tamilSubject gives them back. */
export const withTamilInitialsJoined = (text: string) => text.replace(/(?<=(?:^|\s)[\u0b80-\u0bff]{1,2}[\u0bcd\u0bc6\u0bc7\u0bbf\u0bc0])\./gu, '\u2024');
