/**
 * Vietnamese: `Dù vậy, ông Thạch vẫn chưa … “…,” ông nói.` The form of address in the tag (ông, bà, anh, chị, cô) stands
 * for the person the quote's own paragraph just wrote with that same address as the subject of the sentence before the
 * quote, not for whoever was quoted last. Another address (`bà Lan … “…,” ông nói`) or no name there leaves it alone.
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';

/** The form of address and verb right after the quote closes: `,” ông nói`, `” – bà kể`. */
const ADDRESS_TAG = /^[^\n”"]*[”"]\s*[,–—-]?\s*(ông|bà|anh|chị|cô)\s+\p{Ll}/u;

/** The sentence right before the quote: opening with that address and a name, perhaps after a linking phrase and a comma. */
function addressedSubject(lead: string, address: string): string | null {
  const sentence = lead.trimEnd().split(/(?<=[.!?])\s+/u).filter((part) => part.trim()).at(-1) ?? '';
  if (/[“”"]/u.test(sentence)) return null;
  const opening = new RegExp(`^(?:[^,.!?]{1,40},\\s+)?${address}\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})(?=\\s+\\p{Ll})`, 'u').exec(sentence.trim());
  return opening?.[1] ?? null;
}

/** The person a Vietnamese address tag after the quote stands for (see the file's header), or null. */
export function vietnameseAddressedBefore(lead: string, after: string): SpeakerPhrase | null {
  const address = ADDRESS_TAG.exec(after)?.[1];
  const name = address ? addressedSubject(lead, address) : null;
  return name ? person(name) : null;
}
