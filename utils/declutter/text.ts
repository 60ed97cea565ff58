/** Text and link measurements shared by the declutter signals. */
import { countWords } from '../text-measure';
import { closestTag, elementsByTag, withTreeSnapshots } from '../walk';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT; the global NodeFilter is missing outside a browser.

/**
 * Signals measure the same blocks (and their wrappers) over and over; while a tree is only read,
 * texts and counts are memoized. Null outside `whileUnchanged`.
 */
let memo: { texts: WeakMap<Element, string>; nonLinkTexts: WeakMap<Element, string>; counts: Map<string, number>; labels: Map<string, string> } | null = null;

/** Runs `measure` with text measurements memoized; it must not change the tree it measures. */
export function whileUnchanged<T>(measure: () => T): T {
  if (memo) return measure();
  memo = { texts: new WeakMap(), nonLinkTexts: new WeakMap(), counts: new Map(), labels: new Map() };
  try {
    return withTreeSnapshots(measure);
  } finally {
    memo = null;
  }
}

/** Whitespace that `collapse` rewrites: any but a space, or two in a row. */
const UNCOLLAPSED = /[^\S ]|  /;

/**
 * `text.replace(/\s+/g, ' ').trim()`: trimming first leaves only inner runs (trim and \s strip the
 * same characters), and a text whose every run is one plain space is already collapsed.
 */
export function collapse(text: string): string {
  const trimmed = text.trim();
  return UNCOLLAPSED.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

export function textOf(el: Element): string {
  let text = memo?.texts.get(el);
  if (text === undefined) {
    text = collapse(el.textContent ?? '');
    memo?.texts.set(el, text);
  }
  return text;
}

/** Word tokens of spaced text (letters/digits, keeping inner apostrophes and hyphens), for matching words against lists. */
export function wordsIn(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words in text in any script (see text-measure): every length threshold of the signals counts these. */
export function wordCount(text: string): number {
  let count = memo?.counts.get(text);
  if (count === undefined) {
    count = countWords(text);
    memo?.counts.set(text, count);
  }
  return count;
}

/** Links inside el (el itself when it is one); nested anchors are invalid HTML, so no double counting. */
export function linksIn(el: Element): Element[] {
  return el.localName === 'a' ? [el] : elementsByTag(el, 'a');
}

export function linkTextLength(el: Element): number {
  return linksIn(el).reduce((sum, a) => sum + textOf(a).length, 0);
}

/** Share of el's visible characters that sit inside links (0 when el has no text). */
export function linkDensity(el: Element): number {
  const length = textOf(el).length;
  return length ? Math.min(1, linkTextLength(el) / length) : 0;
}

/** The text of el that is not inside any link. */
export function nonLinkText(el: Element): string {
  let text = memo?.nonLinkTexts.get(el);
  if (text === undefined) {
    text = collectNonLinkText(el);
    memo?.nonLinkTexts.set(el, text);
  }
  return text;
}

function collectNonLinkText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const link = node.parentElement ? closestTag(node.parentElement, 'a') : null;
    if (!link || !el.contains(link)) parts.push(node.textContent ?? '');
  }
  return collapse(parts.join(' '));
}

/** The first non-blank text node of el, collapsed: usually a label such as "Read more:" or "Tags". */
export function firstTextSegment(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = collapse(node.textContent ?? '');
    if (text) return text;
  }
  return '';
}

/** Lower-case text without leading bullets/brackets or trailing colons, dots, ellipses, arrows. */
export function normalizeLabel(text: string): string {
  let label = memo?.labels.get(text);
  if (label === undefined) {
    label = labelOf(text);
    memo?.labels.set(text, label);
  }
  return label;
}

function labelOf(text: string): string {
  return trimToLettersAndDigits(collapse(text).toLowerCase().replace(/[’`]/g, "'"));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** LETTER_OR_DIGIT.test(ch) for one code point: ASCII answered without the pattern (its letters and digits are A–Z, a–z, 0–9). */
export function isLetterOrDigit(ch: string): boolean {
  if (ch.length === 1 && ch < '\x80') return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * `text` without the characters other than letters and digits at either end (as
 * `.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '')`), looking at the ends only:
 * the end-anchored pattern tries every position of a long text.
 */
export function trimToLettersAndDigits(text: string): string {
  let start = 0;
  for (; start < text.length; start += codePointLength(text, start)) {
    if (isLetterOrDigit(String.fromCodePoint(text.codePointAt(start)!))) break;
  }
  let end = text.length;
  while (end > start) {
    const last = isLowSurrogate(text.charCodeAt(end - 1)) && end - 2 >= start && isHighSurrogate(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
    if (isLetterOrDigit(text.slice(last, end))) break;
    end = last;
  }
  return text.slice(start, end);
}

function codePointLength(text: string, at: number): number {
  return isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Dates and short category/time labels that sit next to a headline link in a list item. */
export const DATE_LIKE =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}|\d+ (?:min|mins|minutes|hours?|days?) ago)\b/i;

/** The registrable part of a host: last two labels, or three under a short second level (co.uk, com.br). */
function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  const keep = labels.length > 2 && (labels.at(-2) ?? '').length <= 3 && (labels.at(-1) ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** A link to the page's own site: promos and related stories point home, sources usually do not. */
export function isSameSiteLink(a: Element): boolean {
  try {
    const page = new URL(a.ownerDocument.baseURI);
    const target = new URL(a.getAttribute('href') ?? '', page);
    return /^https?:$/.test(target.protocol) && siteOf(target.hostname) === siteOf(page.hostname);
  } catch {
    return false;
  }
}
