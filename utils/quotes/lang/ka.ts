/**
 * Georgian: after a quote `“, – განმარტა X Yმ.` (the verb, then its subject in the ergative: `-მ` after a vowel, `-მა` for a
 * stem that drops its `-ი`), `“, – ამბობს X.` (the nominative with a present verb), `– დასძინა მან.`, `– იხსენებს ის.` (he or
 * she); before one `X Yის თქმით, „…“` ("according to X", the genitive) and `X Yმ აღნიშნა: „…“`. The script has no capitals
 * (Mkhedruli is all lower case), so a name is read by the endings of Georgian family names (-ძე, -შვილი, -ია, -ავა, -უა,
 * -ური, -ელი, -ანი), a given name right before it kept.
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';
import type { CaselessMention } from './caseless-mention';
import { georgianNominative, georgianRoleAfter, georgianRoleBefore, georgianSubjectWords } from './georgian-ergative';

const GEORGIAN = /[\u10d0-\u10ff]/u;
const LETTERS = '[\\u10d0-\\u10ff]+';
/** A family name in the nominative, ergative or genitive, with the ending that turns each back into the nominative. */
const FAMILY_FORMS: Array<[RegExp, string]> = [
  [/(ძე|ია|ავა|უა)მ$/u, '$1'],
  [/(შვილ|ურ|ელ|ან)მა$/u, '$1ი'],
  [/ძის$/u, 'ძე'],
  [/(ი|ავ|უ)ას$/u, '$1ა'],
  [/(შვილ|ურ|ელ|ან)ის$/u, '$1ი'],
  [/(ძე|შვილი|ია|ავა|უა|ური|ელი|ანი)$/u, '$1'],
];
/** Words a given name never ends in: the ergative `-მა`, the genitive `-ის`, and the local endings (`-ში`, `-ზე`, `-თან`). */
const CASE_MARKED = /(?:მა|ის|ში|ზე|თან|ებს|ებმა)$/u;
const PRONOUN = '(?:მან|ის|მას)';
/** Present verbs of saying, whose subject stands in the nominative: says, states, tells, explains. */
const PRESENT_SAYS = /^(?:ამბობს|აცხადებს|ჰყვება|განმარტავს|აღნიშნავს)$/u;

/** Endings common nouns share (`კომპანია`, `სამსახური`, `მცხოვრებელი`): a name so ending needs a given name before it. */
const SHARED_ENDING = /(?:ია|ავა|უა|ური|ელი|ანი|ურის|ელის|ანის|იას|ავას|უას|ურმა|ელმა|ანმა|იამ|ავამ|უამ)$/u;
const GENITIVE = /(?:ის|ას)$/u;

/** A family name's nominative, or null when the word has no family name's ending (a genitive only when `genitive`). */
function familyName(word: string, genitive = false): string | null {
  if (word.length < 4 || (!genitive && GENITIVE.test(word))) return null;
  for (const [ending, nominative] of FAMILY_FORMS) if (ending.test(word)) return word.replace(ending, nominative);
  return null;
}

/** Where a family name stands in `words`, with a given name before it when the ending is one common nouns share too. */
function familyAt(words: string[], genitive = false): number {
  return words.findIndex((word, i) => familyName(word, genitive) !== null && (!SHARED_ENDING.test(word) || (i > 0 && isGivenName(words[i - 1]!))));
}

const isGivenName = (word: string) => GEORGIAN.test(word) && word.length >= 3 && !CASE_MARKED.test(word) && familyName(word, true) === null;

/** The name in `words`: the first family-name-shaped word, with the given name before it unless that word is case-marked. */
function nameIn(words: string[], genitive = false): SpeakerPhrase | null {
  const at = familyAt(words, genitive);
  if (at < 0) return null;
  const given = at > 0 && isGivenName(words[at - 1]!) ? `${words[at - 1]} ` : '';
  return person(`${given}${familyName(words[at]!, genitive)}`, words.slice(0, Math.max(0, at - (given ? 1 : 0))).join(' ') || null);
}

/** "By the words / statement / view of": the nouns a Georgian genitive source stands before. */
const SOURCE_NOUN = '(?:თქმით|სიტყვებით|განცხადებით|შეფასებით|აზრით)';

const patterns = lazy(() => ({
  pronounAfter: new RegExp(`^[\\s,]*[–—-]?\\s*${LETTERS}\\s+${PRONOUN}(?=[\\s.,]|$)`, 'u'),
  // (`– განუცხადა X Yმ „Outlet-ს“.`: the one told, an outlet's name in marks in the dative, closes the subject as a stop does.)
  verbThenWords: new RegExp(`^[\\s,]*[–—-]\\s*${LETTERS}\\s+([^.,;:!?„“”«»]{2,160}?)\\s*(?:[.,;]|$|(?=„[^“”\\n]{1,60}[“”]))`, 'u'),
  accordingTo: new RegExp(`(?:^|[\\s,])((?:${LETTERS}\\s+){0,6}${LETTERS})\\s+${SOURCE_NOUN}\\s*,?\\s*$`, 'u'),
  sourceInside: new RegExp(`(?:^|[\\s,])((?:${LETTERS},?\\s+){0,2}${LETTERS})\\s+${SOURCE_NOUN}(?=[\\s,])`, 'u'),
  beforeColon: new RegExp(`(?:^|[.!?]\\s+)([^.!?:„“”«»]{2,160}?)\\s*:\\s*$`, 'u'),
}));

