/**
 * Resolving a short mention to a full name written in the same text ("Putin" -> "Vladimir Putin",
 * "Mrs. Reyes" -> Ana Reyes), including family names several people share. The mentions come from
 * person-mentions.ts findPersonMentions, which also notes where a family name was first written alone.
 */

import { personByInitialAndFamily, personByInitials } from './initials-label';
import type { Gender } from './coreference';
import { followsAsName } from './patronymic-particle';
import { bare, CHIEFLY_TITLE, cleanName, isTitle, PARTICLE } from './names';
import { bareUses, nicknamesOf, type PersonMention } from './person-mentions';
import { nominativeName } from './lang/nominative-name';
import { attestedNominative } from './lang/case-forms';
import { ROLE_NOUNS } from './roles';
import { nominativeName as cyrillicNominative } from './lang/ru-uk';
import { nominativeName as belarusianNominative } from './lang/be';
import { addressedByPatronymic } from './lang/role-nouns';
import { addressedGiven } from './address-given';
import { personUnderCourtesyDon } from './courtesy-don';
import { vietnameseKinGiven } from './lang/vi-kin-given';
import { CYRILLIC, mayHold } from './scripts-present';
import { addressGender, addressedInTag, bearerIntroducedSpeaking, bearerOfAddressGender, elderOrYounger, namesakesUnrelated, saidNoKin } from './namesakes';
import type { EntityBook } from './entity-types';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * The full name a mention stands for: the full name ending with the mention's last word ("Putin"
 * -> "Vladimir Putin"), else the earliest one containing it (family name first: "Kim" -> "Kim Jong
 * Un"). A mention that is already a full name is kept. When several people share the family name
 * (see `familyHead`), a form of address picks the one whose gender fits: with `genders` known,
 * "Mrs. Reyes" is Ana Reyes even when Tom Reyes was named first.
 */
export function resolveName(mention: string, people: PersonMention[], genders?: ReadonlyMap<string, Gender>): string {
  const found = resolvedName(mention, people, genders);
  // (`Pan Henryk` after `Henryk Nowak`, and `Henryk` alone read as its short form: a West Slavic address, address-given.ts.)
  return addressedGiven(found, people) ?? found;
}

function resolvedName(mention: string, people: PersonMention[], genders?: ReadonlyMap<string, Gender>): string {
  // (`G. C. :` in an interview: the one person with those initials, initials-label.ts.)
  const initialled = personByInitials(mention, people) ?? personByInitialAndFamily(mention, people);
  if (initialled) return initialled;
  // (`recordó Don Aurelio` after `Don Aurelio Ruiz Santana …`: the courtesy title before a person the article named, courtesy-don.ts.)
  const titled = personUnderCourtesyDon(mention, people);
  if (titled) return titled;
  const name = cleanName(mention);
  // (`säger Per Holm`: a first name the cleaning reads as an opener, `Per`, stays when the text found that person whole.)
  // (Not a form of address or title the cleaning rightly takes off: `M. Dubois`, `Dr Hale`.)
  if (name !== mention && /^\p{Lu}\p{Ll}+\s/u.test(mention) && !isTitle(bare(mention.split(/\s+/u)[0]!)) && people.some((person) => person.name === mention)) return mention;
  if (!name) return '';
  const words = name.split(/\s+/);
  const index = nameIndex(people);
  // "Trump Jr." is the full name ending so: "Donald Trump Jr.".
  if (words.length === 2 && GENERATION.test(words[1]!)) return index.byLastWord.get(generationKey(words)) ?? name;
  // `Beltrán Acuña` after `Horacio Beltrán Acuña`: a Spanish double family name written alone.
  // (`Ewy Kamińskiej` beside `Kamińska`: the nominative the text attests, lang/nominative-name.ts.)
  // "Dean Carmody" after "the Very Reverend Judith Carmody": a role noun before the one family name the text gives another person.
  // ("Nana Kwarteng" after "Nana Oduro Kwarteng III": a chiefly title before the family name, names.ts CHIEFLY_TITLE.)
  const office = words.length === 2 && (ROLE_NOUNS.has(bare(words[0]!)) || CHIEFLY_TITLE.test(words[0]!)) ? index.families.get(bare(words[1]!))?.filter((full) => full !== name && !ROLE_NOUNS.has(bare(full.split(/\s+/)[0]!))) : undefined;
  if (office?.length === 1) return office[0]!;
  // (`Curtis "Big Curt" Baptiste` … `Big Curt, as he is known, said`: a two-word nickname given inside the name is its bearer.)
  const nicknamed = words.length === 2 ? nicknamesOf.get(people)?.get(bare(name)) : undefined;
  if (nicknamed && nicknamed !== name) return nicknamed;
  // (`Anh Huy` after `Phan Quốc Huy`: a Vietnamese kinship address and the given name, lang/vi-kin-given.ts.)
  const kin = words.length === 2 ? vietnameseKinGiven(words, people) : undefined;
  if (kin) return kin;
  if (words.length > 1) return particleOpened(name, words[0]!, people) ?? longerName(name, people) ?? addressedByPatronymic(name, people.map((person) => person.name)) ?? people.find((person) => person.name.endsWith(` ${name}`) && person.name.split(/\s+/).length > words.length)?.name ?? endingWithKnownName(name, people) ?? withMiddleNames(words, people) ?? attestedNominative(name, people.map((person) => person.name)) ?? nominativeName(name, bareUses.get(people) ?? NONE);
  const short = bare(words[0] ?? '');
  const family = index.families.get(short);
  const addressed = family && genders ? ADDRESSED_GENDER.exec(mention) : null;
  if (family && addressed) {
    const gender: Gender = /^M(?:rs|s|iss)$/.test(addressed[1]!) ? 'female' : 'male';
    const head = index.byLastWord.get(short)!;
    const fits = (full: string) => genders!.get(full) === gender;
    if (!fits(head)) return family.find(fits) ?? (genders!.has(head) ? (family.find((full) => !genders!.has(full)) ?? head) : head);
  }
  return index.byLastWord.get(short) ?? index.byAnyWord.get(short) ?? nicknamesOf.get(people)?.get(short) ?? genitiveIntroduced(name, people) ?? attestedNominative(name, people.map((person) => person.name)) ?? name;
}

/**
 * `Слепцова` after `У главы наслега Марии Слепцовой`: a person first named in the genitive, given in the nominative
 * (lang/ru-uk.ts). Only family names whose ending is no nominative (-ой, -ої, -ого), or a man's whose nominative the
 * mention itself gives (`Зайцев` of `Кирилла Зайцева`): `Анна Иванова` is left as written.
 */
function genitiveIntroduced(name: string, people: PersonMention[]): string | undefined {
  if (!mayHold(CYRILLIC, name) || !/^\p{Script=Cyrillic}+$/u.test(name)) return undefined;
  const names = people.map((person) => person.name);
  const genitives = people.filter((person) => person.genitive).map((person) => person.name);
  const female = names.filter((full) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:ой|ої|ого)$/u.test(full)).map((full) => cyrillicNominative(full, /[іїєґ]/u.test(full))).find((full) => full.endsWith(` ${name}`));
  // `Зайцев` after `режиссёра Кирилла Зайцева`: a man's family name in the nominative (a consonant at its end) is the
  // genitive's without its -а, when the words before the full name ask for the genitive (`Анна Иванова` is a woman).
  const male = /[бвгджзклмнпрстфхцчшщ]$/u.test(name) ? genitives.find((full) => new RegExp(`^\\p{Lu}\\p{Ll}+(?:[^аеиоуяюєії\\s]а|[ьйи]?я) ${name}а$`, 'u').test(full)) : undefined;
  // (Belarusian: `Мароўскі` after `падпалкоўніка Сяргея Мароўскага`, `Мельнікава` after `Ірыны Мельнікавай`, lang/be.ts.)
  const belarusian = /[ўЎ]/u.test(name) || names.some((full) => /[ўЎ]/u.test(full)) ? names.filter((full) => /^\p{Lu}\p{Ll}+[аяыі] \p{Lu}\p{Ll}+(?:ага|ай)$/u.test(full)).map((full) => belarusianNominative(full).name).find((full) => full !== name && full.endsWith(` ${name}`)) : undefined;
  return female ?? (male ? cyrillicNominative(male, /[іїєґ]/u.test(male)) : undefined) ?? belarusian;
}

