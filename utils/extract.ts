import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { markCommentSections } from './comments-pre';
import { markHints } from './hints';
import { revealLazyImages } from './images';
import { rescueParagraphs } from './rescue';
import { keepSocialEmbeds } from './social-embeds';
import { elementsByTag, someElementBelow } from './walk';
import { withoutSiteName } from './title';

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
export function extractArticle(doc: Document, maxElements: number = ELEMENT_LIMIT.awayFromPage): ReadabilityResult | null {
  checkPageSize(doc, maxElements);
  const readerable = isProbablyReaderable(doc, { visibilityChecker: isVisibleToReadability });
  const clone = cloneForReadability(doc);
  // Social posts the story embeds would be dropped as link-heavy boxes: made plain quotes first.
  keepSocialEmbeds(clone);
  // Class names are gone after Readability; what they said about roles is kept as hints.
  markHints(clone);
  markCommentSections(clone);
  revealLazyImages(clone, doc);
  // The serializer hands back the element itself: later stages work on DOM, never on HTML strings.
  const parsed = new QuickQueryReadability<HTMLElement>(clone, {
    serializer: (node) => node as HTMLElement,
    maxElemsToParse: maxElements,
  }).parse();
  if (!parsed || !parsed.content) return null;
  rescueParagraphs(doc, parsed.content);
  const siteName = clean(parsed.siteName);
  return {
    body: parsed.content,
    // Readability's title, less a site name it kept from og:title or JSON-LD (see title.ts).
    title: withoutSiteName((parsed.title ?? '').trim(), doc, siteName),
    byline: clean(parsed.byline),
    siteName,
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? clean(doc.documentElement.getAttribute('lang')),
    dir: clean(parsed.dir),
    excerpt: clean(parsed.excerpt),
    readerable,
  };
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * Readability with the same algorithm and result, but two private helpers answered more cheaply:
 * `querySelectorAll("style")` and the like, and building every element's `style`, are much of its
 * time in jsdom. If a later Readability drops these hooks, the overrides are simply never called.
 */
/** The private Readability 0.6.0 helper we fall back to (absent from its type declarations). */
interface ReadabilityInternals {
  _isProbablyVisible(node: Element): boolean;
  DIV_TO_P_ELEMS: Set<string>;
}

export class QuickQueryReadability<T> extends Readability<T> {
  _getAllNodesWithTag(node: Document | Element, tagNames: string[]): Element[] {
    // Elements come back in document order, as querySelectorAll gives them.
    const perTag = tagNames.map((tag) => elementsByTag(node, tag)).filter((found) => found.length > 0);
    if (perTag.length <= 1) return perTag[0] ?? [];
    // Several tags present: one walk keeps document order. Selectors ignore case on HTML elements only.
    const wanted = new Set(tagNames.map((tag) => tag.toLowerCase()));
    return elementsByTag(node).filter((el) => wanted.has(el.localName) && (el.namespaceURI === HTML_NAMESPACE || tagNames.includes(el.localName)));
  }

  /** An element with none of the attributes Readability's visibility test reads is visible; jsdom builds `style` slowly. */
  _isProbablyVisible(node: Element): boolean {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return (Readability.prototype as unknown as ReadabilityInternals)._isProbablyVisible.call(this, node);
  }

  /**
   * Readability 0.6.0's test, with `!node.textContent.trim().length` answered by a walk that stops
   * at the first text node holding more than whitespace: it runs for every div of the page, and
   * building each div's whole text made that walk quadratic in the nesting depth.
   */
  _isElementWithoutContent(node: Element): boolean {
    return (
      node.nodeType === 1 &&
      !holdsNonBlankText(node) &&
      (!node.children.length || node.children.length == node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  }

  /** Readability 0.6.0's recursion over childNodes, as one walk over descendant elements that stops at the first block. */
  _hasChildBlockElement(element: Element): boolean {
    const blocks = (this as unknown as ReadabilityInternals).DIV_TO_P_ELEMS;
    return someElementBelow(element, (el) => blocks.has(el.tagName));
  }
}

/**
 * Whether `root.textContent.trim()` is non-empty: its text is its Text nodes' data joined, so it
 * is blank exactly when every one of them is. Stops at the first that is not.
 */
export function holdsNonBlankText(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      if ((node as CharacterData).data.trim().length) return true;
    } else if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/**
 * isProbablyReaderable's own visibility test, answered at once for an element without the three
 * attributes it reads: building `style` is slow in jsdom, and most elements have none.
 */
export function isVisibleToReadability(node: Node): boolean {
  const el = node as Element & { style?: CSSStyleDeclaration; className?: { includes?: (part: string) => boolean } };
  if (!el.hasAttribute('style') && !el.hasAttribute('hidden') && !el.hasAttribute('aria-hidden')) return true;
  // Readability 0.6.0's isNodeVisible, as it is written.
  return (
    (!el.style || el.style.display != 'none') &&
    !el.hasAttribute('hidden') &&
    (!el.hasAttribute('aria-hidden') || el.getAttribute('aria-hidden') != 'true' || Boolean(el.className && el.className.includes && el.className.includes('fallback-image')))
  );
}

/** What Readability reads in <head>: the title, meta tags, the base URL and JSON-LD metadata. */
const HEAD_KEPT = new Set(['title', 'meta', 'base']);

function isKeptInHead(el: Element): boolean {
  return HEAD_KEPT.has(el.localName) || (el.localName === 'script' && el.getAttribute('type') === 'application/ld+json');
}

/**
 * A deep clone of the page without the parts of <head> Readability never reads (styles, scripts,
 * preloads): cheaper to copy and to parse, same result. The document clone keeps the URL and mode.
 */
export function cloneForReadability(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    copy.appendChild(node === doc.documentElement ? cloneRoot(doc.documentElement, doc.head, copy) : copy.importNode(node, true));
  }
  return copy;
}

function cloneRoot(root: Element, head: Element | null, copy: Document): Element {
  const rootCopy = copy.importNode(root, false);
  for (let part = root.firstChild; part; part = part.nextSibling) {
    if (part !== head) {
      rootCopy.appendChild(copy.importNode(part, true));
      continue;
    }
    const headCopy = rootCopy.appendChild(copy.importNode(head, false));
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) if (isKeptInHead(el)) headCopy.appendChild(copy.importNode(el, true));
  }
  return rootCopy;
}

/** Why a page was not read: it would freeze the tab. Said to the user in a sentence. */
export class PageTooLargeError extends Error {}

/**
 * Extraction time is bounded up front: Readability's cost grows with element count and, steeply,
 * with nesting depth (and cloning very deep trees overflows the stack). Real articles stay far
 * below both limits. Inside the page (the command or menu before any popup read it) a long read
 * would freeze the tab, so the element limit is lower there than away from the page (the popup
 * reading its copy, the command line), where 50,000-element pages are read in about linear time.
 */
export const ELEMENT_LIMIT = { inPage: 30_000, awayFromPage: 100_000 } as const;
const MAX_DEPTH = 250;

function checkPageSize(doc: Document, maxElements: number): void {
  const root = doc.documentElement;
  if (!root) return;
  // One iterative walk (recursion is what we are guarding against) counts elements and depth.
  let elements = 0;
  let deepest = 0;
  let depth = 1;
  for (let el: Element | null = root; el; ) {
    elements++;
    if (depth > deepest) deepest = depth;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  if (elements > maxElements) throw new PageTooLargeError('This page is too large to read in reader view.');
  if (deepest > MAX_DEPTH) throw new PageTooLargeError('This page is nested too deeply to read in reader view.');
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
