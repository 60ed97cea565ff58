/**
 * `Cllr X (FG) said …` … `“…,” the Fine Gael councillor said`: British and Irish council copy tags a member with the
 * party's initials in brackets and refers back by the party's full name. The person is the latest one named with those
 * initials (or the full name) in brackets right after them.
 */

import type { EntityBook } from './entity-types';

/** `the Fine Gael councillor`, `the Plaid Cymru MS`: the article, the party's capitalised words, a member's noun. */
const PARTY_MEMBER = /^the\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s+(?:councill?or|council\s+member|TD|MP|MS|MSP|MLA|MEP|senator|deputy|member|lawmaker|legislator|politician|representative)$/u;
/** How many mentions back the person may be. */
const LOOKBACK = 25;

/** The person `phrase` refers back to by the party bracketed after their name, or null. */
export function bracketedPartyHolder(phrase: string, text: string, book: EntityBook, at: number): string | null {
  const party = PARTY_MEMBER.exec(phrase.trim())?.[1];
  if (!party) return null;
  const initials = party.split(/\s+/u).map((word) => word[0]).join('');
  // (One word has no initials to tell: `the Labour councillor` needs `(Labour)` written out.)
  const tags = initials.length > 1 ? [party, initials] : [party];
  const before = book.mentions.filter((mention) => mention.at < at).slice(-LOOKBACK).reverse();
  const holder = before.find((mention) => {
    const end = mention.at + mention.name.length;
    const bracket = /^\s*\(([^()\n]{1,30})\)/u.exec(text.slice(end, end + 34))?.[1]?.trim();
    return text.startsWith(mention.name, mention.at) && bracket !== undefined && tags.includes(bracket);
  });
  return holder?.name ?? null;
}
