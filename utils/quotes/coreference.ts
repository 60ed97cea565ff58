/**
 * People's genders, as the text reveals them: forms of address (Mr., Ms.) and the pronouns that
 * follow a name in its own sentence ("Ana Lopez said her …"), and the gender of pronouns and
 * descriptions. No name lists. Who a pronoun stands for is decided in salience.ts.
 */

import { insideWhoClause, whoClauseWithReportLength } from './relative-clause-owner';
import { relationGenderBefore } from './relation-gender';
import type { PersonMention } from './person-mentions';
import { resolveName } from './name-resolution';
import { isTitle } from './names';
import { shortMentions } from './short-mentions';
import { isForeignRoleNoun } from './lang/role-nouns';
import { LETTER_FOLDED, caseless } from '../patterns';

const ROMANCE_ARTICLE = 'la|della|alla|dalla|nella|sulla|el|al|del|il|dello|allo|dal|nel|sul|ao|do|no';
// As if flagged `giu` (patterns.ts caseless: the same matches, a cheaper first compile).
export const ROMANCE_ROLE = new RegExp(`(?:^|[\\s,])(${ROMANCE_ARTICLE.split('|').map(caseless).join('|')})\\s+([${LETTER_FOLDED}]+)`, 'gu');

export type Gender = 'male' | 'female';

const FORM_OF_ADDRESS = /(?<![\p{L}])(Mr|Mrs|Ms|Miss|Herr|Frau|M|Mme)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** `(?<![\p{L}])(?:(he|him|his|himself)|(she|her|hers|herself))(?![\p{L}])` as if flagged `giu`. */
export const GENDERED_PRONOUN = new RegExp(
  `(?<![${LETTER_FOLDED}])(?:(${['he', 'him', 'his', 'himself'].map(caseless).join('|')})|(${['she', 'her', 'hers', 'herself'].map(caseless).join('|')}))(?![${LETTER_FOLDED}])`,
  'gu',
);
/**
 * The gender of the first pronoun in a name's sentence that may stand for it: "Ana Lopez said her
 * plan" (she), but not "Dmitri Volkov noticed her within weeks" (the subject is not its own object;
 * English would say "herself").
 */
function firstReferringPronoun(sentence: string): Gender | null {
  const reported = REPORTED_SUBJECT.exec(sentence);
  // "Ana Reyes sent him a note praising his speech": once an object pronoun stands for someone else, a later
  // pronoun of its gender is most likely that someone again.
  const objects = new Set<boolean>();
  // "X said the new bishop had asked … in his first month": after a reported clause with a subject of its own, a pronoun may be that subject's.
  for (const match of sentence.matchAll(GENDERED_PRONOUN)) {
    if (reported && match.index >= reported.index + reported[0].length) break;
    const tail = sentence.slice(match.index + match[0].length, match.index + match[0].length + 12);
    const male = !!match[1];
    if (objects.has(male)) continue;
    if (isObject(match[0], tail)) {
      objects.add(male);
      continue;
    }
    // "Meeks asked whether she could see it": the question's subject is the one asked, not the asker.
    if (/\basked\s+(?:whether|if|how|why|what|when|where|who)\s+$/i.test(sentence.slice(0, match.index))) continue;
    // ("X, who stood next to the governor throughout her speech": an office held by someone else, named just before, may own it.)
    if (officeJustBefore(sentence.slice(0, match.index))) return null;
    return match[1] ? 'male' : 'female';
  }
  return null;
}

