/**
 * Gives each quoted span its speaker, reading the words around the quotation marks:
 * `"…," Kim said`, `said Kim`, `Kim, the leader, told …`, `Kim said: "…"`, `according to Kim`,
 * and, for a quote with no attribution of its own, the speaker of the utterance it continues.
 */

import { insideSpans, type QuoteSpan } from './find';
import { sentenceSubject, speakerAfter, speakerBefore, type SpeakerKind, type SpeakerPhrase } from './cues';
import { learnGenders, pronounGender, resolvePronoun, resolveTitleReference, type Referent } from './coreference';
import { findPersonMentions, isOutlet, resolveName, type PersonMention } from './names';

export type { SpeakerKind };

/**
 * Where the speaker came from: the quote's own sentence (`after` it or `before` it), the quote it
 * continues, or the sentence before it (`context`). Only the first two show the words were said.
 */
export type AttributionSource = 'after' | 'before' | 'continued' | 'context';

export interface AttributedSpan extends QuoteSpan {
  speaker: string | null;
  /** The speaker's role or title, kept apart from the name; null when the text gives none. */
  role: string | null;
  speakerKind: SpeakerKind | null;
  attribution: AttributionSource | null;
}

const ABBREVIATION = /\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|St|Jr|Sr|Prof|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|Inc|Co|No|vs)\.$/u;

export function attributeSpeakers(text: string, spans: QuoteSpan[]): AttributedSpan[] {
  const inside = insideSpans(text.length, spans);
  const people = findPersonMentions(text, (at) => inside[at] === 1);
  const genders = learnGenders(text, people);
  const result: AttributedSpan[] = [];
  const recentSpeakers: Speaker[] = [];

  spans.forEach((span, i) => {
    const previous = result[i - 1];
    const own = findSpeakerPhrase(text, span, spans[i - 1], spans[i + 1]);
    let found = own?.phrase ?? null;
    let attribution: AttributionSource | null = own?.side ?? null;
    const continued = !found && previous ? continuedSpeaker(text, previous, span) : null;
    if (continued) attribution = 'continued';
    if (!found && !continued) {
      // A quote standing alone after the sentence that introduces it: `Kim defended the plan. "It works."`
      const introduction = sentenceBefore(text, span, spans[i - 1]);
      found = speakerBefore(introduction) ?? (span.fullSentence ? sentenceSubject(introduction) : null);
      if (found) attribution = 'context';
    }
    let speaker = continued;
    if (found?.pronoun) {
      // "he said": the last attributed speaker it fits, or failing that the last person the text named.
      speaker = resolvePronoun(pronounGender(found.phrase), recentSpeakers, people, genders, span.outerStart);
      // A dropped subject (Japanese `「…」と述べた。`) and no speaker yet: whom the sentence before names.
      const named = !speaker && found.phrase === 'they' ? speakerBefore(sentenceBefore(text, span, spans[i - 1])) : null;
      if (named && !named.pronoun) speaker = resolve(named, people, span.outerStart);
    } else if (found) {
      speaker = resolve(found, people, span.outerStart);
      // Names in scripts without capitals are not among `people`: 山田 (山田太郎) and حسن (أحمد حسن) are earlier speakers.
      const short = speaker && /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]+$/u.test(speaker.name) ? speaker.name : '';
      const fuller = (other: Speaker) => (/\s/.test(other.name) ? other.name.split(/\s+/).includes(short) : other.name.startsWith(short));
      if (short) speaker = [...recentSpeakers].reverse().find(fuller) ?? speaker;
    }
    // "قالت ليلى", "sagt die 72-Jährige": a cue that reveals the speaker's gender teaches it for later pronouns.
    if (speaker && found?.gender && !genders.has(speaker.name)) genders.set(speaker.name, found.gender);
    if (speaker) remember(recentSpeakers, speaker);
    result.push({ ...span, speaker: speaker?.name ?? null, role: speaker ? (found?.role ?? null) : null, speakerKind: speaker?.kind ?? null, attribution: speaker ? attribution : null });
  });
  return result;
}

type Speaker = Referent;

/** The last few distinct speakers, latest last: the candidates for a later "he said". */
function remember(recent: Speaker[], speaker: Speaker): void {
  const known = recent.findIndex((other) => other.name === speaker.name);
  if (known >= 0) recent.splice(known, 1);
  recent.push(speaker);
  if (recent.length > 4) recent.shift();
}

/** A full name for a short one, and a named person for "the senator"; outlets are never speakers. */
function resolve(found: SpeakerPhrase, people: PersonMention[], at: number): Speaker | null {
  if (isOutlet(found.phrase)) return null;
  if (found.kind === 'description') {
    const titled = resolveTitleReference(found.phrase, people, at);
    return titled ? { name: titled, kind: 'name' } : { name: found.phrase, kind: 'description' };
  }
  const name = resolveName(found.phrase, people);
  return name ? { name, kind: 'name' } : null;
}

