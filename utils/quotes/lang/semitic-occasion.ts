/**
 * `"…", אמרה בטקס ראש המועצה, X.` ("said at the ceremony the council head, X"): Hebrew may set the occasion, one word fused
 * with "at" (`בטקס`, `בכנס`, `בנאום`), between the verb and the office. It is no part of the speaker; the office after it is.
 * Only before an office the language knows: `בטקס חנוכת המתקן` ("at the inauguration ceremony of …") keeps its complement.
 */

import type { SemiticLanguage } from './semitic';

/** One-word occasions, "at" fused to the noun: at the ceremony, conference, meeting, speech, debate, event, rally, protest. */
const OCCASION = /^(?:בטקס|בכנס|בישיבה|בנאום|בדיון|באירוע|בעצרת|בהפגנה)\s+(\S+)/u;

/** The clause after the verb without a one-word occasion before an office (`בטקס ראש המועצה` → `ראש המועצה`). */
export function withoutLeadingOccasion(language: SemiticLanguage, clause: string): string {
  const found = OCCASION.exec(clause);
  return found && language.roleHeads.has(found[1]!) ? clause.slice(found[0].length - found[1]!.length) : clause;
}