/** `the governor during `, `the mayor's `: a definite office at most two words before the pronoun. */
function officeJustBefore(before: string): boolean {
  const office = /(?<![\p{L}])the\s+([\p{Ll}-]+)(?:[’']s)?(?:\s+[\p{Ll}-]+){0,2}\s+$/u.exec(before);
  return !!office && isTitle(office[1]!) && !/^(?:former|acting|state|us|u\.s\.|democrat|democratic|republican|libertarian|gop|foreign|finance|interior|defense|defence|supreme|vice|prime|deputy|chief)$/u.test(office[1]!);
}

/** The gender of the first gendered pronoun in `sentence` when it is a possessive or reflexive ("said her plan", "himself"), else null. */
function possessiveGender(sentence: string): Gender | null {
  const first = [...sentence.matchAll(GENDERED_PRONOUN)][0];
  if (!first) return null;
  const word = first[0].toLowerCase();
  // ("Cole shrugged, once asked about her numbers": what someone is told of or asked about is another's.)
  if (/\b(?:told|asked|informed|reminded)\s+(?:of|about)\s+$/i.test(sentence.slice(0, first.index))) return null;
  const tail = sentence.slice(first.index + first[0].length, first.index + first[0].length + 12);
  const possessive = word === 'his' || word === 'himself' || word === 'herself' || (word === 'her' && !isObject(first[0], tail));
  return possessive ? (first[1] ? 'male' : 'female') : null;
}

/** A reporting verb and a described subject of the clause it reports: "said the new bishop ", "says that a neighbour ". */
const REPORTED_SUBJECT = /\b(?:said|says|told\s+\p{L}+|added|explained|noted|believes|believed|thinks|thought)\s+(?:that\s+)?(?:the|a|an|this|these|those|their|its)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s/u;

/** "him", or "her" before a pause or a preposition ("noticed her within weeks", "called her."): an object, someone else. */
function isObject(pronoun: string, tail: string): boolean {
  if (/^him$/i.test(pronoun)) return true;
  if (!/^her$/i.test(pronoun)) return false;
  return /^\s*(?:[,.;:!?)”"’]|$|\s*(?:within|at|to|for|in|on|with|and|as|when|after|before|because|that|about|from|into|over|again|once|twice|back|up|down|out|off)\b)/i.test(tail);
}

/** A possessive pronoun owning the noun that introduces a name: "Her producer, ", "his longtime friend ". */
export const OWNER_BEFORE = new RegExp(`(?:^|[^${LETTER_FOLDED}])(${caseless('his')}|${caseless('her')})\\s+(?:[${LETTER_FOLDED}-]+\\s+){0,3}?[${LETTER_FOLDED}-]+,?\\s+$`, 'u');
const ENDS_IN_OWNER = new RegExp(`(?:${caseless('his')}|${caseless('her')})$`);

/**
 * OWNER_BEFORE.exec, skipped (null) unless one of the four words before the last ends in his/her:
 * a match's words after the pronoun are one to four, none holding a space.
 */
export function ownerBefore(text: string): RegExpExecArray | null {
  const words = text.trimEnd().split(/\s+/);
  return words.slice(-5, -1).some((word) => ENDS_IN_OWNER.test(word)) ? OWNER_BEFORE.exec(text) : null;
}

/** How far after a name its pronoun may come while still plainly referring to it. */
const PRONOUN_WINDOW = 120;

// (Set off by dashes too: `Gwen Tallis — his aunt — said`; its "his" is the man named before, she is the aunt.)
const OWNED_APPOSITIVE = /^(?:,\s+|\s?[—–]\s?)((?:his|her|their)\s+[^,.!?\n—–]{1,40}?)(?:\s?[—–]|,|(?=[.!?\n]))/i;

// (And Swahili `Bw` and `Bi`: `alisema Bi Ouma`.)
const ADDRESS_GENDER: Record<string, Gender> = { mr: 'male', herr: 'male', m: 'male', mrs: 'female', ms: 'female', miss: 'female', frau: 'female', mme: 'female', bw: 'male', bi: 'female' };

/** The gender each full name is given by the text, by majority of its clues; unknown names are absent. */
export function learnGenders(text: string, people: PersonMention[]): Map<string, Gender> {
  const votes = new Map<string, number>(); // > 0 male, < 0 female
  const vote = (name: string, gender: Gender) => votes.set(name, (votes.get(name) ?? 0) + (gender === 'male' ? 1 : -1));
  const shorts = shortMentions(text, people);
  people.forEach((person, i) => {
    const full = resolveName(person.name, people);
    // "His wife, Ana Reyes": the relative noun before the name tells her gender, more surely than a pronoun
    // after it ("Her husband, Tom Reyes, campaigned for her"), so it counts twice.
    const relation = person.relative ? descriptionGender(person.relative) : null;
    // (`Петро Кравець`, `Софія Бондар`, `Анна Петрова`: a Cyrillic name's endings tell the gender the text may never give.)
    const shaped = cyrillicNameGender(full);
    if (shaped) vote(full, shaped);
    if (relation) {
      vote(full, relation);
      vote(full, relation);
    }
    // ("Ms. Reyes" alone is counted with the forms of address below, once the full names' genders are known.)
    for (const title of /\s/.test(person.name) ? person.titles : []) {
      // "Sir Peter X", "Dame Eleanor X", "Madam Goh", "Alhaji X": honours and forms of address that carry a gender.
      if (/woman$|^(?:mrs|ms|dame|lady|madam|alhaja)$/.test(title)) vote(full, 'female');
      else if (/man$|^(?:mr|sir|lord|alhaji)$/.test(title)) vote(full, 'male');
    }
    // The window ends at the sentence end or the next name, whichever comes first.
    // (`Judge Ann Marsh told Reyes he had …`: another’s family name alone is a next name too; the "he" is Reyes’s.)
    const nextShort = shorts.find((short) => short.at > person.at + person.name.length && short.full !== full)?.at ?? text.length;
    // (`X, who runs the Quay Cafe with her husband,`: the clause's pronoun is X's past the name inside it, relative-clause-owner.ts.)
    // (`X, who sheltered there during Hurricane Y, said she …`: and the reporting verb after it, whose pronoun is X's too.)
    const clause = whoClauseWithReportLength(text.slice(person.at + person.name.length, person.at + person.name.length + 160));
    const end = Math.max(Math.min(people[i + 1]?.at ?? text.length, nextShort, person.at + person.name.length + PRONOUN_WINDOW), person.at + person.name.length + clause);
    let after = text.slice(person.at + person.name.length, end);
    const previous = people[i - 1];
    const withinClause = !!previous && previous.at < person.at && insideWhoClause(text.slice(previous.at + previous.name.length, person.at));
    // "Mary Tully, his wife, …": an owned appositive tells her gender, and its "his" is someone else's.
    const owned = OWNED_APPOSITIVE.exec(after);
    if (owned) {
      const gender = descriptionGender(owned[1] ?? '');
      if (gender) vote(full, gender);
      after = after.slice(owned[0].length);
    }
    const stop = after.search(/[.!?]\s|\n/);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    const pronoun = firstReferringPronoun(sentence);
    // "Her producer, Tomasz Wierzbicki, who also made her debut": a pronoun of the owner's gender is likely the owner again.
    const owner = ownerBefore(text.slice(Math.max(0, person.at - 60), person.at))?.[1];
    const ownerGender = owner ? (/^his$/i.test(owner) ? 'male' : 'female') : null;
    if (pronoun && pronoun !== ownerGender && !withinClause) vote(full, pronoun);
    // `La presidenta del tribunal, Begoña Arrieta`, `al abogado defensor, Luis Carranza`: a Romance article before a role noun (lang/role-nouns.ts).
    const window = text.slice(Math.max(0, person.at - 50), person.at).split(/[.!?]\s/u).at(-1)!;
    // Right before the name, or an appositive of a few words before its comma (`la jueza Ana Gil`, `del tribunal, Begoña Arrieta`).
    const romance = [...window.matchAll(ROMANCE_ROLE)].filter((match) => isForeignRoleNoun(match[2]!.toLowerCase()) && /^(?:\s*|(?:\s+[\p{L}-]+){0,3},\s*)$/u.test(window.slice(match.index + match[0].length))).at(-1);
    if (romance) vote(full, /^(?:la|della|alla|dalla|nella|sulla)$/i.test(romance[1]!) ? 'female' : 'male');
    // (`et sa compagne, Julie Masson,`, `seine Tochter Lena Vogt`: a possessive relation noun, relation-gender.ts.)
    const related = relationGenderBefore(window);
    if (related) vote(full, related);
  });
  // "Whitfield said her numbers were up": a family name alone, borne by one person only, is that person too (short-mentions.ts).
  for (const { full, at, length } of shorts) {
    // (As for full names above, the window ends at the next person named: `Cole and Diaz met; her group …`.)
    const nextName = people.find((person) => person.at > at + length)?.at ?? text.length;
    const nextShort = shorts.find((short) => short.at > at + length && short.full !== full)?.at ?? text.length;
    const end = Math.min(at + length + PRONOUN_WINDOW, nextName, nextShort, text.length);
    const after = text.slice(at + length, end);
    const stop = after.search(/[.!?]\s|\n/);
    // Only a possessive or reflexive first pronoun: after a family name alone, "he"/"she" is often a reported
    // clause's own subject ("Cole thinks she can win").
    const pronoun = possessiveGender(stop < 0 ? after : after.slice(0, stop));
    const owner = ownerBefore(text.slice(Math.max(0, at - 60), at))?.[1];
    const ownerGender = owner ? (/^his$/i.test(owner) ? 'male' : 'female') : null;
    if (pronoun && pronoun !== ownerGender) vote(full, pronoun);
  }
  // Forms of address last: "Mrs. Reyes" goes to the Reyes the clues above make a woman, when two share the name.
  const byName = new Map([...votes].filter(([, balance]) => balance !== 0).map(([name, balance]): [string, Gender] => [name, balance > 0 ? 'male' : 'female']));
  for (const match of text.matchAll(FORM_OF_ADDRESS)) {
    const gender = ADDRESS_GENDER[(match[1] ?? '').toLowerCase()] ?? 'male';
    const name = resolveName(`${match[1]}. ${match[2] ?? ''}`, people, byName);
    vote(name, gender);
    // (`Frank X and Linda X …` then `said Mr. X` … `Ms. X was blunter`: the address that first gave the family name a
    // gender holds, so the other address goes to the other namesake.)
    if (!byName.has(name)) byName.set(name, gender);
  }
  const genders = new Map<string, Gender>();
  for (const [name, balance] of votes) if (balance !== 0) genders.set(name, balance > 0 ? 'male' : 'female');
  return genders;
}

/** Male given names ending as female ones do (Микола, Ілля, Никита); short forms (Саша, Женя) are either. */
const CYRILLIC_MALE_IN_A = /^(?:Микола|Ілля|Илья|Никита|Микита|Кузьма|Лука|Фома|Сава|Савва|Данила|Гаврила|Саша|Женя|Валя|Слава)$/u;

/** The gender a full name in Cyrillic shows: a family name in -ська, -ова, -іна or -ський, -ов, -ін; else a given name in -а/-я or -о. */
export function cyrillicNameGender(name: string): Gender | null {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((word) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}'’-]+$/u.test(word))) return null;
  const family = words.at(-1)!;
  if (/(?:ська|цька|зька|ова|ева|єва|іна|ина|ая)$/u.test(family)) return 'female';
  if (/(?:ський|цький|зький|ов|ев|єв|ін|ын|ий|ой)$/u.test(family)) return 'male';
  const given = words[0]!;
  if (CYRILLIC_MALE_IN_A.test(given)) return null;
  // (A consonant says nothing: Kazakh and other names written in Cyrillic end so for women too, `Айгерим`.)
  return /[ая]$/u.test(given) ? 'female' : /о$/u.test(given) ? 'male' : null;
}

export function pronounGender(pronoun: string): Gender | null {
  if (/^(?:he|il|er)$/i.test(pronoun)) return 'male';
  if (/^(?:she|elle|sie)$/i.test(pronoun)) return 'female';
  return null;
}

/** A description's gender when its words carry one: "a ministry spokeswoman". */
export function descriptionGender(written: string): Gender | null {
  // (`who grew up there and whose brother died in 2016`: the relative after "whose" is someone else's.)
  // (`is married to the candidate's brother`: a kin noun after marriage words is the spouse's, not this person's.)
  const description = written.replace(/\bwhose\s[\s\S]*$/iu, '').replace(/\b(?:married|engaged|wed)\s+to\s[\s\S]*$|\bdivorced\s+from\s[\s\S]*$/iu, '');
  // "granddaughter", "stepson", "great-grandmother" carry the gender of the noun they end in.
  if (/wom[ae]n\b|\b(?:(?:great-)?grand|step)?(?:mother|wife|daughter|sister)\b/i.test(description)) return 'female';
  // (A bare `son` is English only after a determiner or an owner, or opening the group: French `son amertume` (her bitterness),
  // Spanish `son` (they are) are no son.)
  if (/(?:\b|spokes|chair|congress)m[ae]n\b|\b(?:(?:great-)?grand|step)?(?:father|husband|brother)\b|\b(?:great-)?grandson\b|\bstepson\b|(?:^\s*|\b(?:the|a|an|his|her|their|only|eldest|youngest|late)\s+|['’]s\s+)son\b/i.test(description)) return 'male';
  return null;
}

export interface Referent {
  name: string;
  kind: 'name' | 'description';
}
