/** Element listing that stays fast in jsdom, whose live collections are slow to iterate. */

/**
 * The elements under root with the given tag name ('*' for all), in document order, as a snapshot.
 * Indexed access only: iterating a live HTMLCollection (for…of, Array.from) costs far more in jsdom.
 */
export function elementsByTag(root: Document | Element, tag = '*'): Element[] {
  if (treeSnapshots) {
    let lists = treeSnapshots.get(root);
    if (!lists) treeSnapshots.set(root, (lists = new Map()));
    let list = lists.get(tag);
    if (!list) lists.set(tag, (list = listElements(root, tag)));
    return list;
  }
  return listElements(root, tag);
}

/** Element lists per root and tag, kept while `whileUnchanged` runs (signals list the same body and links over and over). */
let treeSnapshots: WeakMap<Document | Element, Map<string, Element[]>> | null = null;

/** Runs `read` with element lists kept; `read` must not change the tree nor the lists it gets. */
export function withTreeSnapshots<T>(read: () => T): T {
  if (treeSnapshots) return read();
  treeSnapshots = new WeakMap();
  try {
    return read();
  } finally {
    treeSnapshots = null;
  }
}

function listElements(root: Document | Element, tag: string): Element[] {
  if (tag === '*') return descendantElements(root);
  const live = root.getElementsByTagName(tag);
  const snapshot: Element[] = new Array(live.length);
  for (let i = 0; i < snapshot.length; i++) snapshot[i] = live[i]!;
  return snapshot;
}

/**
 * Every element below root in document order, as getElementsByTagName('*') lists them, from a
 * TreeWalker showing elements: one call per element, where a walk along element siblings made two
 * or three (about 2.7 times the time, in jsdom and in Chromium alike).
 */
function descendantElements(root: Document | Element): Element[] {
  const all: Element[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_ELEMENT);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) all.push(el as Element);
  return all;
}

/** NodeFilter.SHOW_ELEMENT, written out: jsdom has no global NodeFilter outside its window. */
const SHOW_ELEMENT = 0x1;

const tagSets = new Map<string, Set<string> | null>();

/** The tag names of a selector list made only of tag names ("p, div, li"); null for anything richer. */
function tagsOf(selector: string): Set<string> | null {
  let tags = tagSets.get(selector);
  if (tags === undefined) {
    const names = selector.split(',').map((part) => part.trim());
    tags = names.every((name) => /^[a-z][a-z0-9]*$/.test(name)) ? new Set(names) : null;
    tagSets.set(selector, tags);
  }
  return tags;
}

/**
 * root.querySelectorAll(selector) as an array, with a fast path for plain tag lists:
 * one indexed walk filtered by tag name instead of jsdom's selector engine.
 */
export function queryAll(root: Document | Element, selector: string): Element[] {
  const tags = tagsOf(selector);
  if (!tags) return Array.from(root.querySelectorAll(selector));
  return elementsByTag(root).filter((el) => tags.has(el.localName));
}

/** el.matches(selector), by tag name for a plain tag list ("p, div, li"), without the selector engine. */
export function isTag(el: Element, selector: string): boolean {
  const tags = tagsOf(selector);
  return tags ? tags.has(el.localName) : el.matches(selector);
}

/** el.closest(selector), by tag name for a plain tag list, without the selector engine. */
export function closestTag(el: Element, selector: string): Element | null {
  const tags = tagsOf(selector);
  if (!tags) return el.closest(selector);
  for (let up: Element | null = el; up; up = up.parentElement) if (tags.has(up.localName)) return up;
  return null;
}

/**
 * Whether root has an element matching selector below it (`root.querySelector(selector) !== null`).
 * For a plain tag list: a walk along element siblings that stops at the first, with no selector
 * engine (jsdom compiles each new selector on first use and walks slower than this).
 */
export function hasTagBelow(root: Element, selector: string): boolean {
  const tags = tagsOf(selector);
  if (!tags) return root.querySelector(selector) !== null;
  return someElementBelow(root, (el) => tags.has(el.localName));
}

/** Whether an element below root passes `test`: a walk in document order that stops at the first. */
export function someElementBelow(root: Element, test: (el: Element) => boolean): boolean {
  let el = root.firstElementChild;
  while (el) {
    if (test(el)) return true;
    let next = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return false;
}

/** Every element that has one of `inner` below it: walks up from each, stopping where an earlier walk did. */
export function wrappersOf(inner: Iterable<Element>): Set<Element> {
  const wrappers = new Set<Element>();
  for (const el of inner) {
    for (let up = el.parentElement; up && !wrappers.has(up); up = up.parentElement) wrappers.add(up);
  }
  return wrappers;
}

/** Elements under root carrying the attribute: querySelectorAll(`[name]`) without jsdom's selector engine. */
export function withAttribute(root: Document | Element, name: string): Element[] {
  return elementsByTag(root).filter((el) => el.hasAttribute(name));
}
