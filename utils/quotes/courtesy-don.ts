/**
 * `Don Aurelio Ruiz Santana recuerda …`: Spanish and Italian write the courtesy title `Don` (Portuguese `Dom`) with a capital
 * when it opens a sentence, before a given name and one or two family names. The title is no part of the name, and a run read
 * with it may be cut short (a family name that is also a place or a given name, `Don Aurelio Santiago Cruz`). glued-opener.ts
 * drops it from a name of three words; this reads a longer run again without it. Only in an article of those languages:
 * an English `Don` is a given name (`Don Ray Tester`).
 */

import { isRomance } from './glued-opener';
import { cleanName, looksLikePerson } from './names';

/** The title, then a given name and at least one more capitalised word (a particle may stand between: `Don Pino De Luca`). */
const TITLED_RUN = /^(?:Don|Dom)\s+(\p{Lu}\p{Ll}+(?:\s+(?:de|del|de la|da|do|dos|das|di|y|e)?\s*\p{Lu}[\p{Ll}'’-]+){1,3})$/u;

/** The name of `run` without the title that opens it, when `name` (the run's first reading) kept the title; '' when not so. */
export function nameWithoutCourtesyDon(name: string, run: string, text: string): string {
  if (!/^(?:Don|Dom) /u.test(name)) return '';
  const titled = TITLED_RUN.exec(run.trim());
  if (!titled || !isRomance(text)) return '';
  const rest = cleanName(titled[1]!);
  return rest.split(' ').length >= 2 && looksLikePerson(rest) ? rest : '';
}

/**
 * The person a tag's `Don X …` stands for, once the article named them without the title (`Don Aurelio Ruiz Santana recuerda …`
 * then `…, recordó Don Aurelio`): the one person whose name is the words after the title or opens with them; '' when not so.
 * The person list was read with the title dropped only in a Romance article, so an English `Don Ray Tester` finds no one.
 */
export function personUnderCourtesyDon(mention: string, people: readonly { name: string }[]): string {
  const rest = /^(?:Don|Dom)\s+(\p{Lu}.*)$/u.exec(mention)?.[1];
  if (!rest) return '';
  const holders = new Set(people.map((person) => person.name).filter((name) => name === rest || (name.startsWith(`${rest} `) && !rest.includes(' '))));
  return holders.size === 1 ? [...holders][0]! : '';
}
