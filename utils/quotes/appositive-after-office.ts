/**
 * `according to the Commissioner for Works, Housing and Transport, Mrs. X, “will rebuild …”`: a description read as the
 * speaker that the text follows, before the quote, with the name of a person it knows set off in commas is that person.
 * The office may name a list of portfolios in capitals (`, Housing and Transport`) before the name; anything else
 * between (`, whose office said`, a clause in lower case) leaves the description as written.
 */

/** Further portfolios of a listed office: `, Housing`, `, Trade and Investment`. */
const PORTFOLIO = String.raw`,\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]*|\s+\p{Lu}[\p{L}-]*)*`;
/** The name after the office, an honorific before it: `, Mrs. Ngozi Bello,`. */
const SET_OFF_NAME = new RegExp(String.raw`^(?:${PORTFOLIO})*,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),?\s*$`, 'u');

export function appositiveAfterOffice(phrase: string, text: string, at: number, people: ReadonlyArray<{ name: string }>): string | null {
  const written = phrase.trim();
  if (!/^the\s+\p{Lu}/u.test(written)) return null;
  const phraseAt = text.lastIndexOf(written, at);
  if (phraseAt < 0 || at - phraseAt > 300) return null;
  const name = SET_OFF_NAME.exec(text.slice(phraseAt + written.length, at))?.[1];
  return name && people.some((person) => person.name === name) ? name : null;
}
