/**
 * Vietnamese words before a quote that the general reader (cues.ts) would misread:
 *   `Trả lời báo chí, ông X, …, quả quyết:`   a lead clause before ông or bà and a name is no part of the subject;
 *   `Vị giám đốc này nói thêm:`               the classifier of a respected person and an office: the person just named;
 *   `Theo ông Bảo, “…”`                        "according to", a form of address and the name, before a partial quote.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazyPattern, named, type SpeakerPhrase } from '../speaker-phrase';

const LEAD = /(^|[.!?]\s+)[^,.!?:"“”]{3,60},\s+(ông|bà|anh|chị)\s+(?=\p{Lu})/u;
const DESCRIPTOR_COLON = /(?:^|[.!?]\s+)Vị\s+\p{Ll}+(?:\s+\p{Ll}+){1,6}\s*:\s*$/u;
const ACCORDING = lazyPattern(() => new RegExp(`(?:^|[.!?]\\s+)Theo\\s+(?:ông|bà|anh|chị)\\s+(${NAME_RUN})\\s*,\\s*$`, 'u'));

/** The frame without a lead clause before `ông X` (the form of address then opens the sentence, capitalised). */
export function withoutVietnameseLead(frame: string): string {
  return frame.replace(LEAD, (_all, start: string, address: string) => `${start}${address[0]!.toUpperCase()}${address.slice(1)} `);
}

/** The speaker of a `Vị …:` or `Theo ông X,` frame, or null. */
export function vietnameseBefore(frame: string): SpeakerPhrase | null {
  if (DESCRIPTOR_COLON.test(frame)) return { phrase: 'they', kind: 'name', pronoun: true, descriptor: true };
  const according = /(?:^|[.!?]\s+)Theo\s/u.test(frame) ? ACCORDING().exec(frame) : null;
  return according && cleanName(according[1]!) ? named(according[1]!) : null;
}
