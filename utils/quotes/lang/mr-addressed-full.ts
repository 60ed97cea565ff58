/**
 * A Marathi given name written with its form of address (`सुनीताताई`, `रखमाबाई`, `दत्तूभाऊ`, `माधवराव`) is how the
 * text introduced the person, `सुनीताताई विठ्ठल जाधव` (given name, father's, family name), and how a tag names them
 * again (`सुनीताताईंनी सांगितले`): that tag's person is the full name written after it, never words before it (`गावातील`).
 */

import { mayBeMarathiGivenName } from './mr';

const LETTER = '[\\u0900-\\u0963\\u0966-\\u097f]';
/** Forms of address written on a given name: madam, sister, brother, elder brother, uncle, Rao, sahib. */
const ADDRESSED = /(?:बाई|ताई|भाऊ|दादा|अण्णा|आप्पा|काका|मामा|नाना|अक्का|राव|साहेब)$/u;

/** The full name a given name with its form of address was introduced with (`सुनीताताई विठ्ठल जाधव`), else null. */
export function marathiAddressedInFull(before: string, given: string): string | null {
  if (!ADDRESSED.test(given)) return null;
  const written = new RegExp(`(?<!${LETTER})${given}\\s+(${LETTER}{2,})(?:\\s+(${LETTER}{2,}))?(?![\\u0900-\\u097f])`, 'gu');
  for (const match of before.matchAll(written)) {
    if (!mayBeMarathiGivenName(match[1]!)) continue;
    // (One word after it or two: `X Y यांनी`, the respectful agent, ends the name.)
    const second = match[2] && mayBeMarathiGivenName(match[2]) ? ` ${match[2]}` : '';
    return `${given} ${match[1]!}${second}`;
  }
  return null;
}
