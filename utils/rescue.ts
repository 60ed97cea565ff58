/**
 * Recall: paragraphs of the story that Readability left out — a lead or standfirst just above the
 * container it chose, a closing paragraph just below it, or one it dropped between siblings.
 * Looks at the original page around the first and last paragraphs Readability kept and brings back
 * neighbouring paragraphs that read as prose, in place, with absolute URLs. Clutter among them is
 * left to declutter, which runs next.
 */
import { absolutizeUrls } from './images';
import { elementsByTag, queryAll } from './walk';
import { linkDensity, textOf, whileUnchanged, wordCount } from './declutter/text';
import { endsSentence } from './text-measure';

const MAX_RESCUED = 3;
const MIN_WORDS = 12;
const SKIPPED_AREAS = 'nav, aside, footer, form, [hidden], [aria-hidden="true"], figure, figcaption, blockquote, li, table';

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A paragraph a reader would take for story text: prose, few links, not inside page furniture. */
function isProse(el: Element): boolean {
  if (el.localName !== 'p') return false;
  const text = textOf(el);
  // The selector test last: it is the slow one in jsdom.
  return wordCount(text) >= MIN_WORDS && endsSentence(text) && linkDensity(el) < 0.25 && !el.closest(SKIPPED_AREAS);
}

function storyParagraphs(root: Element): Element[] {
  return elementsByTag(root, 'p').filter((p) => wordCount(textOf(p)) >= 8);
}

/** The original elements whose texts equal the kept paragraphs' (first match each), in one pass over the page. */
function findOriginals(doc: Document, kept: Element[]): Array<Element | null> {
  const wanted = kept.map((el) => squash(textOf(el)));
  const found: Array<Element | null> = wanted.map(() => null);
  for (const p of elementsByTag(doc, 'p')) {
    const text = squash(textOf(p));
    wanted.forEach((want, i) => {
      if (!found[i] && text === want) found[i] = p;
    });
    if (found.every(Boolean)) break;
  }
  return found;
}

/** Sibling paragraphs in one direction from el, then from its parent and grandparent, while they are prose. */
function neighbours(el: Element, direction: 'before' | 'after', known: () => Set<string>): Element[] {
  const found: Element[] = [];
  for (let node: Element | null = el, depth = 0; node && depth < 3 && !node.matches('body'); node = node.parentElement, depth++) {
    for (let sibling = step(node, direction); sibling && found.length < MAX_RESCUED; sibling = step(sibling, direction)) {
      if (!textOf(sibling)) continue; // images and spacers do not break the run
      const paragraph = sibling.localName === 'p' ? sibling : onlyParagraph(sibling);
      if (!paragraph || !isProse(paragraph)) return found;
      if (known().has(squash(textOf(paragraph)))) continue;
      found.push(paragraph);
    }
  }
  return found;
}

function step(el: Element, direction: 'before' | 'after'): Element | null {
  return direction === 'before' ? el.previousElementSibling : el.nextElementSibling;
}

/** A wrapper holding a single paragraph and nothing else ("<div class=lead><p>…</p></div>"). */
function onlyParagraph(el: Element): Element | null {
  const paragraphs = elementsByTag(el, 'p');
  return paragraphs.length === 1 && textOf(paragraphs[0]!) === textOf(el) ? paragraphs[0]! : null;
}

/** Adds the story paragraphs Readability dropped next to its article; returns how many. */
export function rescueParagraphs(doc: Document, body: Element): number {
  const kept = storyParagraphs(body);
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return 0;
  // Nothing changes while the candidates are looked for, so texts are measured once.
  const { before, after } = whileUnchanged(() => {
    // The kept texts are squashed only once a neighbour reads as prose (most pages have none).
    let keptTexts: Set<string> | undefined;
    const known = () => (keptTexts ??= new Set(queryAll(body, 'p, li').map((el) => squash(textOf(el)))));
    const [origFirst, origLast] = findOriginals(doc, [first, last]);
    return {
      before: origFirst ? neighbours(origFirst, 'before', known) : [],
      after: origLast ? neighbours(origLast, 'after', known) : [],
    };
  });
  const adopt = (original: Element) => {
    const copy = body.ownerDocument.importNode(original, true) as Element;
    absolutizeUrls(copy, doc.baseURI);
    return copy;
  };
  // Nearest first in `before`, so each goes in front of the previous one.
  let anchor = first;
  for (const original of before) {
    const copy = adopt(original);
    anchor.before(copy);
    anchor = copy;
  }
  anchor = last;
  for (const original of after) {
    const copy = adopt(original);
    anchor.after(copy);
    anchor = copy;
  }
  return before.length + after.length;
}
