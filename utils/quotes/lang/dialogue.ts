/**
 * Dialogue dashes, as Polish, Swedish, Czech, Russian and many other papers print direct speech:
 * a paragraph opening with a dash is the speaker's words, up to the dash or comma before the tag:
 *   `– Moja córka urodziła się tutaj – opowiada. – Będziemy rodzić w karetkach?`
 *   `– Stänger man skolan så stänger man byn, säger Sandberg.`
 * A dash paragraph is speech only when a tag after it names a speaker (a reader in cues.ts says so),
 * or when the paragraph before it was speech: a list line (`– Tabela III ligi`) or a signature
 * (`— Ana Lopez`) is not.
 * An untagged dash paragraph that reads as whole sentences is speech too when the paragraph before
 * introduces one person (`Smittskyddsläkare Anders Holmgren menar att …` / `– Men små barn …`), or
 * when only a paragraph naming no one stands between it and the last speech (`– …, säger X.` /
 * background / `– Vi misstänker …`): Scandinavian and Polish papers let the speaker go on so.
 */

import { SAYS_IT } from './next-sentence-unnamed';
import { RELATIVE_OPENING } from './latin-reader-words';
import { countWords } from '../../text-measure';
import type { QuoteSpan } from '../find';
import { findPersonMentions } from '../person-mentions';
import { intervieweeBefore, isQuestionParagraph } from './dash-interview';
import { unnamedReportedSpeaker } from './unnamed-reported-speaker';

const DIALOGUE_OPENING = /^[ \t]*[–—―][ \t]+(?=\S)/u;
/**
 * Many sites print the dash as a hyphen (`- Vi har aldrig set noget lignende, siger borgmester X.`): such a line is
 * speech only with its own tag (never going on from speech before it: `- item` lines are lists), and only a spaced
 * hyphen inside it may set off the tag (`- Nie wiemy - mówi X.`).
 */
