/**
 * West Slavic stories name someone in full once, then by a form of address and the given name alone: `Henryk Nowak
 * przepracował …` then `Pan Henryk ma nadzieję …` (Polish), `Paní Jana říká …` (Czech), `Pán Ján dodáva …` (Slovak).
 * The address is no part of the name (`Pan` stays no title in names.ts: it is a Chinese family name too, `Pan Wei`), so
 * the mention is read here: the one full name the text gives with that given name, or with that family name
 * (`Pan Nowak`). None or two such people leave the mention as written.
 */

import type { PersonMention } from './person-mentions';

/** `Pan Henryk`, `Pani Bożena`, `Paní Jana`, `Pán Ján`, `Pani Bożeny`: the address, then one capitalised word. */
const ADDRESS_AND_WORD = /^(?:Pan|Pani|Pana|Panią|Paní|Pán|Pána)\s+(\p{Lu}\p{Ll}{2,})$/u;

/** The full name `Pan Henryk` stands for when the text writes exactly one, else undefined. */
export function addressedGiven(mention: string, people: PersonMention[]): string | undefined {
  const word = ADDRESS_AND_WORD.exec(mention)?.[1];
  if (!word) return undefined;
  const fulls = new Set<string>();
  for (const person of people) {
    const words = person.name.split(/\s+/u);
    // (Someone written `Pan Wei` in full is a person of that family name, no address: left as written.)
    if (person.name === mention || words.length < 2 || ADDRESS_AND_WORD.test(person.name)) continue;
    if (words[0] === word || words.at(-1) === word) fulls.add(person.name);
  }
  return fulls.size === 1 ? [...fulls][0] : undefined;
}
