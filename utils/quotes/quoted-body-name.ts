/**
 * A club's or a company's name in quotation marks inside a person's description, right before their name
 * (`Тренер «Сокола» Дмитрий Ваганов`, `главный тренер «Металлурга» Сергей Бойко`): a name, no one's words. Given
 * no speaker; the person it describes, named right after it, is the one salient there (for a "he" after it).
 */

import type { QuoteSpan } from './find';

/** One to three capitalised words: the shape of a name, not of words said. */
const NAME_WORDS = /^\p{Lu}[\p{L}\d’'-]*(?:\s+\p{Lu}[\p{L}\d’'-]*){0,2}$/u;
/** A given and a family name right after the closing mark. */
const FULL_NAME_AFTER = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** The person named right after a quoted name standing in their description (`тренер «Сокола» Дмитрий Ваганов`), or null. */
export function personAfterQuotedName(text: string, span: QuoteSpan): string | null {
  // (Guillemets only, as the papers that write names so use them; English “…” before a name is a show's or a nickname.)
  if (text[span.outerStart] !== '«' || !NAME_WORDS.test(span.text.trim()) || !/\p{Ll}\s*$/u.test(text.slice(Math.max(0, span.outerStart - 30), span.outerStart))) return null;
  return FULL_NAME_AFTER.exec(text.slice(span.outerEnd, span.outerEnd + 60))?.[0].trim() ?? null;
}
