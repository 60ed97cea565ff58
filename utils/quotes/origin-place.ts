/**
 * `a nurse from Port Hedland`, `una agricultora de Torre Pacheco`, `Petra Maier, panadera de Villanueva del Campo`: a
 * capitalised run after a noun for a person and "from" names where that person is from, not a second person. Taken
 * for a person, it would be the latest name before the next quote and take the quote of the one it describes.
 * (entities.ts leaves it out of the people a quote may go to; the run still bounds the role before it.)
 *
 * The article decides between a place and a person written the same way (`el abogado de María López`, whose
 * client speaks later as `López`): a person's family name comes back alone, a place's last word does not.
 */

import { isForeignRoleNoun } from './lang/role-nouns';
import { isNewLanguageAgentNoun, isNewLanguageRoleNoun } from './lang/newlang-roles';
import { GERMAN_ROLE_NOUN } from './lang/de-roles';
import { ROLE_NOUNS } from './roles';

/** A noun, then "from" (or "of", where the language says both with one word); never a particle inside a name: a lower-case noun must precede. */
const FROM_BEFORE =
  /(?:^|[\s(])(\p{L}[\p{L}-]+),?\s+(?:from|de|da|di|do|du|del|della|dos|das|des|aus|von|uit|van|från|fra|fran|из|с|з|із|z|ze|din)\s+$/u;
/** Set beside a name: `Laura Gómez, panadera de …`, `Jenny Walsh, a local nurse from …` — the noun describes that person. */
const APPOSED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]+,\s+(?:\p{Ll}+\s+){0,2}\p{Ll}[\p{L}-]+,?\s+\S+\s+$/u;
/** Right after a full name: `Karolina Zielińska z Woli Radomickiej`, with a "from" that is no particle of names (`de`, `von`). */
const FULL_NAME_FROM = /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+\s+(?:from|z|ze|aus|uit|från|fra|из|з|із|din)\s+$/u;
/** Nouns for people by their ending (activist, guardian, resident, fisherman, shopkeeper; never letter, statement, comment). */
const PERSON_ENDING = /(?:ist|ian|(?<!m)ent|ant|man|woman|worker|owner|keeper|holder|grower|seller|builder|player|driver|teacher|leader)$/u;

function isPersonNoun(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return GERMAN_ROLE_NOUN.test(word);
  return ROLE_NOUNS.has(word) || PERSON_ENDING.test(word) || isForeignRoleNoun(word) || isNewLanguageRoleNoun(word);
}

/**
 * A street, square or avenue named after someone (`u Ulici Ivana Mažuranića`, `a rua Tiradentes`, `улицы Ленина`), or a
 * hospital or school (`l'hôpital Louise Marchal`, `școala Ion Creangă`): the noun before the run, or a capitalised one
 * opening it where the language writes it so, makes the run a place.
 */
