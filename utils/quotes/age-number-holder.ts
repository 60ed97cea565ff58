/**
 * A descriptor carrying an age, in any language and script (Somali `beeralayda 52-jirka ah`, Yoruba `oníṣòwò ẹni ọdún
 * 45 náà`), is the person the text gave that number right beside their name, before the quote: `X oo 52 jir ah`,
 * `X, ọmọ ọdún 45`, `52-year-old X` (a few words at most between name and number, one sentence).
 * The age words differ in every language, so only the number is read: the same number written next to a name, the
 * latest such. A number next to no name (`a 34-year-old man was arrested`) leaves the description as written.
 */

import type { EntityBook } from './entity-types';

/** The value of a run of decimal digits in any script (`34`, `੧੯`, `٣٤`). */
function digitsValue(digits: string): number {
  let value = 0;
  for (const char of digits) {
    const code = char.codePointAt(0)!;
    // Unicode keeps each script's digits 0–9 in a row: the value is the distance from the run's zero.
    let zero = code;
    while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    value = value * 10 + (code - zero);
  }
  return value;
}

/** The one age-like number (1–120) a short descriptor holds, or null (none, two, or a long phrase). */
function descriptorAge(phrase: string): number | null {
  const words = phrase.trim().split(/\s+/u);
  if (words.length > 6) return null;
  const numbers = phrase.match(/\p{Nd}+/gu) ?? [];
  if (numbers.length !== 1) return null;
  const age = digitsValue(numbers[0]!);
  return age >= 1 && age <= 120 ? age : null;
}

/** Words between a name and its number at most (`, ọmọ ọdún`, ` oo`, `-year-old`). */
const MAX_WORDS_BETWEEN = 3;

/** Whether the text between a name and a number is a few words of one clause (no sentence end, no quote mark). */
function closeBeside(between: string): boolean {
  if (/[.!?।።\n"“”«»]/u.test(between)) return false;
  return between.split(/[\s,]+/u).filter((word) => word.length > 0).length <= MAX_WORDS_BETWEEN;
}

/** The latest person named right beside the descriptor's age before `at`, or null. */
export function ageNumberHolder(phrase: string, text: string, at: number, book: EntityBook): string | null {
  const age = descriptorAge(phrase);
  if (age === null) return null;
  const before = text.slice(0, at);
  const numbers = [...before.matchAll(/(?<!\p{Nd})\p{Nd}+(?!\p{Nd})/gu)].filter((match) => digitsValue(match[0]) === age);
  for (const number of numbers.reverse()) {
    const numberStart = number.index!;
    const numberEnd = numberStart + number[0].length;
    // A mention whose name ends a few words before the number (`X oo 52`), or starts a few words after it (`52-year-old X`).
    const holder = book.mentions.filter((mention) => mention.at < at && !mention.qualifier).find((mention) => {
      if (mention.at < numberStart) {
        const nameEnd = nameEndAt(text, mention.at, mention.name);
        // (After the name, one word (`X oo 52`) or an apposition after a comma or bracket (`X, ọmọ ọdún 45`): not the object of
        // a clause the name opens, `Sgt X said a 34-year-old man …`.)
        const between = text.slice(nameEnd, numberStart);
        return nameEnd <= numberStart && closeBeside(between) && (/^\s*[,(]/u.test(between) || between.trim().split(/\s+/u).filter(Boolean).length <= 1);
      }
      return mention.at >= numberEnd && closeBeside(text.slice(numberEnd, mention.at));
    });
    if (holder) return holder.name;
  }
  return null;
}

/** Where the written name ends: the full name if written there, else the words of it written (`Adébáyọ̀` for `Fúnmiláyọ̀ Adébáyọ̀`). */
function nameEndAt(text: string, at: number, name: string): number {
  if (text.startsWith(name, at)) return at + name.length;
  const written = /^[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)*/u.exec(text.slice(at, at + name.length + 20))?.[0] ?? '';
  let end = 0;
  for (const word of written.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
    if (!name.includes(word[0])) break;
    end = word.index! + word[0].length;
  }
  return at + end;
}
