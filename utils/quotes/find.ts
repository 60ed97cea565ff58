/**
 * Finds quoted stretches in an article's plain text.
 *
 * Double marks (“…”, "…", ''…'' as some wire texts write them, „…“, «…») are the
 * quotations newspapers use; single marks (‘…’, '…') are read only outside double
 * quotes and within one paragraph, because the same character is also an apostrophe.
 */

export type MarkStyle = 'double' | 'single';

/** A quoted stretch: `start`/`end` bound the words inside the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  marks: MarkStyle;
  /** Offset of the opening mark, and offset just past the closing mark (or the paragraph end). */
  outerStart: number;
  outerEnd: number;
  /** The quote stands as a sentence of its own rather than a few words inside someone else's sentence. */
  fullSentence: boolean;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  /** Offset of the mark and its length (the NYT form `''` is two characters). */
  at: number;
  length: number;
  role: Role;
  char: string;
}

/** Characters after which a mark starts a quotation. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-\/:;,]/;
/** Characters before which a mark ends a quotation. */
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-\/…]/;

/** Elisions that begin with an apostrophe and are never an opening single mark. */
const LEADING_ELISION = /^['‘’](?:\d|em\b|til\b|cause\b|n\b|tis\b|twas\b|bout\b|round\b|s\b)/i;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = pairDoubleMarks(text);
  const singles = pairSingleMarks(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** Whether the character at `index` (possibly out of range) counts as a boundary on that side. */
function isBoundaryBefore(text: string, index: number): boolean {
  return index < 0 || OPENING_CONTEXT.test(text[index] ?? '');
}
function isBoundaryAfter(text: string, index: number): boolean {
  return index >= text.length || CLOSING_CONTEXT.test(text[index] ?? '');
}

function contextRole(text: string, at: number, length: number): Role {
  const opens = isBoundaryBefore(text, at - 1) && !/\s/.test(text[at + length] ?? ' ');
  const closes = !/\s/.test(text[at - 1] ?? ' ') && isBoundaryAfter(text, at + length);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'either';
}

function scanDoubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '“' || char === '„' || char === '«') {
      marks.push({ at: i, length: 1, role: char === '“' ? roleOfCurlyOpener(text, i) : 'open', char });
    } else if (char === '”' || char === '»') {
      marks.push({ at: i, length: 1, role: 'close', char });
    } else if (char === '"') {
      marks.push({ at: i, length: 1, role: contextRole(text, i, 1), char });
    } else if (char === "'" && text[i + 1] === "'") {
      // A run of three is a double mark plus a nested single one: the double mark is the outer side.
      let run = 2;
      while (text[i + run] === "'") run++;
      const role = contextRole(text, i, run);
      const at = role === 'close' ? i + run - 2 : i;
      marks.push({ at, length: 2, role, char: "''" });
      i += run - 1;
    }
  }
  return marks;
}

/** “ opens in English but closes a German „…“ quote; the pairing step decides, so leave it open to both. */
function roleOfCurlyOpener(text: string, at: number): Role {
  return contextRole(text, at, 1) === 'close' ? 'either' : 'open';
}

/** Pairs double marks paragraph by paragraph, letting a quote run on when the next paragraph reopens it. */
function pairDoubleMarks(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = scanDoubleMarks(text);
  const paragraphs = paragraphRanges(text);
  let markIndex = 0;
  let openAt: Mark | null = null;
  let depth = 0;

  paragraphs.forEach(([paragraphStart, paragraphEnd], p) => {
    const inParagraph: Mark[] = [];
    for (let mark = marks[markIndex]; mark && mark.at < paragraphEnd; mark = marks[++markIndex]) {
      if (mark.at >= paragraphStart) inParagraph.push(mark);
    }
    let first = 0;
    if (openAt && inParagraph[0]?.at === paragraphStart && inParagraph[0].role !== 'close') {
      first = 1; // the mark that reopens a continued quotation
      depth = 1;
    } else if (openAt) {
      spans.push(makeSpan(text, openAt, null, lastParagraphEnd(paragraphs, p)));
      openAt = null;
    }
    for (const mark of inParagraph.slice(first)) {
      if (!openAt) {
        if (mark.role === 'close') continue; // a stray closer opens nothing
        openAt = mark;
        depth = 1;
      } else if (mark.role === 'open' && !(openAt.char === '„' && mark.char === '“')) {
        depth++; // a quotation inside the quotation with the same marks
      } else if (--depth === 0) {
        spans.push(makeSpan(text, openAt, mark, mark.at + mark.length));
        openAt = null;
      }
    }
    const next = paragraphs[p + 1];
    const continues = next && text.slice(paragraphEnd, next[0]).includes('\n\n') && startsWithOpener(text, next[0]);
    if (openAt && !continues) {
      spans.push(makeSpan(text, openAt, null, paragraphEnd));
      openAt = null;
    }
  });
  // `name="value"` is markup that slipped into the text, not a quotation.
  return spans.filter((span) => span.text.length > 0 && text[span.outerStart - 1] !== '=');
}

