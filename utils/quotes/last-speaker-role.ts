/**
 * `"…," the Eagles coach said` right after a quote of `Swartberg coach X`: an English definite description whose head
 * noun closes the role the text gave the speaker of the quote just before (or means the same: `the defense lawyer` for
 * an attorney) stands for that speaker, whatever words stand before the head. Only the quote just before, and only
 * when no one else the text gave that role is mentioned since: a description after another speaker is someone else.
 */

import type { EntityBook } from './entity-types';

const SAME_OFFICE = [['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'], ['doctor', 'physician']];

const DEFINITE_HEAD = /^the\s+(?:[\p{L}\d’'.-]+\s+){0,3}(\p{Ll}+)$/u;

function heads(head: string): string[] {
  return SAME_OFFICE.find((group) => group.includes(head)) ?? [head];
}

const holds = (book: EntityBook, name: string, nouns: string[]) =>
  (book.entities.get(name)?.roles ?? []).some((entry) => nouns.includes(entry.role.toLowerCase().split(/\s+/u).at(-1)!));

/**
 * `"…," according to the official`, `«…»، بحسب المسؤول`, `по словам чиновника`: a noun for any holder of an office fits
 * whatever role the speaker just quoted holds; a woman's form (`المسؤولة`, `la funcionaria`) not a man the text marked as one.
 */
const ANY_OFFICIAL = /^(?:the\s+official|ال(?:مسؤول|مسئول)(ة)?|(?:le|la)\s+responsable|el\s+funcionario|la\s+funcionari(a)|(?:il|la)\s+funzionari(?:o|(a))|чиновни(?:к|(ца))|посадов(?:ець|(иця)))$/u;

type PreviousQuote = { speaker: string | null; speakerKind: string | null; outerEnd: number; role?: string | null };

function anyOfficial(phrase: string, previous: PreviousQuote, book: EntityBook, at: number): string | null {
  const official = ANY_OFFICIAL.exec(phrase.trim().replace(/[\u064B-\u0652\u0640]/gu, ''));
  if (!official || !previous.speaker) return null;
  const woman = official.slice(1).some(Boolean);
  const gender = book.entities.get(previous.speaker)?.gender ?? book.genders.get(previous.speaker) ?? null;
  if ((woman && gender === 'male') || (!woman && gender === 'female' && !/^(?:the|le|la)\s/u.test(phrase.trim()))) return null;
  const holdsAny = (name: string) => (book.entities.get(name)?.roles.length ?? 0) > 0;
  if (!previous.role && !holdsAny(previous.speaker)) return null;
  // (Someone else with a role named since the quote before: the official may be them.)
  const other = book.mentions.some((mention) => mention.at > previous.outerEnd && mention.at < at && mention.name !== previous.speaker && holdsAny(mention.name));
  return other ? null : previous.speaker;
}

/** The previous quote's named speaker the description stands for, or null (see the file's header). */
export function lastSpeakerByRole(phrase: string, previous: PreviousQuote | undefined, book: EntityBook, at: number): string | null {
  if (!previous?.speaker || previous.speakerKind !== 'name') return null;
  const official = anyOfficial(phrase, previous, book, at);
  if (official) return official;
  const head = DEFINITE_HEAD.exec(phrase.trim())?.[1];
  if (!head) return null;
  const nouns = heads(head);
  if (!holds(book, previous.speaker, nouns)) return null;
  const other = book.mentions.some((mention) => mention.at > previous.outerEnd && mention.at < at && mention.name !== previous.speaker && holds(book, mention.name, nouns));
  return other ? null : previous.speaker;
}
