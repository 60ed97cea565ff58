/**
 * Given names written as glued initials before a family name, as Indian and some African papers do (`K.G. Rajeevan`,
 * `P.P. Sasidharan`): all capitals, but no acronym. The initials of a country or union (`U.S. Steel`, `U.N. Women`) stay one.
 */
const GLUED_INITIALS = /^(?!(?:U\.[SKN]|E\.U|N\.Z|D\.C)\.$)(?:\p{Lu}\.){2,3}$/u;

/** Whether a capitalised word is a person's initials rather than an acronym. */
export function isGivenInitials(word: string): boolean {
  return GLUED_INITIALS.test(word);
}

/**
 * Filipino copy writes the given name Maria as `Ma.` before a second given name: `Councilor Ma. Lourdes Santos-Reyes`, part of
 * the name. Only before two capitalised words (or a given name and `dela`, `de`, `del`): `said Jack Ma. The founder …` ends on
 * the family name Ma.
 */
export const FILIPINO_MARIA = String.raw`Ma\.(?=[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+(?:\p{Lu}|de[l ]|dela ))`;
