/**
 * `Drovers say … Drover Callum Iain Munro keeps sixty cattle`: a sentence opens on a capitalised word glued to a full
 * name, and the text writes that word in lower case or in the plural elsewhere (`drover`, `Drovers`): it is a common noun, the person's
 * trade, capitalised only by its place. Only a word of an agent noun's shape (-er, -or, -ist, -man …) and only before a
 * full name: a given name that is also a noun (`Rose`, `Mark`) stays whatever the text writes.
 * In any script with case, a longer word the text also writes in lower case is such a noun too, whatever its ending:
 * `Zvejniece Anna Kalniņa (64) …` and later `piebilst zvejniece` (a given name is not written in lower case).
 */

const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ian|man|woman|eer|ant|ess)$/u;
/** A capitalised word long enough that a given name spelled like a common noun (`Rose`, `Amber`) is not taken for one. */
const LONG_CAPITALISED = /^\p{Lu}\p{Ll}{6,}$/u;

/** The run `name` (as cleaned, of three words or more) without its first word, when that word is such a noun; else `name`. */
export function withoutCommonNounOpening(name: string, text: string, at: number): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) return name;
  if (!AGENT_NOUN.test(words[0]!)) return LONG_CAPITALISED.test(words[0]!) && writtenLowerCase(words[0]!, text) ? words.slice(1).join(' ') : name;
  // (Its plural counts in any case, `Drovers say …`: a name is not made plural.)
  const lower = words[0]!.toLowerCase();
  const written = new RegExp(`(?<![\\p{L}])(?:${lower}|[${words[0]![0]}${lower[0]}]${lower.slice(1)}s)(?![\\p{L}])`, 'u');
  return written.test(text) ? words.slice(1).join(' ') : name;
}

/** `zvejniece` stands alone in `text`, in lower case, in a quote's tag (a closing mark a few words before it). */
function writtenLowerCase(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  let from = text.indexOf(lower);
  while (from >= 0) {
    const before = text[from - 1] ?? ' ';
    const after = text[from + lower.length] ?? ' ';
    // (In a quote's tag, `„…,” piebilst zvejniece`: the noun stands for a speaker. `Charity Wanjiru Kamau` beside `a local charity` keeps her name.)
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after) && /[”"»“’«]/u.test(text.slice(Math.max(0, from - 30), from))) return true;
    from = text.indexOf(lower, from + 1);
  }
  return false;
}
