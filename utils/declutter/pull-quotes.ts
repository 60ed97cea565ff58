/**
 * Signal: pull quotes — a quote box that repeats a sentence of the story for effect. The story
 * keeps the sentence once; the repeat goes.
 */
import { HINT_ATTRIBUTE, hintOf } from '../hints';
import { type Candidate, isCovered } from './blocks';
import { textOf, wordCount } from './text';
import { elementsByTag, queryAll, wrappersOf } from '../walk';

/** Where a pull quote stands: `blockquote, aside, figure, q, [data-ql-hint="pullquote"]`. */
const BOX_TAGS = new Set(['blockquote', 'aside', 'figure', 'q']);
const MIN_CHARS = 30;

/** The boxes under root in document order, read by tag name and hint: jsdom's selector engine costs more, most on its first use. */
export function pullQuoteBoxes(root: Element): Element[] {
  return elementsByTag(root).filter((el) => BOX_TAGS.has(el.localName) || el.getAttribute(HINT_ATTRIBUTE) === 'pullquote');
}

/** Letters and digits only, lower-cased: quote marks, dashes and spacing differ between the two copies. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Leaf {
  el: Element;
  text: string;
}

/** The story's innermost blocks with their squashed text (built once, and only when some box may be a pull quote). */
function storyLeaves(root: Element): Leaf[] {
  const wrappers = wrappersOf(queryAll(root, 'p, li, div'));
  return queryAll(root, 'p, li, h2, h3, h4, div')
    .filter((el) => !wrappers.has(el))
    .map((el) => ({ el, text: squash(textOf(el)) }));
}

export function findPullQuotes(root: Element): Candidate[] {
  const found: Candidate[] = [];
  const boxes = pullQuoteBoxes(root);
  if (boxes.length === 0) return found;
  let leaves: Leaf[] | undefined;
  for (const box of boxes) {
    if (isCovered(found, box)) continue;
    const quote = squash(textOf(box));
    if (quote.length < MIN_CHARS || wordCount(textOf(box)) > 80) continue;
    leaves ??= storyLeaves(root);
    // The rest of the story, without this box: the quote must already be there. A squashed text has
    // no separators, so the quote is in the rest exactly when it is in one of the rest's leaves.
    const rest = leaves.filter(({ el }) => !box.contains(el) && !el.contains(box));
    const inRest = (words: string) => rest.some(({ text }) => text.includes(words));
    const repeats = inRest(quote) || (hintOf(box) === 'pullquote' && inRest(quote.slice(0, Math.max(MIN_CHARS, quote.length - 10))));
    if (repeats) found.push({ kind: 'pull-quote', nodes: [box] });
  }
  return found;
}

