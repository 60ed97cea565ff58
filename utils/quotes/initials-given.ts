/**
 * Given names written as glued initials before a family name, as Indian and some African papers do (`K.G. Rajeevan`,
 * `P.P. Sasidharan`): all capitals, but no acronym. The initials of a country or union (`U.S. Steel`, `U.N. Women`) stay one.
 */
const GLUED_INITIALS = /^(?!(?:U\.[SKN]|E\.U|N\.Z|D\.C)\.$)(?:\p{Lu}\.){2,3}$/u;

/** Whether a capitalised word is a person's initials rather than an acronym. */
export function isGivenInitials(word: string): boolean {
  return GLUED_INITIALS.test(word);
}
