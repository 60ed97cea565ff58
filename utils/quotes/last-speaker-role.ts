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

/** The previous quote's named speaker the description stands for, or null (see the file's header). */
export function lastSpeakerByRole(phrase: string, previous: { speaker: string | null; speakerKind: string | null; outerEnd: number } | undefined, book: EntityBook, at: number): string | null {
  const head = DEFINITE_HEAD.exec(phrase.trim())?.[1];
  if (!head || !previous?.speaker || previous.speakerKind !== 'name') return null;
  const nouns = heads(head);
  if (!holds(book, previous.speaker, nouns)) return null;
  const other = book.mentions.some((mention) => mention.at > previous.outerEnd && mention.at < at && mention.name !== previous.speaker && holds(book, mention.name, nouns));
  return other ? null : previous.speaker;
}