const HYPHEN_OPENING = /^[ \t]*-[ \t]+(?=\p{Lu})/u;
/** A dash opening speech after a sentence's stop inside a paragraph (a spaced hyphen too: `… i 27 år. - Folk græder …, siger hun.`). */
const MID_OPENING = /[.!?:…]["”»]?[ \t]+[–—―-][ \t]+(?=\p{Lu})/gu;
/** A dateline before a dash: a place in capitals opening the paragraph, perhaps a region or date after a comma, no word in lower case (`BRANDON, Man.`). */
const DATELINE = /^\s*\p{Lu}{2,}(?:[\s'’-]+\p{Lu}{2,})*(?:,\s+(?:[\p{Lu}\d][\p{L}\d]*\.?\s*){1,4})?$/u;
/** A dash inside the paragraph, between spaces: where the words said may stop and their tag begin. */
const INNER_DASH = /[ \t][–—―][ \t]+/gu;
const INNER_DASH_OR_HYPHEN = /[ \t][–—―-][ \t]+/gu;
/** The end of a tag: its sentence's stop, or the dash that reopens the speech. */
const TAG_END = /[.!?](?=\s|$)|[ \t][–—―][ \t]/u;
/** A tag after a comma is a short clause (`, säger nämndens ordförande Lars Engström (M).`). */
const MAX_TAG_WORDS = 10;

export function dialogueSpans(text: string, taken: readonly QuoteSpan[], isTag: (frame: string) => boolean): QuoteSpan[] {
  if (!/(?:^|\n|[.!?:…]["”»]?\s)[ \t]*[–—―-][ \t]/u.test(text)) return [];
  const spans: QuoteSpan[] = [];
  const free = (span: QuoteSpan) => !taken.some((other) => other.outerStart < span.outerEnd && span.outerStart < other.outerEnd && !isMarkedWithinSpeech(other, span));
  let previousWasSpeech = false;
  let speechBeforePrevious = false;
  let previousProse = '';
  let hyphenSpeechSeen = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const hyphen = DIALOGUE_OPENING.test(line) ? null : HYPHEN_OPENING.exec(line);
    const opening = DIALOGUE_OPENING.exec(line) ?? hyphen;
    // (`Varför en opera om ett sågverk?` / `– Min morfar …`: an interview's answer after its question, lang/dash-interview.ts.)
    const answersQuestion = () => isQuestionParagraph(previousProse) && !!intervieweeBefore(text, start);
    // (Once the page has printed a hyphen line with its own tag, its hyphens are its dialogue dashes: a hyphen line that reads as
    // said goes on as a dash line would, `- Ingen flytter hertil. Vi har to huse til salg.` after `- …, siger hun.`)
    const dashLike = !hyphen || (hyphenSpeechSeen && readsAsSaid(line.slice(opening![0].length)));
    // (`– Båten er ikke nedbetalt.` ¶ `Det sier X (23), …`: the paragraph after says whose the words were.)
    const goesOn = dashLike && (previousWasSpeech || (!!opening && readsAsSaid(line.slice(opening[0].length)) && (introducesOne(previousProse) || (speechBeforePrevious && namesNoOne(previousProse)) || reportsSpeech(previousProse) || !!unnamedReportedSpeaker(previousProse) || answersQuestion() || ownedByNextParagraph(text, end) || (FIRST_PERSON.test(line) && taggedDashLineNext(text, end, isTag)))));
    const opened: QuoteSpan[] = opening ? speechOf(text, start + opening[0].length, end, start + opening[0].search(/[–—―-]/u), goesOn, isTag, hyphen ? INNER_DASH_OR_HYPHEN : INNER_DASH) : [];
    let found = opened.filter(free);
    // `Jankowski przyznał też, że … – Chłopaki grali na stojąco – stwierdził.`: speech may open after a sentence, a tag proving it.
    MID_OPENING.lastIndex = 0;
    for (let mid = MID_OPENING.exec(line); mid; mid = MID_OPENING.exec(line)) {
      const dashAt = start + mid.index + mid[0].search(/[–—―-]/u);
      if (opened.some((span) => span.outerEnd > dashAt) || found.some((span) => span.outerEnd > dashAt)) continue;
      // (`OAKVILLE, Ont. — The mill will shut, the company said.`: a dateline's abbreviation is no sentence, its dash opens the report, no speech.)
      if (DATELINE.test(line.slice(0, mid.index + 1))) continue;
      // A spaced hyphen is speech only with its own tag (`2025. - Næste møde …` is no speech), and its tag may follow a hyphen.
      const midHyphen = text[dashAt] === '-';
      // (`Pytana o termin, dodała: – Jeśli …`, and `– …, säger X. – Den här …` after a tagged speech: whole sentences after a
      // colon, or after the tag of the paragraph's own speech, are said with no tag of their own; so are they after sentences
      // introducing one person, as after a paragraph that does: `Kiss Mária harminc éve tanít. – … – mondta a 62 éves pedagógus.`)
      const introduced = !midHyphen && (mid[0].startsWith(':') || opened.length > 0 || introducesOnlyOne(line.slice(0, mid.index + 1))) && readsAsSaid(line.slice(mid.index + mid[0].length));
      found = [...found, ...speechOf(text, start + mid.index + mid[0].length, end, dashAt, introduced, isTag, midHyphen ? INNER_DASH_OR_HYPHEN : INNER_DASH).filter(free)];
    }
    spans.push(...found);
    if (hyphen && opened.length > 0 && !goesOn) hyphenSpeechSeen = true;
    if (opening || line.trim()) {
      speechBeforePrevious = previousWasSpeech;
      previousWasSpeech = found.length > 0 && !!opening;
      previousProse = opening ? '' : line.trim();
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return spans;
}

/**
 * A few marked words inside a dash line's speech (`– Vi har sagt i årevis at «Havbris» er for liten, sier hun.`): a ship's,
 * a show's or a firm's name, or words the speaker repeats, are part of the speech and no quote of their own.
 */
export function isMarkedWithinSpeech(marked: QuoteSpan, speech: QuoteSpan): boolean {
  return speech.start < marked.outerStart && marked.outerEnd < speech.end && countWords(marked.text) * 3 <= countWords(speech.text);
}

/** Words after a dash that read as said: a capital, a sentence's stop at the end, six words or more (no list line). */
function readsAsSaid(words: string): boolean {
  const trimmed = words.trim();
  return /^\p{Lu}/u.test(trimmed) && /[.!?…]["”»]?$/u.test(trimmed) && countWords(trimmed) >= 6;
}

const QUOTE_MARK = /["“”«»„]/u;

/** Two names joined by "and" (`Anna Berg och Lars Ek`), whichever of them the mentions found: two people. */
const JOINED_NAMES = /\p{Lu}\p{Ll}+\s+(?:och|og|and|en|und|et|e|y|i|a|és|ve|dan|và|και|și|ja|a\s+także)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** Sentences before a dash inside their paragraph that introduce one person, and no pair of names. */
const introducesOnlyOne = (prose: string) => !JOINED_NAMES.test(prose) && introducesOne(prose);

/** A prose paragraph, holding no quote, that names exactly one person. */
function introducesOne(prose: string): boolean {
  if (!prose || QUOTE_MARK.test(prose)) return false;
  // (`X säger till Mälardalens Tidning att …`: whom the words are said to, a paper most often, is not who is introduced.)
  // (`X er daglig leder ved Nordvik Fiskemottak`: a name after a preposition is a workplace or place, not a second person.)
  const speakers = findPersonMentions(prose).filter((mention) => !SAID_TO.test(prose.slice(Math.max(0, mention.at - 40), mention.at)) && !(mention.at > 0 && PLACE_PREPOSITION_BEFORE.test(prose.slice(Math.max(0, mention.at - 6), mention.at))));
  return new Set(speakers.map((mention) => mention.name)).size === 1;
}

/**
 * The paragraph before reports what a pronoun's person said (`Efter rättegången sade han till tidningen att …`, `Hun
 * sier at …`): the dash paragraph after it gives the words themselves.
 */
const REPORTED_SPEECH = /(?<![\p{L}])(?:säger|sa|sade|berättar|berättade|siger|sagde|fortæller|fortalte|sier|forteller)\s+(?:han|hon|hun)\s+(?:(?:till|til)\s+[\p{L}-]+\s+)?(?:att|at)\s/u;
const reportsSpeech = (prose: string) => !!prose && !QUOTE_MARK.test(prose) && REPORTED_SPEECH.test(prose);

/** A verb of saying and "to" right before a name (Swedish, Danish, Norwegian, Dutch): `säger till`, `siger til`, `sier til`, `zegt tegen`. */
const SAID_TO = /(?<![\p{L}])(?:säger|sa|sade|berättar|berättade|siger|sagde|fortæller|fortalte|sier|forteller|zegt|zei|vertelt|vertelde)\s+(?:\p{Ll}+\s+)?(?:till|til|tegen)\s+$/u;

/** A preposition of place or workplace right before a capitalised run (`ved`, `vid`, `i`, `på`, `hos`, `bei`, `w`). */
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:ved|vid|i|på|hos|bei|im|w|we|v|u|at|in)\s+$/u;

/** The next paragraph opens with a sentence saying whose the words before were (`Det sier X`, `Det säger X`). */
function ownedByNextParagraph(text: string, lineEnd: number): boolean {
  return new RegExp(String.raw`^\n+[ \t]*(?:${SAYS_IT})\s+\p{Lu}`, 'u').test(text.slice(lineEnd, lineEnd + 80));
}

/**
 * The next paragraph is a dash line closed by its own tag (`– Jeg lover ingenting. Sesongen er lang.` ¶ `– Men nå skal jeg
 * feire, sier Brekke.`): the speaker's words run over two paragraphs, the tag given once, at the end of the last. Only a
 * line in the first person goes so: `– Ny kai innen neste sommer.` before it is a list's line.
 */
function taggedDashLineNext(text: string, lineEnd: number, isTag: (frame: string) => boolean): boolean {
  const next = /^\n+([ \t]*[–—―][ \t]+)(?=\S)([^\n]*)/u.exec(text.slice(lineEnd));
  if (!next) return false;
  const from = lineEnd + next.index + next[0].length - next[2]!.length;
  return commaTag(text, from, from + next[2]!.length, isTag) > from;
}

function namesNoOne(prose: string): boolean {
  return !!prose && !QUOTE_MARK.test(prose) && findPersonMentions(prose).length === 0;
}

/** Where a sentence naming whose the words were (`Det siger X`, `Sådan lyder det fra X`) starts inside them, or `end`. */
function saysItAt(text: string, at: number, end: number): number {
  const found = new RegExp(String.raw`[.!?…]\s+(?=(?:${SAYS_IT})\s+\p{Lu})`, 'u').exec(text.slice(at, end));
  return found ? at + found.index + 1 : end;
}

function speechOf(text: string, from: number, end: number, dashAt: number, goesOn: boolean, isTag: (frame: string) => boolean, innerDash = INNER_DASH): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let at = from;
  let openAt = dashAt;
  while (at < end) {
    const tag = tagAfter(text, at, end, isTag, innerDash);
    if (!tag) {
      const comma = spans.length === 0 ? commaTag(text, at, end, isTag) : -1;
      if (comma > at) {
        spans.push(span(text, openAt, at, comma));
        // (`– …, säger Berg. Det var mörkt och jag var säker.`: after the tag's stop the speaker goes on in the first person.)
        const goesOnAt = firstPersonAfterTag(text, comma, end, isTag);
        if (goesOnAt > 0) spans.push(span(text, goesOnAt, goesOnAt, end));
      }
      // No tag: the words run to the paragraph's end, when the speech goes on from before; or to a sentence saying whose
      // they were (`– … Sådan lyder det fra X, …`, next-sentence-unnamed.ts).
      else if (spans.length > 0 || goesOn) spans.push(span(text, openAt, at, saysItAt(text, at, end)));
      break;
    }
    spans.push(span(text, openAt, at, tag.cut));
    const reopened = (innerDash === INNER_DASH ? /^\s*[–—―][ \t]+(?=\S)/u : /^\s*[–—―-][ \t]+(?=\S)/u).exec(text.slice(tag.end, end));
    if (!reopened) break;
    openAt = tag.end + reopened[0].search(/[–—―-]/u);
    at = tag.end + reopened[0].length;
  }
  return spans;
}

/** The first inner dash after `at` whose clause is a tag: where the words stop (`cut`) and the tag ends. */
function tagAfter(text: string, at: number, end: number, isTag: (frame: string) => boolean, innerDash: RegExp): { cut: number; end: number } | null {
  const rest = text.slice(at, end);
  innerDash.lastIndex = 0;
  for (let dash = innerDash.exec(rest); dash; dash = innerDash.exec(rest)) {
    const after = rest.slice(dash.index + 1);
    const stop = TAG_END.exec(after.slice(1));
    const clause = stop ? after.slice(0, stop.index + 1 + (stop[0].trim().length === 1 && /[.!?]/u.test(stop[0]) ? 1 : 0)) : after;
    if (isTag(clause.trim())) return { cut: at + dash.index, end: at + dash.index + 1 + clause.length };
  }
  return null;
}

/** `…, säger Sandberg.`: the last comma of the paragraph when a short tag follows it to the end. */
// (`…, fortæller Bent Sørensen, der i dag er gået på pension.`: a relative clause after the tag's name adds a comma; the
// last three commas are tried; an affiliation after the name (`fra Syd- og Sønderjyllands Politi`) may lengthen the tag.)
function commaTag(text: string, at: number, end: number, isTag: (frame: string) => boolean): number {
  const rest = withGoesOnAsStop(text.slice(at, end).trimEnd());
  if (!/[.!?]$/u.test(rest)) return -1;
  for (let comma = rest.lastIndexOf(', '), tries = 0; comma >= 0 && tries < 3; comma = rest.lastIndexOf(', ', comma - 1), tries++) {
    // (`…, säger X. – Den här …`: the tag ends at its stop when the speech reopens after it.)
    const reopens = /[.!?][ \t]+[–—―-][ \t]/u.exec(rest.slice(comma + 2));
    const clause = rest.slice(comma + 2, reopens ? comma + 3 + reopens.index : undefined);
    // (`…, sier Eirin Lunde, som driver Vesteid Bakeri, mens …`: a relative clause tells about the speaker of the tag before it;
    // it never opens a tag, whatever noun it holds.)
    if (RELATIVE_OPENING.test(clause)) continue;
    // (`…, répond X, 71 ans, dont la cave a été noyée.`: a relative clause closing the tag tells about the speaker; its words do not count.)
    const words = withoutRelativeTail(clause).split(/\s+/u).length;
    if (words <= MAX_TAG_WORDS + 4 && isTag(clause)) return appositionOpened(rest, comma, isTag) ? at + rest.lastIndexOf(', ', comma - 1) : at + comma;
    // (`…, sade X. Det var …`: a tag closed by its stop, the speaker going on after it, firstPersonAfterTag.)
    const stop = TAG_STOP.exec(clause);
    if (stop && isTag(clause.slice(0, stop.index + 1)) && FIRST_PERSON.test(clause.slice(stop.index + 1))) return at + comma;
    if (words > MAX_TAG_WORDS + 4) return -1;
  }
  return -1;
}

/**
 * `…, säger Karin Lund, föreningens ordförande.`: a role after the tag's name, set off by its own comma, may read as a
 * tag of its own (a subject left out); when the clause before that comma is a tag by itself (`säger Karin Lund`), the
 * role is its apposition and the words stop at the comma before the verb.
 */
function appositionOpened(rest: string, comma: number, isTag: (frame: string) => boolean): boolean {
  const before = rest.lastIndexOf(', ', comma - 1);
  if (before < 0) return false;
  const clause = rest.slice(before + 2, comma);
  return clause.split(/\s+/u).length <= MAX_TAG_WORDS && /\s\p{Lu}[\p{L}'’-]+$/u.test(clause) && isTag(`${clause}.`);
}

/**
 * `…, säger Lindqvist och fortsätter:`: a tag may hand on to the next dash paragraph with "and goes on" and a colon; the tag
 * is read as if it stopped before "and" (`säger Lindqvist.`), the next paragraph going on as speech after speech.
 */
const AND_GOES_ON = /\s+(?:och|og|a|i|en|und)\s+(?:fortsätter|fortsatte|fortsætter|fortsatte|fortsetter|fortsette|pokračuje|pokračoval|pokračovala|kontynuuje|kontynuował|kontynuowała|vervolgt|vervolgde|gaat\s+verder|fährt\s+fort|fuhr\s+fort|tillägger|tilføjer|legger\s+til|dodaje|dodał|dodała|dodává|dodal|dodala)\s*:$/u;
function withGoesOnAsStop(rest: string): string {
  const goesOn = AND_GOES_ON.exec(rest);
  return goesOn ? `${rest.slice(0, goesOn.index)}.` : rest;
}

/** The words before a relative clause set off by a comma (`répond X, dont la cave …` reads `répond X`). */
function withoutRelativeTail(clause: string): string {
  const relative = /,\s+(?=\S)/gu;
  for (let comma = relative.exec(clause); comma; comma = relative.exec(clause)) if (RELATIVE_OPENING.test(clause.slice(comma.index + comma[0].length))) return clause.slice(0, comma.index);
  return clause;
}

/** A tag's own stop, then a new sentence. */
const TAG_STOP = /[.!?](?=[ \t]+\p{Lu})/u;
/** First-person words of the languages that print dialogue dashes without reopening them after a tag's stop (not `os`, `nas`, `já`, `my`: Portuguese and English words too). */
const FIRST_PERSON = /(?<![\p{L}])(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|jeg|meg|mine|vores|våre|mnie|mój|moja|nasz|nasza|mě|můj|naše|minä|minun|meidän)(?![\p{L}])/iu;

/** After a comma tag closed by its stop, where the first-person sentences that go on with the speech begin, or -1. */
function firstPersonAfterTag(text: string, comma: number, end: number, isTag: (frame: string) => boolean): number {
  const clause = text.slice(comma + 2, end);
  const stop = TAG_STOP.exec(clause);
  if (!stop || !isTag(clause.slice(0, stop.index + 1).trim())) return -1;
  const rest = clause.slice(stop.index + 1);
  if (!FIRST_PERSON.test(rest) || !/^\s*\p{Lu}/u.test(rest) || /[–—―]/u.test(rest)) return -1;
  return comma + 2 + stop.index + 1 + (rest.length - rest.trimStart().length);
}

function span(text: string, openAt: number, start: number, end: number): QuoteSpan {
  let last = end;
  while (last > start && /\s/u.test(text[last - 1]!)) last--;
  return { start, end: last, text: text.slice(start, last), marks: 'double', outerStart: openAt, outerEnd: last, fullSentence: true };
}
