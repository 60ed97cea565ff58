/**
 * Highland peoples of Vietnam (Ca Dong, Xơ Đăng, Ê Đê …) often carry a one-letter given name before the rest:
 * `anh A Lăng Tiến`, `chị Y Mai Hương`. Before words Vietnamese writes with its own letters, that `A` is no English
 * article ("A Tuesday vote") but the name's first word, which cleanName keeps.
 */

/** Letters only Vietnamese writes among the Latin-script languages read here (ă, â, đ, ơ, ư and the tone marks). */
const VIETNAMESE_ONLY_LETTER = /[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]/u;

/** Whether `words` open with a one-letter given name followed by Vietnamese words (`A Lăng Tiến`), not an article. */
export function opensWithOneLetterGivenName(words: readonly string[]): boolean {
  return words.length >= 3 && words[0] === 'A' && words.slice(1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && words.slice(1).some((word) => VIETNAMESE_ONLY_LETTER.test(word));
}