export const georgian: LanguageCues = {
  applies: (frame) => GEORGIAN.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    if (patterns().pronounAfter.test(line)) return pronoun('they');
    const found = patterns().verbThenWords.exec(line)?.[1]?.split(/\s+/u);
    const words = found && georgianSubjectWords(found);
    // (`“, – თქვა კომპანიამ.`, "the company said": a short subject with no family name is someone or something unnamed, read
    // in the nominative, `კომპანია`, so that a role the story gave a named person matches it.)
    return words ? (nameIn(words.slice(0, 12)) ?? (words.length <= 3 ? described(words.map(georgianNominative).join(' ')) : null)) : null;
  },
  before(frame) {
    const source = patterns().accordingTo.exec(frame)?.[1];
    if (source) return nameIn(source.split(/\s+/u).slice(-3), true);
    const clause = patterns().beforeColon.exec(frame)?.[1]?.split(/\s+/u);
    // (`X Yმ ისიც აღნიშნა:`: a subject in the ergative opening the clause before the colon; `X Y ამბობს:`, the nominative with a present verb.)
    const family = clause?.find((word) => familyName(word)) ?? '';
    const present = !!clause && PRESENT_SAYS.test(clause.at(-1)!) && familyName(family) === family;
    return clause && clause.length <= 8 && (/მა?$/u.test(family) || present) ? nameIn(clause) : null;
  },
};

/**
 * The person a sentence brings in, for a `– თქვა მან.` ("said he or she") after it (lang/introduced.ts): a full name opening
 * it (`X Y, რომლის …, ამბობს, რომ …`), or the source its words are given by (`… X Yის განცხადებით, …`, "by X's statement").
 */
export function georgianSubject(sentence: string): SpeakerPhrase | null {
  const words = sentence.trim().split(/\s+/u).slice(0, 2).map((word) => word.replace(/[,.;:]+$/u, ''));
  const opening = familyAt(words) === 1 ? nameIn(words) : null;
  const source = opening ? null : patterns().sourceInside.exec(sentence)?.[1];
  return opening ?? (source ? nameIn(source.split(/\s+/u).map((word) => word.replace(/,$/u, '')).slice(-2), true) : null);
}

/** Georgian full names in a paragraph (a given name and a family name in any case), as caseless-mentions.ts reads people. */
export function georgianMentions(paragraph: string, offset: number, skip: (at: number) => boolean): CaselessMention[] {
  const found: CaselessMention[] = [];
  for (const pair of paragraph.matchAll(/(?<![\u10d0-\u10ff])([\u10d0-\u10ff]{3,})(?=\s+([\u10d0-\u10ff]{4,})(?![\u10d0-\u10ff]))/gu)) {
    const at = offset + pair.index;
    const family = familyName(pair[2]!, true);
    // (Only the endings no common noun shares, -ძე and -შვილი, and not a tag's verb after its dash, `– დაწერა ლომიძემ`.)
    if (skip(at) || !family || !/(?:ძე|შვილი)$/u.test(family) || !isGivenName(pair[1]!) || /[–—-]\s*$/u.test(paragraph.slice(Math.max(0, pair.index - 3), pair.index))) continue;
    // (The nominative or the ergative is a subject: `ნანა კაპანაძე … ავიდა`, `ლევან კაპანაძემ … აღნიშნა`.)
    // (`ექიმი X Y`: the noun right before the name is the role, which a later `– თქვა ექიმმა.` finds the person by.)
    // (Or the noun after it in apposition, `X Y, 54 წლის მეთევზე`.)
    const familyShaped = (word: string) => familyName(word, true) !== null;
    const after = paragraph.slice(pair.index + pair[1]!.length + 1 + pair[2]!.length, pair.index + 80 + pair[0].length);
    const role = georgianRoleBefore(paragraph.slice(Math.max(0, pair.index - 40), pair.index), familyShaped) ?? georgianRoleAfter(after.replace(/^\s+/u, ''), familyShaped);
    found.push({ name: `${pair[1]} ${family}`, at, subject: !GENITIVE.test(pair[2]!), role, gender: null });
  }
  return found;
}

/**
 * `– აღნიშნა ექიმმა.` ("the doctor noted", read back to `ექიმი`): the person the text before wrote with that noun right before
 * their full name (`ექიმი X Y`), the latest one; an adjective before the noun (`მოხუცი მეთევზე`, "the old fisherman") changes
 * nothing. A noun no one was introduced with stays a description.
 */
export function georgianRoleHolder(text: string, phrase: string, at: number): string | null {
  const noun = phrase.trim().split(/\s+/u).at(-1) ?? '';
  if (!/^[\u10d0-\u10ff]{4,}$/u.test(noun)) return null;
  return georgianMentions(text.slice(0, at), 0, () => false).findLast((mention) => mention.role?.split(' ').at(-1) === noun)?.name ?? null;
}
