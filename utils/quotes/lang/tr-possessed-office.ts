/**
 * A Turkish compound title's head, with the possessive, before a name in a capitalised run: `Başkan Yardımcısı X Y`,
 * `Kulüp Başantrenörü X Y` (the club's chief coach). It is the title's, never a given name.
 */

import { isNewLanguageRoleNoun } from './newlang-roles';

/** The possessive after a vowel: `Yardımcısı`, `Sözcüsü`, `Üyesi`, `Sorumlusu`. */
// (After a vowel, a Turkish letter or a long word: the Akan given name `Kwesi` ends so too.)
const AFTER_VOWEL = /^\p{Lu}\p{Ll}+(?:[cç][ıiuü]s[ıiuü]|[aeıioöuü]s[ıiuü])$(?<=[ıİşŞğĞüÜöÖçÇ]\p{L}*|\p{L}{8,})/u;
/** The possessive after a consonant, -ı/-i/-u/-ü: `Müdürü`, `Başantrenörü`. */
const AFTER_CONSONANT = /^(\p{L}\p{Ll}{3,}[^aeıioöuü])([ıiuü])$/u;
/** The possessive vowel each last vowel of the stem takes (vowel harmony), which a given name like `Kemali` need not keep. */
const HARMONY: Record<string, string> = { a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' };

export function isTurkishTitleHead(word: string): boolean {
  return AFTER_VOWEL.test(word) || (/^\p{Lu}/u.test(word) && isTurkishPossessedOffice(word));
}

/** `başantrenörü`, `Müdürü`: a listed office with the possessive after a consonant, in either case. */
// (Only on a listed office, `başantrenör` being `baş-` and `antrenör`: `Kemali`, `Sabri` are names.)
export function isTurkishPossessedOffice(word: string): boolean {
  const parts = AFTER_CONSONANT.exec(word);
  const lastVowel = parts ? /[aeıioöuü](?=[^aeıioöuü]*$)/u.exec(parts[1]!.toLowerCase())?.[0] : undefined;
  return !!lastVowel && HARMONY[lastVowel] === parts![2] && isNewLanguageRoleNoun(parts![1]!);
}
