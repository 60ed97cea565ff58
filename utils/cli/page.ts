import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../pipeline';
import type { Extraction } from '../types';

/**
 * Node's door into the same pipeline the extension runs: a saved page becomes a jsdom Document.
 * Scripts never run, and jsdom's complaints about real-world CSS stay quiet instead of
 * flooding the output or ending the batch.
 */
export function documentFromHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}

export function extractFromHtml(html: string, url: string): Extraction {
  const doc = documentFromHtml(html, url);
  try {
    return runPipeline(doc);
  } finally {
    doc.defaultView?.close();
  }
}
