/**
 * Where a Vietnamese person's name begins inside a long capitalised run: Vietnamese writes an office's body or a place right
 * before the name with no comma (`Giám đốc Sở Công Thương Hà Giang Đỗ Văn Tùng`). No imports: names.ts reads it.
 */

/** Letters Vietnamese writes and the Latin-script languages read here hardly do: ơ, ư, đ, the tone marks, and ĩ, ũ (`Lĩnh`). */
const VIETNAMESE_ONLY_LETTER = /[ơưđĐƠƯĩũĨŨ\u1ea0-\u1ef9]/u;
const CAPITALISED_SYLLABLE = /^\p{Lu}\p{Ll}*$/u;

/**
 * `Sở Công Thương Hà Giang Đỗ Văn Tùng`: a Vietnamese run of five capitalised syllables or more is a body or place glued
 * before a person, whose full name is the last three (four with `Văn` or `Thị` second), not two as in other languages.
 * Null when the run is no such Vietnamese run.
 */
export function vietnameseNameAtRunEnd(words: readonly string[]): string[] | null {
  if (words.length < 5 || !words.every((word) => CAPITALISED_SYLLABLE.test(word)) || !words.some((word) => VIETNAMESE_ONLY_LETTER.test(word))) return null;
  return /^(?:Văn|Thị)$/u.test(words.at(-3)!) ? words.slice(-4) : words.slice(-3);
}
