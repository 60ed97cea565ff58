/**
 * `Niamh Reilly, his deputy, succeeds him.` on the line above `DUNMORE — Veteran coach Peter Reilly tied up …`: the
 * lines a page sets above the dateline (a standfirst, a summary) name people before the story introduces them. A name
 * there is no first introduction: of two people sharing a family name, the name alone is the one the story opens on
 * (name-resolution.ts familyHead). Scripts without capitals write no such dateline; nothing is read there.
 */

import { isCreditLine } from './credit-line';

/** A paragraph opening on a dateline in capitals: `DUNMORE — `, `PORT ELLIS, N.S. — `, `HYDERABAD: `. */
const DATELINE_OPENING = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?(?:,\s*[\p{L}.\s]{2,20})?\s*(?:[—–]|-{1,2}|:)\s/u;

/** Quotation marks: a line above the dateline that quotes someone is story, not summary. */
const QUOTE_MARK = /["“”«»„]/u;

/** How far into the text the dateline may come: a standfirst is a line or two. */
const STANDFIRST_REACH = 400;

/** Whether `at` lies in the lines above the story's first dateline (no quotation in them). */
export function inStandfirst(text: string, at: number): boolean {
  if (DATELINE_OPENING.test(text.slice(0, 60))) return false;
  const head = text.slice(0, STANDFIRST_REACH);
  let start = 0;
  for (let end = head.indexOf('\n'); end >= 0; end = head.indexOf('\n', start)) {
    start = end + 1;
    while (head[start] === '\n') start++;
    if (!DATELINE_OPENING.test(text.slice(start, start + 60))) continue;
    return at < start && !QUOTE_MARK.test(text.slice(0, start));
  }
  return false;
}

/** A name no story introduction stands behind: a writer's credit (credit-line.ts) or a standfirst's mention. */
export function aboveStory(text: string, at: number, name: string): boolean {
  return isCreditLine(text, at, name) || inStandfirst(text, at);
}
