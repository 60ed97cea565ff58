/**
 * `"…," the teenager said` after `Kelvin Addo Mensah, 19,`; `said the octogenarian` after `X, 84,`: a noun for a span of
 * years is the latest person the text gave an age inside it, however many others the paragraph names. A closed class of
 * English age nouns; `the 64-year-old` (one age) is read by salience.ts.
 */

import type { SpeakerPhrase } from './cues';
import type { EntityBook } from './entities';
import { arabicDecadeRange } from './lang/arabic-age-decade';

const AGE_NOUNS: Record<string, [number, number]> = {
  teenager: [13, 19], teen: [13, 19], 'teenage girl': [13, 19], 'teenage boy': [13, 19], quinquagenarian: [50, 59],
  sexagenarian: [60, 69], septuagenarian: [70, 79], octogenarian: [80, 89], nonagenarian: [90, 99], centenarian: [100, 120],
};

/**
 * `le sexagénaire`, `la septuagenaria`, `o octogenário`: Romance copy's nouns for a decade of life, by their Latin number
 * (`quadra` 40 … `nona` 90), for the same span of years.
 */
const ROMANCE_AGE_NOUN = /^(?:le|la|el|il|lo|o|a)\s+(quadra|quinqua|sexa|septua|octo|nona)g[ée]n(?:aire|ari[oa]|ári[oa])$/iu;
const DECADE_OF: Record<string, number> = { quadra: 40, quinqua: 50, sexa: 60, septua: 70, octo: 80, nona: 90 };

/** The years an age noun spans (`the teenager`, `the octogenarian`, `le sexagénaire`), or null. */
export function ageNounRange(phrase: string): [number, number] | null {
  const romance = ROMANCE_AGE_NOUN.exec(phrase.trim());
  if (romance) return [DECADE_OF[romance[1]!.toLowerCase()]!, DECADE_OF[romance[1]!.toLowerCase()]! + 9];
  // (`الرجل الخمسيني`, "the man in his fifties": Arabic's decade adjectives, lang/arabic-age-decade.ts.)
  const arabic = arabicDecadeRange(phrase);
  if (arabic) return arabic;
  const noun = /^the\s+(?:young\s+)?(.+)$/iu.exec(phrase.trim())?.[1]?.toLowerCase();
  return noun ? (AGE_NOUNS[noun] ?? null) : null;
}

/**
 * `Le sexagénaire a secoué la tête. « … »`: a sentence before the quote whose subject is an age noun is about the latest
 * person the text gave an age in its span (`Robert X, 64 ans,`), whoever was named since.
 */
export function agedSentenceSubject(sentence: string | null, book: EntityBook, at: number): SpeakerPhrase | null {
  const subject = sentence ? /^\s*(\p{L}{1,3}\s+\p{L}+)\s+\p{Ll}/u.exec(sentence)?.[1] : undefined;
  const range = subject ? ageNounRange(subject) : null;
  const name = range ? agedWithin(book, range, at) : null;
  return name ? { phrase: name, kind: 'name', pronoun: false } : null;
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

/** The person a descriptor's age points to: the latest given that exact age (`the 67-year-old`), or a decade noun's. */
export function describedAgeHolder(found: SpeakerPhrase, book: EntityBook, at: number): string | undefined {
  const decade = found.definite ? ageNounRange(found.definite) : null;
  if (found.age) return [...book.mentions].reverse().find((entry) => entry.at < at && book.entities.get(entry.name)?.age === found.age)?.name;
  return decade ? (agedWithin(book, decade, at) ?? undefined) : undefined;
}
