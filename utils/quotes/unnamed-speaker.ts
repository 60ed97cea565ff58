/**
 * Speakers the text leaves unnamed: a paragraph that opens with one ("One care assistant, …"), and
 * words saying a source is unnamed on purpose ("who asked not to be named").
 */

import type { Speaker } from './attribute';
import { descriptionGender, pronounGender } from './coreference';
import type { EntityBook } from './entities';
import { lineStart } from './frames';
import { ROLE_NOUNS } from './roles';

/** A paragraph opening with an unnamed person: "One care assistant, …", "A woman who …", "Another patient, …". */
// (`A retired schoolteacher among the depositors, …`: the noun phrase ends before its preposition.)
const UNNAMED_OPENER = /^(?:One|A|An|Another)\s+((?:(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))(?=[\s,])(?!\s+(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+[\s,])/u;

export function unnamedOpener(text: string, at: number, book: EntityBook, pronoun: string): Speaker | null {
  const start = lineStart(text, at);
  if (book.mentions.some((mention) => mention.at >= start && mention.at < at)) return null;
  const match = UNNAMED_OPENER.exec(text.slice(start, at));
  const head = match?.[2] ?? '';
  if (!match || !(ROLE_NOUNS.has(head) || /(?:[^e]er|or|ist|ant|ent|man|woman)$/.test(head))) return null;
  const gender = descriptionGender(match[0]);
  return gender && gender !== pronounGender(pronoun) ? null : { name: match[0], kind: 'description' };
}

/** `One shareholder, who asked not to be named, said …. “…,” the investor said.`: the paragraph gave its source no name, and names no one. */
export function unnamedInParagraph(text: string, at: number, book: EntityBook): boolean {
  const start = lineStart(text, at);
  return ANONYMOUS_SOURCE.test(text.slice(start, at)) && !book.mentions.some((mention) => mention.at >= start && mention.at < at);
}

/** Words saying a source is left unnamed on purpose: "who asked not to be named", "on condition of anonymity". */
export const ANONYMOUS_SOURCE = /\b(?:(?:asked|requested|wished|wanted|preferred|declined|refused)\s+(?:not\s+)?to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name)|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|granted)\s+anonymity)/i;
