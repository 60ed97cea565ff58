/**
 * A quote no reader gave a speaker, in a paragraph that names one person and no one else: `Kapten Ivo Marsh, kes … ,
 * rääkis pärast mängu: „…“`, `„…“, povedal Novak pre rádio.` The verb of saying may be one no reader knows, the name
 * may stand in an oblique case or after the quote; a paragraph naming a single person outside its quotes, and no unnamed
 * or anonymous one, gives that person the words. Run last, on spans every other reader left with no one.
 */
import type { AttributedSpan } from './attribute';
import type { EntityBook } from './entity-types';
import type { QuoteSpan } from './find';
import type { UnnamedIntroduction } from './unnamed-introduction';
import { isUnnamedOnPurpose } from './lang/anonymous';

interface AttributionContext {
  book: EntityBook;
  introductions: UnnamedIntroduction[];
}

/** What attribution read of each text, by the spans it was given (index.ts hands the same spans on). */
const contexts = new WeakMap<readonly QuoteSpan[], AttributionContext>();

/** The names of the people attribution found in the text of `spans` (every mention outside quotes), or null. */
export function attributedPeople(spans: readonly QuoteSpan[]): Set<string> | null {
  const context = contexts.get(spans);
  return context ? new Set(context.book.mentions.map((mention) => mention.name)) : null;
}

export function rememberAttribution(spans: readonly QuoteSpan[], book: EntityBook, introductions: UnnamedIntroduction[]): void {
  contexts.set(spans, { book, introductions });
}

/** The paragraph (line) holding the offset: `[start, end)`. */
function paragraphAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/** The one person a paragraph names outside its quotes, or null (none, several, a body or an outlet). */
function lonePerson(book: EntityBook, start: number, end: number): string | null {
  const names = new Set(book.mentions.filter((mention) => mention.at >= start && mention.at < end && !mention.qualifier).map((mention) => mention.name));
  if (names.size !== 1) return null;
  const [name] = names as unknown as [string];
  const entity = book.entities.get(name);
  return entity?.outlet || entity?.body ? null : name;
}

/**
 * Whether the text shows the name is a person's: a gender, an age, a role or office it gave them, or words of theirs
 * another quote carries. `Piața Centrală`, `Palazzo X` are capitalised runs too, but nothing marks them as someone.
 */
function isSomeone(book: EntityBook, name: string, spans: AttributedSpan[]): boolean {
  const entity = book.entities.get(name);
  if (entity && (entity.gender || entity.age !== null || entity.roles.length > 0 || entity.offices.size > 0)) return true;
  return book.genders.has(name) || spans.some((span) => span.speaker === name);
}

/**
 * Whether a mention stands where a speaker's name stands: opening its sentence after a few words of role at most
 * (`Komandos treneris X, …, kalbėjo:`), or in the tag a few words after the quote (`», resumía a media mañana X`). Not
 * a name well inside a clause (`Un aficionado, que …, junto a X dijo:`), whom the sentence is not about.
 */
function standsAsSpeaker(text: string, paragraphStart: number, at: number, quote: AttributedSpan): boolean {
  if (at >= quote.outerEnd) {
    // (Words in marks, `– „Radijui“ sakė A. X`, and an initial's dot end no sentence.)
    const gap = text.slice(quote.outerEnd, at).replace(/[“”«»„"][^“”«»„"]*[“”«»„"]/gu, ' ').replace(/(?<![\p{L}])\p{Lu}\.\s*$/u, '');
    // (A verb of a cased script beside the name, `povedal X`, `X kertoo`: `」教練X賽後…`, `X씨의 책 제목이다` may be no tag.)
    const verbBeside = /\p{Ll}/u.test(gap) || /^[\p{L}’'-]*\s+\p{Ll}/u.test(text.slice(at, at + 60).replace(/^\S+(?:\s+\p{Lu}\S*)*/u, ''));
    return verbBeside && !/[.!?。！？\n]/u.test(gap.replace(/^[\s,.]+/u, '')) && gap.trim().split(/\s+/u).length <= 6;
  }
  const lead = text.slice(paragraphStart, at).split(/[.!?:;。！？：；]\s*/u).at(-1)!;
  return !/[,，、]/u.test(lead) && lead.length <= 60 && lead.trim().split(/\s+/u).filter(Boolean).length <= 8;
}

/**
 * The plain form of a mention: `Tiina Laakson` (a genitive, `Tiina Laakson mukaan`) is `Tiina Laakso` when the text
 * writes `Laakso` on its own too (`Laakso sanoo`); `Kraje Vysočina X Y` is `X Y` when that is a mention as well.
 */
function plainForm(text: string, book: EntityBook, name: string): string {
  const words = name.split(/\s+/u);
  const shorter = [...new Set(book.mentions.map((mention) => mention.name))].find((other) => other.split(/\s+/u).length >= 2 && other.length < name.length && name.endsWith(` ${other}`));
  if (shorter) return shorter;
  const last = words.at(-1)!;
  if (words.length < 2) return name;
  // (Never a word of another mention: `John Roberts` stays whole in a text naming `Robert Hale`.)
  const mentionWords = new Set(book.mentions.flatMap((mention) => mention.name.split(/\s+/u)));
  for (let cut = 1; cut <= 3 && last.length - cut >= 4; cut++) {
    const stem = last.slice(0, -cut);
    if (mentionWords.has(stem)) continue;
    if (new RegExp(`(?<![\\p{L}\\p{M}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u').test(text)) return [...words.slice(0, -1), stem].join(' ');
  }
  return name;
}

/** The role the text last gave that person before the quote (`Komandos kapitonas`), if any. */
function roleBefore(book: EntityBook, name: string, at: number): string | null {
  return book.entities.get(name)?.roles.filter((role) => role.at <= at).at(-1)?.role ?? null;
}

export function loneNamedParagraphSpeakers(text: string, given: readonly QuoteSpan[], spans: AttributedSpan[]): AttributedSpan[] {
  const context = contexts.get(given);
  if (!context || !spans.some((span) => !span.speaker)) return spans;
  const { book, introductions } = context;
  return spans.map((span) => {
    // (`X was asked, "…?"`: a question in a paragraph about one person is more often put to them than theirs.)
    if (span.speaker || /[?？]\s*$/u.test(span.text)) return span;
    const [start, end] = paragraphAround(text, span.outerStart);
    const name = lonePerson(book, start, end);
    if (!name || !isSomeone(book, name, spans) || !book.mentions.some((mention) => mention.name === name && mention.at >= start && mention.at < end && standsAsSpeaker(text, start, mention.at, span))) return span;
    // (`Una vecina que pidió no ser identificada …`: someone unnamed in the paragraph may be the one who speaks.)
    if (introductions.some((introduction) => introduction.at >= start && introduction.at < end)) return span;
    const outside = text.slice(start, end).replace(/["“”«»„][^"“”«»„\n]*["“”«»„]/gu, ' ');
    if (isUnnamedOnPurpose(outside)) return span;
    // (An earlier quote of the paragraph given to someone else: the quote goes on their words, not the one it names.)
    if (spans.some((other) => other.speaker && other.speaker !== name && other.outerStart >= start && other.outerStart < span.outerStart)) return span;
    return { ...span, speaker: plainForm(text, book, name), role: span.role ?? roleBefore(book, name, span.outerStart), speakerKind: 'name', attribution: 'context', speakerMention: null };
  });
}