/**
 * `Думы Находки Игорь Соколов` read whole where the text names `Игорь Соколов` alone too: a run of four
 * words or more ending with a known full name is that person, the words before it a body or place.
 */
function endingWithKnownName(name: string, people: PersonMention[]): string | undefined {
  if (name.split(/\s+/u).length < 4) return undefined;
  // (`Rosa Elena Ibarra Montes` then `Ibarra Montes said`: a known name first written after the whole run, at its end,
  // is that run's short form, a double family name, not the name the run ends with.)
  const whole = people.find((person) => person.name === name);
  const shortFormLater = (person: PersonMention) => !!whole && !people.some((other) => other.name === person.name && other.at < whole.at + name.length);
  return people.find((person) => person.name !== name && person.name.includes(' ') && name.endsWith(` ${person.name}`) && !shortFormLater(person))?.name;
}

// (The only reading of the genders: entities.ts resolves a mention not opening with `M` once for both, so keep it opening so.)
const ADDRESSED_GENDER = /^(Mr|Mrs|Ms|Miss)\.?\s/;

const NAME_PARTICLE = new RegExp(`^${PARTICLE}$`);

/** "Van der Merwe" opening a sentence is the Pieter van der Merwe named before: the particle is capitalised there. */
function particleOpened(name: string, first: string, people: PersonMention[]): string | undefined {
  if (!/^\p{Lu}/u.test(first) || !NAME_PARTICLE.test(first.toLowerCase())) return undefined;
  // ("Al Marzooqi added" after "Rashid Al Marzooqi": the particle may be capitalised in the full name too.)
  const tail = ` ${first.toLowerCase()}${name.slice(first.length)}`.toLowerCase();
  return people.find((person) => person.name.toLowerCase().endsWith(tail))?.name;
}

