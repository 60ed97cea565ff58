/**
 * `"…," the teenager said` after `Kelvin Addo Mensah, 19,`; `said the octogenarian` after `X, 84,`: a noun for a span of
 * years is the latest person the text gave an age inside it, however many others the paragraph names. A closed class of
 * English age nouns; `the 64-year-old` (one age) is read by salience.ts.
 */

import type { EntityBook } from './entities';

const AGE_NOUNS: Record<string, [number, number]> = {
  teenager: [13, 19], teen: [13, 19], 'teenage girl': [13, 19], 'teenage boy': [13, 19], quinquagenarian: [50, 59],
  sexagenarian: [60, 69], septuagenarian: [70, 79], octogenarian: [80, 89], nonagenarian: [90, 99], centenarian: [100, 120],
};

/** The years an age noun spans (`the teenager`, `the octogenarian`), or null. */
export function ageNounRange(phrase: string): [number, number] | null {
  const noun = /^the\s+(?:young\s+)?(.+)$/iu.exec(phrase.trim())?.[1]?.toLowerCase();
  return noun ? (AGE_NOUNS[noun] ?? null) : null;
}

/** The latest person named before `at` whose age the text gave inside `range`. */
export function agedWithin(book: EntityBook, range: [number, number], at: number): string | null {
  for (let i = book.mentions.length - 1; i >= 0; i--) {
    const mention = book.mentions[i]!;
    if (mention.at >= at) continue;
    const age = book.entities.get(mention.name)?.age;
    if (age != null && age >= range[0] && age <= range[1]) return mention.name;
  }
  return null;
}

/** Whether the text gave `name` an age outside `range` (`Coach X, 44,` is no "teenager"). */
export function agedOutside(book: EntityBook, name: string, range: [number, number]): boolean {
  const age = book.entities.get(name)?.age;
  return age != null && (age < range[0] || age > range[1]);
}
