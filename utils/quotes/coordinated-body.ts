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
  return withoutSecondHalves(text).replace(OFFICE_BODY_AND, (all, office: string, body: string, conjunction: string) =>
    isNewLanguageRoleNoun(office) && !looksLikePerson(body.trim()) ? `${office}${body} ${' '.repeat(conjunction.length)}` : all,
  );
}

/**
 * `un porte-parole de Pêches et Océans Canada`, `un portavoz de Bosques y Aguas Nacionales`: after a preposition, one capitalised
 * noun, "and", then the run. Two plural nouns (or an abstract noun first) joined so name one body, and the run is its second
 * half, no person. (`la fille de Claire et Jean Morel`: a given name before the conjunction is a second person; it has neither shape.)
 */
const BODY_FIRST_NOUN = new RegExp(String.raw`(?:^|\s)(?:de|des|du|d['’]|di|del|della|dei|delle|da|do|dos|das|von|vom|der|of)\s*(\p{Lu}\p{Ll}+)\s+(?:${CONJUNCTIONS})\s+$`, 'u');
const ABSTRACT_NOUN = /(?:té|tion|sion|ción|sión|dad|zione|ção|ture|tura|ence|encia|enza|ência)$/u;
const PLURAL_NOUN = /\p{Ll}{2,}[sx]$/u;

/** Whether the capitalised run after `before` is the second half of a body's name joined by "and". */
export function isBodySecondHalf(before: string, run: string): boolean {
  const first = BODY_FIRST_NOUN.exec(before)?.[1];
  if (!first) return false;
  const second = run.split(/\s+/u)[0] ?? '';
  return ABSTRACT_NOUN.test(first) || ABSTRACT_NOUN.test(second) || (PLURAL_NOUN.test(first) && PLURAL_NOUN.test(second));
}

/** A preposition, a capitalised noun, "and", and the capitalised run after it (see isBodySecondHalf). */
const PREPOSITION_NOUN_AND_RUN = new RegExp(String.raw`(?<![\p{L}])(?:de|des|du|di|del|della|dei|delle|da|do|dos|das|von|vom|der|of)\s+\p{Lu}\p{Ll}+\s+(?:${CONJUNCTIONS})\s+(\p{Lu})(\p{Ll}+(?:\s+${CAPITAL})*)`, 'gu');

/** The text with the second half of such a body's name set in lower case (same offsets), so no person is read in it: `Pêches et océans Canada`. */
function withoutSecondHalves(text: string): string {
  return text.replace(PREPOSITION_NOUN_AND_RUN, (all: string, initial: string, rest: string, at: number) =>
    isBodySecondHalf(text.slice(at, at + all.length - initial.length - rest.length), `${initial}${rest}`) ? `${all.slice(0, all.length - initial.length - rest.length)}${initial.toLowerCase()}${rest}` : all,
  );
}
