/**
 * `State vet X, who walked the field before concluding the cows were hurt by "something bigger than a dog," told the
 * board …`: a few quoted words inside a relative clause or an appositive on the sentence's opening name, the main verb of
 * saying right after them with no subject of its own. The opening name is the subject, and the words are theirs.
 * Read only when no cue names anyone: a sentence opening with anything but a name (`A driver who …`) is left alone.
 */

import type { QuoteSpan } from './find';
import { cleanName, looksLikePerson } from './names';
import { named, type SpeakerPhrase } from './speaker-phrase';

/** The main verb right after the closing mark, with no subject before it: `," told the board`, `", said the closure`. */
const SUBJECTLESS_VERB_AFTER = /^\s*,?\s*(?:said|says|told|tells|added|argued|warned|explained|wrote|testified)\s+\p{Ll}/u;
/**
 * From the sentence's start: up to three lower-case or capitalised role words, the name, then a comma opening a relative
 * clause or a description: `County vet X, who`, `Dr X, an economist`.
 */
const OPENING_NAME_THEN_ASIDE = /^(?:[\p{L}-]+\s+){0,3}?((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),\s+(?:who|whose|an?|the)\s/u;

/** A stop, perhaps a closing mark, then space and a capital: where a new sentence may open. */
const SENTENCE_STOP = /[.!?]["”’']?\s+(?=["“‘]?\p{Lu})/gu;

export function subjectAcrossQuote(text: string, span: QuoteSpan): { phrase: SpeakerPhrase; side: 'before' } | null {
  if (!SUBJECTLESS_VERB_AFTER.test(text.slice(span.outerEnd, span.outerEnd + 40))) return null;
  const lead = text.slice(Math.max(0, span.outerStart - 500), span.outerStart);
  // (The sentence holding the quote, from its opening: no stop, no line break and no other quote between.)
  // (`on the morning of Jan. 10`, `Dr. X`: a stop after a short capitalised abbreviation, or before a digit, ends no sentence.)
  const stops = [...lead.matchAll(SENTENCE_STOP)].filter((stop) => !/(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3}$/u.test(lead.slice(Math.max(0, stop.index - 6), stop.index)));
  const sentenceStart = Math.max(lead.lastIndexOf('\n'), stops.length ? stops.at(-1)!.index + 1 : 0);
  const sentence = lead.slice(sentenceStart).replace(/^[\s.!?"”’']+/u, '');
  if (/["“”]/u.test(sentence)) return null;
  const name = OPENING_NAME_THEN_ASIDE.exec(sentence)?.[1];
  if (!name || !looksLikePerson(cleanName(name))) return null;
  const phrase = named(name);
  return phrase ? { phrase, side: 'before' } : null;
}
