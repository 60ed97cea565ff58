/**
 * An office written as two office words joined by a hyphen: the Kentucky county's "Judge-Executive", "Attorney-General",
 * "Secretary-Treasurer". Such a word before a name is a title, like each of its parts (names.ts cleanName); a hyphenated
 * family name ("Lloyd-Hughes") has parts that are no office.
 */
export function isCompoundOffice(word: string, isOffice: (part: string) => boolean): boolean {
  const parts = word.toLowerCase().replace(/[.,]+$/u, '').split('-');
  return parts.length === 2 && parts.every((part) => part.length > 1 && isOffice(part));
}