function lastParagraphEnd(paragraphs: Array<[number, number]>, index: number): number {
  return paragraphs[index - 1]?.[1] ?? 0;
}

function startsWithOpener(text: string, at: number): boolean {
  return /^(?:[“„«"]|'')/.test(text.slice(at, at + 2));
}

/** Paragraphs and lines (a lone "\n" is a <br>): quotations never stay open past one unless reopened. */
function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function makeSpan(text: string, open: Mark, close: Mark | null, outerEnd: number, marks: MarkStyle = 'double'): QuoteSpan {
  let start = open.at + open.length;
  let end = close ? close.at : outerEnd;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return {
    start,
    end,
    text: text.slice(start, end),
    marks,
    outerStart: open.at,
    outerEnd,
    fullSentence: isFullSentence(text, open.at, text.slice(start, end)),
  };
}

/**
 * A full-sentence quote begins like a sentence and follows a sentence start, a colon or a
 * comma (`He said, "We…"`); a partial quote is a few words inside the writer's own sentence.
 */
function isFullSentence(text: string, openAt: number, inner: string): boolean {
  if (!/^[\p{Lu}\d\[(¿¡…'‘"“]/u.test(inner)) return false;
  const before = text.slice(Math.max(0, openAt - 3), openAt).trimEnd();
  if (before === '' || /[\n.!?:,;\u2014\u2013\-(]$/.test(before) || /[.!?]["”']$/.test(before)) return true;
  return inner.split(/\s+/).length >= 4 && /[.!?,]$/.test(inner);
}

/** Single-quoted stretches in the parts of each paragraph no double quote covers. */
function pairSingleMarks(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const covered = (at: number) => doubles.some((span) => at >= span.outerStart && at < span.outerEnd);
  const spans: QuoteSpan[] = [];
  for (const [paragraphStart, paragraphEnd] of paragraphRanges(text)) {
    let openAt = -1;
    for (let i = paragraphStart; i < paragraphEnd; i++) {
      const char = text[i];
      if ((char !== "'" && char !== '‘' && char !== '’') || covered(i)) continue;
      if (text[i + 1] === "'" || text[i - 1] === "'") continue; // part of a `''` double mark
      const opens = char !== '’' && isBoundaryBefore(text, i - 1) && /[\p{L}\d]/u.test(text[i + 1] ?? '');
      const closes = char !== '‘' && /[\p{L}\d.,!?]/u.test(text[i - 1] ?? '') && isBoundaryAfter(text, i + 1);
      if (opens && !LEADING_ELISION.test(text.slice(i, i + 7))) {
        openAt = i; // a later opener replaces an unclosed one: the earlier was an apostrophe
      } else if (closes && openAt >= 0 && !isTrailingElision(text, i)) {
        const span = makeSpan(text, { at: openAt, length: 1, role: 'open', char }, { at: i, length: 1, role: 'close', char }, i + 1, 'single');
        if (span.text.length > 1 && wordCount(span.text) <= 120) spans.push(span);
        openAt = -1;
      }
    }
  }
  return spans;
}

/** `rock 'n' roll`, `goin'`: a closing-looking apostrophe that ends a clipped word. */
function isTrailingElision(text: string, at: number): boolean {
  return /\b(?:n|goin|nothin|somethin|o)$/i.test(text.slice(Math.max(0, at - 8), at));
}

export function wordCount(words: string): number {
  return words.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
}
