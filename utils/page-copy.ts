import { parseSanitized } from './html';

/**
 * A page's DOM as plain data, so the popup can read a tab in its own process and the tab only
 * pays for a walk over its elements. Not HTML on purpose: serialized HTML parses back into a
 * different tree in places (noscript with scripting off, MathML/SVG islands, nestings that
 * scripts built but the parser would not), which mXSS markup uses to swallow the rest of a page.
 *
 * An element is [localName, namespace, attributes as name/value pairs, children]; text is a string.
 */
export type NodeCopy = string | ElementCopy;
export type ElementCopy = [name: string, namespace: string, attributes: string[], children: NodeCopy[]];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Never read by the pipeline, often most of a news page's bytes; JSON-LD stays (Readability reads its metadata). */
function isSkipped(element: Element): boolean {
  const name = element.localName;
  if (name === 'script') return !/^application\/ld\+json$/i.test(element.getAttribute('type')?.trim() ?? '');
  return name === 'style' || name === 'template' || name === 'link';
}

/**
 * Past these the copy stops growing (the message stays bounded and serializable); both are well
 * above the pipeline's own limits (utils/extract.ts), which then say the page is too large.
 */
export const MAX_COPY_ELEMENTS = 150_000;
export const MAX_COPY_DEPTH = 400;

/** Copies a document's element tree (comments dropped), iteratively so a deeply nested page cannot overflow the stack. */
export function copyPage(doc: Document): ElementCopy {
  const root: ElementCopy = [doc.documentElement.localName, doc.documentElement.namespaceURI ?? HTML_NAMESPACE, attributesOf(doc.documentElement), []];
  const stack: Array<[Node, NodeCopy[], number]> = [];
  const pushChildren = (parent: Node, into: NodeCopy[], depth: number) => {
    if (depth > MAX_COPY_DEPTH) return;
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push([child, into, depth]);
  };
  pushChildren(doc.documentElement, root[3], 2);
  let elements = 1;
  while (stack.length && elements < MAX_COPY_ELEMENTS) {
    const [node, into, depth] = stack.pop()!;
    if (node.nodeType === 3) {
      into.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 || isSkipped(node as Element)) continue;
    elements++;
    const element = node as Element;
    const copy: ElementCopy = [element.localName, element.namespaceURI ?? HTML_NAMESPACE, attributesOf(element), []];
    into.push(copy);
    pushChildren(element, copy[3], depth + 1);
  }
  return root;
}

function attributesOf(element: Element): string[] {
  const pairs: string[] = [];
  for (const attribute of element.attributes) pairs.push(attribute.name, attribute.value);
  return pairs;
}

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

function build(doc: Document, rootCopy: ElementCopy, win: Window): Element | null {
  const root = createElement(doc, rootCopy);
  if (!root) return null;
  const stack: Array<[ElementCopy, Element]> = [[rootCopy, root]];
  while (stack.length) {
    const [copy, element] = stack.pop()!;
    for (const child of copy[3]) {
      if (typeof child === 'string') element.append(child);
      else if (isElementCopy(child)) {
        const built = createElement(doc, child);
        if (!built) continue;
        element.append(built);
        stack.push([child, built]);
      }
    }
    if (element.localName === 'noscript' && element.namespaceURI === HTML_NAMESPACE) parseFallback(element, win);
  }
  return root;
}

function createElement(doc: Document, [name, namespace, attributes]: ElementCopy): Element | null {
  let element: Element;
  try {
    element = doc.createElementNS(namespace, name);
  } catch {
    return null; // a name the parser accepted but the DOM API does not
  }
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    const [attributeName, value] = [attributes[i], attributes[i + 1]];
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
