/**
 * Speakers the text leaves unnamed: a paragraph that opens with one ("One care assistant, …"), and
 * words saying a source is unnamed on purpose ("who asked not to be named").
 */

import type { Speaker } from './attribute';
import { descriptionGender, pronounGender } from './coreference';
import type { EntityBook } from './entities';
import { lineStart } from './frames';
import { ROLE_NOUNS } from './roles';
import { ONE_NAME_GIVEN } from './person-mentions';
import { PASSIVE_AFTER } from './unnamed-introduction';
import { ANONYMOUS_SOURCE, anonymousClauseAt, isAnonymousElsewhere } from './lang/anonymous';
import { unnamedClosingBefore } from './lang/unnamed-closing';
import type { SpeakerPhrase } from './speaker-phrase';

/** A paragraph opening with an unnamed person: "One care assistant, …", "A woman who …", "Another patient, …". */
// (`A retired schoolteacher among the depositors, …`: the noun phrase ends before its preposition.)
const UNNAMED_OPENER = /^(?:One|A|An|Another)\s+((?:(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))(?=[\s,])(?!\s+(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+[\s,])/u;

/** `One of the town’s oldest ferrymen, …`: one member of a group the paragraph opens with, the group's noun plural. */
const ONE_OF_OPENER = /^(?:One|Another)\s+of\s+((?:the|their|its|our|his|her)\s+(?:[\p{L}-]+[’']s\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+s))(?=[\s,])(?!\s+(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+[\s,])/u;

export function unnamedOpener(text: string, at: number, book: EntityBook, pronoun: string): Speaker | null {
  const start = lineStart(text, at);
  if (book.mentions.some((mention) => mention.at >= start && mention.at < at)) return null;
  const match = UNNAMED_OPENER.exec(text.slice(start, at)) ?? ONE_OF_OPENER.exec(text.slice(start, at));
  const head = (match?.[2] ?? '').replace(/(?<=[^s])s$/u, '');
  // ("A colleague of the deceased, …": a noun for a person by what they are to someone, as `describedReporter` reads them.)
  if (!match || !(ROLE_NOUNS.has(head) || /(?:[^e]er|or|ist|ant|ent|man|woman)$/.test(head) || PERSON_NOUN.test(head))) return null;
  // (`A protester in the crowd was escorted out.`: one the sentence only acts upon is not who speaks next.)
  if (PASSIVE_AFTER.test(text.slice(start + match[0].length, at))) return null;
  const gender = descriptionGender(match[0]);
  return gender && gender !== pronounGender(pronoun) ? null : { name: match[0], kind: 'description' };
}

/** `One shareholder, who asked not to be named, said …. “…,” the investor said.`: the paragraph gave its source no name, and names no one. */
export function unnamedInParagraph(text: string, at: number, book: EntityBook): boolean {
  const start = lineStart(text, at);
  return ANONYMOUS_SOURCE.test(text.slice(start, at)) && !book.mentions.some((mention) => mention.at >= start && mention.at < at);
}

// (The English words saying a source is unnamed on purpose live beside the other languages' in lang/anonymous.ts.)
export { ANONYMOUS_SOURCE } from './lang/anonymous';

/**
 * A sentence whose subject is a person described, not named, reporting speech (`One of the farmers, an 81-year-old
 * widower, said he …`, `A neighbour told police she …`): its "he"/"she" in the next quote's cue is that person.
 */
const DESCRIBED_REPORTER = /^(?:[^,.]{0,80},\s+)?((?:[Oo]ne\s+of\s+(?:the|their|his|her)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+s)|(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}\d-]+\s+){0,3}?([\p{Ll}-]+))(?:,\s+[^,"“”]{1,60},)?)\s+(?:said|says|told|wrote|writes|recalled|explained|added|insisted)\b[^"“”]*?\b(he|she)\b/u;
/** Heads of such a description: a noun for a person by its ending, or a family word. */
const PERSON_NOUN = /(?:[^e]ers?|ors?|ists?|ants?|ents?|ians?|m[ae]n|ees?|neighbou?rs?|mothers?|fathers?|wife|wives|husbands?|sons?|daughters?|widows?|relatives?|parents?|victims?|witness(?:es)?|colleagues?|friends?)$/;

export function describedReporter(text: string, sentence: string, at: number, book: EntityBook, pronoun: string): Speaker | null {
  if (!/^(?:he|she)$/i.test(pronoun) || !sentence) return null;
  const match = DESCRIBED_REPORTER.exec(sentence);
  const head = match?.[2] ?? match?.[3] ?? '';
  if (!match || match[4] !== pronoun.toLowerCase() || !(ROLE_NOUNS.has(head.replace(/s$/, '')) || PERSON_NOUN.test(head))) return null;
  const start = text.lastIndexOf(sentence, at);
  if (start < 0 || book.mentions.some((mention) => mention.at >= start && mention.at < at)) return null;
  const gender = descriptionGender(match[1]!);
  return gender && gender !== pronounGender(pronoun) ? null : { name: match[1]!.replace(/,$/, '').replace(/^(?:One|An?|Another)\b/, (word) => word.toLowerCase()), kind: 'description' };
}

/**
 * `One resident, who identified herself only as Linda and said …, told the council …`: a described subject whose
 * relative clause gives the one name the person goes by is that name, when it is a person the text reads.
 */
export function oneNameInRelative(sentence: string, phrase: string, isPerson: (name: string) => boolean): string | null {
  const at = sentence.indexOf(phrase);
  if (at < 0) return null;
  const after = sentence.slice(at + phrase.length, at + phrase.length + 120);
  if (!/^,\s+who\s/u.test(after)) return null;
  for (const word of after.matchAll(/\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu)) {
    if (ONE_NAME_GIVEN.test(after.slice(0, word.index)) && isPerson(word[0])) return word[0];
  }
  return null;
}

/**
 * A cue whose own sentence, or the paragraph before a dropped subject's quote, says its source stays unnamed:
 * `», glisse la voisine, qui a requis l’anonymat.`, `un empleado de la planta, que pidió no ser identificado,
 * admitió … «…», agregó.`. Such a speaker is that description, never the person last named.
 */
export function anonymousSubject(text: string, at: number, cue: string, found: SpeakerPhrase, book: EntityBook): Speaker | null {
  if (found.descriptor && found.definite) return isAnonymousElsewhere(cue) || ANONYMOUS_SOURCE.test(cue) ? { name: found.definite, kind: 'description' } : null;
  if (!found.dropped) return null;
  const start = lineStart(text, at);
  const before = text.slice(start, at);
  const clause = anonymousClauseAt(before);
  if (clause < 0 || book.mentions.some((mention) => mention.at >= start && mention.at < at)) return null;
  // (A clause opening its sentence: the unnamed person the sentence before closes on, lang/unnamed-closing.ts.)
  const closing = unnamedClosingBefore(before.slice(0, clause));
  if (closing) return { name: closing, kind: 'description' };
  // (The subject is the comma group right before the clause's relative pronoun: `…, un empleado de la planta, que pidió …`.)
  const subject = before.slice(0, clause).replace(/[,\s]*(?:que|qui|che|der|die|who|który|která)?\s*(?:\p{L}+\s+){0,2}$/u, '').split(/,\s*/u).at(-1)?.trim() ?? '';
  return { name: subject || 'unnamed source', kind: 'description' };
}
