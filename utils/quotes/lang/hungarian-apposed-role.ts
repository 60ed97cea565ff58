/**
 * `Kovács Dóra, a Zöldváros Egyesület önkormányzati képviselője, …`: Hungarian sets the office after the name with the
 * article and the body it serves, the office noun carrying the possessive ending (-ja, -je, -a, -e: "its representative").
 * A town or country takes no article: `Kiss Anna, Kisvárda polgármestere, …`, `X, Magyarország nagykövete`.
 */

import { isNewLanguageRoleNoun } from './newlang-roles';

/** The possessive endings on an office noun: `képviselője`, `igazgatója`, `elnöke`, `titkára`. */
const POSSESSIVE = /^(\p{Ll}[\p{Ll}-]{3,}?)(?:ja|je|a|e)$/u;

/** The apposition after a name up to its office noun in the possessive, or null (`, a Városi Kft. ügyvezetője`). */
export function hungarianApposedRole(after: string): string | null {
  // (Without the article the apposition must open on a capital, a place's name: `, Kisvárda polgármestere`.)
  const found = /^,\s+(?:(?:a|az)\s+([^,;:!?–—()«»„”"]{3,100})|(\p{Lu}[^,;:!?–—()«»„”"]{2,100}))/u.exec(after);
  const apposition = found?.[1] ?? found?.[2];
  if (!apposition) return null;
  const words = apposition.split(/\s+/u).slice(0, 8);
  const at = words.findIndex((word) => {
    const stem = POSSESSIVE.exec(word.replace(/[.]+$/u, ''))?.[1];
    // (`ügyvezetője` → `ügyvezető`; `titkára` → `titkár`, the lengthened vowel before the ending taken back.)
    return !!stem && [stem, stem.replace(/á$/u, 'a').replace(/é$/u, 'e')].some((noun) => isNewLanguageRoleNoun(noun));
  });
  // (`, a Nemzeti Park Igazgatóság ornitológusa`: the first lower-case word after a body's capitalised name, possessed, is
  // what the person is to the body, listed or not.)
  const first = words.findIndex((word) => /^\p{Ll}/u.test(word));
  const held = at < 0 && first > 0 && /^\p{Lu}/u.test(found![1] ?? '') && POSSESSIVE.test(words[first]!.replace(/[.]+$/u, '')) ? first : at;
  return held >= 0 ? words.slice(0, held + 1).join(' ').replace(/[.]+$/u, '') : null;
}
