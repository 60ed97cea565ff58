/**
 * Gujarati: `કમિશનરના જણાવ્યા અનુસાર, “…”` ("according to the commissioner") after `… કમિશનર ડૉ. X Y પણ હાજર હતાં.`:
 * an office alone in a cue stands for the latest person the text wrote right after the same noun, an honorific between.
 * Gujarati writes no capitals and a name read only from a sentence with no quote enters no book, so the text is read here.
 */
import { mayBeGujaratiGivenName, notGujaratiNameWord } from './gu';

const LETTER = '[\\u0a80-\\u0aff]';
/** Honorifics written between an office and the name (`ડૉ.`, `શ્રી`): none of the name. */
const HONORIFIC = '(?:ડૉ\\.?|ડો\\.|શ્રીમતી|શ્રી|પ્રો\\.)';

/** The two name words written right after the office noun at its latest use before `at`, or null. */
export function gujaratiRoleHolder(text: string, noun: string, at: number): string | null {
  const written = noun.trim();
  if (!/^[\u0a80-\u0aff]+$/u.test(written)) return null;
  const before = text.slice(Math.max(0, at - 3000), at);
  const uses = [...before.matchAll(new RegExp(`(?:^|[\\s,])${written}\\s+(?:${HONORIFIC}\\s*)?(${LETTER}{2,})\\s+(${LETTER}{2,})(?=[\\s,.]|$)`, 'gu'))];
  for (const use of uses.reverse()) {
    const [given, family] = [use[1]!, use[2]!];
    // (`સરપંચ X Yએ …`: a name with the agent marker on it is read by the cues and the book already.)
    if (/(?:ે|એ)$/u.test(family)) return null;
    if (!notGujaratiNameWord(given) && !notGujaratiNameWord(family) && mayBeGujaratiGivenName(given)) return `${given} ${family}`;
  }
  return null;
}
