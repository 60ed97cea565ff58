import createDOMPurify from 'dompurify';
import { REMOVED_MARKER_ATTRIBUTE } from './types';

/**
 * The one module that parses, serializes or inserts HTML. Page-controlled markup reaches our UI
 * only through here, and always through DOMPurify first: Readability does not sanitize.
 */

const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const SAFE_IMAGE_URL = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif)[;,])/i;
/** Attributes that navigate or fetch: checked by local name, so `xlink:href` counts as `href`. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'background', 'longdesc']);
const SOURCE_ATTRIBUTES = new Set(['src', 'poster']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const SANITIZE_CONFIG = {
  FORBID_TAGS: [
    'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'link', 'meta', 'base', 'template', 'noscript', 'portal',
    // Media would load on its own; the reader's only loads are the article's images.
    'video', 'audio',
    // SVG that references or rewrites other content (external <use>, SMIL animation of href/on*),
    // and the MathML/SVG islands of HTML that namespace-confusion mXSS relies on.
    'use', 'set', 'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'foreignobject', 'annotation-xml', 'maction',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'target', 'download', 'ping', 'autoplay'],
  ALLOW_DATA_ATTR: false,
  // Our own marker for where a removed block stood (see declutter); it carries a number only.
  ADD_ATTR: [REMOVED_MARKER_ATTRIBUTE],
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

type Purifier = ReturnType<typeof createDOMPurify>;
/** How a purifier hands its result back; each mode has its own parsed configuration. */
type Mode = 'in-place' | 'fragment';
const MODE_CONFIG: Record<Mode, object> = {
  'in-place': { ...SANITIZE_CONFIG, IN_PLACE: true },
  fragment: { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true },
};
const purifiers = new WeakMap<Window, Map<Mode, Purifier>>();

/**
 * The window's purifier for `mode`, configured once: a configuration passed to each `sanitize`
 * call is parsed again on every call (sets of tags and attributes copied), and one purifier
 * switched between modes parsed it again at each switch (the popup sanitizes noscript fallbacks
 * as fragments, then the article in place). One purifier per mode parses it once.
 */
function purifierFor(win: Window, mode: Mode): Purifier {
  let byMode = purifiers.get(win);
  if (!byMode) purifiers.set(win, (byMode = new Map()));
  let purifier = byMode.get(mode);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', restrictUrls);
    purifier.addHook('afterSanitizeAttributes', restrictMarker);
    purifier.setConfig(MODE_CONFIG[mode]);
    byMode.set(mode, purifier);
  }
  return purifier;
}

/**
 * Sets up the window's purifiers ahead of their first use (the popup calls this while it waits for
 * the tab, so the first sanitize on the way to the article does not pay for it). Sanitizes nothing.
 */
export function preparePurifiers(win: Window): void {
  purifierFor(win, 'in-place');
  purifierFor(win, 'fragment');
}

/** The marker attribute is ours: any value other than a small index is the page's forgery. */
function restrictMarker(node: Element): void {
  const value = node.getAttribute?.(REMOVED_MARKER_ATTRIBUTE);
  if (value != null && !/^\d{1,4}$/.test(value)) node.removeAttribute(REMOVED_MARKER_ATTRIBUTE);
}

/**
 * Only http(s)/mailto/#fragment links and http(s)/data-image sources survive; links open without
 * an opener. Attribute values that reach outside the article through CSS `url(…)` (SVG `fill`,
 * `filter`, `mask`…) are dropped unless they point at a `#fragment` in the same document.
 */
function restrictUrls(node: Element): void {
  if (!node.attributes) return;
  for (const attribute of [...node.attributes]) {
    if (!isSafeAttribute(node, attribute)) node.removeAttributeNode(attribute);
  }
  const tag = node.localName?.toLowerCase();
  if ((tag === 'a' || tag === 'area') && (node.hasAttribute('href') || node.hasAttribute('xlink:href'))) {
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  }
}

function isSafeAttribute(node: Element, attribute: Attr): boolean {
  // `xlink:href` has localName `href` in SVG but stays one name on an HTML element.
  const name = attribute.localName.toLowerCase().split(':').pop() ?? '';
  const value = attribute.value.trim();
  if (name === 'srcset') return srcsetUrls(value).every((url) => SAFE_IMAGE_URL.test(url));
  if (SOURCE_ATTRIBUTES.has(name)) return SAFE_IMAGE_URL.test(value);
  if (LINK_ATTRIBUTES.has(name)) return SAFE_URL.test(value);
  // HTML attributes never take CSS (style is forbidden); SVG presentation attributes do.
  return node.namespaceURI === HTML_NAMESPACE || !hasExternalCssUrl(value);
}

function hasExternalCssUrl(value: string): boolean {
  return [...value.matchAll(/url\s*\(\s*['"]?\s*([^'")\s]*)/gi)].some((match) => !(match[1] ?? '').startsWith('#'));
}

/**
 * The URLs a browser would fetch from a `srcset`, split as HTML's parser splits it (a URL is a run
 * of non-space characters and may itself contain commas, as `data:` URLs do).
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= srcset.length) break;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    const token = srcset.slice(start, i);
    if (token.endsWith(',')) {
      urls.push(token.replace(/,+$/, ''));
      continue;
    }
    urls.push(token);
    // Skip the descriptors ("2x", "640w") up to the comma that ends this candidate.
    let depth = 0;
    while (i < srcset.length && (srcset[i] !== ',' || depth > 0)) {
      if (srcset[i] === '(') depth++;
      else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return urls;
}

/** Sanitizes an element's subtree in place. `win` is any window whose DOM implementation owns `root`'s kind of nodes. */
export function sanitizeInPlace(root: Element, win: Window): void {
  purifierFor(win, 'in-place').sanitize(root);
}

/** The sanitized HTML of an element's children (for messages and the command line). */
export function serializeChildren(root: Element): string {
  return root.innerHTML;
}

/** Sanitized HTML of detached nodes, serialized together (a removed block, for "Restore"). */
export function sanitizeNodes(nodes: Element[], win: Window): string {
  const owner = nodes[0]?.ownerDocument;
  if (!owner) return '';
  const holder = owner.createElement('div');
  holder.append(...nodes);
  sanitizeInPlace(holder, win);
  return holder.innerHTML;
}

/**
 * Sanitized HTML of each group of detached nodes, as `sanitizeNodes` gives it, in one DOMPurify
 * pass: each call has a fixed cost that a page with many removed blocks would pay many times.
 */
export function sanitizeEach(groups: Element[][], win: Window): string[] {
  const owner = groups.find((nodes) => nodes.length > 0)?.[0]?.ownerDocument;
  if (!owner) return groups.map(() => '');
  const batch = owner.createElement('div');
  const holders = groups.map((nodes) => {
    const holder = owner.createElement('div');
    holder.append(...nodes);
    batch.append(holder);
    return holder;
  });
  sanitizeInPlace(batch, win);
  return holders.map(serializeChildren);
}

/** Parses untrusted HTML into sanitized nodes owned by `doc`, ready to append. */
export function parseSanitized(html: string, doc: Document): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('parseSanitized needs a document with a window');
  const fragment = purifierFor(win, 'fragment').sanitize(html) as unknown as DocumentFragment | null;
  // DOMPurify hands back null when the markup leaves no <body> to read (a <frameset>): nothing to show.
  return fragment ? doc.importNode(fragment, true) : doc.createDocumentFragment();
}

/** Replaces an element's children with sanitized nodes parsed from untrusted HTML. */
export function renderSanitized(container: Element, html: string): void {
  container.replaceChildren(parseSanitized(html, container.ownerDocument));
}
