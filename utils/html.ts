import createDOMPurify from 'dompurify';
import { REMOVED_MARKER_ATTRIBUTE } from './types';

/**
 * The one module that parses, serializes or inserts HTML. Page-controlled markup reaches our UI
 * only through here, and always through DOMPurify first: Readability does not sanitize.
 */

const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const SAFE_IMAGE_URL = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif);)/i;
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background'];

const SANITIZE_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'target'],
  ALLOW_DATA_ATTR: false,
  // Our own marker for where a removed block stood (see declutter); it carries a number only.
  ADD_ATTR: [REMOVED_MARKER_ATTRIBUTE],
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', restrictUrls);
    purifier.addHook('afterSanitizeAttributes', restrictMarker);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** The marker attribute is ours: any value other than a small index is the page's forgery. */
function restrictMarker(node: Element): void {
  const value = node.getAttribute?.(REMOVED_MARKER_ATTRIBUTE);
  if (value != null && !/^\d{1,4}$/.test(value)) node.removeAttribute(REMOVED_MARKER_ATTRIBUTE);
}

/** Only http(s)/mailto links and http(s)/data-image sources survive; links open without an opener. */
function restrictUrls(node: Element): void {
  for (const name of URL_ATTRIBUTES) {
    const value = node.getAttribute?.(name);
    if (value == null) continue;
    const isImageSource = name === 'src' || name === 'srcset' || name === 'poster';
    const allowed = isImageSource && node.nodeName !== 'IFRAME' ? SAFE_IMAGE_URL : SAFE_URL;
    if (name === 'srcset' ? !value.split(',').every((part) => allowed.test(part.trim())) : !allowed.test(value.trim())) {
      node.removeAttribute(name);
    }
  }
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  }
}

/** Sanitizes an element's subtree in place. `win` is any window whose DOM implementation owns `root`'s kind of nodes. */
export function sanitizeInPlace(root: Element, win: Window): void {
  purifierFor(win).sanitize(root, { ...SANITIZE_CONFIG, IN_PLACE: true });
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

/** Parses untrusted HTML into sanitized nodes owned by `doc`, ready to append. */
export function parseSanitized(html: string, doc: Document): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('parseSanitized needs a document with a window');
  const fragment = purifierFor(win).sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
  return doc.importNode(fragment, true);
}

/** Replaces an element's children with sanitized nodes parsed from untrusted HTML. */
export function renderSanitized(container: Element, html: string): void {
  container.replaceChildren(parseSanitized(html, container.ownerDocument));
}
