/**
 * `Núria Casadevall i Pujol`: Catalan may join a person's two family names with `i` ("and"); the second, closing the words
 * there, is still the name, so a later `Casadevall` is that person. Read in Catalan text only: Swedish, Norwegian and
 * Polish `i` is "in" (`Anna Holm i Lund`), and two people joined so (`Pere Roca i Anna Vidal`) are two.
 */

/** ` i Pujol` right after a name, then a comma, a stop or the end: one capitalised word, never a second full name. */
const JOINED_FAMILY_NAME = /^[^\S\n]+i[^\S\n]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[^\S\n]*(?:[.,;:)»”"]|$))/u;

/** Words only Catalan writes (`amb`, `els`, `però`): two of them tell a Catalan text. */
const CATALAN_WORD = /(?<![\p{L}])(?:amb|els|dels|pels|però|perquè|també|aquest|aquesta|aquests|va|van)(?![\p{L}])/giu;

export function isCatalanText(text: string): boolean {
  const seen = new Set<string>();
  for (const match of text.slice(0, 4000).matchAll(CATALAN_WORD)) {
    seen.add(match[0].toLowerCase());
    if (seen.size >= 3) return true;
  }
  return false;
}

/** The family name joined by `i` at the start of `after` (the text right after a full name), or ''. */
export function joinedFamilyName(after: string): string {
  return JOINED_FAMILY_NAME.exec(after)?.[1] ?? '';
}
