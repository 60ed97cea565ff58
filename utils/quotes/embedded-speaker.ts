/**
 * A quote the sentence's subject repeats from someone else, who is named right before it:
 * `Whitfield mocked Reyes for saying "…"`, `a video of Reyes saying "…"`, `Reyes's claim that "…"`,
 * `Whitfield quoted Reyes: "…"`, `Whitfield, quoting Reyes, said: "…"`, `from Reyes's letter: "…"`.
 * The words are the one named there, not the subject who brings them up.
 */

import { NAME_RUN, cleanName, looksLikePerson, mayBeFamilyName } from './names';
import { lazyPattern, named, type SpeakerPhrase } from './speaker-phrase';

const SAYING = String.raw`(?:saying|having\s+said|writing|tweeting|claiming|declaring|insisting|suggesting|boasting|promising|vowing|warning|asserting|joking|telling\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)`;
const WORDS = String.raw`(?:comments?|claims?|remarks?|statements?|assertions?|words|promises?|pledges?|vows?|insistence|arguments?|warnings?|boasts?|suggestions?|quips?|tweets?|letters?|e-?mails?|posts?|messages?|speech|declarations?|accusations?|description)`;

/** `… Reyes saying:`, `… Reyes for saying that`: a person named right before a participle of speech, after other words. */
const NAMED_SAYING = lazyPattern(() => new RegExp(`\\S\\s+(${NAME_RUN})\\s+(?:for\\s+|of\\s+|after\\s+)?${SAYING}\\s*(?:that\\s*)?[:,]?\\s*$`, 'u'));
/** `Reyes's claim that`, `from Reyes's letter:`: the words a person owns, named right before the quote. */
const OWNED_WORDS = lazyPattern(() => new RegExp(`\\S\\s+(?:(?:to|at|on|about|from|with|of|in|by)\\s+)?(${NAME_RUN})[’']s?\\s+(?:\\p{Ll}+\\s+)?${WORDS}\\s*(?:that\\s*)?[:,]?\\s*$`, 'u'));
/** `Whitfield quoted Reyes:`, `Whitfield, quoting Reyes, said:`. */
const QUOTING = lazyPattern(() => new RegExp(`\\b(?:quoted|quoting|cited|citing)\\s+(${NAME_RUN})(?:\\s*[:,]?\\s*$|,\\s)`, 'u'));

function person(run: string | undefined): SpeakerPhrase | null {
  const name = cleanName(run ?? '');
  return name && (looksLikePerson(name) || (!name.includes(' ') && mayBeFamilyName(name))) ? named(name) : null;
}

/** The person whose words the frame before a quote repeats, or null. */
export function embeddedSpeaker(frame: string): SpeakerPhrase | null {
  const tail = frame.slice(-220);
  if (/\b(?:quot|cit)(?:ed|ing)\b/.test(tail)) {
    const quoting = person(QUOTING().exec(tail)?.[1]);
    if (quoting) return quoting;
  }
  if (/(?:ing|said)\s*(?:that\s*)?[:,]?\s*$/.test(tail)) {
    const saying = person(NAMED_SAYING().exec(tail)?.[1]);
    if (saying) return saying;
  }
  if (!/[’']s?\s+(?:\p{Ll}+\s+)?\p{Ll}+\s*(?:that\s*)?[:,]?\s*$/u.test(tail)) return null;
  const owned = OWNED_WORDS().exec(tail);
  // `Whitfield responded to Reyes's email:`: the words answer the owned ones, so they are the responder's (the verb's subject).
  if (owned && /\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|react(?:s|ed|ing)?|answer(?:s|ed|ing)?)\s+to\s+$/.test(tail.slice(0, owned.index + owned[0].indexOf(owned[1]!)))) return null;
  return person(owned?.[1]);
}
