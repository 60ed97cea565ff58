/**
 * Plain text of an article element with a map back to its text nodes. The quote stage works on
 * the text; highlighting maps quote offsets back to DOM ranges through the same map, so both
 * sides must come from this one function.
 */

/** One text node's share of the plain text: `rawIndex[i]` is the node offset of text character `start + i`. */
export interface TextSegment {
  node: Text;
  start: number;
  rawIndex: number[];
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Not part of the story's running text: captions and credits stay visible but are not body text. */
const SKIPPED_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'MATH']);
const COLLAPSIBLE = /[ \t\n\r\f]/;

type Break = '' | ' ' | '\n' | '\n\n';
const BREAK_RANK: Record<Break, number> = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 };

export function collectText(root: Element, options: { title?: string } = {}): ArticleText {
  const skipHeading = normalize(options.title ?? '');
  const segments: TextSegment[] = [];
  let text = '';
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
      const ch = raw[i]!;
      if (COLLAPSIBLE.test(ch)) {
        if (spaceAt < 0) spaceAt = i;
        requestBreak(' ');
        continue;
      }
      const joinsSegment = segment !== null && pending === ' ' && spaceAt >= 0;
      if (text.length > 0 && pending) text += pending;
      if (joinsSegment) segment!.rawIndex.push(spaceAt);
      pending = '';
      spaceAt = -1;
      if (!segment || segment.start + segment.rawIndex.length !== text.length) {
        segment = { node, start: text.length, rawIndex: [] };
        segments.push(segment);
      }
      segment.rawIndex.push(i);
      text += ch;
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
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) requestBreak('\n\n');
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { text, segments };
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
