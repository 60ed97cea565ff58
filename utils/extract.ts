import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { markHints } from './hints';
import { revealLazyImages } from './images';
import { rescueParagraphs } from './rescue';

/** What Readability found, with the article body still a live element of the cloned document. */
export interface ReadabilityResult {
  /** The article body: a detached-from-page element owned by the cloned document. */
  body: HTMLElement;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  readerable: boolean;
}

/**
 * Runs Readability on a clone so the page the user is reading is never touched
 * (Readability rewrites the document it is given). Before it: role hints from class names and
 * lazy images made real; after it: story paragraphs it dropped next to the article come back.
 * Relative URLs resolve against the document's base, which the clone keeps. Returns null when
 * no article is found.
 */
export function extractArticle(doc: Document): ReadabilityResult | null {
  checkPageSize(doc);
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  // Class names are gone after Readability; what they said about roles is kept as hints.
  markHints(clone);
  revealLazyImages(clone, doc);
  // The serializer hands back the element itself: later stages work on DOM, never on HTML strings.
  const parsed = new Readability<HTMLElement>(clone, {
    serializer: (node) => node as HTMLElement,
    maxElemsToParse: MAX_ELEMENTS,
  }).parse();
  if (!parsed || !parsed.content) return null;
  rescueParagraphs(doc, parsed.content);
  return {
    body: parsed.content,
    title: (parsed.title ?? '').trim(),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? clean(doc.documentElement.getAttribute('lang')),
    dir: clean(parsed.dir),
    excerpt: clean(parsed.excerpt),
    readerable,
  };
}

/** Why a page was not read: it would freeze the tab. Said to the user in a sentence. */
export class PageTooLargeError extends Error {}

/**
 * Extraction runs in the page's own tab, so its time is bounded up front: Readability's cost
 * grows with element count and, steeply, with nesting depth (and cloning very deep trees
 * overflows the stack). Real articles stay far below both limits.
 */
const MAX_ELEMENTS = 30_000;
const MAX_DEPTH = 250;

function checkPageSize(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) throw new PageTooLargeError('This page is too large to read in reader view.');
  // Iterative walk: recursion is what we are guarding against.
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) throw new PageTooLargeError('This page is nested too deeply to read in reader view.');
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
