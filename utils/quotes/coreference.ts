/**
 * Who "he", "she" and "the senator" stand for. News text reveals a person's gender through forms
 * of address (Mr., Ms.) and the pronouns that follow their name in the same sentence ("Ana Lopez
 * said her …"), and their office through the title written with the name ("Sen. Maria Vance"). A
 * pronoun goes to the latest speaker, then the latest person named, whose gender does not
 * contradict it; "the senator" to the latest person named with that title. No name lists.
 */

import { resolveName, type PersonMention } from './names';

export type Gender = 'male' | 'female';

const FORM_OF_ADDRESS = /(?<![\p{L}])(Mr|Mrs|Ms|Miss|Herr|Frau|M|Mme)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
const GENDERED_PRONOUN = /(?<![\p{L}])(?:(he|him|his|himself)|(she|her|hers|herself))(?![\p{L}])/iu;
/** How far after a name its pronoun may come while still plainly referring to it. */
const PRONOUN_WINDOW = 120;
/** A pronoun with no speaker before it looks back over this many mentions at most. */
const RECENT_MENTIONS = 20;

const ADDRESS_GENDER: Record<string, Gender> = { mr: 'male', herr: 'male', m: 'male', mrs: 'female', ms: 'female', miss: 'female', frau: 'female', mme: 'female' };

/** The gender each full name is given by the text, by majority of its clues; unknown names are absent. */
export function learnGenders(text: string, people: PersonMention[]): Map<string, Gender> {
  const votes = new Map<string, number>(); // > 0 male, < 0 female
  const vote = (name: string, gender: Gender) => votes.set(name, (votes.get(name) ?? 0) + (gender === 'male' ? 1 : -1));
  for (const match of text.matchAll(FORM_OF_ADDRESS)) {
    vote(resolveName(match[2] ?? '', people), ADDRESS_GENDER[(match[1] ?? '').toLowerCase()] ?? 'male');
  }
  people.forEach((person, i) => {
    const full = resolveName(person.name, people);
    for (const title of person.titles) {
      if (/woman$|^(?:mrs|ms)$/.test(title)) vote(full, 'female');
      else if (/man$|^mr$/.test(title)) vote(full, 'male');
    }
    // The window ends at the sentence end or the next name, whichever comes first.
    const end = Math.min(people[i + 1]?.at ?? text.length, person.at + person.name.length + PRONOUN_WINDOW);
    const after = text.slice(person.at + person.name.length, end);
    const stop = after.search(/[.!?]\s|\n/);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    const pronoun = GENDERED_PRONOUN.exec(sentence);
    if (pronoun) vote(full, pronoun[1] ? 'male' : 'female');
  });
  const genders = new Map<string, Gender>();
  for (const [name, balance] of votes) if (balance !== 0) genders.set(name, balance > 0 ? 'male' : 'female');
  return genders;
}

export function pronounGender(pronoun: string): Gender | null {
  if (/^(?:he|il|er)$/i.test(pronoun)) return 'male';
  if (/^(?:she|elle|sie)$/i.test(pronoun)) return 'female';
  return null;
}

/** A description's gender when its words carry one: "a ministry spokeswoman". */
function descriptionGender(description: string): Gender | null {
  if (/wom[ae]n\b|\b(?:mother|wife|daughter|sister)\b/i.test(description)) return 'female';
  if (/(?:\b|spokes|chair|congress)m[ae]n\b|\b(?:father|husband|son|brother)\b/i.test(description)) return 'male';
  return null;
}

export interface Referent {
  name: string;
  kind: 'name' | 'description';
}

/**
 * The referent of a pronoun at `before`: the latest of `recentSpeakers` (latest last) whose gender
 * fits, else the latest person named before it whose gender fits.
 */
export function resolvePronoun(
  gender: Gender | null,
  recentSpeakers: Referent[],
  people: PersonMention[],
  genders: Map<string, Gender>,
  before: number,
): Referent | null {
  const fits = (referent: Referent) => {
    const known = referent.kind === 'name' ? genders.get(referent.name) : descriptionGender(referent.name);
    if (!gender || known) return !gender || known === gender;
    // "he" is one person: "a spokesman" or "the official" may be him, "Police" or "officials" not.
    return referent.kind === 'name' || /^(?:an?|one|another|the)\s+.*[^s]$/i.test(referent.name);
  };
  for (let i = recentSpeakers.length - 1; i >= 0; i--) {
    if (fits(recentSpeakers[i]!)) return recentSpeakers[i]!;
  }
  // No speaker yet: the latest person named whose gender is known to fit, else the latest one who may fit.
  const named = people
    .slice(Math.max(0, countBefore(people, before) - RECENT_MENTIONS), countBefore(people, before))
    .map((person): Referent => ({ name: resolveName(person.name, people), kind: 'name' }));
  const known = named.filter((referent) => gender && genders.get(referent.name) === gender).at(-1);
  return known ?? named.filter(fits).at(-1) ?? null;
}

/** How many mentions (in text order) come before `at`: a binary search, as pages can name thousands. */
function countBefore(people: PersonMention[], at: number): number {
  let low = 0;
  let high = people.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (people[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

const TITLE_REFERENCE = /^the\s+(?:[\p{L}-]+\s+){0,2}?(senator|governor|president|mayor|minister|chancellor|secretary|congressman|congresswoman|representative|judge|general|ambassador|chairman|chairwoman|speaker|doctor|professor|sheriff|candidate|nominee)$/iu;

/** "the senator": the latest person named before `before` with that title, as a full name. */
export function resolveTitleReference(description: string, people: PersonMention[], before: number): string | null {
  const title = TITLE_REFERENCE.exec(description.trim())?.[1]?.toLowerCase();
  if (!title) return null;
  for (let i = countBefore(people, before) - 1; i >= 0; i--) {
    if (people[i]!.titles.includes(title)) return resolveName(people[i]!.name, people);
  }
  return null;
}