const STREET_BEFORE = /(?:^|[\s(])(?:l['’])?(?:rue|avenue|boulevard|quai|allée|impasse|via|viale|piazza|corso|vicolo|calle|avenida|paseo|rua|praça|travessa|alameda|ulica|ulici|ulicy|ulice|ulicu|trg|trgu|náměstí|třída|улица|улицы|улице|улицу|проспект|проспекта|проспекте|переулок|переулка|площадь|площади|бульвар|бульвара|вулиця|вулиці|вулицю|проспекту|площі|провулок|провулку|strada|străzii|bulevardul|calea|piața|hôpital|clinique|école|lycée|collège|ospedale|scuola|liceo|spitalul|școala|liceul|colegiul)\s+$/iu;
const STREET_OPENING = /^(?:Ulica|Ulici|Ulicy|Ulice|Ulicu|Trg|Trgu|Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Praça)\s/u;

/** Whether a run, after the words `before` it, names a street. */
export function isStreet(before: string, run: string): boolean {
  return STREET_BEFORE.test(before.slice(-40)) || STREET_OPENING.test(run);
}

/**
 * Whether a tag's words are a description ending on a street's or building's name (`une caissière qui travaille à la
 * clinique Louise Marchal`, `o vecină de pe strada Morii`): the name is the place. Only lower-case words before it and
 * no comma (`o comerciante X Y, 52, dono de uma loja na avenida Z` names X Y).
 */
export function descriptionEndingOnPlace(clause: string): boolean {
  const placeAtEnd = /^(\p{Ll}[^,\p{Lu}]*?)\s(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)$/u.exec(clause.trim());
  return (!!placeAtEnd && isStreet(`${placeAtEnd[1]} `, placeAtEnd[2]!)) || !!describedFromPlace(clause);
}

/** Words of origin ("from") in the languages read with the Latin, Cyrillic and Greek readers. */
const ORIGIN = String.raw`from|z|ze|zo|od|iz|из|от|з|із|din|aus|uit|fra|från|dari|από|iš`;
/**
 * `posetitelka от Казанлък`, `jedna z wolontariuszek, studentka z Lublina`, `mladý muž z neďalekej Habovky, ktorý …`,
 * `seorang nelayan dari Kampung X`, `θεατής που ταξίδεψε από τη Λευκωσία`: no capital before a word of origin (an adjective
 * or an article may follow it), then a run of capitals ending the clause, its comma group or before a lower-case word (`yang …`): someone unnamed from a
 * place. The description up to the place's end, or null.
 */
// (At most five words before "from": a longer clause is the writer's sentence, `stațiile … vor fi montate în autobaza din strada X`.)
const FROM_PLACE_AT_END = new RegExp(String.raw`^(\p{Ll}[^\p{Lu}"“”„«»\s]*(?:[\s,]+[^\p{Lu}"“”„«»\s]+){0,4}?\s(?:${ORIGIN})\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}))(?=\s*(?:,|$)|\s+\p{Ll})`, 'u');
/** Nouns for a settlement, river or island that open a place's name in Malay and Indonesian (`Kampung Sungai Lembu`). */
const SETTLEMENT_NOUN = /^(?:Kampung|Kg\.|Desa|Dusun|Pulau|Bandar|Kota|Taman|Sungai|Bukit|Kuala|Tanjung|Teluk)$/u;

export function describedFromPlace(clause: string): string | null {
  const match = FROM_PLACE_AT_END.exec(clause.trim());
  // (`фермер із Карлівки Олександр Литвин`: three capitals or more may be a place and a full name, unless a settlement noun opens them.)
  const run = match?.[2]?.split(/\s+/u) ?? [];
  const found = run.length < 3 || SETTLEMENT_NOUN.test(run[0]!) ? match?.[1] : undefined;
  // (`lyder det fra turistchef Mette Riis`: a role noun after "from" opens a person, not an adjective before a place.)
  const between = found ? new RegExp(String.raw`\s(?:${ORIGIN})\s+(\p{Ll}+)\s+\p{Lu}`, 'u').exec(found)?.[1] : undefined;
  return found && !(between && (isPersonNoun(between) || isNewLanguageAgentNoun(between))) ? found : null;
}

/** True when the run at `at` is where the person named by the noun before it is from (see the module comment), or a street. */
export function isOriginPlace(text: string, at: number, run: string): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (isStreet(before, run)) return true;
  const from = FROM_BEFORE.exec(before);
  if (!from) return false;
  if (!isPersonNoun(from[1]!) && !APPOSED_BEFORE.test(before) && !FULL_NAME_FROM.test(before)) return false;
  const last = run.trim().split(/\s+/u).at(-1)!;
  return !writtenAloneElsewhere(text, last, at, at + run.length);
}

/** The word written elsewhere as a word, not right after another capitalised word (`López dijo`, not `Torre Pacheco`). */
function writtenAloneElsewhere(text: string, word: string, start: number, end: number): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const uses = new RegExp(`(?<![\\p{L}\\p{M}'’-])${escaped}(?![\\p{L}\\p{M}])`, 'gu');
  for (let use = uses.exec(text); use; use = uses.exec(text)) {
    if (use.index >= start && use.index < end) continue;
    if (/\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(text.slice(Math.max(0, use.index - 30), use.index))) continue;
    return true;
  }
  return false;
}

/** An indefinite article opening a role that ends in "of" and a noun: `Una jubilada de barrio`, `Ein Anwohner aus dem Ortsteil`. */
export const INDEFINITE_ROLE_OF = /^(?:un|una|uno|une|ein|eine|een|um|uma|a|an|one)\s.*\s(?:de|del|di|da|do|du|von|aus|van|uit|of|from)(?:\s+\p{Ll}+){0,2}$/iu;
