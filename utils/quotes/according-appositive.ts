/**
 * `According to the lodge's chief executive, Ana Ruiz, the delay "has cost us a season".`: a description that opens the
 * sentence after "according to" and is followed by a person's name set off in commas is that person, whatever the
 * reported clause between the name and the quote. The name must be one the text knows as a person; a clause or a
 * second description in its place (`, who runs it,`) leaves the description as written.
 */

/** `, Mrs. Ana Ruiz,` right after the description: an honorific perhaps, two to four capitalised words, then a comma. */
const SET_OFF_NAME = /^,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),\s/u;

export function accordingAppositive(phrase: string, text: string, at: number, people: ReadonlyArray<{ name: string }>): string | null {
  const written = phrase.trim();
  if (!/^the\s/iu.test(written)) return null;
  const phraseAt = text.lastIndexOf(written, at);
  if (phraseAt < 0 || at - phraseAt > 300) return null;
  if (!/(?:^|[^\p{L}])[Aa]ccording to\s+$/u.test(text.slice(Math.max(0, phraseAt - 20), phraseAt))) return null;
  const after = text.slice(phraseAt + written.length, at);
  // (One sentence only: the quote must hang on the same sentence as its source, `… Ruiz. "…"` is another.)
  if (/[.!?]\s/u.test(after) || after.includes('\n')) return null;
  const name = SET_OFF_NAME.exec(after)?.[1];
  return name && people.some((person) => person.name === name) ? name : null;
}
