/**
 * Plain text of an article element with a map back to its text nodes. The quote stage works on
 * the text; highlighting maps quote offsets back to DOM ranges through the same map, so both
 * sides must come from this one function.
 */

import { countLetters } from './text-measure';

/** One text node's share of the plain text: `rawIndex[i]` is the node offset of text character `start + i`. */
export interface TextSegment {
  node: Text;
  start: number;
  rawIndex: number[];
}

/** A stretch of the plain text: `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
  /** Where link text stands: quoted words there are someone's link, not the story's own report. */
  links: TextRange[];
  /**
   * Headline-like blocks: headings, and short blocks whose text is mostly one link (a list of other
   * stories that survived declutter). Quotes there belong to other stories' headlines.
   */
  headlines: TextRange[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Not part of the story's running text: captions and credits stay visible but are not body text. */
const SKIPPED_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'MATH']);
const HEADING = /^H[1-6]$/;
/** A block longer than this is running text, whatever its links. */
const MAX_HEADLINE_CHARS = 300;
/** Share of a block's letters inside its longest link for the block to read as a linked headline. */
const HEADLINE_LINK_SHARE = 0.6;

type Break = '' | ' ' | '\n' | '\n\n';
const BREAK_RANK: Record<Break, number> = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 };

export function collectText(root: Element, options: { title?: string } = {}): ArticleText {
  const skipHeading = normalize(options.title ?? '');
  const segments: TextSegment[] = [];
  const links: TextRange[] = [];
  const headlines: TextRange[] = [];
  // The text one character an entry, joined once at the end: a string grown by `+=` and read
  // between appends (trimRange, isHeadlineLike) would be copied whole at every read.
  const chars: string[] = [];
  let pending: Break = '';

  const requestBreak = (kind: Break) => {
    if (BREAK_RANK[kind] > BREAK_RANK[pending]) pending = kind;
  };

  const visitText = (node: Text) => {
    const raw = node.data;
    let segment: TextSegment | null = null;
    // Index of the whitespace in this node that a collapsed space stands for, so one node's
    // words stay one segment (and one mark when highlighted).
    let spaceAt = -1;
    for (let i = 0; i < raw.length; i++) {
      if (isCollapsible(raw.charCodeAt(i))) {
        if (spaceAt < 0) spaceAt = i;
        requestBreak(' ');
        continue;
      }
      const joinsSegment = segment !== null && pending === ' ' && spaceAt >= 0;
      if (chars.length > 0 && pending) for (const breakChar of pending) chars.push(breakChar);
      if (joinsSegment) segment!.rawIndex.push(spaceAt);
      pending = '';
      spaceAt = -1;
      if (!segment || segment.start + segment.rawIndex.length !== chars.length) {
        segment = { node, start: chars.length, rawIndex: [] };
        segments.push(segment);
      }
      segment.rawIndex.push(i);
      chars.push(raw[i]!);
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) return visitText(node as Text);
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) return;
    if (skipHeading && /^H[12]$/.test(tag) && normalize(element.textContent ?? '') === skipHeading) return;
    if (tag === 'BR') return requestBreak('\n');
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) requestBreak('\n\n');
    const from = chars.length;
    const linksBefore = links.length;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    const isLink = tag === 'A';
    const range = isLink || isBlock ? trimRange(chars, from, chars.length) : null;
    if (isLink && range) links.push(range);
    if (isBlock && range && isHeadlineLike(chars, tag, range, links, linksBefore)) headlines.push(range);
    if (isBlock) requestBreak('\n\n');
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { text: chars.join(''), segments, links, headlines };
}

/** Whitespace that collapses to one space: space, tab, line feed, carriage return, form feed. */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** The range without the break or space that leads into it; null when nothing is left. */
function trimRange(chars: string[], start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(chars[start]!)) start++;
  while (end > start && /\s/.test(chars[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** A heading, or a short block whose longest link (among `links` from `firstLink` on) holds most of its letters. */
function isHeadlineLike(chars: string[], tag: string, block: TextRange, links: TextRange[], firstLink: number): boolean {
  if (HEADING.test(tag)) return true;
  if (block.end - block.start > MAX_HEADLINE_CHARS || links.length === firstLink) return false;
  const linksInside = links.slice(firstLink);
  const letters = countLetters(chars.slice(block.start, block.end).join(''));
  const longestLink = Math.max(...linksInside.map((link) => countLetters(chars.slice(link.start, link.end).join(''))));
  return letters > 0 && longestLink / letters >= HEADLINE_LINK_SHARE;
}

function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The text node and offset holding text character `offset` (or just past it, for an end). */
export function locateOffset(
  segments: TextSegment[],
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  const char = edge === 'start' ? offset : offset - 1;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    if (char < segment.start) high = mid - 1;
    else if (char >= segment.start + segment.rawIndex.length) low = mid + 1;
    else {
      const raw = segment.rawIndex[char - segment.start]!;
      return { node: segment.node, offset: edge === 'start' ? raw : raw + 1 };
    }
  }
  return null;
}
