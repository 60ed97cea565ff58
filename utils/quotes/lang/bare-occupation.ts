/**
 * Slavic languages write no article, so a person's trade set off after the name is a bare lower-case noun, often with a
 * relative clause or a place after it: `Ана Петровска, лекарка која …`, `Иван Колев, рибар од Струга со …`,
 * `Marko Babić, stolar iz Zadra,`. The noun opening such a group is the person's role (the English reading wants an article).
 * Not a group opening with a participle or an adverb (`, повреден во несреќата,`), whose word is no agent noun.
 */

import { romanianAgedRole } from './ro-aged-role';
import { isForeignRoleNoun } from './role-nouns';

/** Agent nouns by their ending (`рибар`, `возач`, `градинарка`, `ribar`, `vozač`, `učiteljica`): no list holds every trade. */
const AGENT_END = /^\p{Ll}{3,}(?:ар|ач|ник|ец|ист|лог|тел|ица|арка|ачка|ничка|истка|телка|ar|ač|nik|ec|ist|log|telj|ica|arka|ačica|istka|teljica)$/u;

/** A relative pronoun after the noun (mk, bg, sr, ru, uk, be; hr, sl, pl, cs, sk): the clause is no part of the role. */
const RELATIVE = /^(?:кој|која|кое|кои|што|който|която|което|които|који|које|который|которая|которые|який|яка|які|якая|koji|koja|koje|ki|ka|który|która|kteří|který|která|ktorý|ktorá)$/u;
/** A preposition after the noun, its body or place (`од Струга`, `на болницата`, `iz Zadra`): kept with the noun. */
const CYRILLIC_PREPOSITION = /^(?:од|во|на|из|от|в|у|ў|з|со|с|при|кај)$/u;
/** Latin-script Slavic prepositions no Romance language writes (`na`, `u` would pass for Portuguese ones). */
const LATIN_PREPOSITION = /^(?:iz|od|kod|ze|z|w)$/u;

/** The role a bare Slavic appositive gives (`рибар од Пештани` → itself, `столарка која …` → `столарка`), or null. */
export function bareSlavicOccupation(group: string): string | null {
  const words = group.trim().replace(/[.,;:]+$/u, '').split(/\s+/u);
  const noun = words[0] ?? '';
  const cyrillic = /^\p{Script=Cyrillic}+$/u.test(noun);
  // (Latin script: only a Slavic ending, `ribar`, `učiteljica`; a Romance agent noun, `moradora na …`, is another language's.)
  if (!/^\p{Ll}/u.test(noun) || !((cyrillic && isForeignRoleNoun(noun)) || AGENT_END.test(noun))) return null;
  if (words.length === 1) return cyrillic ? noun : null;
  if (RELATIVE.test(words[1]!)) return noun;
  const preposition = cyrillic ? CYRILLIC_PREPOSITION : LATIN_PREPOSITION;
  if (!preposition.test(words[1]!)) return null;
  // (`директор на болницата`: the office with its body, as an English-style reading gives it; a long group keeps the noun.)
  return words.length <= 6 ? words.join(' ') : noun;
}

/** A role that an appositive group gives by its form alone: a Romanian age after a noun, or a bare Slavic trade. */
export function roleByGroupForm(group: string): string | null {
  return romanianAgedRole(group) ?? bareSlavicOccupation(group);
}
