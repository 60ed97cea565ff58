/**
 * `Drovers say … Drover Callum Iain Munro keeps sixty cattle`: a sentence opens on a capitalised word glued to a full
 * name, and the text writes that word in lower case or in the plural elsewhere (`drover`, `Drovers`): it is a common noun, the person's
 * trade, capitalised only by its place. Only a word of an agent noun's shape (-er, -or, -ist, -man …) and only before a
 * full name: a given name that is also a noun (`Rose`, `Mark`) stays whatever the text writes.
 */

const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ian|man|woman|eer|ant|ess)$/u;

/** The run `name` (as cleaned, of three words or more) without its first word, when that word is such a noun; else `name`. */
export function withoutCommonNounOpening(name: string, text: string, at: number): string {
  const words = name.split(' ');
  if (words.length < 3 || !AGENT_NOUN.test(words[0]!)) return name;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) return name;
  // (Its plural counts in any case, `Drovers say …`: a name is not made plural.)
  const lower = words[0]!.toLowerCase();
  const written = new RegExp(`(?<![\\p{L}])(?:${lower}|[${words[0]![0]}${lower[0]}]${lower.slice(1)}s)(?![\\p{L}])`, 'u');
  return written.test(text) ? words.slice(1).join(' ') : name;
}
