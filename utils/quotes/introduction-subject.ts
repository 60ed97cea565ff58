/**
 * Readers of the sentence before a quote's tag or an untagged quote, for attribute.ts: its described subject standing for
 * someone the text named (for a pronoun in the tag), and its subject as the quote's speaker when it may be a person.
 */

import { mentionsSpeech, sentenceSubject, speakerBefore, type SpeakerPhrase } from './cues';
import { pronounGender, type Referent } from './coreference';
import type { EntityBook } from './entities';
import type { Salience } from './salience';
import type { PersonMention } from './person-mentions';
import { isNewLanguagePlaceWord } from './lang/newlang-roles';
import { resolveName } from './name-resolution';
import { sentenceStarts } from './sentences';
import { letteredLeader } from './descriptor-referent';
import { stateHolder } from './party-state';

/** The person the described subject of the sentence before stands for ("The CEO" -> the chief executive), when the pronoun fits. */
export function describedSubject(sentence: string, pronoun: string, book: EntityBook, salience: Salience, at: number, text = ''): Referent | null {
  // (`Later, the admiral chuckled.`: after an opening phrase too; `Asked later - war or not - the admiral chuckled.`: a dashed aside is one.)
  const subject = /(?:^|[,—–-]\s*)(?:The|the)\s/.test(sentence) ? sentenceSubject(sentence.replace(/\s[-–—]\s[^-–—\n]{1,80}\s[-–—]\s+(?=the\s)/g, ', ')) : null;
  // (`the Indiana Republican` is the lawmaker named beside that state, party-state.ts, before anyone the noun describes.)
  const lowered = subject?.kind === 'description' ? subject.phrase.replace(/^The\s/u, 'the ') : '';
  const byState = lowered ? stateHolder(lowered, text, book, at) : null;
  const person = subject?.kind === 'description' && /^(?:The|the)\s/.test(subject.phrase) ? (byState ?? salience.description(subject.phrase, at) ?? letteredLeader(subject.phrase, book, at, text)) : null; // (`the PP chief`, descriptor-referent.ts)
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

/** Words after which a description read as the speaker is no subject: a preposition inside a person's phrase, or the verb itself. */
const NO_SUBJECT_BEFORE = /(?<![\p{L}])(?:from|of|at|with|said|says|added|noted|explained|argued|insisted|warned|claimed|stressed)\s+$/u;

/** A verb of saying in the past, opening what a subject reported. */
const REPORTING_VERB = /^[^,;:]{0,12}?\s(?:said|says|told\s+\p{L}+|added|argued|insisted|noted)\s/u;

/**
 * The speaker a sentence before an untagged quote reports, read as a tag would (`X said:`), unless that reading is a
 * description while the sentence opens with a person the text names in full: `Economist X from the Institute said the
 * plan …` and `Her son, X, said his mother waited …` are X's, not "the Institute"'s or "his mother waited"'s.
 */
export function reportedSpeaker(sentence: string, people: PersonMention[]): SpeakerPhrase | null {
  const cued = speakerBefore(sentence);
  if (cued?.kind !== 'description') return cued;
  const subject = sentenceSubject(sentence);
  const at = sentence.indexOf(cued.phrase);
  // (Only a description inside the person's own phrase or after the verb: `…, and the mayor said` is the mayor's.)
  const noSubject = at >= 0 && NO_SUBJECT_BEFORE.test(sentence.slice(0, at));
  const opensWithPerson = noSubject && subject?.kind === 'name' && !subject.pronoun && sentence.indexOf(subject.phrase) < at;
  if (opensWithPerson && /\s/u.test(resolveName(subject.phrase, people))) return subject;
  // (`The president of the X Association, marine ecologist Ada Brennock, said …`: the person in commas after the office is its holder.)
  if (at === 0 && subject?.kind === 'name' && !subject.pronoun && apposedAfter(sentence.slice(cued.phrase.length), subject.phrase)) return subject;
  return reportingSubject(sentence, cued) ?? cued;
}

/** `, Ada Brennock,` or `, marine ecologist Ada Brennock,` right after the description: the name set in its commas. */
function apposedAfter(after: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`^,\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}${escaped},`, 'u').test(after);
}

/**
 * `The senator said the two sides stood closer than their statements suggested.`: a verb of saying right after the
 * sentence's own subject puts a description read later (at a later verb) inside what that subject reported: the subject,
 * or null when the sentence has no such subject. `frame` may hold sentences before the one holding the description.
 */
export function reportingSubject(frame: string, cued: SpeakerPhrase): SpeakerPhrase | null {
  const at = frame.lastIndexOf(cued.phrase);
  // (`Kim said the union told members: “…”`: a colon or comma hands the quote to the later subject itself.)
  if (cued.kind !== 'description' || at < 0 || !/[.!?]["”’]?\s*$/u.test(frame)) return null;
  let cut = 0;
  for (const stop of frame.slice(0, at).matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)) cut = stop.index + stop[0].length;
  const start = frame.slice(cut, at);
  const subject = sentenceSubject(start);
  const subjectEnd = subject ? start.indexOf(subject.phrase) : -1;
  return subject && subjectEnd >= 0 && REPORTING_VERB.test(start.slice(subjectEnd + subject.phrase.length)) ? subject : null;
}

/** A tag naming a message rather than a person: `“…,” the statement read`. */
const MESSAGE_TAG = /^the\s+(?:[\p{Ll}-]+\s+)?(statement|letter|e-?mail|memo|message|post|release)$/iu;

/**
 * `In a statement issued on Friday, the rector, Prof. X, urged …` then `“…,” the statement read`: the message's
 * words are the person the sentence bringing it in has as subject (a full name the text gives), within the paragraphs
 * just before; a message a body sent (`In a statement, the ministry said …`) stays as written.
 */
export function messageAuthor(found: SpeakerPhrase | null, text: string, at: number, people: PersonMention[]): SpeakerPhrase | null {
  const noun = found?.kind === 'description' ? MESSAGE_TAG.exec(found.phrase.trim())?.[1] : undefined;
  if (!noun) return found;
  const bringsIn = new RegExp(`(?<![\\p{L}])(?:an?|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}(?![\\p{L}])`, 'iu');
  const before = text.slice(Math.max(0, at - 1200), at);
  const starts = sentenceStarts(before);
  const sentences = starts.map((start, i) => before.slice(start, starts[i + 1] ?? before.length).trim()).reverse();
  const bringing = sentences.find((sentence) => bringsIn.test(sentence) && !/^["“‘]/u.test(sentence));
  const subject = bringing ? sentenceSubject(bringing) : null;
  // (`In a statement read to the court by counsel, Ms X, …`: one who read it out did not write it.)
  const readOutBy = !!subject && / by\s/u.test(bringing!.slice(bringing!.search(bringsIn), bringing!.indexOf(subject.phrase)));
  return subject?.kind === 'name' && !subject.pronoun && !readOutBy && /\s/u.test(resolveName(subject.phrase, people)) ? subject : found;
}
