/** The popup's side of a page copy (see page-tree.ts for the tab's): an inert document built from it. */
import { parseSanitized } from './html';
import { type ElementCopy, type NodeCopy } from './page-tree';

export { MAX_COPY_DEPTH, MAX_COPY_ELEMENTS, copyPage, pageCopyOf, type ElementCopy, type NodeCopy } from './page-tree';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Builds an inert document from a copy (no script runs, nothing loads: it has no window), with
 * relative URLs resolving against the page's base as they did in the tab. The copy comes from a
 * page, so every part is checked as it is used, and what cannot be built is left out.
 * `copy` is an ElementCopy or its JSON. `win` parses noscript fallbacks, which a page with
 * scripting on holds as text.
 */
export function documentFromCopy(copy: unknown, baseUrl: string, win: Window): Document {
  if (typeof copy === 'string') copy = parseJson(copy);
  const doc = win.document.implementation.createHTMLDocument('');
  const root = isElementCopy(copy) ? build(doc, copy, win) : null;
  if (root?.localName === 'html') doc.replaceChild(root, doc.documentElement);
  if (!doc.head) doc.documentElement.prepend(doc.createElement('head'));
  for (const base of doc.querySelectorAll('base')) base.remove();
  const base = doc.createElement('base');
  base.setAttribute('href', baseUrl);
  doc.head!.prepend(base);
  return doc;
}

/** A copy crosses the message channel as JSON text (see PageCopy in messages.ts). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isElementCopy(value: unknown): value is ElementCopy {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string' && Array.isArray(value[2]) && Array.isArray(value[3]);
}

/**
 * Builds the tree detached, then the caller attaches it once. Index loops and one flat stack (an
 * element, then its copy's children), nothing allocated per node but the node: the popup runs
 * this once, cold, so it runs mostly unoptimized.
 */
function build(doc: Document, rootCopy: ElementCopy, win: Window): Element | null {
  const root = createElement(doc, rootCopy);
  if (!root) return null;
  const pending: Array<Element | NodeCopy[]> = [root, rootCopy[3]];
  while (pending.length) {
    const children = pending.pop() as unknown[];
    const element = pending.pop() as Element;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (typeof child === 'string') element.appendChild(doc.createTextNode(child));
      else if (isElementCopy(child)) {
        const built = createElement(doc, child);
        if (!built) continue;
        element.appendChild(built);
        pending.push(built, child[3]);
      }
    }
    if (element.localName === 'noscript' && element.namespaceURI === HTML_NAMESPACE) parseFallback(element, win);
  }
  return root;
}

function createElement(doc: Document, copy: ElementCopy): Element | null {
  const attributes = copy[2];
  let element: Element;
  try {
    element = doc.createElementNS(copy[1] || HTML_NAMESPACE, copy[0]);
  } catch {
    return null; // a name the parser accepted but the DOM API does not
  }
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    const attributeName = attributes[i];
    const value = attributes[i + 1];
    if (typeof attributeName !== 'string' || typeof value !== 'string') continue;
    try {
      if (attributeName.startsWith('xlink:')) element.setAttributeNS(XLINK_NAMESPACE, attributeName, value);
      else if (attributeName.startsWith('xml:')) element.setAttributeNS(XML_NAMESPACE, attributeName, value);
      else element.setAttribute(attributeName, value);
    } catch {
      // An attribute name only the HTML parser allows (`@click`, `[prop]`): nothing the pipeline reads.
    }
  }
  return element;
}

/** A noscript fallback held as text becomes its sanitized nodes, as a parser with scripting off would make them. */
function parseFallback(noscript: Element, win: Window): void {
  if (noscript.children.length || !/</.test(noscript.textContent ?? '')) return;
  const nodes = parseSanitized(noscript.textContent ?? '', win.document);
  noscript.replaceChildren(noscript.ownerDocument.importNode(nodes, true));
}