/**
 * "Ms Nur Aisyah" after "MP Nur Aisyah Rahman": a name of two words or more that opens exactly one longer
 * full name of the text (Malay and other names with no family name are shortened from the end) is that
 * person. "Donald Trump" is not "Donald Trump Jr.": a generation suffix makes another person.
 */
/**
 * `Inês Carvalho` after `Inês Moura Carvalho`: a given and a family name the text gave with middle names between, the
 * one such person it names (Portuguese and Spanish papers shorten three- and four-part names so).
 */
function withMiddleNames(words: string[], people: PersonMention[]): string | undefined {
  if (words.length !== 2) return undefined;
  const fuller = new Set(people.map((person) => person.name).filter((full) => {
    const parts = full.split(/\s+/u);
    return parts.length > 2 && parts[0] === words[0] && parts.at(-1) === words[1];
  }));
  return fuller.size === 1 ? [...fuller][0] : undefined;
}

function longerName(name: string, people: PersonMention[]): string | undefined {
  const longer = nameIndex(people).byOpening.get(name);
  return longer?.size === 1 ? [...longer][0] : undefined;
}

/** Everyone bearing the family name a one-word mention is ("Vance"), when two or more do; else nothing. */
export function familyBearers(mention: string, people: PersonMention[]): string[] | undefined {
  const families = nameIndex(people).families;
  if (families.size === 0) return undefined;
  const name = cleanName(mention);
  return /\s/.test(name) ? undefined : families.get(bare(name));
}

const GENERATION = /^(?:Jr|Sr)\.?$/;

/** The index key of "Trump Jr.": the family name and the suffix. */
function generationKey(words: string[]): string {
  return `${bare(words[0] ?? '')} ${bare(words[1] ?? '')}`;
}

interface NameIndex {
  byLastWord: Map<string, string>;
  byAnyWord: Map<string, string>;
  /** The opening words (two or more) of each longer full name, with the names they open. */
  byOpening: Map<string, Set<string>>;
  /** Family names two or more people share, with their full names in order of first mention. */
  families: Map<string, string[]>;
}

/** Built once per list of mentions, so resolving stays linear on pages with thousands of names. */
const nameIndexes = new WeakMap<PersonMention[], NameIndex>();

