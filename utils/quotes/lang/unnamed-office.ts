/**
 * Russian and Ukrainian (and Korean, `노동조합 위원장은 "…"`, lang/ko.ts): `— пообещал глава района`, `— пообіцяв голова громади на сесії`, `— сказал мэр` with no one
 * the text introduced with that office is the office's unnamed holder, a description: not the person quoted last.
 * When someone holds it (`глава города Олег Дробышев`, `Дробышев, мэр города,`), the usual reading stands.
 */

import type { EntityBook } from '../entities';
import type { SpeakerPhrase } from '../speaker-phrase';
import { nepali } from './ne';

/** Offices of a body, as the head of a tag's subject; each with the other words papers use for the same office. */
const OFFICE_ALIASES: Record<string, string[]> = {
  глава: ['мэр', 'мер', 'голова', 'губернатор'], голова: ['мер', 'мэр', 'глава', 'губернатор', 'очільник', 'очільниця'], мэр: ['глава', 'голова', 'мер'], мер: ['голова', 'глава', 'мэр', 'очільник', 'очільниця'],
  // (Ukrainian `очільник`, `очільниця`, "the one at the head": the paper's second word for a mayor or a council's head, `голова громади`.)
  очільник: ['голова', 'мер', 'керівник'], очільниця: ['голова', 'мер', 'керівниця'],
  губернатор: ['глава', 'голова'], министр: ['міністр'], міністр: ['министр'], директор: ['директорка'], директорка: ['директор'],
  начальник: ['начальниця', 'начальница'], начальниця: ['начальник'], начальница: ['начальник'], председатель: ['председательница'],
  заместитель: ['заступник'], заступник: ['заместитель', 'заступниця'], заступниця: ['заступник'], ректор: [], прокурор: [], староста: [],
  руководитель: ['керівник'], керівник: ['руководитель', 'керівниця'], керівниця: ['керівник'], главврач: ['головлікар'], головлікар: ['главврач'],
};
const OFFICE = Object.keys(OFFICE_ALIASES).join('|');
/** A verb of saying (any Cyrillic word), perhaps an adjunct (`на открытии`), the office, up to three lower-case words of its body, perhaps an adjunct, the end. */
const OFFICE_TAG = new RegExp(
  `^[\\s,]*[—–-]\\s*(\\p{Ll}+(?:ся|сь)?)(?:\\s+(?:на|в|во|у|после|після|перед)\\s+\\p{Ll}+)?\\s+((${OFFICE})(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,3}?)(?:\\s+(?:на|в|во|у|после|після|під\\s+час|перед)\\s+[\\p{Ll}\\d\\s-]+)?\\s*(?:[.!?…]|$)`,
  'u',
);

/** The unnamed office a Russian or Ukrainian tag names as its subject (`— пообещал глава района.`), or null. */
export function officeTag(frame: string): SpeakerPhrase | null {
  const match = OFFICE_TAG.exec(frame);
  if (!match) return null;
  // (A present verb gives no gender: `— усміхається очільниця громади`, the office's feminine form does, `-иця`, `-ица`, `-ка`.)
  const gender = /(?:ла|лась)$/u.test(match[1]!) || /(?:иця|ица|ка)$/u.test(match[3]!) ? 'female' : /(?:л|в|лся|вся)$/u.test(match[1]!) ? 'male' : undefined;
  return { phrase: match[2]!, kind: 'description', pronoun: false, role: match[3]!, office: true, ...(gender ? { gender } : {}) };
}

/** The office's tag read as before when someone holds it: a descriptor for the person introduced with it (`— сказал мэр`). */
export function heldOfficeAnaphor(found: SpeakerPhrase): SpeakerPhrase {
  // (The bare noun is learned as a role, as before; an office of a body leaves the holder's own role: `Губернатор края X` … `— написал глава региона`.)
  const role = found.phrase === found.role ? { role: found.role } : {};
  // (The office as its definite noun too: `— сказаў дырэктар` after an unnamed neighbour spoke is still the director the text named.)
  return { phrase: found.gender === 'female' ? 'she' : 'he', kind: 'name', pronoun: true, descriptor: true, definite: found.role ?? undefined, ...role, ...(found.gender ? { gender: found.gender } : {}) };
}

/**
 * Whether the office stands for someone: a named holder, or a person the quote's own paragraph names before it
 * (`— говорит директор` after `Ольга Примерова руководит школой.`, `— написал глава региона` after `Губернатор … X`).
 */
export function officeStandsForSomeone(text: string, book: EntityBook, found: SpeakerPhrase, at: number): boolean {
  if (officeHeld(text, book, found.role!, at)) return true;
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  return book.mentions.some((mention) => mention.at >= paragraphStart && mention.at < at);
}

