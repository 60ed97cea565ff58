/**
 * Questions in the prose around a quote: the one a question was put to answers it (`Tapper asked
 * Trump whether …` then `"Absolutely."`, `Stephanopoulos pressed Reyes: "…?"` then `"Absolutely."`,
 * `… asked Reyes about the polls. "…," he said.`), and the one who put it, called by the same pronoun, does not.
 */

import type { QuoteSpan } from './find';
import type { Speaker } from './attribute';
import { pronounGender } from './coreference';
import type { EntityBook } from './entities';
import { cleanName, NAME_RUN } from './names';
import type { PersonMention } from './person-mentions';
import { resolveName } from './name-resolution';
import { sentenceSubject, type SpeakerPhrase } from './cues';
import { lazyPattern } from './speaker-phrase';

/** The full name of the one a question was put to, when a pronoun cue (`he`) may stand for them. */
export function askedPerson(asked: string | null, pronoun: string | null, people: PersonMention[], book: EntityBook): Speaker | null {
  if (!asked) return null;
  const name = resolveName(asked, people, book.genders);
  const gender = book.entities.get(name)?.gender ?? book.genders.get(name) ?? null;
  const wanted = pronoun ? pronounGender(pronoun) : null;
  if (pronoun && (/^they$/i.test(pronoun) || (gender && wanted && gender !== wanted))) return null;
  return { name, kind: 'name' };
}

/** `Tapper asked Trump whether he would win.` and then `"Absolutely."`: the one asked answers. */
const ASKED_SOMEONE = new RegExp(`\\basked\\s+(${NAME_RUN})\\s+(?:whether|if|about|what|why|how|when|who)\\b`, 'u');

/** A question put to someone the sentence calls by a pronoun: `asked him how`, `asked whether she could`. */
const ASKED_PRONOUN = /\basked\s+(?:(him|her)\b|(?:whether|if|how|why|what|when|where|who)\s+(he|she)\b)/u;
/** A cue that goes on asking rather than answering: `she pressed`, `he added`. */
const ASKING_CUE = /\b(?:asked|asks|pressed|presses|added|adds|continued|continues|went\s+on|goes\s+on|followed\s+up)\b/u;

/**
 * The named subject of a sentence that puts a question to someone it calls by the same pronoun as the
 * answer's cue (`Carraway asked him how common it was.` then `"…," he conceded.`): the asker, who does not
 * answer. A question with no pronoun for the one asked (`The mayor asked whether anyone had read it.`)
 * may be the speaker's own, and so may a cue that goes on asking (`he pressed`).
 */
export function askerOf(sentence: string, pronoun: string, cue: string, people: PersonMention[]): string | undefined {
  const asked = ASKED_PRONOUN.exec(sentence);
  const called = (asked?.[1] ?? asked?.[2] ?? '').toLowerCase();
  if (!asked || ASKING_CUE.test(cue) || pronounGender(called === 'him' ? 'he' : called === 'her' ? 'she' : called) !== pronounGender(pronoun)) return undefined;
  const subject = sentenceSubject(sentence.replace(/^[\s.!?"”’']+/, ''));
  return subject?.kind === 'name' && !subject.pronoun ? resolveName(cleanName(subject.phrase) || subject.phrase, people) : undefined;
}

export function answerer(introduction: string, span: QuoteSpan): SpeakerPhrase | null {
  // (`asked` tested first with no \p class: most introductions lack it.)
  const asked = isAnswer(span.text) && /\basked\s/u.test(introduction) ? ASKED_SOMEONE.exec(introduction) : null;
  const name = asked ? cleanName(asked[1] ?? '') : '';
  return name ? { phrase: name, kind: 'name', pronoun: false } : null;
}

/** A question put to a named person: `asked Reyes about`, `pressed Reyes:`, `asked Reyes whether`. */
const PUT_TO = lazyPattern(() => new RegExp(`\\b(?:asked|asks|pressed|presses|questioned|quizzed|challenged)\\s+(${NAME_RUN})(?:\\s+(?:whether|if|about|what|why|how|when|who|where|to)\\b|\\s*[:,]?\\s*$)`, 'u'));

/** The one a sentence puts a question to, as written ("Reyes"), or null. */
export function askedIn(sentence: string): string | null {
  if (!/\b(?:ask|press|question|quizz|challeng)/.test(sentence)) return null;
  const match = PUT_TO().exec(sentence);
  // `asked Reyes's aide`: an owner is not the one asked.
  if (!match || /[’']s?$/.test(match[1]!)) return null;
  // `… was a question last week, when a young man asked Reyes why …`: a question told in a trailing clause of time is background,
  // not one answered next (`when the host asked Reyes about it, the senator said …` still is).
  if (/,\s+when\s+(?:an?|the|one|some|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(sentence.slice(0, match.index))) return null;
  return cleanName(match[1]!) || null;
}

/** A quote that answers: a statement, not another question. */
export function isAnswer(quoted: string): boolean {
  return !/\?\s*$/.test(quoted);
}
