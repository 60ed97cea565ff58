/**
 * Dialogue as Spanish (and some Portuguese, Italian and French) papers print it: the dash sits right
 * against the words, the tag opens with a dash against its verb, and a dash closing the tag lets the
 * speech go on:
 *   `—¿Cobró usted esa comisión? —preguntó el fiscal.`
 *   `—Nunca —respondió Ortega—. Yo no firmé nada.`   (one utterance of Ortega; the tag is no part of it)
 * Spaced dashes (`— Não temos para onde ir — disse a moradora.`) are read by lang/dialogue.ts.
 *
 * A dash paragraph is speech when its tag names a speaker, when the paragraph before it was speech,
 * or when it opens an exchange: a question followed by another dash paragraph (an interrogation or an
 * interview printed as dialogue). A dash inside prose (`El alcalde —que llegó tarde— no habló.`), a
 * list or result line (`—Real Madrid 2, Betis 1`) and a lone untagged dash paragraph are no speech.
 */

import type { QuoteSpan } from '../find';

/** A paragraph opening with a dash set against its first word (Spanish typography). */
const OPENING = /^[ \t]*([–—―])(?=[¿¡«"“\p{Lu}\p{N}…])/u;
/** Speech opening after a sentence's stop inside a paragraph: `Ortega lo negó. —Nunca —dijo.` */
const MID_OPENING = /[.!?…:]["”»]?[ \t]+([–—―])[ \t]?(?=[¿¡«\p{Lu}])/gu;
/** The tag's dash: after a space (or right after ? ! …), against the tag's first (lower-case) word. */
const TAG_DASH = /(?:[ \t]|(?<=[?!…]))[–—―][ \t]?(?=\p{Ll})/gu;
/** Where a tag ends: a dash against its last word (the speech goes on after it), or its sentence's stop. */
const TAG_END = /([–—―])(?=[\s.,;:!?]|$)|[.!?](?=\s|$)/u;
/** Tags are short clauses (`—respondió el abogado de la familia, Pilar Gamboa—`). */
const MAX_TAG_WORDS = 16;
/** A tag closed by a dash before the words go on is bounded on both sides, so it may run longer. */
const MAX_BRACKETED_TAG_WORDS = 28;

export function romanceDialogueSpans(text: string, taken: readonly QuoteSpan[], isTag: (frame: string) => boolean): QuoteSpan[] {
  if (!/(?:^|\n|[.!?…:]\s)[ \t]*[–—―][ \t]*[¿¡«"“\p{Lu}\p{N}…]/u.test(text)) return [];
  const free = (span: QuoteSpan) => !taken.some((other) => other.outerStart < span.outerEnd && span.outerStart < other.outerEnd);
  const lines = linesOf(text);
  const spans: QuoteSpan[] = [];
  let previousWasSpeech = false;
  let inExchange = false;
  lines.forEach(([start, end], index) => {
    const line = text.slice(start, end);
    if (!line.trim()) return;
    // A spaced dash (`— Quando a água chegou?`) is read here only in an exchange; lang/dialogue.ts reads the rest.
    const attached = OPENING.exec(line);
    const exchange = opensExchange(text, lines, index);
    const opening = attached ?? (exchange || inExchange ? SPACED_OPENING.exec(line) : null);
    let found: QuoteSpan[] = [];
    if (opening) {
      const dashAt = start + opening[0].search(/[–—―]/u);
      found = speechOf(text, start + opening[0].length, end, dashAt, previousWasSpeech || exchange, isTag).filter(free);
    } else if (SPACED_OPENING.test(line)) {
      // Outside an exchange a spaced dash line is lang/dialogue.ts's, unless its tag goes on past a comma
      // (`— contou, ainda com a camisola suada.`) or follows a question or a comma mid-paragraph.
      const spaced = SPACED_OPENING.exec(line)!;
      const dashAt = start + spaced[0].search(/[–—―]/u);
      found = speechOf(text, start + spaced[0].length, end, dashAt, false, isTag, true).filter(free);
      if (found.length === 0) found = questionTagged(text, start, end, isTag).filter(free);
    }
    MID_OPENING.lastIndex = 0;
    for (let mid = MID_OPENING.exec(line); mid; mid = MID_OPENING.exec(line)) {
      const dashAt = start + mid.index + mid[0].search(/[–—―]/u);
      if (found.some((span) => span.outerEnd > dashAt)) continue;
      found = [...found, ...speechOf(text, start + mid.index + mid[0].length, end, dashAt, false, isTag).filter(free)];
    }
    spans.push(...found);
    previousWasSpeech = !!opening && found.length > 0;
    inExchange = (exchange || inExchange) && !!opening && found.length > 0 && DASH_LINE.test(text.slice(...(lines[index + 1] ?? [0, 0])));
  });
  return spans;
}

/** A paragraph opening with a spaced dash (`– Et maintenant ? demande le juge.`). */
const SPACED_OPENING = /^[ \t]*([–—―])[ \t]+(?=\S)/u;
/** A question or exclamation, then its tag in lower case with no dash or comma between, as French prints it. */
const QUESTION_TAG = /[?!…,]["”»]?[ \t]+(?=\p{Ll})/gu;

/**
 * `– Mąż zadzwonił rano, powiedział, że zostaje na dole …`: a verb of saying followed by "that" inside the words said
 * reports someone else's speech; it is no tag (Polish, Czech, Scandinavian, Dutch, German, English, Romance, Greek, Russian).
 */
const REPORTED_CLAUSE = /^\p{Ll}+(?:\s+\p{Ll}+)?,?\s+(?:że|iż|že|att|at|dat|dass|that|que|qu['’]|che|ότι|что|що)(?![\p{L}])/u;

/** `– Et maintenant ? demande le juge.`: the words up to the question mark, when the clause after it is a tag. */
function questionTagged(text: string, start: number, end: number, isTag: (frame: string) => boolean): QuoteSpan[] {
  const line = text.slice(start, end);
  const opening = SPACED_OPENING.exec(line);
  if (!opening) return [];
  QUESTION_TAG.lastIndex = 0;
  for (let mark = QUESTION_TAG.exec(line); mark; mark = QUESTION_TAG.exec(line)) {
    const clause = line.slice(mark.index + mark[0].length);
    const tag = /^[^.!?]*[.!?]?/u.exec(clause)![0];
    // A comma tag ending the paragraph (`– On ne partira pas, lance-t-elle.`) is lang/dialogue.ts's; one mid-paragraph is read here.
    const comma = mark[0].startsWith(',');
    if (comma && !clause.slice(tag.length).trim()) continue;
    // (`– Wykonawca zgłosił problemy – tłumaczy X, dyrektor Zarządu Dróg. – Nie …`: a spaced dash before a lower-case word
    // earlier in the line already closed the words; the comma is inside their tag, lang/dialogue.ts's.)
    if (comma && /[ \t][–—―][ \t]+\p{Ll}/u.test(line.slice(opening[0].length, mark.index))) continue;
    if (tag.split(/\s+/u).length > MAX_TAG_WORDS || REPORTED_CLAUSE.test(tag) || !isTag(tag)) continue;
    const said = start + mark.index + (comma ? 0 : mark[0].trimEnd().length);
    return [span(text, start + opening.index + opening[0].search(/[–—―]/u), start + opening[0].length, said)];
  }
  return [];
}

/** Non-empty lines (paragraphs and `<br>` lines) as [start, end]. */
function linesOf(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (const match of text.matchAll(/[^\n]+/gu)) if (match[0].trim()) lines.push([match.index, match.index + match[0].length]);
  return lines;
}

/** Any dash-opened line. */
const DASH_LINE = /^[ \t]*[–—―][ \t]*(?=[¿¡«"“\p{Lu}\p{N}…])/u;
// (`— Sabia que as obras não existiam? — insistiu o procurador.`: a question may end in its tag.)
const isQuestion = (line: string) => /^[ \t]*[–—―][ \t]*¿/u.test(line) || /\?["”»]?(?:[ \t]+[–—―][ \t]*\p{Ll}[^?!–—―]*)?\s*$/u.test(line);

/**
 * A dash paragraph asking a question, followed by more dash paragraphs at least one of which is
 * no question: the two sides of an exchange. (Questions alone are a list: `—¿Quién paga?`.)
 */
function opensExchange(text: string, lines: Array<[number, number]>, index: number): boolean {
  const lineText = (at: number) => text.slice(lines[at]![0], lines[at]![1]).trim();
  if (!isQuestion(lineText(index)) || !DASH_LINE.test(lineText(index))) return false;
  for (let next = index + 1; next < lines.length && DASH_LINE.test(lineText(next)); next++) if (!isQuestion(lineText(next))) return true;
  return false;
}

function speechOf(text: string, from: number, end: number, dashAt: number, goesOn: boolean, isTag: (frame: string) => boolean, onlyClauseTags = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let clauseTag = false;
  let at = from;
  let openAt = dashAt;
  while (at < end) {
    const tag = tagAfter(text, at, end, isTag);
    if (!tag) {
      if (spans.length > 0 || goesOn) spans.push(span(text, openAt, at, end));
      break;
    }
    if (tag.cut > at) spans.push(span(text, openAt, at, tag.cut));
    clauseTag ||= tag.clauseOnly;
    if (tag.reopensAt === null) break;
    // The closing dash and its stop belong to the tag, so the parts read as one split utterance (utterances.ts).
    openAt = tag.reopensAt;
    at = tag.reopensAt;
  }
  if (onlyClauseTags && !clauseTag) return [];
  return spans.filter((part) => part.text.length > 0 && /[\p{L}\p{N}]/u.test(part.text));
}

interface Tag {
  /** Where the words said stop. */
  cut: number;
  /** Where the words go on after the dash closing the tag (null: the paragraph goes on in the writer's words). */
  reopensAt: number | null;
  /** Only the clause before a comma is the tag (`—dijo, y se marchó.`). */
  clauseOnly: boolean;
}

/** The first tag after `at`: a dash against a lower-case word whose clause names a speaker. */
function tagAfter(text: string, at: number, end: number, isTag: (frame: string) => boolean): Tag | null {
  const rest = text.slice(at, end);
  TAG_DASH.lastIndex = 0;
  for (let dash = TAG_DASH.exec(rest); dash; dash = TAG_DASH.exec(rest)) {
    const dashIndex = dash.index + dash[0].search(/[–—―]/u);
    const after = rest.slice(dashIndex + 1);
    const stop = TAG_END.exec(after);
    const clause = stop ? after.slice(0, stop.index) : after;
    // `—dijo, y se marchó.`: the tag may be only the clause before a comma, the writer's sentence going on.
    const head = clause.split(',')[0]!;
    // (`—Nadie nos avisó —reclamó X, de 47 años, quien vende flores en la plaza desde hace veinte años—. Nos …`: a tag a
    // dash closes, the words going on after it, may carry a longer apposition about the speaker.)
    if (clause.split(/\s+/u).length > (stop?.[1] ? MAX_BRACKETED_TAG_WORDS : MAX_TAG_WORDS)) continue;
    const whole = isTag(`—${clause.trimEnd()}.`);
    if (!whole && !(head !== clause && isTag(`—${head.trimEnd()}.`))) continue;
    const cut = at + dash.index;
    if (!stop?.[1]) {
      // `— contou, ainda com a camisola suada. — Este golo…`: a dash after the tag's stop reopens the words.
      const stopAt = stop ? at + dashIndex + 1 + stop.index + 1 : end;
      const reopened = /^[ \t]*[–—―][ \t]*(?=[¿¡«\p{Lu}])/u.exec(text.slice(stopAt, end));
      return { cut, reopensAt: reopened ? stopAt + reopened[0].length : null, clauseOnly: !whole };
    }
    // `—respondió Ortega—. Yo no firmé nada.`: after the closing dash and its stop, the speech goes on.
    const closingDash = at + dashIndex + 1 + stop.index;
    const resumed = /^[.,;:]?[ \t]*(?=\S)/u.exec(text.slice(closingDash + 1, end));
    return { cut, reopensAt: resumed ? closingDash + 1 + resumed[0].length : null, clauseOnly: !whole };
  }
  return null;
}

function span(text: string, openAt: number, start: number, end: number): QuoteSpan {
  let last = end;
  while (last > start && /\s/u.test(text[last - 1]!)) last--;
  return { start, end: last, text: text.slice(start, last), marks: 'double', outerStart: openAt, outerEnd: last, fullSentence: true };
}
