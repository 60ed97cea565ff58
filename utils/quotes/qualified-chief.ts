/**
 * `the Director of the Harbour Fire Service, Mrs. X, …` … `"…," the fire chief said`: an English description of a
 * leader by what they lead (`the fire chief`, `the health boss`, `the police head`) stands for the one person named
 * before the quote whose role both holds those words and leads something (`director`, `head`, `commissioner`). A fire
 * investigator named there leads nothing, so `the fire chief` stays as written; two leaders who fit leave it too.
 */

import type { EntityBook } from './entity-types';

/** `the fire chief`, `the state health boss`: the article, one or two lower-case words, a noun for a leader. */
const QUALIFIED_LEADER = /^the\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(?:chief|head|boss)$/u;
/** Words of a role that make its holder the one in charge. */
const LEADING = /(?:^|[\s-])(?:director|director-general|chief|head|commissioner|controller|superintendent|chair|chairman|chairwoman|chairperson|president|commander|commandant|boss|leader|principal|manager)(?=$|[\s,])/iu;
/** Words no leader is described by on their own (`the new chief`, `the former head`). */
const EMPTY_QUALIFIERS = new Set(['new', 'former', 'acting', 'interim', 'deputy', 'then', 'late', 'outgoing', 'incoming', 'top', 'same', 'other']);

export function qualifiedLeader(phrase: string, book: EntityBook, at: number): string | null {
  const qualifiers = QUALIFIED_LEADER.exec(phrase.trim())?.[1]?.trim().split(/\s+/u);
  if (!qualifiers || qualifiers.some((word) => EMPTY_QUALIFIERS.has(word))) return null;
  const holdsWords = (role: string) => LEADING.test(role) && qualifiers.every((word) => new RegExp(`(?:^|[^\\p{L}])${word}(?![\\p{L}])`, 'iu').test(role));
  const fitting = new Set(book.mentions.filter((mention) => mention.at < at && (book.entities.get(mention.name)?.roles ?? []).some((entry) => holdsWords(entry.role))).map((mention) => mention.name));
  return fitting.size === 1 ? [...fitting][0]! : null;
}
