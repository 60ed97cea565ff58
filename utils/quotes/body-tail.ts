/**
 * A full name glued after the name of the body the person heads (`General secretary of the Barbados Workers’ Union Andrea
 * Skeete`, `chair of the Harbour Traders Association Leo Brandt`): the run reaches back over the body, and cleaning it
 * leaves the body's last word before the name ("Union Andrea Skeete"), which no person is called.
 */
import { isTitle, looksLikePerson, mayBeFamilyName } from './names';

/** `name` without a body's closing word before two name words or more, when the run `run` had words of that body before it. */
export function withoutBodyTail(name: string, run: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  const first = words[0]!;
  // (Only a capitalised common word: no name, form of address or acronym; and never the run's own first word.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || mayBeFamilyName(first) || isTitle(first) || !new RegExp(`\\S\\s+${first}\\s`, 'u').test(run)) return name;
  const rest = words.slice(1).join(' ');
  return looksLikePerson(rest) ? rest : name;
}
