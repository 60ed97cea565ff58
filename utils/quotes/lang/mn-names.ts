/**
 * Mongolian short mentions: a story introduces a person with the initial of the father's name glued to the given name
 * (`Д.Сарнай`, `Ж.Бат-Очир`) and later writes the given name alone (`Сарнай`, `Бат-Очир`), which stands for that full form.
 * The latest full form before the mention wins (two people may share a given name, not its initial in one stretch of text);
 * a case ending on the introduction (`Д.Сарнайн`, `Ж.Бат-Очирын`, "of X") is no part of the name.
 */

import { escapeForPattern as escape } from '../../patterns';

/** One capitalised Cyrillic given name, perhaps joined by a hyphen (`Бат-Очир`), with no initial of its own. */
const GIVEN = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?$/u;

/** Case endings a name may carry where the text introduces it: of, with, from, to, the object's (`Сарнайтай`, `Сарнайг`). */
const CASE_ENDING = '(?:гийн|ийн|ын|н|д|т|тай|тэй|той|аас|ээс|оос|өөс|гаас|гээс|руу|рүү|ыг|ийг|г)?';

/** `Д.Сарнай` for `Сарнай`: the latest full form written before, or null. */
export function mongolianFullName(before: string, short: string): string | null {
  // (Only in Mongolian text, by its ө and ү: a Russian paper's `А.Петров` stays as the reader of that language leaves it.)
  if (!GIVEN.test(short) || !/\p{Script=Cyrillic}/u.test(short) || !/[өүӨҮ]/u.test(before)) return null;
  const written = new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}?)\\.\\s?${escape(short)}${CASE_ENDING}(?![\\p{L}-])`, 'gu');
  const latest = [...before.matchAll(written)].at(-1);
  return latest ? `${latest[1]}.${short}` : null;
}
