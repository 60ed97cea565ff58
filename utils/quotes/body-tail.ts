/**
 * A full name glued after the name of the body the person heads (`General secretary of the Barbados Workers’ Union Andrea
 * Skeete`, `chair of the Harbour Traders Association Leo Brandt`): the run reaches back over the body, and cleaning it
 * leaves the body's last word before the name ("Union Andrea Skeete"), which no person is called.
 */
import { isTitle, looksLikePerson, mayBeFamilyName } from './names';
import { withoutBodyConjunctions } from './coordinated-body';

/** Nouns that close a body's name and no person's: `… Boatmen Union`, `… Traders Association`, `… Cycle Club`. */
const BODY_CLOSING = /^(?:Union|Association|Society|Federation|Council|Club|Brigade|Authority|Board|Committee|Commission|Trust|Chamber|Institute|Guild|Alliance|Cooperative|Co-operative|Foundation|Department|Agency|Ministry|League)$/u;

/** `name` without a body's closing word before two name words or more, when the run `run` had words of that body before it. */
export function withoutBodyTail(name: string, run: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  // (`Harbour Boatmen Union Mary Thomas`: the body's whole name in the run, its closing noun after a word of its own and
  // before two name words or more.)
  const closing = words.findLastIndex((word, i) => i > 0 && i < words.length - 2 && BODY_CLOSING.test(word));
  if (closing > 0 && looksLikePerson(words.slice(closing + 1).join(' '))) return words.slice(closing + 1).join(' ');
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
