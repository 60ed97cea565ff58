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
import { VIETNAMESE_OFFICE, vietnameseOfficeRunName } from './vi-office-name';
import { vietnameseApposedBefore } from './vi-apposed-before';

const OPENING_OFFICE = lazyPattern(() => new RegExp(`^${VIETNAMESE_OFFICE}(?![\\p{L}])`, 'u'));

const LEAD = /(^|[.!?]\s+)[^,.!?:"“”]{3,60},\s+(ông|bà|anh|chị)\s+(?=\p{Lu})/u;
const DESCRIPTOR_COLON = /(?:^|[.!?]\s+)Vị\s+(\p{Ll}+(?:\s+\p{Ll}+){1,6})\s*:\s*$/u;
/** What LEAD cannot match without, with no \p class: tested first. */
const ADDRESS_AFTER_COMMA = /,\s+(?:ông|bà|anh|chị)\s/u;
const ACCORDING = lazyPattern(() => new RegExp(`(?:^|[.!?]\\s+)Theo\\s+(?:ông|bà|anh|chị)\\s+(${NAME_RUN})\\s*,\\s*$`, 'u'));

/** The frame without a lead clause before `ông X` (the form of address then opens the sentence, capitalised). */
export function withoutVietnameseLead(frame: string): string {
  // (Only a frame holding the form of address after a comma can hold the lead; most frames are in other languages.)
  if (!ADDRESS_AFTER_COMMA.test(frame)) return frame;
  return frame.replace(LEAD, (_all, start: string, address: string) => `${start}${address[0]!.toUpperCase()}${address.slice(1)} `);
}

/** Verbs of saying and of holding a view that open what a sentence reports (`cho biết`, `cho rằng`, `chia sẻ`). */
const SAYING = 'cho biết|cho rằng|cho hay|nói|kể|chia sẻ|tâm sự|nhấn mạnh|khẳng định|thừa nhận|giải thích|bày tỏ|nhận định|đánh giá|khuyến cáo|lưu ý|phàn nàn|than thở';
/** The office words of a `Vị …` descriptor, before its verb of saying: `giám đốc bệnh viện` in `giám đốc bệnh viện khuyến cáo`. */
const DESCRIPTOR_OFFICE = lazyPattern(() => new RegExp(`^(\\p{Ll}+(?:\\s+\\p{Ll}+){0,5}?)\\s+(?:${SAYING})(?:\\s+thêm)?$`, 'u'));
/** A verb of saying anywhere, with no \p class: every match of PRONOUN_SAID_SENTENCE and DEGREED_OPENING holds one. */
const SAYING_WORD = new RegExp(SAYING, 'u');

/**
 * `Chị cho biết đã gọi nhiều lần. “…”`: a form of address alone opening the finished sentence before a quote, then a verb of
 * saying, is the person the text just named (ông, anh a man; bà, chị, cô a woman).
 */
const PRONOUN_SAID_SENTENCE = new RegExp(`(?:^|[.!?]\\s+)(Ông|Anh|Bà|Chị|Cô)\\s+(?:${SAYING})(?![\\p{L}])[^.!?“”"]*(?:“[^“”]{1,40}”[^.!?“”"]*)*[.!?]\\s*$`, 'u');

/**
 * Medical and academic degrees written before a name, alone or joined by a dot (`BSCKII`, `ThS.BS`, `PGS.TS`, `TS.BS`,
 * `BSNT`, `DS`): none of the name. A lead clause may come first (`Trao đổi với báo X, TS Y, …, nhận định:`): no part of the subject.
 */
// (`BS.CKII`, `BS.CKI`: a specialist doctor of the second or first grade, the grade joined by a dot.)
const DEGREE = '(?:BSCKII|BSCKI|BSCK|BSNT|CKII|CKI|PGS|GS|ThS|TS|BS|CN|KS|DS|ĐD|LS|NCS)';
const DEGREED_OPENING = lazyPattern(() => new RegExp(`(?:^|[.!?]\\s+)(?:([^,.!?:“”"]{3,60}),\\s+)?${DEGREE}(?:\\.\\s?${DEGREE})*\\.?\\s+(${NAME_RUN})(?:\\s*,\\s+([^,.!?:“”"]{2,100}),)?\\s+(?:${SAYING})(?![\\p{L}])[^“”"]*$`, 'u'));

/**
 * `Một điều dưỡng, đề nghị giấu tên, cho biết … .`: "a" and a lower-case noun opening the last sentence, which then says
 * something or withholds a name, is someone the text leaves unnamed (no one named before it).
 */
const UNNAMED_OPENING = new RegExp(`(?:^|[.!?]\\s+)(Một\\s+\\p{Ll}+(?:\\s+\\p{Ll}+){0,4})(?=[\\s,])[^.!?“”"]*(?:giấu tên|nêu tên|tiết lộ danh tính|${SAYING})(?![\\p{L}])[^.!?“”"]*(?:[.!?:]\\s*)?$`, 'u');

/** The speaker of a `Vị …:` or `Theo ông X,` frame, or null. */
export function vietnameseBefore(frame: string): SpeakerPhrase | null {
  // (Vietnamese words only: `Vị`, `Một` and the verbs of saying are literals of the patterns, so a frame without them skips them.)
  // (`Vị giám đốc bệnh viện khuyến cáo:`: the office before the verb of saying, for the one the text gave it.)
  const descriptor = frame.includes('Vị') ? DESCRIPTOR_COLON.exec(frame) : null;
  const office = descriptor ? DESCRIPTOR_OFFICE().exec(descriptor[1]!)?.[1] : undefined;
  if (descriptor) return { phrase: 'they', kind: 'name', pronoun: true, descriptor: true, ...(office ? { role: office, definite: office } : {}) };
  const unnamed = frame.includes('Một') ? UNNAMED_OPENING.exec(frame)?.[1] : undefined;
  if (unnamed) return { phrase: unnamed.split(/\s+/u).slice(0, 4).join(' ').toLowerCase(), kind: 'description', pronoun: false };
  const saying = SAYING_WORD.test(frame);
  const addressed = saying ? PRONOUN_SAID_SENTENCE.exec(frame)?.[1] : undefined;
  if (addressed) return { phrase: /^(?:Ông|Anh)$/u.test(addressed) ? 'he' : 'she', kind: 'name', pronoun: true };
  // (`Bà X Y (61 tuổi, …), bán rau ở chợ, kể:`: address, name, aside, description, verb, lang/vi-apposed-before.ts.)
  const apposed = saying ? vietnameseApposedBefore(frame) : null;
  if (apposed) return apposed;
  const degreed = saying && /(?:^|[.!?,]\s+)[A-ZĐ][A-Za-z]{1,5}[.\s]/u.test(frame) ? DEGREED_OPENING().exec(frame) : null;
  const degreedName = degreed ? cleanName(degreed[2]!) : '';
  // (`Giám đốc Bệnh viện X, BS.CKII Y cho biết:`: a lead clause opening with an office is the role, lang/vi-office-name.ts.)
  const degreedRole = degreed?.[3]?.trim() ?? (degreed?.[1] && OPENING_OFFICE().test(degreed[1]) ? degreed[1].trim() : undefined);
  if (degreedName) return { ...named(degreedName)!, ...(degreedRole ? { role: degreedRole } : {}) };
  // (`Giám đốc Sở X Name khẳng định:`: office, body and name in one run, lang/vi-office-name.ts.)
  const officeRun = saying && frame.trimEnd().endsWith(':') ? vietnameseOfficeRunName(frame) : null;
  if (officeRun) return officeRun;
  const according = /(?:^|[.!?]\s+)Theo\s/u.test(frame) ? ACCORDING().exec(frame) : null;
  return according && cleanName(according[1]!) ? named(according[1]!) : null;
}

const DESCRIPTOR_AFTER = /^[\s,]*vị\s+(\p{Ll}+(?:\s+\p{Ll}+){0,5}?)\s+(?:nói|cho biết|cho hay|nhấn mạnh|khẳng định|giải thích|chia sẻ|thừa nhận|trả lời|nhận định)(?:\s+thêm)?\s*[.,!]?\s*$/u;

/** `”, vị giám đốc nhấn mạnh.`: the respected person's classifier and an office after a quote, the one the text gave that office. */
export function vietnameseDescriptorAfter(frame: string): SpeakerPhrase | null {
  // (`vị` is a literal of the pattern: most frames lack it.)
  const office = frame.includes('vị') ? DESCRIPTOR_AFTER.exec(frame)?.[1] : undefined;
  return office ? { phrase: 'they', kind: 'name', pronoun: true, descriptor: true, role: office, definite: office } : null;
}

/**
 * `ông Lê Văn X, Phó chủ tịch quận Hai Bà Trưng,` for a later `vị phó chủ tịch quận`: the latest person the text set beside those office
 * words (either case), or null. Vietnamese writes the office after the name and a comma.
 */
export function vietnameseOfficeHolder(text: string, office: string, at: number): string | null {
  if (ADDRESSES.test(office)) return latestAddressed(text, office, at);
  if (!/[\u1ea0-\u1ef9ơưđĐƠƯ]/u.test(office)) return null;
  const words = office.trim().split(/\s+/u).map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${escape(word.slice(1))}`).join('\\s+');
  const latest = [...text.slice(0, at).matchAll(new RegExp(`(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\\s+(${NAME_RUN}),\\s+${words}(?![\\p{L}])`, 'gu'))].at(-1);
  // (`Giám đốc Bệnh viện X, BS.CKII Y cho biết`: the office first, its body, a comma, a degree maybe, then the name; not a
  // deputy's, `Phó giám đốc`, for the office itself.)
  const deputy = /^phó\s/u.test(office.trim()) ? '' : '(?<![Pp]hó\\s)';
  const officeFirst = [...text.slice(0, at).matchAll(new RegExp(`${deputy}(?<![\\p{L}])${words}(?![\\p{L}])[^,.:;!?“”()\\n]{0,60}?,\\s+(?:${DEGREE}(?:\\.\\s?${DEGREE})*\\.?\\s+)?(${NAME_RUN})`, 'gu'))].at(-1);
  const holder = officeFirst && (!latest || latest.index < officeFirst.index) && cleanName(officeFirst[1]!).includes(' ') ? officeFirst : latest;
  return holder ? cleanName(holder[1]!) || null : null;
}

/** The forms of address that stand alone for a person, as "he" and "she" do (lang/vi.ts reads them after a quote). */
const ADDRESSES = /^(?:ông|bà|anh|chị|cô)$/u;
/** Forms of address and kin words opening a capitalised run (`Bà Nguyễn Thị Lan`): none of the name. */
const ADDRESS_OPENING = /^(?:(?:Ông|Bà|Anh|Chị|Cô|Bác|Chú|Em|Cụ)\s+)+/u;

/**
 * `Chiều nay, bà Lan mới về. “…”, bà cười.`: a form of address alone is the latest person the text wrote with it (either
 * case), in full when the text gave their full name before (`bà Nguyễn Thị Lan` … `bà Lan`); null when it wrote no one so.
 */
function latestAddressed(text: string, address: string, at: number): string | null {
  const form = `[${address[0]}${address[0]!.toUpperCase()}]${escape(address.slice(1))}`;
  const before = text.slice(0, at);
  const latest = [...before.matchAll(new RegExp(`(?<![\\p{L}])${form}\\s+(${NAME_RUN})`, 'gu'))].at(-1);
  const name = latest ? cleanName(latest[1]!) : '';
  if (!name || name.includes(' ')) return name || null;
  const runs = [...before.matchAll(new RegExp(`(?<![\\p{L}])((?:\\p{Lu}\\p{Ll}*\\s+){1,4}${escape(name)})(?![\\p{L}])`, 'gu'))];
  const full = runs.map((match) => match[1]!.replace(ADDRESS_OPENING, '')).filter((run) => run.includes(' '));
  return full[0] ? cleanName(full[0]) || name : name;
}
