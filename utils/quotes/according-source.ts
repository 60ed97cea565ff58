/**
 * `Until then, clerks keep the old rules, and according to Ortiz, nobody told them otherwise. "…," she said`: the
 * sentence before gives one named person as its source and names no other person, so the pronoun of the cue after is
 * that person (when the gender the text gave them fits). Without this the pronoun reached back to the last speaker of
 * another paragraph.
 */

import type { Speaker } from './attribute';
import { askedPerson } from './asked';
import type { EntityBook } from './entities';
import { cleanName, NAME_RUN } from './names';
import { person } from './lang/shared';
import type { SpeakerPhrase } from './speaker-phrase';
import { resolveName } from './name-resolution';
import type { PersonMention } from './person-mentions';
import { lazyPattern } from './speaker-phrase';
import { knownSubject } from './introduction-subject';

/** A source named after "according to" and its French and German equivalents. */
// (`According to Meat Board spokesperson X,`: a few words of office may stand before the name, the last of them in lower case.)
const SOURCE = lazyPattern(() => new RegExp(`(?:\\b[Aa]ccording to|\\b[Ss]elon|\\b[Dd]['’]après|\\b[Ll]aut)\\s+(?:(?:[^\\s,.;:"“”]+\\s+){0,3}\\p{Ll}[\\p{Ll}-]*\\s+)?(${NAME_RUN})`, 'gu'));
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

/** A sentence opening with its named source: `According to Ruiz, two of the clinics …`. */
const SOURCE_OPENING = lazyPattern(() => new RegExp(`^\\s*According\\s+to\\s+(${NAME_RUN}),\\s`, 'u'));
const TWO_NAME_WORDS = /\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+/u;

/**
 * `According to Ruiz, two of the clinics she supplies added a fee. "…"`: a quote standing alone after a sentence that opens
 * with its named source is the source's, whatever the sentence's subject says (`added`) unless that subject is named.
 * `said`: what the cue readers made of the words before the quote; `before`: those words (the sentence or more).
 */
export function accordingOpening(said: SpeakerPhrase | null, before: string, people: PersonMention[]): SpeakerPhrase | null {
  if (said && (said.kind === 'name' || said.pronoun)) return said;
  // (The sentence is read from the text, not cut at a word in marks inside it: `… added a "fee" line …`.)
  const last = /(?:^|[.!?]\s+)(According\s+to\s+[^]*)$/u.exec(before.trimEnd())?.[1] ?? '';
  // (No `According to` before the quote, no source: the pattern is left unbuilt.)
  const found = !last || /[.!?]["”’»]*\s+\S|\n/u.test(last) ? null : SOURCE_OPENING().exec(last);
  if (!found || TWO_NAME_WORDS.test(last.slice(found[0].length))) return said;
  const name = cleanName(found[1]!);
  return (name && knownSubject(person(name), people, last)) || said;
}