function findSpeakerPhrase(
  text: string,
  span: QuoteSpan,
  previousSpan: QuoteSpan | undefined,
  nextSpan: QuoteSpan | undefined,
): { phrase: SpeakerPhrase; side: 'after' | 'before' } | null {
  const after = () => speakerAfter(frameAfter(text, span, nextSpan));
  const before = () => speakerBefore(frameBefore(text, span, previousSpan));
  // A whole-sentence quote is usually attributed after it; a few quoted words belong to the sentence around them.
  const sides = span.fullSentence ? (['after', 'before'] as const) : (['before', 'after'] as const);
  for (const side of sides) {
    const phrase = side === 'after' ? after() : before();
    // "the Post reported": an outlet relays the words, so look on for who said them.
    if (!phrase || isOutlet(phrase.phrase)) continue;
    // `김 시장은 “….”라고 말했다`, `王明表示：“…。”他说`: a pronoun or dropped subject after the quote yields to a name in its own sentence before it.
    if (side === 'after' && phrase.pronoun && ownSentenceNames(frameBefore(text, span, previousSpan), span.text)) {
      const named = before();
      if (named && !named.pronoun && !isOutlet(named.phrase)) return { phrase: named, side: 'before' };
    }
    return { phrase, side };
  }
  return null;
}

/** A colon before the quote (`X said: "…"`), or a caseless script and no stop between the words and the quote. */
function ownSentenceNames(frame: string, quoted: string): boolean {
  return /[:：]\s*$/.test(frame) || (!/[\p{Lu}\p{Ll}]/u.test(quoted) && !/[.!?。！？]["”’'»」』]?\s*$/.test(frame));
}

/** Text after the closing mark up to the end of its sentence or the next quotation. */
function frameAfter(text: string, span: QuoteSpan, nextSpan: QuoteSpan | undefined): string {
  const limit = Math.min(nextSpan?.outerStart ?? text.length, lineEnd(text, span.outerEnd), span.outerEnd + 300);
  const rest = text.slice(span.outerEnd, limit);
  return rest.slice(0, sentenceEnd(rest)).replace(/^[\s,;:،؛]+/, '');
}

/**
 * Text from the start of the quote's sentence (or the previous quotation) up to the opening mark. A
 * quote that opens a sentence gets the sentence before it (`Putin said Russia would help. "…"`), and
 * one that opens its line after a line ending in a colon (`Kim said:`) gets that line.
 */
function frameBefore(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined): string {
  const start = lineStart(text, span.outerStart);
  const from = Math.max(start, previousSpan?.outerEnd ?? 0, span.outerStart - 400);
  const own = lastSentence(text.slice(from, span.outerStart));
  if (own.trim() || start === 0 || (previousSpan && previousSpan.outerEnd >= start - 2)) return own;
  const head = text.slice(0, start).trimEnd();
  const previousLine = head.slice(head.lastIndexOf('\n') + 1);
  return previousLine.endsWith(':') ? lastSentence(previousLine) : own;
}

/** The sentence before the quote's own (which may be empty), when nothing quoted stands between them. */
function sentenceBefore(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined): string {
  const from = Math.max(previousSpan?.outerEnd ?? 0, span.outerStart - 600);
  const preceding = text.slice(from, span.outerStart);
  const boundaries = sentenceBoundaries(preceding);
  return preceding.slice(boundaries.at(-2) ?? 0, boundaries.at(-1) ?? 0).trim();
}

/**
 * `"A," he said. "B."`: a quote with no attribution of its own continues the previous speaker when
 * only that attribution stands between them, in the same paragraph or right across a paragraph break.
 */
function continuedSpeaker(text: string, previous: AttributedSpan, span: QuoteSpan): Speaker | null {
  if (!previous.speaker || !previous.speakerKind) return null;
  const between = text.slice(previous.outerEnd, span.outerStart);
  if (between.length > 250) return null;
  const inner = sentenceBoundaries(between).filter((at) => /\p{L}/u.test(between.slice(at)));
  return inner.length === 0 ? { name: previous.speaker, kind: previous.speakerKind } : null;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Offsets just past each sentence-ending mark in `words`, skipping the dots of abbreviations and initials. */
function sentenceBoundaries(words: string): number[] {
  const boundaries: number[] = [];
  // Japanese and Chinese stops need no space after them.
  const mark = /[.!?؟]["”’'»]?(?=\s|$)|[。！？]/g;
  for (let match = mark.exec(words); match; match = mark.exec(words)) {
    const dot = match.index + 1;
    if (!ABBREVIATION.test(words.slice(Math.max(0, dot - 6), dot))) boundaries.push(match.index + match[0].length);
  }
  return boundaries;
}

/** Offset where the first sentence of `words` ends. */
function sentenceEnd(words: string): number {
  return sentenceBoundaries(words)[0] ?? words.length;
}

/** The last sentence of `words` (the part after the last sentence boundary that is followed by more words). */
function lastSentence(words: string): string {
  const inner = sentenceBoundaries(words).filter((at) => words.slice(at).trim() !== '');
  return words.slice(inner.at(-1) ?? 0).replace(/^\s+/, '');
}
