/**
 * "The Board, in a statement signed by its chief executive Dr Caroline Wambui, said … “…,” the
 * statement said.", "In a victim impact statement read to the court, captain X said … “…,” the statement
 * said.": a written message the text referred to as "the statement" (the letter, the
 * release, the memo) speaks for the person the text said signed or issued it. Only a person the
 * text names right after "signed/issued/sent by" counts; "the statement" with no signer named
 * nearby stays a description (the body's words, not a person's).
 */

import type { PersonMention } from './person-mentions';

const MESSAGE_NOUN = String.raw`(?:statement|letter|press\s+release|release|e-?mail|memo|circular|notice|communiqu[eé])`;
/** The description that refers back to the message: "the statement", "the letter", "the release". */
const MESSAGE_BACK_REFERENCE = new RegExp(`^the\\s+(?:[\\p{Ll}-]+\\s+)?${MESSAGE_NOUN}$`, 'iu');
/** The message and its signer: "a statement signed by", "a letter issued on Tuesday by". */
const SIGNED_BY = new RegExp(`\\b${MESSAGE_NOUN}\\b[^.!?\\n"“”]{0,60}?\\b(?:signed|issued|sent|released|written|co-signed)\\s+(?:[^.!?\\n"“”]{0,30}?\\s)?by\\s+`, 'giu');
/** "In a victim impact statement read to the court, brigade captain X said": the sentence's subject wrote it. */
const IN_MESSAGE_THEN_SUBJECT = new RegExp(`\\b[Ii]n\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${MESSAGE_NOUN}\\b[^.!?\\n"“”,]{0,80},\\s+`, 'gu');
// (`In a statement on Tuesday, X, general manager of the resort, said`: a role set off by commas may come between.)
const SAYS_NEXT = /^(?:,\s+[^,.!?\n"“”]{1,80},)?,?\s+(?:said|says|wrote|writes|stated|states)\b/;
/** How far back (characters) the signer may stand: the quote's paragraph and the one before. */
const REACH = 700;
/** The signer's name must begin within this many characters after "by" (room for "its chief executive Dr"). */
const NAME_WINDOW = 60;

/** The person who signed the message "the statement" refers back to, or null. */
export function messageSigner(phrase: string, text: string, at: number, people: PersonMention[]): string | null {
  if (!MESSAGE_BACK_REFERENCE.test(phrase.trim())) return null;
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  let signer: string | null = null;
  let signedAt = -1;
  for (const pattern of [SIGNED_BY, IN_MESSAGE_THEN_SUBJECT]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(before); match; match = pattern.exec(before)) {
      const byEnd = from + match.index + match[0].length;
      // The first person named after it, with only a role (lower-case words or titles) between; after "In a statement …,"
      // that person must be the one saying it (`…, captain X said`), not whoever read it out (`read by counsel, Ms X BL, …`).
      const says = (mention: PersonMention) => pattern === SIGNED_BY || SAYS_NEXT.test(text.slice(mention.at + mention.name.length, mention.at + mention.name.length + 100));
      // (`In a statement, Health New Zealand's director of operations, Lisa Bellamy, said`: one role group set off by commas may stand between.)
      const between = (mention: PersonMention) => text.slice(byEnd, mention.at).replace(/\b(?:Dr|Mr|Mrs|Ms|Prof|Engr|Rev)\.\s*$/, '');
      const bare = (mention: PersonMention) => mention.at <= byEnd + NAME_WINDOW && !/[,;.]/.test(between(mention));
      const apposed = (mention: PersonMention) => pattern === IN_MESSAGE_THEN_SUBJECT && /^[^,;.!?"“”]{3,90},\s+$/u.test(between(mention));
      const person = people.find((mention) => mention.at >= byEnd && (bare(mention) || apposed(mention)) && says(mention));
      // The message mentioned last is the one referred back to.
      if (person && byEnd > signedAt) {
        signer = person.name;
        signedAt = byEnd;
      }
    }
  }
  return signer;
}