function nameIndex(people: PersonMention[]): NameIndex {
  let index = nameIndexes.get(people);
  if (index) return index;
  index = { byLastWord: new Map(), byAnyWord: new Map(), byOpening: new Map(), families: new Map() };
  const sons = new Set<string>();
  const bearers = new Map<string, PersonMention[]>();
  for (const person of people) {
    const written = person.name.split(/\s+/);
    const words = written.map(bare);
    if (words.length < 2) continue; // "Okafor" from "Ms. Okafor" is what gets resolved, not a full name
    if (GENERATION.test(written.at(-1)!) && words.length > 2) {
      // "Donald Trump Jr.": found by "Trump Jr.", and by "Trump" only when no one else is.
      if (!index.byLastWord.has(generationKey(written.slice(-2)))) index.byLastWord.set(generationKey(written.slice(-2)), person.name);
      const family = words.at(-2)!;
      if (!index.byLastWord.has(family)) {
        index.byLastWord.set(family, person.name);
        sons.add(family);
      }
      continue;
    }
    // (Only capitalised words may follow: "Anna Weber der Rheinischen Zeitung" is a name and its newspaper.)
    // (A patronymic's particle may follow too: `Ahmad Rizal` opens `Ahmad Rizal bin Osman`, patronymic-particle.ts.)
    for (let end = 2; end < written.length && followsAsName(written.slice(end)); end++) {
      const opening = written.slice(0, end).join(' ');
      const names = index.byOpening.get(opening) ?? new Set<string>();
      index.byOpening.set(opening, names.add(person.name));
    }
    // The earliest full name wins (over a Jr. only by the same family name).
    if (!index.byLastWord.has(words.at(-1)!) || sons.delete(words.at(-1)!)) index.byLastWord.set(words.at(-1)!, person.name);
    for (const word of words) if (!index.byAnyWord.has(word)) index.byAnyWord.set(word, person.name);
    const family = bearers.get(words.at(-1)!);
    if (family) family.push(person);
    else bearers.set(words.at(-1)!, [person]);
  }
  for (const [family, mentions] of bearers) {
    const names = [...new Set(mentions.map((mention) => mention.name))];
    if (names.length < 2 || sons.has(family)) continue;
    index.families.set(family, names);
    index.byLastWord.set(family, familyHead(names, mentions, bareUses.get(people)?.get(family)));
  }
  nameIndexes.set(people, index);
  return index;
}

/**
 * Whom a family name written alone stands for when several people bear it: the earliest named,
 * unless the text used the name alone before naming anyone in full ("Trump said …" and later
 * "Ivanka Trump introduced her father, Donald Trump"). Then it took that person as known, and the
 * one written with an office ("Republican nominee X") is meant, else one introduced as someone's
 * relative ("her father, X"), since the sentence naming both is about the other; else the earliest.
 */
function familyHead(names: string[], mentions: PersonMention[], bareAt: number | undefined): string {
  // (A writer's credit alone on its line above the story is no one the story names, credit-line.ts.)
  // (A standfirst above the dateline names people before the story does, standfirst.ts: the story's own first mention counts.)
  const earliest = mentions.find((mention) => !mention.credit && names.includes(mention.name))?.name ?? names[0]!;
  if (bareAt === undefined || bareAt > mentions[0]!.at) return earliest;
  const holds = (test: (mention: PersonMention) => boolean) => names.filter((name) => mentions.some((mention) => mention.name === name && test(mention)));
  const office = holds((mention) => mention.titles.some((title) => !/^(?:mr|mrs|ms|former|state|us|u\.s\.)$/.test(title)));
  if (office.length === 1) return office[0]!;
  const relative = holds((mention) => !!mention.relative);
  return relative.length === 1 ? relative[0]! : earliest;
}

/**
 * `Martín compra agua …` after `Tomás Martín Déniz` and before `Rosa Martín` is named: a family name written alone
 * is someone the text named already. When the full name it resolved to comes only later, an earlier person whose name
 * holds the word after its first is meant (a Spanish or Portuguese first family name, a middle name).
 */
