import type { Quote } from './types';
import { collectText, locateOffset } from './text';

/**
 * Wraps each quote in `<mark>` elements through DOM APIs only (never by rebuilding HTML from
 * strings, so page text such as `&lt;script&gt;` stays text). A quote that crosses element
 * boundaries gets one mark per text node piece, all sharing its index.
 */
export function highlightQuotes(root: Element, quotes: Quote[], options: { title?: string } = {}): number {
  const { text, segments } = collectText(root, options);
  const pieces: Array<{ node: Text; from: number; to: number; quote: Quote; index: number }> = [];

  quotes.forEach((quote, index) => {
    const span = findSpan(text, quote);
    if (!span) return;
    for (const segment of segments) {
      const segmentEnd = segment.start + segment.rawIndex.length;
      if (segmentEnd <= span.start || segment.start >= span.end) continue;
      const from = locateOffset([segment], Math.max(span.start, segment.start), 'start');
      const to = locateOffset([segment], Math.min(span.end, segmentEnd), 'end');
      if (from && to) pieces.push({ node: segment.node, from: from.offset, to: to.offset, quote, index });
    }
  });

  // Last piece first: splitting a text node then never shifts the offsets still to be wrapped.
  pieces.sort((a, b) => compareNodes(b.node, a.node) || b.from - a.from);
  // Sorted last first, so a quote's first piece is the last one seen: it is the one made focusable.
  const firstPieceOf = new Map(pieces.map((piece) => [piece.index, piece]));
  for (const piece of pieces) wrap(piece.node, piece.from, piece.to, piece.quote, piece.index, firstPieceOf.get(piece.index) === piece);
  return new Set(pieces.map((piece) => piece.index)).size;
}

/** The quote's offsets when they still point at its text, else its first occurrence. */
function findSpan(text: string, quote: Quote): { start: number; end: number } | null {
  if (text.slice(quote.start, quote.end) === quote.text) return { start: quote.start, end: quote.end };
  const found = text.indexOf(quote.text);
  return found >= 0 ? { start: found, end: found + quote.text.length } : null;
}

function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

function wrap(node: Text, from: number, to: number, quote: Quote, index: number, isFirstPiece: boolean): void {
  if (to < node.data.length) node.splitText(to);
  const middle = from > 0 ? node.splitText(from) : node;
  const mark = node.ownerDocument.createElement('mark');
  mark.className = quote.key ? 'ql-quote ql-key' : 'ql-quote';
  mark.dataset.quote = String(index);
  if (quote.speaker) {
    // Hover shows the title; keyboard focus on the quote's first piece shows the same speaker.
    mark.title = quote.speaker;
    mark.dataset.speaker = quote.speaker;
    if (isFirstPiece) mark.tabIndex = 0;
  }
  middle.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
}
