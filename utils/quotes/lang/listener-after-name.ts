/**
 * The listener written after the speaker's name in a tag: `rääkis Kask Postimehele`, `kertoi Virtanen Ilta-Sanomille` (an
 * Estonian or Finnish allative, "to the paper"). The name is the run before the listener; the listener is none of it.
 */

import type { SpeakerPhrase } from '../cues';
import { hasEnglish } from './tag-words';
import { PLACE_PAPER_HEAD, STATION_KIND, TOWN_GENITIVE } from './listener-allative';

/** An Estonian or Finnish verb, past or present (`ütles`, `ütleb`, `sanoi`, `sanoo`), then a run whose last word is an allative (`Postimehele`). */
// (`ütles valla vanem Mari Kask Raadio Kadrile`: a role before the name, kept, and a station's kind word opening the listener.)
function runThenAllative(listenerOpening: string): RegExp {
  return new RegExp(
    String.raw`^([—–-]?\s*\p{Ll}[\p{L}-]*(?:s|i|b|aa|ää|oo|öö|uu|yy|ee)(?:\s+(?:\p{Lu}[\p{L}-]+\s+)?\p{Ll}[\p{L}-]+){0,3})\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}?)\s+${listenerOpening}\p{Lu}[\p{L}-]{2,}(?:[aeiouõäöü]l?le)\s*[.!?]?\s*$`,
    'u',
  );
}
const RUN_THEN_ALLATIVE = runThenAllative(`(?:${STATION_KIND}\\s+)?`);
// `kertoo Matti Virtanen Helsingin Sanomille`: a paper named by its town in the genitive. Taken first only when a whole
// name (two words) stays before it, so that a surname ending in -n (`Antti Lindtman Aamulehdelle`) stays whole.
const RUN_THEN_GENITIVE_ALLATIVE = runThenAllative(String.raw`${TOWN_GENITIVE}\s+`);
// `rääkis Kask Järva Teatajale`: an Estonian paper named by its place in the genitive (a vowel, no -n) and a head noun seldom
// printed alone, so the place word is the paper's, not the name's (`rääkis Mari Karu Postimehele` keeps `Karu`).
const RUN_THEN_PLACE_PAPER = runThenAllative(String.raw`\p{Lu}[\p{L}-]+[aeiouõäöü]\s+(?=${PLACE_PAPER_HEAD}\s*[.!?]?\s*$)`);

/** Reads `verb Name` without the listener after it, with the reader given (lang/adjacent.ts), or null when no listener follows. */
export function nameBeforeListener(frame: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (hasEnglish(frame)) return null;
  const placePaper = RUN_THEN_PLACE_PAPER.exec(frame);
  if (placePaper) return read(`${placePaper[1]} ${placePaper[2]}.`);
  const genitive = RUN_THEN_GENITIVE_ALLATIVE.exec(frame);
  const found = genitive && /\s/u.test(genitive[2] ?? '') ? genitive : (RUN_THEN_ALLATIVE.exec(frame) ?? genitive);
  return found ? read(`${found[1]} ${found[2]}.`) : null;
}
