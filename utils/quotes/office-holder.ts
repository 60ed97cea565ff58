/**
 * `», a déclaré le ministre au Quotidien` after `Paul Girard, ministre de l’Agriculture, … Le préfet Jean Morel …`:
 * a definite descriptor (`le ministre`, `die Ministerin`, `la consejera`) whose noun heads a role the text gave someone
 * is that person, the latest one before the quote, even when others were named since (the outlet or listener after it
 * is cut by the reader). A German compound ending in the noun counts (`Kultusministerin` for `die Ministerin`).
 * Nobody holding such a role leaves the other readings (the person just named) to decide.
 */

import type { EntityBook } from './entities';
import type { SpeakerPhrase } from './speaker-phrase';
import { roleWrittenBefore } from './lang/introduced-role';
import { COMPLEMENT_MARKER } from './lang/shared';
import { ANY_OFFICIAL, anyOfficeHolder } from './any-official';

/** How far back (in characters) the holder may have been named. */
const REACH = 3000;

/** French copy's other word for the mayor (`répond l’édile`): the role noun it stands for. */
const MAYOR_ALIASES: Record<string, string> = { édile: 'maire' };

/** Italian copy's other name for the mayor, "first citizen" (`Il primo cittadino non nasconde …`): the office it stands for. */
const FIRST_CITIZEN: Record<string, string> = { 'primo cittadino': 'sindaco', 'prima cittadina': 'sindaca' };

/** Whether the words are Italian's "first citizen" for the mayor (`primo cittadino`), a person's office though `cittadino` alone is none. */
export function isFirstCitizen(words: string): boolean {
  return !!FIRST_CITIZEN[words.trim().toLowerCase().replace(/\s+/gu, ' ')];
}

