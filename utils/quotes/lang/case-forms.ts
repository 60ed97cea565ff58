/**
 * A name written in another case is the person the article names in the nominative (`Podle Tomáše Kozla` after
 * `místostarosta Tomáš Kozel`, `Podľa Juraja Orla` after `Juraj Orol`, `Prema riječima Ante Šimića` after `Ante Šimić`,
 * `Riikka Virtasen mukaan` beside `Virtanen`). Read by word shape, for the languages that decline names by an ending on
 * the stem (Czech, Slovak, Polish, Croatian, Slovene, Finnish): each word of the form is the attested word, or its stem
 * (a final vowel given up, a fleeting e/o dropped: `Kozel` -> `Kozl-a`, `Marek` -> `Mark-a`, `Hrubec` -> `Hrubc-a`,
 * Finnish -nen -> -se-) with a case ending after it. A different first name or a feminine family name is no case form
 * (`Petra Nováková` is not `Petr Novák`: -ová is no ending), so two people stay two.
 */

import { isFeminineSurnameForm } from './feminine-surname';

/** Case endings after a stem: Slavic singular cases, Finnish genitive and local cases. */
const ENDINGS = new Set(
  ('a e i o u y á é í ó ú ą ę ej iej ego ého ího ho mu owi ovi em om ou ým im ą ' +
    // Finnish: genitive, allative, ablative, elative, inessive, essive (`Virtasen`, `Virtaselle`, `Laaksolta`).
    'n lle lta sta ssa lla na').split(' '),
);
const VOWEL = 'aeiouyáéíóúůýąęäöõ';
const FLEETING = new RegExp(`^(.+[^${VOWEL}])[eo]([^${VOWEL}])$`, 'u');

const ENDS_IN_VOWEL = new RegExp(`[${VOWEL}]$`, 'u');

/**
 * Each word's stems, kept: the same few names are compared with every mention of the text. Emptied when it grows past
 * STEMS_KEPT, so a long session never holds more than that.
 */
const stemsOf = new Map<string, readonly string[]>();
const STEMS_KEPT = 5000;

/** A candidate name's words and the first letters (in lower case) of it and of its last word, kept as the stems are. */
interface NameShape { parts: readonly string[]; initial: string | undefined; familyInitial: string | undefined }
const shapesOf = new Map<string, NameShape>();

/** attestedNominative compares every mention of the text with each name: the same few names are split once. */
function shape(name: string): NameShape {
  let found = shapesOf.get(name);
  if (found === undefined) {
    if (shapesOf.size >= STEMS_KEPT) shapesOf.clear();
    const parts = name.split(/\s+/u);
    shapesOf.set(name, (found = { parts, initial: name.toLowerCase()[0], familyInitial: parts.at(-1)!.toLowerCase()[0] }));
  }
  return found;
}

/** The stems a nominative word gives up before a case ending. */
function stems(word: string): readonly string[] {
  let found = stemsOf.get(word);
  if (found === undefined) {
    if (stemsOf.size >= STEMS_KEPT) stemsOf.clear();
    stemsOf.set(word, (found = stemsNow(word)));
  }
  return found;
}

function stemsNow(word: string): string[] {
  const found = [word];
  if (ENDS_IN_VOWEL.test(word)) found.push(word.slice(0, -1));
  const fleeting = FLEETING.exec(word);
  if (fleeting) found.push(fleeting[1]! + fleeting[2]!);
  if (word.length > 3 && word.endsWith('nen')) found.push(`${word.slice(0, -3)}se`);
  return found.filter((stem) => stem.length >= 2);
}

/** Whether one word is the other in some case: `kozla` of `kozel`, `jiřího` of `jiří`, `virtasen` of `virtanen`. */
export function wordInCase(form: string, base: string): boolean {
  const [f, b] = [form.toLowerCase(), base.toLowerCase()];
  if (f === b) return true;
  // (Greek: `τον κ. Καφούρο`, `του Καφούρου` of `Καφούρος`; the accusative gives up the final ς, the genitive -ος for -ου.)
  if (/[οηαόήά]ς$/u.test(b)) return f === b.slice(0, -1) || (/[οό]ς$/u.test(b) && /^(?:ου|ού)$/u.test(f.slice(b.length - 2)) && f.startsWith(b.slice(0, -2)));
  return stems(b).some((stem) => f.startsWith(stem) && ENDINGS.has(f.slice(stem.length)));
}

/** Whether the name is the other, a full name of as many words, written in another case (and not the same). */
export function isNameInCase(form: string, base: string): boolean {
  const [formWords, baseWords] = [form.split(/\s+/u), base.split(/\s+/u)];
  if (form === base || formWords.length !== baseWords.length || formWords.length > 3) return false;
  if (!/^\p{Lu}/u.test(form) || /[^\p{L}\s'’-]/u.test(form)) return false;
  return formWords.every((word, i) => wordInCase(word, baseWords[i]!));
}

/**
 * The one full name among `names` that `name` writes in another case: for a full name, the name of as many words; for one
 * word, the full name whose family name (its last word) it declines. Null when none, or more than one, fits.
 */
export function attestedNominative(name: string, names: Iterable<string>): string | null {
  const words = name.split(/\s+/u);
  // A case form keeps its nominative's first letter (every stem is a prefix of it): a quick test before the shapes.
  const first = name.toLowerCase()[0];
  const fits = new Set<string>();
  for (const candidate of names) {
    const { parts, initial, familyInitial } = shape(candidate);
    if (parts.length < 2 || candidate === name) continue;
    // (`je dejala Kos Zupanova` for Ana Kos Zupan: a double family name, the possessive form on its last part.)
    if (words.length === 2 && parts.length === 3 && words[0] === parts[1] && isFeminineSurnameForm(words[1]!, parts[2]!)) fits.add(candidate);
    if ((words.length === 1 ? familyInitial : initial) !== first) continue;
    // (`je dejala Kranjčeva`: a Slovene woman's family name in its possessive form, lang/feminine-surname.ts.)
    if (words.length === 1 ? name !== parts.at(-1) && name.length >= 4 && (wordInCase(name, parts.at(-1)!) || isFeminineSurnameForm(name, parts.at(-1)!)) : isNameInCase(name, candidate)) fits.add(candidate);
  }
  // (The nominative itself is no case form of a declined mention: `Kozel` is not `Kozla` with an ending.)
  return fits.size === 1 ? [...fits][0]! : null;
}

/**
 * `Riikka Virtasen` when the text also writes `Virtanen` alone: Finnish declines only the family name of a full name, so the
 * family name is put back in the nominative the text attests and the given name kept (`bare`: one-word names, lower case).
 */
export function familyInNominative(name: string, bare: ReadonlyMap<string, number>): string {
  const words = name.split(' ');
  if (words.length !== 2) return name;
  const family = words[1]!.toLowerCase();
  if (bare.has(family) || !/(?:sen|sten|sesta|selle|selta|sessa)$/u.test(family)) return name;
  const attested = [...bare.keys()].find((word) => word.endsWith('nen') && wordInCase(family, word));
  return attested ? `${words[0]} ${words[1]!.charAt(0)}${attested.slice(1)}` : name;
}
