/**
 * English definite descriptions that refer back to the one person the story just introduced with those words, where the
 * salience rules (salience.ts soleNamed, description) find no one:
 *   - `X has fished out of Y for 44 years. ¶ "…," says the 67-year-old`: an age the text gave nobody, for the one person
 *     the introducing paragraph names, once the places there (`out of Y`, a dateline) are left out;
 *   - `X has been captain of the Z brigade for 19 years. … "…," the brigade captain says`: the words of the description
 *     are in the sentence that made that person its subject and gave them the post with a copula;
 *   - `Detective Constable X, of Y Police, urged … "…," the officer said`: the one person the paragraph names with a
 *     police rank;
 *   - `'…,' admitted Rovers manager X. … '…,' the Thornvale boss added`: the one manager or coach the paragraph names;
 *   - `Praja Party (PP) president X … the PP chief`: the one person whose role holds those letters.
 * Two people who fit, or none, leave the description as written.
 */

import type { EntityBook, Mention } from './entities';

/** `the 67-year-old`, `the 67-year-old fisherman`. */
const AGED = /^the\s+(\d{1,3})-year-old(?:\s+\p{Ll}[\p{Ll}-]*)?$/u; // (read only bare below)
/** `the brigade captain`, `the fire chief`: the article, up to two lower-case qualifiers, the noun. */
const QUALIFIED_NOUN = /^the\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(\p{Ll}[\p{Ll}-]{2,})$/u;
/** `the Thornvale boss`: a side's name, then the noun sport copy uses for its manager. */
const SIDE_BOSS = /^the\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+(?:boss|manager|gaffer)$/u;
/** `the PP chief`: an abbreviation in capitals, then a noun for who leads it. */
const LETTERS_LEADER = /^the\s+(\p{Lu}{2,6})\s+(?:chief|leader|boss|head|supremo)$/u;
/** Nouns for a police officer of any rank. */
const POLICE_NOUNS = /^the\s+(?:police\s+)?(?:officer|detective|policeman|policewoman)$/u;
/** Police ranks written before a name: `Detective Constable`, `Sgt`, `PC`, `Inspector`. */
const POLICE_RANK = /(?:^|\s)(?:Detective|Constable|Sergeant|Sgt|Inspector|Insp|Superintendent|Supt|Trooper|Patrolman|Patrolwoman|Officer|PC|DC|DS|DI|DCI|PCSO)\.?\s+$/u;
/** Heads of a role that make its holder a side's manager: `Rovers manager`, `head coach`. */
const MANAGER_ROLE = /(?:^|\s)(?:manager|coach|boss|gaffer)$/iu;
/** A preposition of place just before a capitalised run: `out of Y`, `in Y`, `near Y`. */
const PLACE_PREPOSITION = /(?:^|\s)(?:in|at|from|of|near|to|into|across|around|outside|inside|across|toward|towards|off)\s+$/iu;
/** The copula that gives the subject a post: `X has been captain of`, `X is the chief of`, `X, 58, became head of`. */
const COPULA = /^[^.!?\n]{0,60}?\s(?:is|was|has\s+been|had\s+been|became|has\s+become|serves\s+as|served\s+as|has\s+served\s+as)\s/u;

/**
 * How the introducing sentence may write a word of the description: a compound's parts apart (`fourth-generation` as
 * `the fourth generation of his family`), a doer's noun as its verb (`farmer` as `to farm`, `grower` as `grows`).
 */
function wordForms(word: string): string {
  const parts = word.split('-').map((part) => part.replace(/[^\p{L}\d]/gu, ''));
  const forms = [parts.join('[\\s-]+')];
  const doer = /^(\p{L}{3,}?)e?(?:er|or)$/u.exec(word);
  if (doer) forms.push(`${doer[1]}\\p{L}{0,3}`);
  return `(?:${forms.join('|')})`;
}

/** The sentence that opens at `at` (to its full stop). */
function sentenceFrom(text: string, at: number): string {
  const end = text.slice(at).search(/[.!?](?:\s|$)|\n/u);
  return text.slice(at, end < 0 ? undefined : at + end);
}

/** Whether a mention reads as a place: a dateline in capitals, or after a preposition of place (`out of Y`). */
function readsAsPlace(mention: Mention, text: string): boolean {
  // (A dateline writes the place in capitals, `PORT ELLEN, Maine —`; a name of a cased script written so is no person's.)
  const written = text.slice(mention.at, mention.at + mention.name.length);
  return (written === written.toUpperCase() && written !== written.toLowerCase()) || PLACE_PREPOSITION.test(text.slice(Math.max(0, mention.at - 12), mention.at));
}