/** Whether someone named before `at` holds the office (or another word for it): written beside a name, or a role learned. */
export function officeHeld(text: string, book: EntityBook, office: string, at: number): boolean {
  const nouns = [office, ...(OFFICE_ALIASES[office] ?? [])];
  const head = (role: string) => nouns.some((noun) => new RegExp(`(?:^|\\s)${noun}(?![\\p{L}])`, 'iu').test(role));
  for (const mention of book.mentions) {
    if (mention.at >= at) break;
    if (book.entities.get(mention.name)?.roles.some((entry) => entry.at < at && head(entry.role))) return true;
  }
  // (Telugu, Malayalam: `కమిషనర్ X Y Z …`, the office before two name words, as no capitals mark them.)
  if (/^[\u0c00-\u0d7f]+$/u.test(office)) return new RegExp(`${office}\\s+[\u0c00-\u0d7f]{2,}\\s+[\u0c00-\u0d7f]{2,}`, 'u').test(text.slice(0, at));
  // (Hangul has no capitals to find a name by: `의료원장은` after `김정호 의료원장은`, the office written before the tag's own mention.)
  if (/^\p{Script=Hangul}+$/u.test(office)) return (text.slice(0, at).match(new RegExp(`${office}(?=[은는이가의인\\s,]|$)`, 'gu'))?.length ?? 0) >= 2;
  const before = text.slice(0, at);
  // (Hindi: `अधीक्षण अभियंता सुरेश गुप्ता ने माना`, the office before two words and a postposition; a comma may follow it,
  // `यह कहना है मछुआरे X Y का, जो …`.)
  // (Nepali writes its postpositions on the name, so the two words after the office are the name: `मेयर X Y व्यापारीको …`.)
  if (/^[\u0900-\u097f]+$/u.test(office)) return new RegExp(`${office}\\s+[\u0900-\u097f]{2,}\\s+[\u0900-\u097f]{2,}\\s+(?:ने|का|की|के|को|से)(?=[\\s,])`, 'u').test(before) || (nepali.applies(before) && new RegExp(`${office}\\s+[\u0900-\u097f]{3,}\\s+[\u0900-\u097f]{3,}(?:ले|को|का|की)?\\s`, 'u').test(before));
  // (Urdu: `چیف آفیسر X Y Z کا کہنا ہے`, the office before two or three name words and a postposition, lang/hi.ts.)
  if (/^[\u0620-\u06d3]+$/u.test(office) && /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u.test(before)) return new RegExp(`${office}\\s+(?:[\u0620-\u06d3\\p{M}]{2,}\\s+){2,3}(?:نے|کا|کی|کے)(?=\\s)`, 'u').test(before);
  // (Punjabi: `ਐੱਸਡੀਐੱਮ X ਕੌਰ Y`, the office before two name words.)
  if (/^[\u0a00-\u0a7f]+$/u.test(office)) return new RegExp(`${office}\\s+[\u0a00-\u0a7f]{2,}\\s+[\u0a00-\u0a7f]{2,}`, 'u').test(before);
  // (Bengali, Tamil: `সভাপতি X Y জানান`, `ஆட்சியர் கு. X`: the office before two name words and a comma or a verb of saying, or
  // a Tamil initial and a name; `ஆட்சியர் அலுவலகம் அறிக்கை …` (the collector's office) holds no name.)
  // (Bengali: `উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) X Y গতকাল …`, the office's short form in brackets after its full form and before
  // two name words, neither in a case (`(ইউএনও) কার্যালয়ের সামনে`, before the office's building, holds no name).)
  if (/^[\u0980-\u09ff]+$/u.test(office) && new RegExp(`\\(${office}\\)\\s+[\u0980-\u09ff]{2,}(?<!ের|কে|\u09c7)\\s+[\u0980-\u09ff]{2,}(?<!ের|কে|\u09c7)(?=[\\s,।])`, 'u').test(before)) return true;
  if (/^[\u0980-\u09ff\u0b80-\u0bff]+$/u.test(office)) return new RegExp(`${office}\\s+(?:\\([^)\\n]{1,40}\\)\\s+)?(?:[\u0b80-\u0bff]{1,3}\\.\\s*[\u0b80-\u0bff]{2,}|[\u0980-\u09ff\u0b80-\u0bff]{2,}\\s+[\u0980-\u09ff\u0b80-\u0bff]{2,}(?:\\s*,|\\s+(?:জানান|বলেন|বলেছেন|জানিয়েছেন|கூறினார்|தெரிவித்தார்)))`, 'u').test(before);
  // (`Глава района Иван Петров`, `Иван Петров, глава района,`: the office written beside a name the mentions may have missed.)
  const nounsPattern = nouns.join('|');
  // (`Директор підприємства «Міськтеплоенерго» X`, `директор КП X`: a body's name in guillemets or capitals may stand between.)
  return new RegExp(`(?:^|[\\s(])(?:${nounsPattern})(?:\\s+(?:\\p{Ll}[\\p{Ll}-]*|«[^«»\\n]{1,40}»|\\p{Lu}{2,5})){0,4}\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+,\\s+(?:${nounsPattern})(?![\\p{L}])`, 'iu').test(before);
}
