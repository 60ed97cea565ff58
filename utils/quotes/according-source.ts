/**
 * `Until then, clerks keep the old rules, and according to Ortiz, nobody told them otherwise. "…," she said`: the
 * sentence before gives one named person as its source and names no other person, so the pronoun of the cue after is
 * that person (when the gender the text gave them fits). Without this the pronoun reached back to the last speaker of
 * another paragraph.
 */

import type { Speaker } from './attribute';
import { askedPerson } from './asked';
import type { EntityBook } from './entities';
import { NAME_RUN } from './names';
import { resolveName } from './name-resolution';
import type { PersonMention } from './person-mentions';
import { lazyPattern } from './speaker-phrase';

/** A source named after "according to" and its French and German equivalents. */
const SOURCE = lazyPattern(() => new RegExp(`(?:\\b[Aa]ccording to|\\b[Ss]elon|\\b[Dd]['’]après|\\b[Ll]aut)\\s+(${NAME_RUN})`, 'gu'));
const ANY_NAME = lazyPattern(() => new RegExp(NAME_RUN, 'gu'));

export function accordingSource(sentence: string, pronoun: string, people: PersonMention[], book: EntityBook): Speaker | null {
  const sources = [...sentence.matchAll(SOURCE())];
  if (sources.length !== 1) return null;
  const source = askedPerson(sources[0]![1]!, pronoun, people, book);
  if (!source || !book.entities.has(source.name)) return null;
  // (`According to Smith, Jones was furious. "…," he said`: another person in the sentence may be the one speaking.)
  const others = [...sentence.matchAll(ANY_NAME())].map((match) => resolveName(match[0], people, book.genders)).filter((name) => name !== source.name && (book.entities.has(name) || people.some((person) => person.name === name)));
  return others.length === 0 ? source : null;
}
