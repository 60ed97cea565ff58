/**
 * A full name glued after the name of the body the person heads (`General secretary of the Barbados Workers’ Union Andrea
 * Skeete`, `chair of the Harbour Traders Association Leo Brandt`): the run reaches back over the body, and cleaning it
 * leaves the body's last word before the name ("Union Andrea Skeete"), which no person is called.
 */
import { isTitle, looksLikePerson, mayBeFamilyName } from './names';
import { withoutBodyConjunctions } from './coordinated-body';
import { isRoleWord } from './roles';

/** Nouns that close a body's name and no person's: `… Boatmen Union`, `… Traders Association`, `… Cycle Club`. */
// (An electoral or local unit closes a seat's name the same way: `Councillor for the Riverside Ward Anna X`, `the Bellfield
// Division X Y`; only before two name words or more, so `Mary Ward` and `Ann District-Jones` stay names.)
const BODY_CLOSING = /^(?:Union|Association|Society|Federation|Council|Club|Brigade|Authority|Board|Committee|Commission|Trust|Chamber|Institute|Guild|Alliance|Cooperative|Co-operative|Foundation|Department|Agency|Ministry|League|Ward|Division|Constituency|District|Precinct|Borough)$/u;

/** The full name after a body's closing word, the body's own words before it: `Hillside District Council Peter X` → `Peter X`. */
export function personAfterBody(words: readonly string[]): string | null {
  const closing = words.findLastIndex((word, i) => i > 0 && i < words.length - 2 && BODY_CLOSING.test(word));
  return closing > 0 && looksLikePerson(words.slice(closing + 1).join(' ')) ? words.slice(closing + 1).join(' ') : null;
}

/** `name` without a body's closing word before two name words or more, when the run `run` had words of that body before it. */
export function withoutBodyTail(name: string, run: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  // (`Harbour Boatmen Union Mary Thomas`: the body's whole name in the run, its closing noun after a word of its own and
  // before two name words or more.)
  const person = personAfterBody(words);
  if (person) return person;
  const first = words[0]!;
  // (Only a capitalised common word: no name, form of address or acronym; and never the run's own first word.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || mayBeFamilyName(first) || isTitle(first) || !new RegExp(`\\S\\s+${first}\\s`, 'u').test(run)) return name;
  const rest = words.slice(1).join(' ');
  return looksLikePerson(rest) ? rest : name;
}

/** A body's capitalised words, its acronym in brackets, then a capital going on: `Badan Penanggulangan Bencana Daerah (BPBD) Kota Bogor X Y`. */
const WRITTEN_OUT_ACRONYM = /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,5})\s\((\p{Lu}{2,6})\)(?=\s+\p{Lu})/gu;
/** Its acronym in brackets alone, which any match holds. */
const BRACKETED_ACRONYM = /\((?:\p{Lu}{2,6})\)/u;

/**
 * The text with a body's acronym blanked where the words before it spell it (same offsets), so the capitalised run goes on
 * through it: `Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bogor X Y` is one office and a name, not a person "Bencana Daerah".
 */
export function withoutBodyAcronyms(text: string): string {
  return withoutWrittenOutAcronyms(withoutBodyConjunctions(text)); // (and a conjunction inside a body's name, coordinated-body.ts)
}

function withoutWrittenOutAcronyms(text: string): string {
  // (The pattern's bracketed acronym looked for alone first: most texts have brackets, few an acronym in them.)
  if (!text.includes('(') || !BRACKETED_ACRONYM.test(text)) return text;
  return text.replace(WRITTEN_OUT_ACRONYM, (all, words: string, acronym: string) => {
    const initials = words.split(/\s+/u).slice(-acronym.length).map((word) => word[0]).join('');
    return initials === acronym ? `${words} ${' '.repeat(acronym.length + 2)}` : all;
  });
}

/** A plural noun, the plural possessive's bare apostrophe, then a closing noun: `Traders’ Association`, `Growers' Union`. */
const PLURAL_POSSESSIVE_CLOSING = /\p{Ll}s[’'][^\S\n]+(\p{Lu}[\p{L}-]*)$/u;

/**
 * A run closing on a body's name written with the plural possessive is that body, not a person: `chairman of the Harbour
 * Traders’ Association` (no person "Harbour Traders"); a person after it, `the Workers’ Union Ann Rees`, keeps the run.
 */
export function isPluralPossessiveBody(run: string): boolean {
  const closing = PLURAL_POSSESSIVE_CLOSING.exec(run);
  return closing !== null && BODY_CLOSING.test(closing[1]!);
}

/** An office with "of/for the" (group 1, its last word group 2), then a capitalised run (group 3): `The chairman of the Hillside Council Peter X`. */
const OFFICE_OF_BODY_RUN = /^(?:[Tt]he\s+)?((?:\p{L}[\p{L}-]*\s+){0,2}?(\p{L}[\p{L}-]*)\s+(?:of|for)\s+the\s+)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){3,8})$/u;

/**
 * `The chairman of the Hillside District Council Peter X said`: an office, the body's name closing on a body's noun, and a
 * full name glued after it. The person speaks, the office with the body's name is the role (not the body, nor
 * `the Hillside District Council Peter X` as a description).
 */
export function officeOfBodyThenPerson(words: string): { role: string; name: string } | null {
  const found = OFFICE_OF_BODY_RUN.exec(words.trim());
  if (!found || !isRoleWord(found[2]!)) return null;
  const person = personAfterBody(found[3]!.split(/\s+/u));
  return person ? { role: `${found[1]}${found[3]!.slice(0, found[3]!.length - person.length).trim()}`, name: person } : null;
}

/** An office, "of/for the" and a body's capitalised name, right before a person's name: `The chairman of the Hillside Council `. */
const OFFICE_OF_BODY = /(?:^|[\s,(])((?:\p{L}[\p{L}-]*\s+){0,2}?(\p{L}[\p{L}-]*)\s+(?:of|for)\s+the\s+)((?:\p{Lu}[\p{L}’'-]*\s+){1,6})$/u;

/** The same office read off the words before a name (`before`, the run's own words before it `runLead`), for the text's book of roles. */
export function officeOfBody(runLead: string, before: string): string | null {
  const words = `${before}${runLead.trim() ? `${runLead.trim()} ` : ''}`;
  // (Most names have no "of the" before them: the end-anchored pattern would be tried from every offset for nothing.)
  if (!/(?:of|for)\s+the\s/u.test(words)) return null;
  const found = OFFICE_OF_BODY.exec(words);
  if (!found || !isRoleWord(found[2]!) || !BODY_CLOSING.test(found[3]!.trim().split(/\s+/u).at(-1)!)) return null;
  return `${found[1]!.replace(/^(?:The|the)\s+/u, '')}${found[3]!.trim()}`;
}

/** A seat's unit noun no one is named (`Ward` is, so it stays). */
const UNIT_NOUN = /^(?:Division|Constituency|Precinct|Borough|District)$/u;

/** `Councillor for the Brackwater Division Desmond X`: a run left opening on a seat's unit noun is the person after it (`Division Desmond X` → `Desmond X`). */
export function withoutLeadingUnit(name: string): string {
  const [first, ...rest] = name.split(' ');
  return rest.length >= 2 && UNIT_NOUN.test(first!) && looksLikePerson(rest.join(' ')) ? rest.join(' ') : name;
}
