/**
 * People a text names by one word: a lone given name introduced with an age or a role (`11-årige Freja`, `kata Sutrisno
 * (56)`), and two-word runs that are a business or place of such a person or family rather than a second person
 * (person-mentions.ts).
 */

import type { PersonMention } from './person-mentions';
import { AGE_ADJECTIVE, TURKISH_ADDRESS_AFTER } from './names';
import { isNewLanguageRoleNoun } from './lang/newlang-roles';

/** `kata Sutrisno (56), warga …`: an age in brackets right after the one name, as papers introduce people known by one name. */
export function agedAfter(text: string, at: number, run: string): boolean {
  return /^\s?\(\d{1,3}\)/u.test(text.slice(at + run.length, at + run.length + 6));
}

/**
 * Whether the two-word run `name` is a business or body named after a family the text names in full (`Konditori Lindqvist`
 * after `Maja Lindqvist`, `Bakkerij Hoekstra` after `Sjoerd Hoekstra`): its first word is no given name of that family, and
 * the article writes it in lower case as a common noun (`konditoriet`, `de bakkerij`; a stem of five letters or more).
 */
export function isBusinessOfFamily(text: string, name: string, mentions: PersonMention[]): boolean {
  const words = name.split(' ');
  if (words.length !== 2 || words[0]!.length < 5) return false;
  const [first, family] = words as [string, string];
  // (`Permukiman Sutrisno berada …` after `kata Sutrisno (56)`: what a person known by one name owns or lives in.)
  if (mentions.some((mention) => mention.alone && mention.name === family)) return true;
  if (!mentions.some((mention) => mention.name.endsWith(` ${family}`) && mention.name !== name)) return false;
  const stem = first.toLowerCase().slice(0, Math.max(5, first.length - 2));
  // (The pattern below holds the stem literally, case and all: a text without it cannot match.)
  return text.includes(stem) && new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{Ll}{0,5}(?![\\p{L}])`, 'u').test(text);
}

/**
 * `Rafe, a 19-year-old sophomore who asked that only his first name be printed, said`, `Rosa, 67, said`: English papers set an age or the
 * withheld family name beside a person they name by one word, or say it in the verb after the name (`Darnell asked that his surname …`);
 * Indian papers write `Kavya (name changed)`.
 */
const ENGLISH_ONE_NAME_APPOSITION = /^(?:\s*\(names?\s+changed\b[^()\n]{0,40}\)|,\s+(?:an?\s+\d{1,3}-year-old\b|\d{1,3},\s|[^.!?\n]{0,120}\b(?:only (?:his|her|their) first name|(?:his|her|their) (?:(?:last|family|full|second) name|surname)\b))|\s+(?:asked|requested)\s+that\s+(?:his|her|their)\s+(?:(?:last|family|full)\s+name|surname)\b)/u;

/** `gave her first name as`, `identified himself only as`: what a writer says when a lone given name is all the person gave. */
const NAMED_ONLY_AS = String.raw`(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+(?:(?:himself|herself)\s+)?(?:only\s+)?as)`;

/** `a vendor who gave her first name as Lupe`, `a driver identified only as Tomás`: a lone given name the writer could not complete. */
const NAMED_ONLY_AS_BEFORE = new RegExp(`\\b${NAMED_ONLY_AS}\\s+$`, 'u');

/** The same inside a sentence's subject: `One of them, a driver identified only as Tomás, told …` (a capitalised name, not `as security`). */
const NAMED_ONLY_AS_SUBJECT = new RegExp(`^[^.!?,]{0,60}?(?:,\\s+)?(?:[Aa]n?|[Tt]he|[Oo]ne)\\s[^,.!?]{0,60}?\\b${NAMED_ONLY_AS}\\s+(\\p{Lu}\\p{Ll}+),`, 'u');

/** The lone given name a sentence's subject says the person gave (`…, a vendor who gave her first name as Lupe, said`), or null. */
export function namedOnlyAsSubject(words: string): string | null {
  return /\sas\s/u.test(words) ? (NAMED_ONLY_AS_SUBJECT.exec(words.trimStart())?.[1] ?? null) : null;
}

/** `11-årige Freja`, `Ti år gamle Ingrid`: an age right before a lone given name. */
const AGE_WORDS_BEFORE = /(?:^|\s)[\p{L}\d]+\s+(?:år|let|godina)\s+(?:gam(?:le|mel|la|al)|stará|starý|star[ai]?)\s+$/u;

/** Whether an age adjective or a lower-case role noun stands right before the lone given name `name`, in its run or before it. */
export function agedOrRoleBefore(text: string, at: number, run: string, name: string): boolean {
  // (`ο 45χρονος Αλβανός`, `η 30χρονη Γερμανίδα`: a Greek nationality, capitalised, is no name; given names do not end so.)
  if (/(?:ός|ή|ίδα)$/u.test(name)) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  // (`Hatice Teyze`, `Bé Na`, `Erzsi néni`: a form of address for a child or an elder around the one name, names.ts.)
  if (run !== name && run.startsWith(name) && TURKISH_ADDRESS_AFTER.test(run.slice(name.length).trim())) return true;
  if (/^\s+(?:néni|bácsi)(?![\p{L}])/u.test(text.slice(at + run.length, at + run.length + 8)) || agedAfter(text, at, run)) return true;
  if (run === name && ENGLISH_ONE_NAME_APPOSITION.test(text.slice(at + run.length, at + run.length + 160))) return true;
  // (The pattern holds `gave` or `identified` literally: the cheap test first.)
  if (run === name && (before.includes('gave') || before.includes('identified')) && NAMED_ONLY_AS_BEFORE.test(before)) return true;
  const opener = run === name ? '' : run.slice(0, run.length - name.length).trim();
  if (opener) return !opener.includes(' ') && (AGE_ADJECTIVE.test(opener) || /^(?:Bé|Cháu)$/u.test(opener));
  // (`… – wspomina emerytka.\n\nKominek rozebrała`: a noun closing the sentence before is no role of the word after.)
  const word = /(?:^|\s)([^\s.!?;:]+)[^\S\n]+$/u.exec(before)?.[1] ?? '';
  return AGE_ADJECTIVE.test(word) || AGE_WORDS_BEFORE.test(before) || (/^\p{Ll}/u.test(word) && isNewLanguageRoleNoun(word)) || OWN_RELATIVE_CYRILLIC.test(before);
}

/** `Її чоловік Тарас`, `Его сын Пётр`: "her husband", "his son" and a given name alone, a relative the story names so. */
const OWN_RELATIVE_CYRILLIC = /(?:^|[\s(])(?:її|його|їхній|їхня|её|его|их)\s+(?:чоловік|дружина|брат|сестра|син|донька|дочка|батько|мати|муж|жена|сын|дочь|отец|мать)\s+$/iu;
