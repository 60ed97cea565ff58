/**
 * Images that load only with JavaScript: lazy loaders keep the real address in data-* attributes
 * or in a <noscript> copy and show a placeholder. Run on Readability's clone before it reads the
 * page, so images survive with a real src; Readability then makes their URLs absolute itself
 * (src, srcset, poster, href against the document's base). `absolutizeUrls` does the same for
 * nodes we add to its result afterwards.
 */
import { parseSanitized } from './html';
import { elementsByTag } from './walk';

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-img-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
/** Tiny inline images and the usual blank/spacer/loading files stand in for the real picture. */
const PLACEHOLDER = /^data:|(?:blank|spacer|placeholder|transparent|pixel|lazy|loading|loader|grey|gray|empty|1x1)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])/i;
const URL_LIKE = /^(?:https?:)?\/\/|^\/|^[\w.-]+\/|\.(?:jpe?g|png|gif|webp|avif|svg)(?:$|[?#])/i;

function isPlaceholder(value: string | null): boolean {
  return !value || !value.trim() || value === 'null' || PLACEHOLDER.test(value.trim());
}

function firstLazy(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value && value !== 'null' && URL_LIKE.test(value)) return value;
  }
  return null;
}

/**
 * Copies data-src/data-srcset into src/srcset where the page shows a placeholder. `windowed` is a
 * document with a window (the page itself) for parsing noscript text; a clone has none.
 */
export function revealLazyImages(doc: Document, windowed: Document = doc): void {
  // Each element is settled on its own attributes alone, so images then sources (two tag lists,
  // cheaper than one walk over every element) give what document order gives.
  for (const el of [...elementsByTag(doc, 'img'), ...elementsByTag(doc, 'source')]) {
    const srcName = el.tagName === 'SOURCE' && !el.closest('video, audio') ? 'srcset' : 'src';
    const lazy = firstLazy(el, LAZY_SRC);
    if (lazy && isPlaceholder(el.getAttribute(srcName))) el.setAttribute(srcName, lazy);
    const lazySet = firstLazy(el, LAZY_SRCSET);
    if (lazySet && isPlaceholder(el.getAttribute('srcset'))) el.setAttribute('srcset', lazySet);
    if (el.tagName === 'IMG' && isPlaceholder(el.getAttribute('src')) && !el.getAttribute('srcset')) el.removeAttribute('src');
  }
  for (const noscript of elementsByTag(doc, 'noscript')) useNoscriptImage(noscript, windowed);
}

/**
 * "<noscript><img src=real></noscript>" beside a placeholder: the fallback image takes the
 * placeholder's place. With scripting on (a browser), the fallback is text and is parsed through
 * the HTML module, sanitized.
 */
function useNoscriptImage(noscript: Element, windowed: Document): void {
  const images = noscript.children.length
    ? elementsByTag(noscript, 'img')
    : /<img\b/i.test(noscript.textContent ?? '')
      ? Array.from(parseSanitized(noscript.textContent ?? '', windowed).querySelectorAll('img'))
      : [];
  const fallback = images[0];
  if (images.length !== 1 || !fallback || isPlaceholder(fallback.getAttribute('src'))) return;
  const holder = noscript.parentElement;
  const placeholder = holder && elementsByTag(holder, 'img').find((img) => !noscript.contains(img));
  if (placeholder && !isPlaceholder(placeholder.getAttribute('src'))) return; // a real image is already shown
  const image = noscript.ownerDocument.importNode(fallback, true);
  placeholder?.remove();
  noscript.replaceWith(image);
}

const URL_ATTRIBUTES: [string, string][] = [['a', 'href'], ['img, source, video, audio, iframe', 'src'], ['video', 'poster']];

/** Makes links and media addresses under root absolute against base (nodes added after Readability). */
export function absolutizeUrls(root: Element, base: string): void {
  for (const [selector, name] of URL_ATTRIBUTES) {
    for (const el of [root, ...Array.from(root.querySelectorAll(selector))].filter((e) => e.matches(selector))) {
      const value = el.getAttribute(name);
      if (value && !value.startsWith('#')) el.setAttribute(name, resolve(value, base));
    }
  }
  for (const el of [root, ...Array.from(root.querySelectorAll('[srcset]'))].filter((e) => e.hasAttribute('srcset'))) {
    const set = el.getAttribute('srcset') ?? '';
    el.setAttribute('srcset', set.split(',').map((part) => part.trim().replace(/^\S+/, (url) => resolve(url, base))).join(', '));
  }
}

function resolve(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}
