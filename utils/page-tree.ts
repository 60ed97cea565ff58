import type { PageCopy } from './messages';

/**
 * A page's DOM as plain data, so the popup can read a tab in its own process and the tab only
 * pays for a walk over its elements. Not HTML on purpose: serialized HTML parses back into a
 * different tree in places (noscript with scripting off, MathML/SVG islands, nestings that
 * scripts built but the parser would not), which mXSS markup uses to swallow the rest of a page.
 *
 * An element is [localName, namespace, attributes as name/value pairs, children]; text is a string.
 * The namespace is '' for HTML: most elements are HTML, and the full URI was a fifth of the JSON.
 * This is the tab's side, apart from the HTML module so the script that copies a page stays small;
 * utils/page-copy.ts builds the copy back into a document.
 */
export type NodeCopy = string | ElementCopy;
export type ElementCopy = [name: string, namespace: string, attributes: string[], children: NodeCopy[]];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The copy's namespace: '' stands for HTML (and for none, which the copy always read as HTML). */
function namespaceOf(element: Element): string {
  const namespace = element.namespaceURI;
  return namespace === null || namespace === HTML_NAMESPACE ? '' : namespace;
}

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

/**
 * Copies a document's element tree (comments dropped), iteratively so a deeply nested page cannot
 * overflow the stack. Plain index loops, nothing allocated per node but its copy: the tab runs this
 * once, cold, so it runs mostly unoptimized.
 */
export function copyPage(doc: Document): ElementCopy {
  const top = doc.documentElement;
  const root: ElementCopy = [top.localName, namespaceOf(top), attributesOf(top), []];
  // The open elements, outermost first: where their children's copies go, and the next child to copy.
  // Level L holds the children of an element at depth L + 1 (the root is depth 1).
  const intos: NodeCopy[][] = [root[3]];
  const nexts: Array<Node | null> = [top.firstChild];
  let elements = 1;
  while (intos.length && elements < MAX_COPY_ELEMENTS) {
    const level = intos.length - 1;
    const node = nexts[level];
    if (!node) {
      intos.pop();
      nexts.pop();
      continue;
    }
    nexts[level] = node.nextSibling;
    const type = node.nodeType;
    if (type === 3) {
      intos[level]!.push(node.nodeValue ?? '');
      continue;
    }
    if (type !== 1 || isSkipped(node as Element)) continue;
    elements++;
    const element = node as Element;
    const copy: ElementCopy = [element.localName, namespaceOf(element), attributesOf(element), []];
    intos[level]!.push(copy);
    // This element is at depth level + 2; its children would be at level + 3.
    if (level + 3 <= MAX_COPY_DEPTH) {
      intos.push(copy[3]);
      nexts.push(element.firstChild);
    }
  }
  return root;
}

/**
 * By name rather than through `element.attributes`, which makes a NamedNodeMap and an Attr node per
 * attribute. Names made by script that getAttribute cannot find (an upper-case name set on an HTML
 * element through setAttributeNS) fall back to the Attr nodes.
 */
function attributesOf(element: Element): string[] {
  if (!element.hasAttributes()) return [];
  const names = element.getAttributeNames();
  const pairs: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const value = element.getAttribute(names[i]!);
    if (value === null) return attributeNodesOf(element);
    pairs.push(names[i]!, value);
  }
  return pairs;
}

function attributeNodesOf(element: Element): string[] {
  const pairs: string[] = [];
  for (const attribute of element.attributes) pairs.push(attribute.name, attribute.value);
  return pairs;
}


/** The page as the popup receives it (PageCopy): the tree as one JSON string, and what is selected when asked. */
export function pageCopyOf(doc: Document, url: string, selectedText?: string): PageCopy {
  return { page: { tree: JSON.stringify(copyPage(doc)), url, baseUrl: doc.baseURI, selectedText } };
}
