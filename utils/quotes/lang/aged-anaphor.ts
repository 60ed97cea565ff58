/**
 * Descriptors that read like names in scripts with no capitals: an age clause (`הנהג בן ה-47 הוסיף`, "the driver,
 * aged 47, added") and a demonstrative before a noun (`என்று அந்த பெரியவர் தெரிவித்தார்`, "that elder said"). Each points
 * back at someone the story already named, as English "the 71-year-old" does; these scripts register no mentions
 * before a reader names someone, so it reads as a subject left out (the latest salient person), as `, sier 24-åringen`
 * does (lang/index.ts), never as a name of its own. `בן ה-47` alone is no name; `அந்த` is no part of one.
 */

import type { SpeakerPhrase } from '../cues';
import { pronoun } from './shared';

/** Hebrew "son of the 47" / "daughter of the 38": the age of the one described (`בן ה-47`, `בת ה־38`, `בן 70`). */
const HEBREW_AGE = /^(בן|בת)\s+(?:ה[-־]?)?(\d{1,3})$/u;

/** Demonstratives written before a noun: Tamil `அந்த`, `இந்த` ("that", "this"); Telugu and Kannada `ఆ`, `ಆ`. */
const DEMONSTRATIVE = /(?:^|\s)(?:அந்த|இந்த|ఆ|ಆ)\s+$/u;

export function withAgedAnaphor(frame: string, found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!found || found.kind !== 'name' || found.pronoun || found.dropped) return found;
  const phrase = found.phrase.trim();
  const aged = HEBREW_AGE.exec(phrase);
  if (aged) {
    return { ...pronoun('they'), descriptor: true, age: Number(aged[2]) };
  }
  // (`அந்த பெரியவர்`: one word after a demonstrative; `அந்த` never opens a name.)
  const at = frame.indexOf(phrase);
  if (at > 0 && !/\s/u.test(phrase) && DEMONSTRATIVE.test(frame.slice(Math.max(0, at - 12), at))) {
    return { ...pronoun('they'), descriptor: true };
  }
  return found;
}
