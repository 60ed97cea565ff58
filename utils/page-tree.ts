import type { PageCopy } from './messages';

/**
 * A page's DOM as plain data, so the popup can read a tab in its own process and the tab only
 * pays for a walk over its elements. Not HTML on purpose: serialized HTML parses back into a
 * different tree in places (noscript with scripting off, MathML/SVG islands, nestings that
 * scripts built but the parser would not), which mXSS markup uses to swallow the rest of a page.
 *
 * An element is [localName, namespace, attributes as name/value pairs, children]; text is a string.
 * This is the tab's side, apart from the HTML module so the script that copies a page stays small;
 * utils/page-copy.ts builds the copy back into a document.
 */
export type NodeCopy = string | ElementCopy;
export type ElementCopy = [name: string, namespace: string, attributes: string[], children: NodeCopy[]];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

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


/** The page as the popup receives it (PageCopy): the tree as one JSON string, and what is selected when asked. */
export function pageCopyOf(doc: Document, url: string, selectedText?: string): PageCopy {
  return { page: { tree: JSON.stringify(copyPage(doc)), url, baseUrl: doc.baseURI, selectedText } };
}
