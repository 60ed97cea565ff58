/**
 * Vietnamese words before a quote that the general reader (cues.ts) would misread:
 *   `Trả lời báo chí, ông X, …, quả quyết:`   a lead clause before ông or bà and a name is no part of the subject;
 *   `Vị giám đốc này nói thêm:`               the classifier of a respected person and an office: the person just named;
 *   `Theo ông Bảo, “…”`                        "according to", a form of address and the name, before a partial quote;
 * and after a quote `”, vị phó chủ tịch quận khẳng định.`: the same classifier and office closing the tag.
 */

import { cleanName, NAME_RUN } from '../names';
import { lazyPattern, named, type SpeakerPhrase } from '../speaker-phrase';
import { escapeForPattern as escape } from '../../patterns';

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

const DESCRIPTOR_AFTER = /^[\s,]*vị\s+(\p{Ll}+(?:\s+\p{Ll}+){0,5}?)\s+(?:nói|cho biết|cho hay|nhấn mạnh|khẳng định|giải thích|chia sẻ|thừa nhận|trả lời|nhận định)(?:\s+thêm)?\s*[.,!]?\s*$/u;

/** `”, vị giám đốc nhấn mạnh.`: the respected person's classifier and an office after a quote, the one the text gave that office. */
export function vietnameseDescriptorAfter(frame: string): SpeakerPhrase | null {
  const office = DESCRIPTOR_AFTER.exec(frame)?.[1];
  return office ? { phrase: 'they', kind: 'name', pronoun: true, descriptor: true, role: office, definite: office } : null;
}

/**
 * `ông Lê Văn X, Phó chủ tịch quận Hai Bà Trưng,` for a later `vị phó chủ tịch quận`: the latest person the text set beside those office
 * words (either case), or null. Vietnamese writes the office after the name and a comma.
 */
export function vietnameseOfficeHolder(text: string, office: string, at: number): string | null {
  if (!/[\u1ea0-\u1ef9ơưđĐƠƯ]/u.test(office)) return null;
  const words = office.trim().split(/\s+/u).map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${escape(word.slice(1))}`).join('\\s+');
  const latest = [...text.slice(0, at).matchAll(new RegExp(`(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\\s+(${NAME_RUN}),\\s+${words}(?![\\p{L}])`, 'gu'))].at(-1);
  return latest ? cleanName(latest[1]!) || null : null;
}
