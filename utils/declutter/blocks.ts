/** DOM-shape helpers: what counts as a heading, as story prose, and how far a clutter block reaches. */
import type { RemovedKind } from '../types';
import { linkDensity, nonLinkText, textOf, wordCount } from './text';
import { hasTagBelow, isTag, queryAll, wrappersOf } from '../walk';
import { endsWithStop, hasSentenceEnd } from '../text-measure';

/** A clutter block found by one signal: the nodes to remove together and why. */
export interface Candidate {
  kind: RemovedKind;
  nodes: Element[];
}

/** True when el is (inside) a node some candidate already claims: signals keep the outermost block. */
export function isCovered(found: Candidate[], el: Element): boolean {
  return found.some((c) => c.nodes.some((n) => n.contains(el)));
}

const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table';
const BLOCKS = 'p, li, blockquote, dd, dt, div, section, aside, article, td, pre';

/** No visible text and no media: a leftover wrapper. */
export function isEmptyBlock(el: Element): boolean {
  return !textOf(el) && !isTag(el, MEDIA) && !hasTagBelow(el, MEDIA);
}

/**
 * True when el holds a paragraph of running prose (many non-link words, sentence punctuation).
 * The list, heading and teaser signals refuse such a block (losing story text costs more than
 * keeping clutter); the label-like signals are capped by length instead.
 */
export function hasStoryProse(el: Element): boolean {
  const inner = queryAll(el, BLOCKS);
  const wrappers = wrappersOf(inner);
  const leaves = [el, ...inner].filter((block) => !wrappers.has(block));
  return leaves.some((leaf) => {
    const words = nonLinkText(leaf);
    return wordCount(words) >= 20 && hasSentenceEnd(words);
  });
}

/** Next/previous element sibling that is not an empty wrapper. */
export function nextNonEmpty(el: Element): Element | null {
  let sibling = el.nextElementSibling;
  while (sibling && isEmptyBlock(sibling)) sibling = sibling.nextElementSibling;
  return sibling;
}

export function previousNonEmpty(el: Element): Element | null {
  let sibling = el.previousElementSibling;
  while (sibling && isEmptyBlock(sibling)) sibling = sibling.previousElementSibling;
  return sibling;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LABEL_TAGS = new Set(['p', 'div', 'strong', 'b', 'span', 'header', 'em']);

/** A title over a block: a real heading, or a short unlinked label line ("More stories", "<strong>Related</strong>"). */
export function isHeadingLike(el: Element): boolean {
  // Tag names looked up, not matched by the selector engine: this runs for most blocks of the body.
  if (HEADING_TAGS.has(el.localName)) return wordCount(textOf(el)) <= 12;
  if (!LABEL_TAGS.has(el.localName)) return false;
  const text = textOf(el);
  // A sentence ends in . ! ? (。 ！ ？ …); a label may trail off ("You may also like...").
  const endsSentence = endsWithStop(text) && !/(\.\.\.|…)["'”’»)）」』]*$/.test(text);
  return wordCount(text) >= 1 && wordCount(text) <= 8 && !endsSentence && linkDensity(el) < 0.5;
}

/**
 * Grows a group of sibling nodes to the wrapper that holds nothing else
 * (a <section> around a heading and its list), stopping at root.
 */
export function expandToWrapper(nodes: Element[], root: Element): Element[] {
  let group = nodes;
  for (;;) {
    const parent = group[0]?.parentElement;
    if (!parent || parent === root || !root.contains(parent)) return group;
    // Sibling pointers, not copies of parent.children and childNodes: this runs for every candidate run.
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (!group.includes(child) && !isEmptyBlock(child)) return group;
    }
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && (node.textContent ?? '').trim()) return group;
    }
    group = [parent];
  }
}

/** Adds the heading directly above the group, then the wrapper that now holds only both. */
export function withHeadingAbove(nodes: Element[], root: Element): Element[] {
  const group = expandToWrapper(nodes, root);
  const above = group[0] && previousNonEmpty(group[0]);
  if (!above || !isHeadingLike(above)) return group;
  return expandToWrapper([above, ...group], root);
}