/** `l'assessore`, `l’alcalde`: a role written with its elided article is headed by the noun after it. */
const ELIDED_ARTICLE = /^[ld]['’](?=\p{L})/u;

/**
 * `la presidenta de l'associació`, `le président de l'association`: a word for any body as the complement stands for the body the
 * holder's role names, whatever it is called there; the office is its noun alone (`la presidenta`).
 */
const ANY_BODY_COMPLEMENT =
  /\s+(?:de|del|della|dell['’]|dello|do|da|du|des)\s*(?:l['’]|la\s+|el\s+|a\s+)?(?:entitat|entidad|ente|organisation|organización|organització|organizzazione|organização|association|associació|asociación|associazione|associação)$/u;

/** `nəqliyyat eksperti`, `ulaşım uzmanı`: Turkic languages write a compound's head with a possessive ending, which the bare noun lacks. */
const POSSESSED = /^s?[ıiuü]$/u;

export function officeHolder(text: string, book: EntityBook, phrase: string, at: number): string | null {
  // (`ο πρόεδρος του σωματείου`, `the president of the club`: the noun before its complement heads the office.)
  const words = phrase.trim().replace(ANY_BODY_COMPLEMENT, '').split(/\s+/u);
  const complement = words.findIndex((word, i) => i > 0 && COMPLEMENT_MARKER.test(word));
  const written = (complement > 0 ? words[complement - 1] : words.at(-1))?.replace(/^[lLdD]['’]/u, '') ?? '';
  // (`il primo cittadino`: the two words together are the mayor; `cittadino` alone is any citizen.)
  const firstCitizen = complement < 0 ? FIRST_CITIZEN[words.slice(-2).join(' ').toLowerCase()] : undefined;
  const noun = firstCitizen ?? MAYOR_ALIASES[written.toLowerCase()] ?? written.toLowerCase();
  // (Only a role noun's letters: `la 40enne`, an age written as a noun, heads no role.)
  // (`the MEC`, `the MCA`: an office written in capitals is one however short.)
  if ((noun.length < 4 && !/^\p{Lu}{2,5}$/u.test(written)) || !/^\p{L}[\p{L}\p{M}-]+$/u.test(noun)) return null;
  // (`la funcionaria`, `the official`: anyone given an office, any-official.ts.)
  // (`— наголосив посадовець` after `заступник міського голови X`: in a language with no article before the noun, a role read from
  // the sentence introducing the person counts too; `l'ancienne fonctionnaire` keeps to roles the book learned, with their genders.)
  const bare = !/\s/u.test(phrase.trim());
  const withWritten = (roles: { at: number; role: string }[], name: string) => {
    const written = bare ? roleWrittenBefore(text, name, at) : null;
    return written ? [...roles, { at: 0, role: written }] : roles;
  };
  if (complement < 0 && ANY_OFFICIAL.test(noun)) return anyOfficeHolder(book, phrase, at, (holds) => latestHolder(book, at, REACH, (roles, name) => holds(withWritten(roles, name), name)));
  const compound = /^\p{Lu}/u.test(written);
  // (An office in capitals must head the role: `the MEC` for `health MEC X`, never `the FBI` for `FBI Director X`.)
  const acronym = /^\p{Lu}{2,5}$/u.test(written);
  const headsOffice = (role: string) => (acronym ? role.split(/\s+(?:of|for|to|in|at)\s/u)[0]!.split(/\s+/u).at(-1)!.toLowerCase() === noun : role.toLowerCase().split(/[\s,()]+/u).map((word) => word.replace(ELIDED_ARTICLE, '')).some((word) => word === noun || (compound && word.length > noun.length + 2 && word.endsWith(noun)) || (word.startsWith(noun) && POSSESSED.test(word.slice(noun.length)))));
  // (`η πρόεδρος του δικαστηρίου` is not the president of a cooperative: the complement's noun must be in the role too, by its
  // first five letters, as a case ending may differ.)
  const of = complement > 0 ? words.at(-1)!.toLowerCase().slice(0, 5) : '';
  const heads = (role: string) => (!of || role.toLowerCase().includes(of)) && headsOffice(role);
  // (Roles in other languages are read from the sentence that introduced the person, lang/introduced-role.ts.)
  return latestHolder(book, at, REACH, (roles, name) => roles.some((entry) => entry.at < at && heads(entry.role)) || heads(roleWrittenBefore(text, name, at) ?? ''));
}

/** The latest person (no body, no outlet) named within `reach` characters before `at` whose roles `holds` accepts, or null. */
export function latestHolder(book: EntityBook, at: number, reach: number, holds: (roles: { at: number; role: string }[], name: string) => boolean): string | null {
  const seen = new Set<string>();
  for (let i = book.mentions.length - 1; i >= 0; i--) {
    const mention = book.mentions[i]!;
    if (mention.at >= at) continue;
    if (at - mention.at > reach) break;
    const person = book.entities.get(mention.name);
    if (!person || person.body || person.outlet || seen.has(mention.name)) continue;
    seen.add(mention.name);
    if (holds(person.roles, mention.name)) return mention.name;
  }
  return null;
}

/** `ο πρόεδρος του συνεταιρισμού`: a Greek office, then the genitive article and its body in lower case. */
const GREEK_BODY_OFFICE = /^(?:ο|η)\s+\p{Ll}[\p{L}\p{M}-]+\s+(?:του|της|των)\s+\p{Ll}[\p{L}\p{M}-]+$/u;

/**
 * `», κατέληξε ο πρόεδρος του συνεταιρισμού` read as the person introduced as that body's president
 * (`Ο πρόεδρος του Αγροτικού Συνεταιρισμού Χ, Y Z,`); when nobody before holds that office of that body, the office stays
 * as written, a description, never the person just named (`η βιολόγος Y Z`).
 */
export function unheldBodyOffice(found: SpeakerPhrase | null, text: string, book: EntityBook, at: number): SpeakerPhrase | null {
  if (!found?.descriptor || !found.definite || !GREEK_BODY_OFFICE.test(found.definite) || officeHolder(text, book, found.definite, at)) return found;
  return { phrase: found.definite, kind: 'description', pronoun: false };
}
