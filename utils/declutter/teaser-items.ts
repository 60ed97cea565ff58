/**
 * What one item of a headline list or recommendation widget is made of: a headline link to
 * another story, alone on its line, with at most a short label before it (rank, category, date)
 * and, after it, meta lines (date, byline, category, reading time, source) and one excerpt.
 * Recognised by that shape, not by link density: an item with an excerpt is mostly unlinked text.
 */
import { isSameSiteLink, linksIn, textOf, wordCount } from './text';
import { endsWithStop } from '../text-measure';
import { closestTag, elementsByTag, hasTagBelow, isTag, queryAll } from '../walk';

/** Elements that start a new line: the headline must fill its own line, not sit in a sentence. */
const LINE_BREAKING = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section table tr td ul'.split(' '),
);
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, missing as a global outside a browser

const MAX_ITEM_WORDS = 130;
const MAX_BEFORE_WORDS = 4;
/** A kicker over a card's headline ("THE LONG WAY HOME"): a short line of its own, no sentence. */
const MAX_KICKER_WORDS = 12;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 30;
const MIN_LINE_SHARE = 0.6;

export interface TeaserItem {
  /** The headline link. */
  lead: Element;
  /** Absolute address it points to, without its #fragment (empty when unparseable). */
  target: string;
  /** It points to a page of this site whose address looks like a story's. */
  toStory: boolean;
  /**
   * A card (a picture, and the headline in a heading or a time stamp beside it) pointing to a
   * story's address on another site: an aggregator's or a partner's teaser.
   */
  cardElsewhere: boolean;
}

/** An element that starts its own line, or holds elements that do (a card made of <span>s holding <div>s). */
export function isBlockLevel(el: Element): boolean {
  return LINE_BREAKING.has(el.localName) || Array.from(el.children).some((child) => LINE_BREAKING.has(child.localName));
}

/** The item read as a story teaser, or null when it is anything else (a sentence that links, a name, a menu entry). */
export function teaserItem(item: Element): TeaserItem | null {
  const text = textOf(item);
  if (!text || wordCount(text) > MAX_ITEM_WORDS) return null;
  const lead = linksIn(item).find((a) => isHeadlineSized(headlineOf(a)));
  if (!lead) return null;
  // A second, different story link with a headline makes the item a list of its own.
  const target = targetOf(lead);
  const others = linksIn(item).filter((a) => a !== lead && targetOf(a) !== target && isHeadlineSized(textOf(a)));
  if (others.length > 1) return null;
  if (wordCount(textBefore(item, lead)) > MAX_BEFORE_WORDS && !hasKickerOnly(item, lead)) return null;
  if (!fillsItsLine(lead, item)) return null;
  const sameSite = isSameSiteLink(lead);
  const story = looksLikeStoryAddress(target);
  return { lead, target, toStory: sameSite && story, cardElsewhere: !sameSite && story && isCard(item, lead) };
}

/** Everything before the headline is one short line in a block of its own, not a sentence: a kicker. */
function hasKickerOnly(item: Element, lead: Element): boolean {
  const before = textBefore(item, lead).replace(/\s+/g, ' ').trim();
  if (wordCount(before) > MAX_KICKER_WORDS || endsWithStop(before)) return false;
  const blocks = new Set<Element>();
  const walker = item.ownerDocument.createTreeWalker(item, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (lead.contains(node) || lead.compareDocumentPosition(node) & 4 /* FOLLOWING */) break;
    if (!(node.textContent ?? '').trim()) continue;
    let block = node.parentElement;
    while (block && block !== item && !LINE_BREAKING.has(block.localName)) block = block.parentElement;
    if (!block || block === item || block.contains(lead)) return false;
    blocks.add(block);
  }
  return blocks.size === 1;
}

function isCard(item: Element, lead: Element): boolean {
  return hasTagBelow(item, 'img, picture') && (closestTag(lead, HEADINGS) !== null || hasTagBelow(item, 'time'));
}

/** The headline a link shows: its heading, else its longest block, else its text (cards wrap title, excerpt and source in one link). */
function headlineOf(link: Element): string {
  const heading = queryAll(link, HEADINGS)[0];
  if (heading && textOf(heading)) return textOf(heading);
  const blocks = elementsByTag(link).filter((el) => LINE_BREAKING.has(el.localName) && textOf(el));
  if (blocks.length === 0) return textOf(link);
  return textOf(blocks.reduce((best, el) => (wordCount(textOf(el)) > wordCount(textOf(best)) ? el : best)));
}

