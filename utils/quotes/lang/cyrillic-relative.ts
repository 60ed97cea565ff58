/**
 * Russian and Ukrainian: a relation noun and a family name in the genitive (`Сусід Гуцула`, `Соседка Ивановой`, `Вдова
 * Петренка`: the neighbour, the widow of someone the text names) is someone the paper does not name, never a person
 * `Сусід Гуцула`. Read only when the text writes that family name in another case too (`Богданом Гуцулом`), so a relation
 * noun before a given name in the nominative (`Сестра Олена`) is left alone. A closed class of relation nouns.
 */

import type { SpeakerPhrase } from '../speaker-phrase';

const RELATION = /^(?:Сосед|Соседка|Сусід|Сусідка|Брат|Сестра|Дочь|Донька|Дочка|Сын|Син|Мать|Мама|Отец|Батько|Жена|Дружина|Муж|Чоловік|Вдова|Удова|Внук|Внучка|Онук|Онука|Коллега|Колега|Друг|Подруга|Знакомый|Знакомая|Знайомий|Знайома|Племянник|Племянница|Племінник|Племінниця)$/iu;
const GENITIVE = /^(\p{Lu}\p{Ll}{2,}?)(?:а|я|ой|ей|ого|ої|ої|их|ых)$/u;

export function cyrillicRelative(found: SpeakerPhrase | null, text: string): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun) return found;
  const words = found.phrase.trim().split(/\s+/u);
  if (words.length !== 2 || !RELATION.test(words[0]!)) return found;
  const stem = GENITIVE.exec(words[1]!)?.[1];
  if (!stem) return found;
  const forms = text.match(new RegExp(`(?<![\\p{L}])${stem}\\p{Ll}{0,3}(?![\\p{L}])`, 'gu')) ?? [];
  return forms.some((form) => form !== words[1]) ? { ...found, phrase: `${words[0]!.toLowerCase()} ${words[1]}`, kind: 'description' } : found;
}
