/**
 * A club's or a company's name in quotation marks inside a person's description, right before their name
 * (`Тренер «Сокола» Дмитрий Ваганов`, `главный тренер «Металлурга» Сергей Бойко`): a name, no one's words. Given
 * no speaker; the person it describes, named right after it, is the one salient there (for a "he" after it).
 */

import type { QuoteSpan } from './find';
import { isTurkicOfficeHead } from './lang/turkic-possessed-office';

/** One to three capitalised words: the shape of a name, not of words said. */
const NAME_WORDS = /^\p{Lu}[\p{L}\d’'-]*(?:\s+\p{Lu}[\p{L}\d’'-]*){0,2}$/u;
/** One to four words, the first capitalised: a body's name as Turkic languages write it (`«Алтын дән»`). */
const BODY_WORDS = /^\p{Lu}[\p{L}\d’'‘ʻ-]*(?:\s+[\p{L}\d’'‘ʻ-]+){0,3}$/u;
/** A given and a family name right after the closing mark, or after lower-case words ending in a Turkic office head (below). */
const FULL_NAME_AFTER = /^\s+((?:\p{Ll}[\p{Ll}‘’'ʻʼ-]*\s+){0,3})(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;

/** The person named right after a quoted name standing in their description (`тренер «Сокола» Дмитрий Ваганов`), or null. */
export function personAfterQuotedName(text: string, span: QuoteSpan): string | null {
  // (Guillemets only, as the papers that write names so use them; English “…” before a name is a show's or a nickname.)
  if (text[span.outerStart] !== '«' || !BODY_WORDS.test(span.text.trim())) return null;
  const lead = text.slice(Math.max(0, span.outerStart - 30), span.outerStart);
  if (!/\p{Ll},?\s*$/u.test(lead)) return null;
  const after = text.slice(span.outerEnd, span.outerEnd + 100);
  const found = FULL_NAME_AFTER.exec(after);
  // (`«Алтын дән» шаруа қожалығының басшысы X Y`, `«Bog‘bon» fermer xo‘jaligi rahbari X Y`: the body's kind and the office,
  // possessed, come between its name and the holder's in Turkic languages.)
  const between = found?.[1]!.trim();
  // (After a comma, `иесі, «…» … басшысы X Y`, only so: a lone name after a comma may be whom a quote is said to.)
  // (Kazakh and Uzbek capitalise a body's first word only: `«Алтын дән»`, so lower-case words inside are its name too.)
  const fits = between ? isTurkicOfficeHead(between.split(/\s+/u).at(-1)!, after) : !/,\s*$/u.test(lead) && NAME_WORDS.test(span.text.trim());
  return found && fits ? found[2]! : null;
}