export function namedAlready(resolved: string, word: string, people: PersonMention[], at: number): string {
  if (!resolved.includes(' ') || word.includes(' ') || people.some((person) => person.name === resolved && person.at < at)) return resolved;
  const key = bare(word);
  return people.find((person) => person.at < at && person.name !== resolved && person.name.split(/\s+/u).slice(1).some((part) => bare(part) === key))?.name ?? resolved;
}

/**
 * `Mihai Ionescu conduce paza parcului. Nu este rudă cu Ana Ionescu. „…”, spune Ionescu`: of several people
 * bearing a family name written alone, the one the text named last before it, when the text says they are no kin
 * (namesakes.ts); a family's members leave the name alone to the one named first.
 */
// (`s’agace M. Dubois`: a form of address keeps to the bearers of its gender, `fits`.)
export function latestBearer(bearers: readonly string[] | undefined, mentions: readonly { name: string; at: number }[], at: number, text: string, people: PersonMention[], fits: (name: string) => boolean = () => true): string | undefined {
  if (!bearers || bearers.length < 2) return undefined;
  let latest: { name: string; at: number } | undefined;
  // (`Nu este rudă cu Ana Ionescu`: the one named as no kin is not whom the text goes on about.)
  for (let i = mentions.length - 1; i >= 0 && !latest; i--) if (mentions[i]!.at < at && bearers.includes(mentions[i]!.name) && fits(mentions[i]!.name) && !saidNoKin(text, mentions[i]!.at)) latest = mentions[i]!;
  // (Only close by, its paragraph or the one before: further on the name alone is the one the story is about again.)
  if (!latest || (text.slice(latest.at, at).match(/\n+/gu)?.length ?? 0) > 1) return undefined;
  const firstMentions = bearers.map((bearer) => people.find((person) => person.name === bearer)?.at ?? -1).filter((first) => first >= 0);
  return namesakesUnrelated(text, firstMentions) ? latest.name : undefined;
}

/**
 * Which of several bearers a family name in a tag stands for (attribute.ts): `the elder X` / `the younger X`, else, when the
 * name was written alone and bare (`plain`, no form of address before it in the tag), the namesake named last close by.
 */
export function namesakeMeant(text: string, phrase: string, tagAt: number | undefined, bearers: string[] | undefined, people: PersonMention[], book: EntityBook, at: number, plain: boolean): string | undefined {
  // (`Ms X` in the tag, the address before the name or inside the phrase read: the one of its gender, else the one brought in speaking, namesakes.ts.)
  const addressed = addressedInTag(text, phrase, tagAt) || !!addressGender(phrase.trim(), phrase.trim().lastIndexOf(' ') + 1);
  const ranked = elderOrYounger(text, phrase, tagAt, bearers, people, (bearer) => book.entities.get(bearer)?.age) ?? (addressed ? (bearerOfAddressGender(text, phrase, tagAt, bearers, (bearer) => book.entities.get(bearer)?.gender) ?? bearerIntroducedSpeaking(text, bearers, people, at)) : undefined);
  if (ranked || !plain || /\s/u.test(phrase.trim()) || addressedInTag(text, phrase, tagAt)) return ranked;
  return latestBearer(bearers, book.mentions, at, text, people);
}

/**
 * `Muhtar X` after `Köy Muhtarı Y X` and another X: the one bearer whose role holds a word opening as the title does (its
 * first five letters, as Turkish, Finnish or Slavic endings change the rest), when exactly one does. The title as the tag
 * wrote it is no evidence (the text may already have given it to the wrong namesake).
 */
export function bearerByRoleStem(bearers: readonly string[] | undefined, title: string, book: EntityBook): string | undefined {
  const words = title.trim().toLowerCase().split(/\s+/u);
  const stem = words.at(-1)!.slice(0, 5);
  if (!bearers || bearers.length < 2 || stem.length < 5) return undefined;
  const holds = (role: string) => role.toLowerCase() !== words.join(' ') && role.toLowerCase().split(/[\s,]+/u).some((word) => word.startsWith(stem));
  const holders = bearers.filter((bearer) => book.entities.get(bearer)?.roles.some((entry) => holds(entry.role)));
  return holders.length === 1 ? holders[0] : undefined;
}
