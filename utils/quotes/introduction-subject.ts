/**
 * Readers of the sentence before a quote's tag or an untagged quote, for attribute.ts: its described subject standing for
 * someone the text named (for a pronoun in the tag), and its subject as the quote's speaker when it may be a person.
 */

import { mentionsSpeech, sentenceSubject, type SpeakerPhrase } from './cues';
import { pronounGender, type Referent } from './coreference';
import type { EntityBook } from './entities';
import type { Salience } from './salience';
import type { PersonMention } from './person-mentions';
import { isNewLanguagePlaceWord } from './lang/newlang-roles';
import { resolveName } from './name-resolution';

/** The person the described subject of the sentence before stands for ("The CEO" -> the chief executive), when the pronoun fits. */
export function describedSubject(sentence: string, pronoun: string, book: EntityBook, salience: Salience, at: number): Referent | null {
  // (`Later, the admiral chuckled.`: after an opening phrase too; `Asked later - war or not - the admiral chuckled.`: a dashed aside is one.)
  const subject = /(?:^|[,—–-]\s*)(?:The|the)\s/.test(sentence) ? sentenceSubject(sentence.replace(/\s[-–—]\s[^-–—\n]{1,80}\s[-–—]\s+(?=the\s)/g, ', ')) : null;
  const person = subject?.kind === 'description' && /^(?:The|the)\s/.test(subject.phrase) ? salience.description(subject.phrase, at) : null;
  const gender = person ? (book.entities.get(person)?.gender ?? book.genders.get(person)) : null;
  return person && (!gender || gender === pronounGender(pronoun)) ? { name: person, kind: 'name' } : null;
}

/**
 * A sentence's subject as the speaker of the quote after it, when it may be a person: not one
 * capitalised word the text never gives a full name for ("Reactions poured in.", "Voices").
 */
export function knownSubject(subject: SpeakerPhrase | null, people: PersonMention[], sentence: string): SpeakerPhrase | null {
  // "The crowd loved it.": a described subject introduces a quote only when its sentence reports speech;
  // "They also lie in a dead zone.": nor does "they", a group, unless it speaks.
  // (A descriptor for someone named before, `Az óvónő …`, is no group: it stands.)
  if ((subject?.kind === 'description' || (subject?.pronoun && !subject.descriptor && /^they$/i.test(subject.phrase))) && !mentionsSpeech(sentence)) return null;
  // (`Община Видин започва ремонт …`: a municipality, university or the like opening the sentence is no speaker.)
  if (subject?.kind === 'name' && !subject.pronoun && subject.phrase.split(/\s+/u).some(isNewLanguagePlaceWord)) return null;
  if (!subject || subject.kind !== 'name' || subject.pronoun || /\s/.test(subject.phrase)) return subject;
  // (`Nadia, 19, a nurse known only by her first name, has brought …`: a lone given name the text introduces as such is someone too.)
  const alone = people.some((person) => person.alone && person.name === subject.phrase);
  return alone || /\s/.test(resolveName(subject.phrase, people)) || /^\p{Script=Han}{2,4}$/u.test(subject.phrase) ? subject : null;
}
