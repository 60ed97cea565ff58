/**
 * People mentions in scripts without capitals, fed to the same entity and salience model English
 * uses (entities.ts finds English mentions by their capitals): each paragraph is read by its script's
 * finder (Chinese zh-mentions.ts, Korean ko-mentions.ts, Japanese ja-mentions.ts, Georgian ka.ts), and each mention
 * becomes an entity with its gender and role and a mention in text order, a subject when it opens its
 * clause or carries the topic particle. So `他说`, `그는`, `彼は`, `と話した` and `这位冠军` reach the
 * person a paragraph or two before introduced, as "he said" does in English.
 */

import { learnRole, type EntityBook } from '../entities';
import { GEORGIAN, HAN, HANGUL, KANA, mayHold } from '../scripts-present';
import { georgianMentions } from './ka';
import type { CaselessMention } from './caseless-mention';
import { chineseMentions } from './zh-mentions';
import { japaneseMentions } from './ja-mentions';
import { koreanMentions } from './ko-mentions';

export function findCaselessMentions(text: string, skip: (at: number) => boolean): CaselessMention[] {
  if (!mayHold(HAN | HANGUL | KANA | GEORGIAN, text)) return [];
  const found: CaselessMention[] = [];
  const chinese = new Set<string>();
  const korean: string[] = [];
  const japanese: string[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/gu)) {
    const words = paragraph[0];
    const at = paragraph.index;
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(words)) found.push(...japaneseMentions(words, at, skip, japanese));
    else if (/\p{Script=Hangul}/u.test(words)) found.push(...koreanMentions(words, at, skip, korean));
    else if (/\p{Script=Han}/u.test(words)) found.push(...chineseMentions(words, at, skip, chinese, text));
    else if (/\p{Script=Georgian}/u.test(words)) found.push(...georgianMentions(words, at, skip));
  }
  return found;
}

/** Adds the mentions to the book: an entity each (gender, role learned where written) and the mentions in text order. */
export function addCaselessMentions(book: EntityBook, mentions: CaselessMention[]): void {
  if (mentions.length === 0) return;
  for (const mention of mentions) {
    let person = book.entities.get(mention.name);
    if (!person) {
      person = { name: mention.name, gender: book.genders.get(mention.name) ?? null, age: null, roles: [], offices: new Set(), descriptions: new Set(), outlet: false };
      book.entities.set(mention.name, person);
    }
    person.gender ??= mention.gender;
    if (mention.role) learnRole(book, mention.name, mention.at, mention.role);
    book.mentions.push({ name: mention.name, at: mention.at, subject: mention.subject });
  }
  book.mentions.sort((a, b) => a.at - b.at);
}

/**
 * `황보` (from `황보 씨`), `山本`: the latest person found before `at` whose full name this short one begins (a Georgian one ends); `クラーク`,
 * `ミン`: a foreign name in katakana, its parts set off by ・, is written later by any one part.
 */
export function fullerFromMentions(book: EntityBook, short: string, at: number, text = ''): string | null {
  // (`კაპანაძე` after `ნანა კაპანაძე`: a Georgian family name alone is the latest person so named, ka.ts.)
  const found = book.mentions.findLast((mention) => mention.at < at && mention.name !== short && (((mention.name.startsWith(short) || (mention.name.includes('・') && mention.name.split('・').includes(short))) && !/\s/u.test(mention.name)) || (/\p{Script=Georgian}/u.test(short) && mention.name.endsWith(` ${short}`))));
  return found?.name ?? addressedFamilyName(book, short, at, text);
}

/** A Chinese family name and a form of address: `何先生`, `陳女士`. */
const ADDRESSED = /^(\p{Script=Han}{1,2}?)(?:先生|女士|小姐|太太|伯伯|婆婆|阿姨|大爷|大妈|奶奶|爷爷|阿婆|阿伯)$/u;

/**
 * `何先生` after `退休教師何志明…`: a family name and a form of address stand for the one person of that family name the
 * text introduced in full before it first wrote the short form (a pseudonym, `陳先生（化名）`, stands for no one else).
 */
function addressedFamilyName(book: EntityBook, short: string, at: number, text: string): string | null {
  // (`老刘`, `小王`: "old" or "little" and the family name, the familiar address of one person the text named in full.)
  const family = ADDRESSED.exec(short)?.[1] ?? /^(?:老|小)(\p{Script=Han})$/u.exec(short)?.[1];
  if (!family || new RegExp(`${short}\\s*[（(]化名`, 'u').test(text)) return null;
  const firstShort = text.indexOf(short);
  const full = new Set(book.mentions.filter((mention) => mention.at < at && (firstShort < 0 || mention.at < firstShort) && mention.name.length - family.length >= 1 && mention.name.length - family.length <= 2 && mention.name.startsWith(family) && !ADDRESSED.test(mention.name)).map((mention) => mention.name));
  return full.size === 1 ? [...full][0]! : null;
}

/**
 * `농업기술원 이서준 연구사는`: a cue that read the office after a name as the name (`연구사`) stands for the
 * person found with that office within `from`..`to`, the one nearest the cue at `near`.
 */
export function officeHolderNear(book: EntityBook, office: string, from: number, to: number, near: number): { name: string; role: string } | null {
  let best: { name: string; role: string; distance: number } | null = null;
  for (const mention of book.mentions) {
    if (mention.at >= to || mention.at < from) continue;
    const role = book.entities.get(mention.name)?.roles.find((entry) => entry.at === mention.at && (entry.role === office || entry.role.endsWith(` ${office}`)));
    const distance = Math.abs(mention.at - near);
    if (role && (!best || distance < best.distance)) best = { name: mention.name, role: role.role, distance };
  }
  return best && { name: best.name, role: best.role };
}

/**
 * `吴海种` read by a cue from `村民吴海种了…`: a speaker's name in a caseless script that no mention has, one
 * character longer than a name the finders read at that place (the verb after it glued on), is that name.
 */
export function snappedToMention(book: EntityBook, name: string): string {
  if (book.entities.has(name) || !/^[\p{Script=Han}\p{Script=Hangul}]{3,5}$/u.test(name)) return name;
  const shorter = name.slice(0, -1);
  return book.mentions.some((mention) => mention.name === shorter) ? shorter : name;
}