function isHeadlineSized(headline: string): boolean {
  const words = wordCount(headline);
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && !/[:：]$/.test(headline);
}

/** Visible text of item before the link: a rank number, category or date is fine, a sentence is not. */
function textBefore(item: Element, lead: Element): string {
  const parts: string[] = [];
  const walker = item.ownerDocument.createTreeWalker(item, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (lead.contains(node) || lead.compareDocumentPosition(node) & 4 /* FOLLOWING */) break;
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

/**
 * The link (or the heading around it) is most of the line it stands on: its line is cut by
 * block elements and <br>, so an excerpt in its own block does not count against it, while the
 * rest of a sentence does.
 */
function fillsItsLine(lead: Element, item: Element): boolean {
  if (elementsByTag(lead).some((el) => LINE_BREAKING.has(el.localName) && textOf(el))) return true;
  // Climb through inline wrappers (<span>, <strong>, <time>…) to the block that holds the line.
  let inline: Element = lead;
  while (inline !== item && inline.parentElement && !LINE_BREAKING.has(inline.parentElement.localName) && inline.parentElement !== item) {
    inline = inline.parentElement;
  }
  const block = inline === item ? item : inline.parentElement ?? item;
  const line = lineAround(block, inline);
  const linkLength = textOf(lead).length;
  return line.length > 0 && linkLength / line.length >= MIN_LINE_SHARE;
}

/** Text of the run of inline siblings around `inline` inside block, between line-breaking elements. */
function lineAround(block: Element, inline: Element): string {
  if (inline === block) return textOf(block);
  const siblings = Array.from(block.childNodes);
  const at = siblings.indexOf(inline);
  const breaks = (node: ChildNode) => node.nodeType === 1 && LINE_BREAKING.has((node as Element).localName);
  let from = at;
  while (from > 0 && !breaks(siblings[from - 1]!)) from--;
  let to = at;
  while (to < siblings.length - 1 && !breaks(siblings[to + 1]!)) to++;
  return siblings
    .slice(from, to + 1)
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function targetOf(link: Element): string {
  try {
    const url = new URL(link.getAttribute('href') ?? '', link.ownerDocument.baseURI);
    url.hash = '';
    return url.href;
  } catch {
    return '';
  }
}

/** First path segments of pages that are not stories: archives, people, search. */
const NOT_A_STORY = /^(?:tags?|topics?|category|categories|authors?|people|profiles?|users?|search|section|sections|subscribe|account|login|about|contact)$/i;

/**
 * A story's address: a slug of four or more words, a long numeric id, a date path
 * (/2024/03/…), a .html page or a ?p=123 permalink. A section front (/news), a tag page or a
 * person's profile (/people/jane-doe) is not one.
 */
export function looksLikeStoryAddress(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  if (segments.length === 0) return /^\?(?:p|id|story|article)=\d+/.test(url.search);
  if (NOT_A_STORY.test(segments[0]!)) return false;
  const path = segments.join('/');
  if (/(?:^|\/)(?:19|20)\d{2}\/[01]?\d(?:\/|$)/.test(path) || /\d{5,}/.test(path)) return true;
  const last = segments[segments.length - 1]!.replace(/\.(?:s?html?|php|aspx?)$/i, '');
  return last.split(/[-_+]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 4;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Repeated items that are mostly story teasers pointing to different stories. `minItems` is 2
 * under a clutter heading and more where the items must speak for themselves.
 */
export function areTeaserItems(items: Element[], minItems: number): TeaserItem[] | null {
  // Links side by side in a sentence are not items: each item stands on its own line(s).
  if (items.length < minItems || !items.every(isBlockLevel)) return null;
  const teasers = items.map(teaserItem).filter((t): t is TeaserItem => t !== null);
  if (teasers.length < minItems || teasers.length / items.length < 0.75) return null;
  const targets = new Set(teasers.map((t) => t.target));
  return targets.size >= teasers.length - 1 ? teasers : null;
}

/**
 * A block under a clutter heading that holds teasers: one teaser, or a wrapper (through single
 * child wrappers) around two or more.
 */
export function isTeaserBlock(el: Element): boolean {
  if (teaserItem(el)) return true;
  let box = el;
  while (box.children.length === 1 && !isTag(box, 'ul, ol')) box = box.children[0]!;
  const items = Array.from(box.children).filter((child) => textOf(child));
  return items.length >= 2 && items.length <= 40 && areTeaserItems(items, 2) !== null;
}
