/**
 * A body named with a coordinating conjunction inside it, right after an office and before a person's name (`Kepala Dinas
 * Kelautan dan Perikanan Budi Hartono`, `Kepala Badan Riset dan Inovasi …`): the lower-case conjunction breaks the capitalised
 * run, so the body's second half was read as the person's first name ("Perikanan Budi Hartono").
 */
import { isNewLanguageRoleNoun } from './lang/newlang-roles';
import { looksLikePerson } from './names';

/** "And" as the languages write it between two nouns of a body's name (not English `and`: `President Biden and First Lady …`). */
const CONJUNCTIONS = 'dan|und|et|e|y|i|a|és|ve|și|şi|og|och|en|ja|và|oraz';
/**
 * An office word, two capitalised words or more of its body, the conjunction, then three capitalised words or more (the body's
 * second noun and the person's name): `Kepala Dinas Kelautan dan Perikanan Budi Hartono`.
 */
const CAPITAL = String.raw`\p{Lu}[\p{Ll}’'-]+`;
const OFFICE_BODY_AND = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)((?:\s+${CAPITAL}){2,4})\s+(${CONJUNCTIONS})(?=(?:\s+${CAPITAL}){3})`, 'gu');

/**
 * The text with such a conjunction blanked (same offsets), so the run reads the office's body whole and the name after it.
 * (`Warga Budi Santoso dan Siti Rahayu Lestari`: words before the conjunction that read as a person's name are two people.)
 */
export function withoutBodyConjunctions(text: string): string {
  if (!/\s\p{Ll}{1,3}\s\p{Lu}/u.test(text)) return text;
  return text.replace(OFFICE_BODY_AND, (all, office: string, body: string, conjunction: string) =>
    isNewLanguageRoleNoun(office) && !looksLikePerson(body.trim()) ? `${office}${body} ${' '.repeat(conjunction.length)}` : all,
  );
}
