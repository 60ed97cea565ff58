/**
 * Vietnamese papers name a person in full once (`kỹ sư Phan Quốc Huy`) and then by a kinship form of address and the given
 * name, the full name's last word: `Anh Huy cho biết`, `Chị Lan kể`, `Cô Hằng nói`. Opening a sentence the address is
 * capitalised and, before a given name in plain ASCII (`Huy`, `Lan`), names.ts keeps it as a first name (`Anh Tran` in
 * English is one); such a mention is the person the text named in full with Vietnamese letters and that last word.
 */

import type { PersonMention } from '../person-mentions';

/** Letters only Vietnamese writes among the Latin-script languages read here (ă, â, đ, ơ, ư and the tone marks). */
const VIETNAMESE_ONLY_LETTER = /[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]/u;

/** Kinship forms of address set before a given name: elder brother, elder sister, aunt or teacher, younger one, uncle, great-uncle, elder, grandchild, master. */
const KIN_ADDRESS = /^(?:Anh|Chị|Cô|Em|Chú|Bác|Cụ|Cháu|Thầy)$/u;

/** `Anh Huy` after `Phan Quốc Huy`: the one full name (three words or more, in Vietnamese letters) ending with the given name. */
export function vietnameseKinGiven(words: readonly string[], people: readonly PersonMention[]): string | undefined {
  if (words.length !== 2 || !KIN_ADDRESS.test(words[0]!)) return undefined;
  const given = words[1]!;
  const fulls = new Set(people.map((person) => person.name).filter((name) => VIETNAMESE_ONLY_LETTER.test(name) && name.endsWith(` ${given}`) && name.split(/\s+/u).length >= 3));
  return fulls.size === 1 ? [...fulls][0] : undefined;
}