/** The distinct people named between `from` and `at` (first mention of each), places and mere qualifiers of another's role left out. */
function peopleNamed(text: string, from: number, at: number, book: EntityBook): Mention[] {
  const inRange = book.mentions.filter((mention) => mention.at >= from && mention.at < at && !mention.qualifier && !book.entities.get(mention.name)?.body && !book.entities.get(mention.name)?.outlet && !readsAsPlace(mention, text));
  const firsts = new Map<string, Mention>();
  for (const mention of inRange) if (!firsts.has(mention.name)) firsts.set(mention.name, mention);
  return [...firsts.values()];
}

const only = (names: string[]): string | null => (new Set(names).size === 1 ? names[0]! : null);

/** The person the description stands for, or null when none or several fit. */
export function describedReferent(phrase: string, text: string, from: number, at: number, book: EntityBook): string | null {
  const written = phrase.trim();
  const people = peopleNamed(text, from, at, book);
  const aged = AGED.exec(written);
  if (aged) {
    // (`Ruth Adler, 71,` is not `the 45-year-old`; someone given that age elsewhere is salience.ts's to find.)
    if ([...book.entities.values()].some((entity) => entity.age === Number(aged[1]))) return null;
    // (Only the bare epithet, `the 44-year-old grandfather` may be of a gender the one named is not; anyone aged there rules it out.)
    if (aged[0] !== `the ${aged[1]}-year-old` || people.some((mention) => book.entities.get(mention.name)?.age != null)) return null;
    return people.length === 1 && people[0]!.name.includes(' ') ? people[0]!.name : null;
  }
  if (POLICE_NOUNS.test(written)) return only(people.filter((mention) => POLICE_RANK.test(text.slice(Math.max(0, mention.at - 40), mention.at))).map((mention) => mention.name));
  if (SIDE_BOSS.test(written)) return only(people.filter((mention) => book.entities.get(mention.name)?.roles.some((entry) => MANAGER_ROLE.test(entry.role.trim()))).map((mention) => mention.name));
  if (LETTERS_LEADER.test(written)) return letteredLeader(written, book, at, text);
  const qualified = QUALIFIED_NOUN.exec(written);
  if (qualified) {
    const words = [...qualified[1]!.trim().split(/\s+/u), qualified[2]!];
    const hasWord = (sentence: string, word: string) => new RegExp(`(?:^|[^\\p{L}])${wordForms(word)}(?![\\p{L}])`, 'iu').test(sentence);
    return only(people.filter((mention) => mention.subject && COPULA.test(sentenceFrom(text, mention.at)) && words.every((word) => hasWord(sentenceFrom(text, mention.at), word))).map((mention) => mention.name));
  }
  return null;
}

/** `the PP chief`: the one person named before `at` whose role holds those letters (`Praja Party (PP) president X`). */
export function letteredLeader(phrase: string, book: EntityBook, at: number, text: string): string | null {
  const letters = LETTERS_LEADER.exec(phrase.trim())?.[1];
  if (!letters) return null;
  const lettered = new RegExp(`(?:^|[\\s(])${letters}(?:$|[\\s)])`, 'u');
  const before = book.mentions.filter((mention) => mention.at < at);
  // (The role as learned is often the office alone, `president`: the letters may stand just before it, `(PP) president`.)
  const holds = (entry: { at: number; role: string }) => lettered.test(entry.role) || lettered.test(text.slice(Math.max(0, entry.at - 60), entry.at).split(/[.!?]\s/u).at(-1)!);
  return only(before.filter((mention) => book.entities.get(mention.name)?.roles.some(holds)).map((mention) => mention.name));
}

/**
 * `her heartbroken daughter Kerry Lawson`: lower-case words glued before a full name the text gives: the name alone.
 * (An English determiner must open it: `die Munisipaliteit X`, `la Kultura Fondaĵo`, `bean as X` are bodies and descriptions.)
 */
export function nameAfterDescriptor(phrase: string, people: ReadonlyArray<{ name: string }>): string | null {
  const glued = /^(?:his|her|their|its|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,4}(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})$/u.exec(phrase.trim());
  // (`a spokesperson for Harlow Foods`: a word between that links the name to the noun makes it another's, a body's.)
  const linked = glued && /(?:^|\s)(?:for|of|at|from|with|to|in|on|by|and|or|near|behind|against)\s/u.test(phrase.trim().slice(0, phrase.trim().length - glued[1]!.length));
  return glued && !linked && people.some((person) => person.name === glued[1]) ? glued[1]! : null;
}
