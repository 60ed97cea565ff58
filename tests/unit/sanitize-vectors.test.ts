// @vitest-environment jsdom
// DOMPurify is only trusted under jsdom here (it is unsafe under happy-dom).
import { describe, expect, it } from 'vitest';
import { parseSanitized, renderSanitized, sanitizeInPlace, serializeChildren } from '../../utils/html';
import vectors from '../vectors/dompurify-expect';

/**
 * DOMPurify's own XSS/mXSS corpus through our configuration. DOMPurify's expected strings assume
 * its defaults, so instead of comparing HTML we walk the resulting DOM and list anything that
 * could run script, navigate to script, or change how the document resolves URLs.
 */

const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'style', 'base', 'meta',
  'link', 'template', 'noscript', 'use', 'set', 'animate', 'foreignobject',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'background', 'data', 'cite', 'longdesc']);
const SCRIPT_URL = /^(?:javascript|vbscript|livescript):|^data:(?!image\/(?:png|gif|jpe?g|webp|avif)[;,])/i;
const ALLOWED_LINK = /^(?:https?:|mailto:|#)/i;
const ALLOWED_SOURCE = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif)[;,])/i;

/** What a browser does to a URL attribute before reading its scheme: drops C0 controls and spaces. */
function normalizeUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000]/g, '');
}

/** Every piece of script-capable markup under `root`, described for a readable failure. */
export function scriptCapableMarkup(root: ParentNode): string[] {
  const found: string[] = [];
  const walker = (root as Node).ownerDocument!.createTreeWalker(root as Node, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    const tag = node.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    if (node instanceof HTMLTemplateElement) found.push(...scriptCapableMarkup(node.content));
    for (const attribute of node.attributes) {
      const name = attribute.localName.toLowerCase().split(':').pop()!;
      const url = normalizeUrl(attribute.value);
      if (name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
      if (name === 'srcset' && /javascript:|vbscript:|data:(?!image\/)/i.test(url)) found.push(`${tag}[srcset=${attribute.value}]`);
      if (!URL_ATTRIBUTES.has(name) || url === '') continue;
      const allowed = name === 'src' || name === 'poster' ? ALLOWED_SOURCE : ALLOWED_LINK;
      if (SCRIPT_URL.test(url) || !allowed.test(url)) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
    }
  }
  return found;
}

/** Parses without any sanitizing, as a page's own DOM would be (a template never runs anything). */
function parseRaw(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = document.createElement('div');
  root.append(template.content);
  return root;
}

const cases = vectors.map((vector, index) => [vector.title ?? `vector ${index + 1}`, vector.payload] as const);

describe('DOMPurify vectors through our sanitizer', () => {
  it('vendors the whole corpus', () => {
    expect(vectors.length).toBeGreaterThan(150);
  });

  it.each(cases)('%s: no script-capable markup from a string (popup, reader)', (_title, payload) => {
    const target = document.createElement('div');
    renderSanitized(target, payload);
    expect(scriptCapableMarkup(target)).toEqual([]);
  });

  it.each(cases)('%s: no script-capable markup when sanitizing page nodes in place (pipeline)', (_title, payload) => {
    const root = parseRaw(payload);
    sanitizeInPlace(root, window);
    expect(scriptCapableMarkup(root)).toEqual([]);
  });

  it.each(cases)('%s: still safe after serializing and parsing again (mXSS)', (_title, payload) => {
    // The content script serializes its result and the popup parses it: the round trip must not
    // turn inert markup into live markup.
    const root = parseRaw(payload);
    sanitizeInPlace(root, window);
    const reparsed = parseRaw(serializeChildren(root));
    expect(scriptCapableMarkup(reparsed)).toEqual([]);
    const again = document.createElement('div');
    again.append(parseSanitized(serializeChildren(reparsed), document));
    expect(scriptCapableMarkup(again)).toEqual([]);
  });
});
