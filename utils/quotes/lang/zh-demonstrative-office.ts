/**
 * `这位交通局局长说`, `該名校長表示`: a demonstrative and an office stand for the person the story gave that office, the latest
 * one before the words, though others (a described helper, a scholar) spoke since (`商务局局长X表示…` … `这位商务局局长说`).
 * Nobody holding it leaves the other readings (the latest salient person of that gender) to decide.
 */

import type { EntityBook } from '../entities';
import { latestHolder } from '../office-holder';

/** How far back (in characters) the holder may have been named. */
const REACH = 4000;

const DEMONSTRATIVE_OFFICE = /^(?:这位|這位|这名|這名|该名|該名|该位|該位|该|該)(\p{Script=Han}{2,10})$/u;

export function chineseDemonstrativeHolder(book: EntityBook, phrase: string, at: number): string | null {
  const office = DEMONSTRATIVE_OFFICE.exec(phrase)?.[1];
  if (!office) return null;
  // (`南屿镇商务局局长` ends with `商务局局长`: the place before the office may be left out the second time.)
  return latestHolder(book, at, REACH, (roles) => roles.some((entry) => entry.at < at && entry.role.endsWith(office)));
}
