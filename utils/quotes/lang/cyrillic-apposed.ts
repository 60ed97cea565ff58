/**
 * `— питає сусід пані Ніни, 61-річний Остап Дзюба`: a tag's subject that names someone else in the genitive (whose
 * neighbour), then, set off by a comma, the speaker's full name, perhaps after an age. The name after the comma speaks;
 * the words before it are the role. Read for Russian and Ukrainian tags after a dash (ru-uk.ts).
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';

/** A dash, a verb, the subject words (no full name among them), a comma, an age perhaps, a given and family name, the end. */
const APPOSED_FULL_NAME = /^[\s,]*[—–-]\s*\p{Ll}+(?:ся|сь)?\s+((?:\p{Ll}[\p{Ll}’'-]*\s+){1,3}\p{Lu}\p{Ll}+),\s+(?:\d{1,3}-(?:річн|летн)\p{Ll}+\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}’'-]+)\s*(?:[.,!?—–]|$)/u;

export function apposedFullName(frame: string): SpeakerPhrase | null {
  const found = APPOSED_FULL_NAME.exec(frame);
  return found ? person(found[2]!, found[1]!) : null;
}
