/**
 * Georgian common nouns in the ergative, the case of a subject after a past verb of saying (`– აღნიშნა ექიმმა`, "the doctor
 * noted"): a consonant stem drops its nominative `-ი` for `-მა` (`ექიმი` → `ექიმმა`), a vowel stem adds `-მ` (`მეთევზე` →
 * `მეთევზემ`). Read back to the nominative, the noun matches the role the story gave the person it named (`ექიმი X Y`), so
 * the description finds that person (ka.ts).
 */

/** The nominative of one Georgian word in the ergative, or the word as it is. */
export function georgianNominative(word: string): string {
  if (word.length >= 5 && /[\u10d0-\u10ff]{3,}[^აეიოუ]მა$/u.test(word)) return `${word.slice(0, -2)}ი`;
  if (word.length >= 4 && /[\u10d0-\u10ff]{2,}[აეოუ]მ$/u.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The words of a subject after the verb, up to the `და` ("and") that opens a second verb of the same subject (`– თქვა
 * მეთევზემ და ნავისკენ წავიდა`, "said the fisherman and went to the boat"): what follows is no part of who spoke.
 */
export function georgianSubjectWords(words: string[]): string[] {
  const and = words.indexOf('და');
  return and > 0 ? words.slice(0, and) : words;
}

/**
 * The role written right before a Georgian full name (`ექიმი X Y`, "doctor X Y", `მეთევზე X Y`): the word before the given name,
 * a noun in the nominative (`-ი`, or a vowel stem's `-ე`), no family name's shape and no case of a place (`-ში`, `-ზე`).
 */
export function georgianRoleBefore(before: string, isFamilyShaped: (word: string) => boolean): string | null {
  const word = /(?:^|\s)([\u10d0-\u10ff]{4,})\s+$/u.exec(before)?.[1];
  // (A trade's მე-…-ე, `მეთევზე`, "fisherman", may end as the case "on", -ზე, does: `მაგიდაზე`.)
  const trade = /^მე[\u10d0-\u10ff]{3,}ე$/u.test(word ?? '');
  if (!(word && /[იე]$/u.test(word) && (trade || !/(?:ში|ზე|ამდე|ისკენ)$/u.test(word)) && !isFamilyShaped(word))) return null;
  // (`საბჭოს წევრი X Y`, "member of the council": the body in the genitive before the office is part of the role; not an
  // age, `67 წლის`, nor a person's genitive name.)
  const body = new RegExp(`(?:^|\\s)([\u10d0-\u10ff]{4,}(?:ის|ოს|უს))\\s+${word}\\s+$`, 'u').exec(before)?.[1];
  return body && body !== 'წლის' && !isFamilyShaped(body) ? `${body} ${word}` : word;
}

/**
 * The role set after a Georgian full name, in apposition (`X Y, ექიმი`, `X Y, 54 წლის მეთევზე`, "a 54-year-old fisherman"):
 * the noun after the comma, an age before it allowed.
 */
export function georgianRoleAfter(after: string, isFamilyShaped: (word: string) => boolean): string | null {
  const word = /^,\s+(?:\d{1,3}\s+წლის\s+)?([\u10d0-\u10ff]{4,})(?=[\s,.;]|$)/u.exec(after)?.[1];
  return word && georgianRoleBefore(`${word} `, isFamilyShaped) === word ? word : null;
}
