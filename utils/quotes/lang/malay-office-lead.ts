/**
 * Malay and Indonesian offices set before a name and its comma, which the general reader of a role before a name
 * misses: an office over a body whose capitalised name runs long and joins two fields with `dan`
 * (`Pengerusi Persatuan Nelayan dan Peniaga Kecil Teluk Sari, X,`), and a seat in a council or house, whose
 * head `Ahli` ("member") is no role noun alone (`Ahli gizi, Dr. X` is a nutritionist, read elsewhere).
 */

import { isNewLanguageRoleNoun } from './newlang-roles';

/** `Ahli Majlis MBSA`, `Ahli Parlimen Kuala Selangor`, `Ahli Dewan Undangan Negeri`: a member of a council or house. */
const MEMBER_OF_HOUSE = /^Ahli\s+(?:Majlis|Parlimen|Dewan)(?:\s+[\p{Lu}\d][\p{L}\d-]*)*$/u;

/** A capitalised office noun, then capitalised words only, `dan` ("and") joining them: `Ketua Gabungan Petani dan Penternak …`. */
const OFFICE_OVER_BODY = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]*)+(?:\s+dan(?:\s+\p{Lu}[\p{L}-]*)+)+$/u;

/** The office, when the words before the name are one of these Malay shapes (twelve words at most). */
export function malayOfficeLead(words: string): string | null {
  if (!/^(?:Ahli\s|\p{Lu}\p{Ll}+\s.*\sdan\s)/u.test(words) || words.split(/\s+/u).length > 12) return null;
  if (MEMBER_OF_HOUSE.test(words)) return words;
  return OFFICE_OVER_BODY.test(words) && isNewLanguageRoleNoun(words.split(/\s+/u)[0]!) ? words : null;
}
