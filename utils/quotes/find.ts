/**
 * Finds quoted stretches in an article's plain text.
 *
 * Double marks (“…”, "…", ''…'' and ``…'' as some wire texts write them, ’’…‘‘ as Urdu papers do, „…“, « … », »…«, ”…” as in
 * Swedish, 「…」 and 『…』, Hebrew ״…״) are the quotations newspapers use; single marks (‘…’, '…', ‚…‘, ‹…›, Urdu ’…‘)
 * are read only outside double quotes and within one paragraph, because the same character is
 * also an apostrophe. Which way an ambiguous mark faces is read from its neighbours.
 */

import { countWords, endsSentence } from '../text-measure';
import { dialogueSpans } from './lang/ru-uk-dialogue';
import { CYRILLIC, HEBREW, mayHold } from './scripts-present';

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
  /** Words of the whole quotation when the author's words inside its marks cut it in parts (lang/incise.ts). */
  wholeWords?: number;
  /** A verb of saying follows the words at once (a dialogue line's `– каза министърът`): said, whoever said it. */
  tagged?: boolean;
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

const HEBREW_LETTER = /\p{Script=Hebrew}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Single marks: the English and German ones, and single guillemets. */
const SINGLE_MARKS = "'‘’‚‹›";

/** Elisions that begin with an apostrophe and are never an opening single mark. */
// (The word must end there in any script: Irish `‘Níl …’` opens a quote, not the elided `'n`; and digits are a year's
// only before Latin words or none: Telugu `‘19 మంది …’` opens a quote.)
const LEADING_ELISION = /^['‘’](?:\d(?!\d*\s*(?!\p{Script=Latin})\p{L})|(?:em|til|cause|n|tis|twas|bout|round|s)(?![\p{L}\p{N}_]))/iu;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = pairDoubleMarks(text);
  const singles = pairSingleMarks(text, doubles);
  // Russian/Ukrainian dialogue printed with dashes (lang/ru-uk.ts).
  const dialogue = mayHold(CYRILLIC, text) ? dialogueSpans(text) : [];
  // (Words quoted inside an answer line are part of it, no quote of their own.)
  const outside = (span: QuoteSpan) => !dialogue.some((line) => line.start <= span.outerStart && span.outerEnd <= line.end);
  return [...doubles.filter(outside), ...singles.filter(outside), ...dialogue].sort((a, b) => a.start - b.start);
}

/** Whether the character at `index` (possibly out of range) counts as a boundary on that side. */
function isBoundaryBefore(text: string, index: number): boolean {
  return index < 0 || OPENING_CONTEXT.test(text[index] ?? '');
}
function isBoundaryAfter(text: string, index: number): boolean {
  return index >= text.length || CLOSING_CONTEXT.test(text[index] ?? '');
}

function contextRole(text: string, at: number, length: number): Role {
  // (A mark right before a comma or stop never opens: French sites that set " … " with spaces close so.)
  const opens = isBoundaryBefore(text, at - 1) && !/[\s,.;:!?)\]}…]/.test(text[at + length] ?? ' ');
  const closes = !/\s/.test(text[at - 1] ?? ' ') && isBoundaryAfter(text, at + length);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'either';
}

function scanDoubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const hebrew = mayHold(HEBREW, text);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '“') {
      marks.push({ at: i, length: 1, role: roleOfCurlyOpener(text, i), char });
    } else if (char === '„' || char === '「' || char === '『') {
      marks.push({ at: i, length: 1, role: 'open', char });
    } else if (char === '」' || char === '』') {
      marks.push({ at: i, length: 1, role: 'close', char });
    } else if (char === '”') {
      // Swedish and Finnish open with ” too, and a ” that starts a paragraph opens whatever the language.
      marks.push({ at: i, length: 1, role: opensBeforeWord(text, i) ? 'either' : 'close', char });
    } else if (char === '«' || char === '»') {
      marks.push({ at: i, length: 1, role: guillemetRole(text, i), char });
    } else if (char === '"' || char === '״') {
      // Hebrew writes acronyms with the same mark between letters (צה"ל, יו״ר): not a quotation mark.
      if (hebrew && HEBREW_LETTER.test(text[i - 1] ?? '') && HEBREW_LETTER.test(text[i + 1] ?? '')) continue;
      marks.push({ at: i, length: 1, role: contextRole(text, i, 1), char: '"' });
    } else if (char === '`' && text[i + 1] === '`') {
      // Typewriter copy (1990s wire and newspaper archives) opens with two backticks and closes with ''.
      marks.push({ at: i, length: 2, role: 'open', char: "''" });
      i++;
    } else if ((char === '‘' || char === '’') && text[i + 1] === char) {
      // Urdu papers (and some scanned English copy) double the curly single mark: `’’…‘‘`, `‘‘…’’`; its neighbours say which way it faces.
      marks.push({ at: i, length: 2, role: contextRole(text, i, 2), char: "''" });
      i++;
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

/** After a space or at a line start and right before a word: the mark opens. */
function opensBeforeWord(text: string, at: number): boolean {
  return isBoundaryBefore(text, at - 1) && /[\p{L}\p{N}…]/u.test(text[at + 1] ?? '');
}

/**
 * « … » (French, with no-break spaces inside), »…« (German) and »…» (Swedish): a guillemet right
 * before a word after a space opens, one right after a word or stop closes, and otherwise its
 * shape decides (« opens, » closes).
 */
function guillemetRole(text: string, at: number): Role {
  if (opensBeforeWord(text, at)) return 'open';
  if (/[\p{L}\p{N}.,!?…]/u.test(text[at - 1] ?? '') && isBoundaryAfter(text, at + 1)) return 'close';
  return text[at] === '«' ? 'open' : 'close';
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
  let lowOpenInside = 0;
  let carried = false;

  paragraphs.forEach(([paragraphStart, paragraphEnd], p) => {
    const inParagraph: Mark[] = [];
    for (let mark = marks[markIndex]; mark && mark.at < paragraphEnd; mark = marks[++markIndex]) {
      if (mark.at >= paragraphStart) inParagraph.push(mark);
    }
    let first = 0;
    // (French and Spanish reopen a « quote with » at each paragraph: `» Cela prendra deux ans. »`.)
    if (openAt && inParagraph[0]?.at === paragraphStart && (inParagraph[0].role !== 'close' || (openAt.char === '«' && inParagraph[0].char === '»'))) {
      first = 1; // the mark that reopens a continued quotation
      depth = 1;
    } else if (openAt && !carried) {
      spans.push(makeSpan(text, openAt, null, lastParagraphEnd(paragraphs, p)));
      openAt = null;
    }
    carried = false;
    for (const mark of inParagraph.slice(first)) {
      if (!openAt) {
        if (mark.role === 'close') continue; // a stray closer opens nothing
        openAt = mark;
        depth = 1;
        lowOpenInside = 0;
      } else if (mark.role === 'open' && !(mark.char === '“' && (openAt.char === '„' || lowOpenInside > 0))) {
        // (`«Роман „Дом“»`: a „ opened inside a « quotation is closed by its “, which never opens a third level.)
        if (mark.char === '„') lowOpenInside++;
        depth++; // a quotation inside the quotation with the same marks
      } else {
        if (mark.char === '“' && lowOpenInside > 0) lowOpenInside--;
        if (--depth === 0) {
          spans.push(makeSpan(text, openAt, mark, mark.at + mark.length));
          openAt = null;
        }
      }
    }
    const next = paragraphs[p + 1];
    const continues = next && text.slice(paragraphEnd, next[0]).includes('\n\n') && startsWithOpener(text, next[0]);
    if (openAt && !continues) {
      spans.push(makeSpan(text, openAt, null, paragraphEnd));
      // (Russian and Ukrainian mark a quotation running over paragraphs only where it opens and where it closes:
      // `«Нам обещали… ¶ Никто не видел…», — добавила она.`: the next paragraph's first mark closes it.)
      const closer = openAt.char === '«' && next ? marks.slice(markIndex).find((mark) => mark.at >= next[0] && mark.at < next[1] && '«»'.includes(mark.char)) : undefined;
      const carries = closer?.char === '»' && closer.role !== 'open' && CYRILLIC_LETTER.test(text.slice(next![0], closer.at));
      openAt = carries ? { at: next![0], length: 0, role: 'open', char: '«' } : null;
      carried = carries;
    }
  });
  // `name="value"` is markup that slipped into the text, not a quotation.
  return spans.filter((span) => span.text.length > 0 && text[span.outerStart - 1] !== '=');
}

function lastParagraphEnd(paragraphs: Array<[number, number]>, index: number): number {
  return paragraphs[index - 1]?.[1] ?? 0;
}

function startsWithOpener(text: string, at: number): boolean {
  return /^(?:[“„«»”"״「『]|''|``|’’|‘‘)/.test(text.slice(at, at + 2));
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
  // Caseless scripts (\p{Lo}: Chinese, Japanese, Korean, Thai, Arabic, Hebrew…) show no capital at a sentence start.
  // (Georgian's Mkhedruli letters are lower case, with no capitals in running text: any of them may open a sentence.)
  // (Digits of any script open one too: Bengali `‘১২৭টি পরিবার …’`, as `‘127 families …’`.)
  if (!/^[\p{Lu}\p{Lo}\p{Script=Georgian}\p{Nd}\[(¿¡…'‘"“「『]/u.test(inner)) return false;
  // (Amharic, Burmese and Khmer set the subject before the words and the verb after them, with no stop inside: `አቶ X «…» ብለዋል።`;
  // not a quote's second part after its tag in the same sentence, `«…» ካሉ በኋላ፣ «…»`.)
  if (/^[\p{Script=Ethiopic}\p{Script=Myanmar}\p{Script=Khmer}]/u.test(inner) && countWords(inner) >= 3 && !/[»”"][^.!?\n።။។]*$/u.test(text.slice(Math.max(0, openAt - 300), openAt))) return true;
  const raw = text.slice(Math.max(0, openAt - 3), openAt);
  const before = raw.trimEnd();
  // A paragraph's start counts even right after the previous paragraph's closing mark.
  // (Arabic-script ، ؟ and Urdu ۔, the danda । of Devanagari and Bengali: the stops and commas of those scripts count as ours do.)
  if (before === '' || /\n\s*$/.test(raw) || /[.!?:,;\u2014\u2013\-(：，。！？،؟۔।]$/.test(before) || /[.!?。！？]["”'」』]$/.test(before)) return true;
  return countWords(inner) >= 4 && (/[.!?,，،؟۔।]$/.test(inner) || endsSentence(inner));
}

/** Single-quoted stretches in the parts of each paragraph no double quote covers. */
function pairSingleMarks(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const covered = insideSpans(text.length, doubles);
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphRanges(text);
  for (const [p, [paragraphStart, paragraphEnd]] of paragraphs.entries()) {
    let openAt = -1;
    for (let i = paragraphStart; i < paragraphEnd; i++) {
      const char = text[i];
      if (!SINGLE_MARKS.includes(char ?? '\n') || covered[i]) continue;
      if (text[i + 1] === "'" || text[i - 1] === "'") continue; // part of a `''` double mark
      const opener = text[openAt];
      let opens: boolean;
      let closes: boolean;
      if (char === '‹' || char === '›') {
        // ‹ … › (French, Swiss) or ›…‹ (German): whichever comes first opens, the other one closes.
        closes = (opener === '‹' || opener === '›') && opener !== char;
        opens = !closes;
      } else {
        // (A digit of any script after it: Bengali `‘১২৭টি …’`.)
        opens = char === '‚' || (char !== '’' && isBoundaryBefore(text, i - 1) && /[\p{L}\p{Nd}]/u.test(text[i + 1] ?? '')) || opensArabicScript(text, i);
        // ‘ closes only the German ‚…‘ and the Urdu ’…‘; in English it always opens.
        // (After a vowel sign or a danda too: `…যায়।’`, `…না,’` in Bengali, whose words often end in a combining mark.)
        closes = (char !== '‘' || opener === '‚') && /[\p{L}\p{M}\d.,!?।۔؟]/u.test(text[i - 1] ?? '') && isBoundaryAfter(text, i + 1);
        if (char === '‘' && opener === '’') closes = closesArabicScript(text, i);
        if (opens && closes && opener === '‚') opens = false;
        if (closes && isPluralPossessive(text, i, paragraphEnd)) closes = false;
      }
      if (opens && !LEADING_ELISION.test(text.slice(i, i + 7))) {
        openAt = i; // a later opener replaces an unclosed one: the earlier was an apostrophe
      } else if (closes && openAt >= 0 && !isTrailingElision(text, i)) {
        const span = makeSpan(text, { at: openAt, length: 1, role: 'open', char: opener ?? '' }, { at: i, length: 1, role: 'close', char: char ?? '' }, i + 1, 'single');
        if (span.text.length > 1 && wordCount(span.text) <= 120) spans.push(span);
        openAt = -1;
      }
    }
    // (`‘We are not against it. … ¶ ‘What we want is …,’ he added.`: a single-quoted quote left open at its paragraph's end
    // runs on when the next paragraph reopens it with the same mark, as double-quoted ones do in pairDoubleMarks; a
    // straight ' only when it opens the paragraph, where it is no apostrophe.)
    const next = paragraphs[p + 1];
    const opener = text[openAt];
    if (openAt >= 0 && (openAt === paragraphStart || opener !== "'") && next && text[next[0]] === opener && text.slice(paragraphEnd, next[0]).includes('\n\n')) {
      const span = makeSpan(text, { at: openAt, length: 1, role: 'open', char: opener! }, null, paragraphEnd, 'single');
      if (wordCount(span.text) >= 4 && wordCount(span.text) <= 120) spans.push(span);
    }
  }
  return spans;
}

/**
 * Urdu (and Pashto, Persian) papers set a single quote as `’…‘`: the mark that looks like an English closer opens, after a
 * space or line start and before a word in Arabic script (or a number and one: `’38 یونٹس…`).
 */
function opensArabicScript(text: string, at: number): boolean {
  return text[at] === '’' && (isBoundaryBefore(text, at - 1) || text[at - 1] === '،') && /^(?:[\d٠-٩۰-۹]+[\s.,%]*)?\p{Script=Arabic}/u.test(text.slice(at + 1, at + 16));
}

/** The `‘` that closes an Urdu `’…‘`: after a letter, vowel mark or the script's stops, before a space, stop or line end. */
function closesArabicScript(text: string, at: number): boolean {
  return /[\p{L}\p{M}\d.,!?۔؟،؛]/u.test(text[at - 1] ?? '') && (isBoundaryAfter(text, at + 1) || /[،۔؟؛]/u.test(text[at + 1] ?? ''));
}

/**
 * `‘Give it three years’ time and…’`, `‘the tenants’ car park is full’`: an apostrophe after a plural's s, before a lower-case
 * word that is no tag (`…the boys’ he said`), is a possessive when a closing mark still follows in the paragraph.
 */
function isPluralPossessive(text: string, at: number, paragraphEnd: number): boolean {
  if (text[at] !== '’' || !/s/iu.test(text[at - 1] ?? '')) return false;
  const next = text.slice(at + 1, at + 14);
  if (!/^ \p{Ll}/u.test(next) || /^ (?:he|she|they|we|it|i|said|says|say|added|adds|told|tells|explained|asked|recalled|warned|insisted|wrote)\b/u.test(next)) return false;
  return /[\p{L}\d.,!?]’(?=[\s.,;:!?)\u2013\u2014-]|$)/u.test(text.slice(at + 2, paragraphEnd));
}

/** `rock 'n' roll`, `goin'`: a closing-looking apostrophe that ends a clipped word. */
function isTrailingElision(text: string, at: number): boolean {
  // (Not `también’`, `não’`: a letter beyond ASCII before the n or o is part of the word, which \b would not see.)
  return /(?<![\p{L}\p{M}])(?:n|goin|nothin|somethin|o)$/iu.test(text.slice(Math.max(0, at - 8), at));
}

/** One flag per character: 1 inside a span's marks. A lookup table keeps the scans linear. */
export function insideSpans(length: number, spans: QuoteSpan[]): Uint8Array {
  const inside = new Uint8Array(length);
  for (const span of spans) inside.fill(1, span.outerStart, span.outerEnd);
  return inside;
}

/** Words in a quote, in any script (Chinese and Japanese have no spaces: see text-measure). */
export function wordCount(words: string): number {
  return countWords(words);
}
