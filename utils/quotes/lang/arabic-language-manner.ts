/**
 * Arabic: the language a person spoke in, written after their name (`وأضافت X بالفرنسية:`, "X added in French";
 * `قال X بالعامية`, "in the vernacular"), is how the words were said, no part of the name: `ب` + article + a language's
 * noun, which ends in ـية or ـة (`بالعربية`, `بالأمازيغية`, `بالعامية`). A family name in `بال` (`بالحاج`) ends in no ـة.
 */

import type { SpeakerPhrase } from '../cues';

const LANGUAGE_AFTER_NAME = /\s+بال\p{Script=Arabic}{2,}(?:ية|ة)$/u;

export function withoutLanguageManner(found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.pronoun || !LANGUAGE_AFTER_NAME.test(found.phrase.trim())) return found;
  const phrase = found.phrase.trim().replace(LANGUAGE_AFTER_NAME, '');
  return phrase ? { ...found, phrase } : found;
}
