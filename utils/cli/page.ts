import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';
import { NoArticleError, runPipeline } from '../pipeline';
import { PageTooLargeError } from '../extract';
import type { Extraction } from '../types';

/** Why a page could not be read at all under jsdom: said in a sentence, never as a stack trace. */
export class PageReadError extends Error {}

/**
 * Node's door into the same pipeline the extension runs: a saved page becomes a jsdom Document.
 * Scripts never run, and jsdom's complaints about real-world CSS stay quiet instead of
 * flooding the output or ending the batch. Where jsdom rejects part of a page a browser accepts
 * (a style attribute its CSS parser throws on, a doctype name it cannot clone), only that part
 * is dropped; a page that still cannot be parsed is a PageReadError.
 */
export function documentFromHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url, virtualConsole });
  } catch (first) {
    try {
      dom = new JSDOM(withoutRejectedStyles(html), { url, virtualConsole });
    } catch {
      throw new PageReadError(`This page's markup could not be parsed (${messageOf(first)}).`);
    }
  }
  const doc = dom.window.document;
  dropUncloneableDoctype(doc);
  return doc;
}

export function extractFromHtml(html: string, url: string): Extraction {
  const doc = documentFromHtml(html, url);
  try {
    return runPipeline(doc);
  } catch (error) {
    if (error instanceof NoArticleError || error instanceof PageTooLargeError) throw error;
    throw new PageReadError(`This page could not be read (${messageOf(error)}).`);
  } finally {
    closeWindow(doc);
  }
}

/** jsdom detaches a closing window's tree recursively: a very deep page overflows the stack there. */
function closeWindow(doc: Document): void {
  try {
    doc.defaultView?.close();
  } catch {
    // Nothing runs in these windows; the garbage collector takes what close() left.
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim() || 'unknown error';
}

/**
 * jsdom clones a doctype through createDocumentType, which rejects names a browser's parser keeps
 * (`<!DOCTYPE h<tml>`): cloning for Readability would throw. Readability never reads the doctype,
 * and the document's mode was fixed when it was parsed.
 */
function dropUncloneableDoctype(doc: Document): void {
  const doctype = doc.doctype;
  if (!doctype) return;
  try {
    doc.implementation.createDocumentType(doctype.name, doctype.publicId, doctype.systemId);
  } catch {
    doctype.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Style attributes jsdom's CSS parser throws on (template syntax such as SCSS left in
// `style="width: calc(($a - $b) / 16 * 9)"`) end jsdom's parse. The page is parsed again with
// parse5, jsdom's own HTML parser, which builds plain nodes without CSS; each style attribute is
// tried on a scratch element and dropped only when jsdom rejects it.

interface Parse5Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

interface Parse5 {
  parse(html: string): Parse5Node;
  serialize(node: Parse5Node): string;
}

let parse5: Parse5 | null = null;
let probeDocument: Document | null = null;

function withoutRejectedStyles(html: string): string {
  // jsdom's own dependency, resolved from jsdom so both parse the same way.
  parse5 ??= createRequire(createRequire(import.meta.url).resolve('jsdom'))('parse5') as Parse5;
  const tree = parse5.parse(html);
  const stack: Parse5Node[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.attrs) node.attrs = node.attrs.filter(({ name, value }) => name !== 'style' || jsdomAcceptsStyle(value));
    for (const child of node.childNodes ?? []) stack.push(child);
    if (node.content) stack.push(node.content);
  }
  return parse5.serialize(tree);
}

function jsdomAcceptsStyle(value: string): boolean {
  probeDocument ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window.document;
  // A fresh element each time: after a throw, jsdom leaves the element's style half set.
  try {
    probeDocument.createElement('div').setAttribute('style', value);
    return true;
  } catch {
    return false;
  }
}
