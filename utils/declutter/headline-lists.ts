/**
 * Signal: headline lists and recommendation widgets ("Top Headlines", "Most read", related posts,
 * sponsored boxes). A list — a <ul>/<ol>, or a run of repeated same-tag sibling blocks — whose
 * items are either mostly one headline-sized link (the link-dense kind) or story teasers (a
 * headline link to another story, with thumbnail, date, byline or excerpt: see teaser-items.ts).
 * Removed with the heading above it.
 */
import { type Candidate, expandToWrapper, hasStoryProse, isCovered, isHeadingLike, previousNonEmpty, withHeadingAbove } from './blocks';
import { isClutterHeadingText } from './clutter-headings';
import { areTeaserItems, isBlockLevel, looksLikeStoryAddress } from './teaser-items';
import { DATE_LIKE, isSameSiteLink, linkDensity, linksIn, nonLinkText, textOf, wordCount } from './text';
import { elementsByTag, queryAll } from '../walk';

const MIN_ITEMS = 3;
const MIN_HEADLINE_SHARE = 0.7;
/** Without a clutter heading, a teaser list must leave at least this share of the body's words. */
const MIN_STORY_LEFT = 0.4;
const MAX_TEASERS = 40;

/** An item that is mostly one headline-sized link, with at most a date/category beside it. */
export function isHeadlineItem(item: Element): boolean {
  const text = textOf(item);
  if (!text || wordCount(text) > 50) return false;
  const links = linksIn(item).filter((a) => textOf(a));
  if (links.length === 0 || links.length > 3) return false;
  if (Math.max(...links.map((a) => wordCount(textOf(a)))) < 3) return false;
  // Prose around the link means it is a story sentence that happens to link, not a headline.
  return linkDensity(item) >= 0.5 && wordCount(nonLinkText(item).replace(DATE_LIKE, ' ')) <= 8;
}

export function findHeadlineLists(root: Element): Candidate[] {
  const found: Candidate[] = [];
  const taken = (el: Element) => isCovered(found, el) || found.some((c) => c.nodes.some((n) => el.contains(n)));

  for (const list of queryAll(root, 'ul, ol')) {
    if (taken(list)) continue;
    const items = Array.from(list.children).filter((li) => textOf(li));
    if (isLinkDenseList(items, list) || isTeaserList(items, root)) {
      found.push({ kind: 'headline-list', nodes: withHeadingAbove([list], root) });
    }
  }

  // The link-dense shape without list markup: consecutive sibling blocks that are each a headline link.
  for (const parent of [root, ...queryAll(root, 'div, section, aside, article, nav, header, footer')]) {
    if (taken(parent)) continue;
    for (const run of headlineRuns(parent)) {
      if (run.some(taken) || run.some(hasStoryProse)) continue;
      found.push({ kind: 'headline-list', nodes: withHeadingAbove(run, root) });
    }
  }

  // Teaser cards without list markup: consecutive same-tag sibling blocks (<article>s, <div>s).
  for (const parent of [root, ...elementsByTag(root)]) {
    if (parent.childElementCount < 2 || isList(parent) || isCovered(found, parent)) continue;
    for (const run of sameTagRuns(parent)) {
      if (!run.some(taken) && isTeaserList(run, root)) found.push({ kind: 'headline-list', nodes: withHeadingAbove(run, root) });
    }
  }
  // Headlines side by side with nothing between them, inside a line (a name's hover card listing its stories).
  for (const parent of elementsByTag(root)) {
    const run = adjacentHeadlineLinks(parent);
    if (run.length < 2 || run.some(taken)) continue;
    const box = soleWrapper(parent, root);
    if (wordCount(nonLinkText(box)) <= 6 && !taken(box)) found.push({ kind: 'headline-list', nodes: [box] });
  }
  return found;
}

/** The longest run of parent's child links with only spaces or separators between, each a headline to a story of this site. */
function adjacentHeadlineLinks(parent: Element): Element[] {
  let best: Element[] = [];
  let run: Element[] = [];
  // Sibling pointers, not parent.childNodes: jsdom's child lists are slow to walk on a wide parent.
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === 'a' && isHeadlineLink(node as Element)) run.push(node as Element);
    else if (node.nodeType !== 3 || !/^[\s|•·]*$/.test(node.textContent ?? '')) run = [];
    if (run.length > best.length) best = [...run];
  }
  return best;
}

function isHeadlineLink(a: Element): boolean {
  if (wordCount(textOf(a)) < 4 || !isSameSiteLink(a)) return false;
  try {
    return looksLikeStoryAddress(new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI).href);
  } catch {
    return false;
  }
}

/** el, or its outermost ancestor below root that shows nothing besides it. */
function soleWrapper(el: Element, root: Element): Element {
  let box = el;
  while (box.parentElement && box.parentElement !== root && textOf(box.parentElement) === textOf(box)) box = box.parentElement;
  return box;
}

/** Maximal runs of >= MIN_ITEMS consecutive non-list children that are headline items. */
function headlineRuns(parent: Element): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) runs.push(run);
    run = [];
  };
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (!textOf(child)) continue; // empty spacers do not break a run
    if (!isList(child) && isHeadlineItem(child)) run.push(child);
    else close();
  }
  close();
  return runs;
}

function isLinkDenseList(items: Element[], list: Element): boolean {
  if (items.length < MIN_ITEMS) return false;
  return items.filter(isHeadlineItem).length / items.length >= MIN_HEADLINE_SHARE && !hasStoryProse(list);
}

/**
 * Items that are story teasers. Under a clutter heading two are enough, in any language the
 * heading list knows; without one, three or more that point to stories of this site (or cards
 * pointing to stories elsewhere), and the list may not be most of the body (a round-up story is
 * such a list).
 */
function isTeaserList(items: Element[], root: Element): boolean {
  // Widgets show a handful of stories; a long run (a page of spans, an archive) is not one, and is costly to weigh.
  if (items.length < 2 || items.length > MAX_TEASERS || !items.every(isBlockLevel)) return false;
  if (hasClutterHeading(items, root)) return areTeaserItems(items, 2) !== null;
  const teasers = areTeaserItems(items, MIN_ITEMS);
  if (!teasers || teasers.filter((t) => t.toStory || t.cardElsewhere).length / items.length < 0.75) return false;
  const listWords = items.reduce((sum, item) => sum + wordCount(textOf(item)), 0);
  return wordCount(textOf(root)) - listWords >= MIN_STORY_LEFT * wordCount(textOf(root));
}

function hasClutterHeading(items: Element[], root: Element): boolean {
  const group = expandToWrapper(items, root);
  const above = group[0] && previousNonEmpty(group[0]);
  return !!above && isHeadingLike(above) && isClutterHeadingText(textOf(above));
}

/** Maximal runs of consecutive children with the same tag (empty spacers skipped), lists excluded. */
function sameTagRuns(parent: Element): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (!textOf(child)) continue; // empty spacers and bare images do not break a run
    if (run.length > 0 && (child.localName !== run[0]!.localName || isList(child))) {
      runs.push(run);
      run = [];
    }
    if (!isList(child)) run.push(child);
  }
  runs.push(run);
  return runs.filter((r) => r.length >= 2);
}

function isList(el: Element): boolean {
  return el.localName === 'ul' || el.localName === 'ol';
}
