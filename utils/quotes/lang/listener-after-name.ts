/**
 * The listener written after the speaker's name in a tag: `rääkis Kask Postimehele`, `kertoi Virtanen Ilta-Sanomille` (an
 * Estonian or Finnish allative, "to the paper"). The name is the run before the listener; the listener is none of it.
 */

import type { SpeakerPhrase } from '../cues';
import { hasEnglish } from './tag-words';
import { STATION_KIND } from './listener-allative';

/** An Estonian or Finnish past tense (`ütles`, `rääkis`, `sanoi`), then a run whose last word is an allative (`Postimehele`). */
// (`ütles valla vanem Mari Kask Raadio Kadrile`: a role before the name, kept, and a station's kind word opening the listener.)
const RUN_THEN_ALLATIVE = new RegExp(
  String.raw`^([—–-]?\s*\p{Ll}[\p{L}-]*(?:s|i)(?:\s+(?:\p{Lu}[\p{L}-]+\s+)?\p{Ll}[\p{L}-]+){0,3})\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}?)\s+(?:${STATION_KIND}\s+)?\p{Lu}[\p{L}-]{2,}(?:[aeiouõäöü]l?le)\s*[.!?]?\s*$`,
  'u',
);

/** Reads `verb Name` without the listener after it, with the reader given (lang/adjacent.ts), or null when no listener follows. */
export function nameBeforeListener(frame: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (hasEnglish(frame)) return null;
  const found = RUN_THEN_ALLATIVE.exec(frame);
  return found ? read(`${found[1]} ${found[2]}.`) : null;
}
