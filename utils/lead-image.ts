import type { LeadImage } from './types';
import { elementsByTag } from './walk';

/**
 * The lead image for the reader's header: the page's declared share image (og:image, twitter:image)
 * when the article body has no picture of its own, and only if the page itself shows that image,
 * so the reader never loads anything the page did not. Its caption comes from the page's figure.
 */
const DECLARED_IMAGE = new Set(['og:image', 'twitter:image']);

/** meta[property|name="og:image"|"twitter:image"], in document order: an attribute selector is slow in jsdom. */
function declaredImages(doc: Document): Element[] {
  return elementsByTag(doc, 'meta').filter((meta) => DECLARED_IMAGE.has(meta.getAttribute('property') ?? '') || DECLARED_IMAGE.has(meta.getAttribute('name') ?? ''));
}

export function findLeadImage(doc: Document, body: Element): LeadImage | null {
  if (body.getElementsByTagName('img').length > 0) return null;
  const base = doc.baseURI;
  let images: Element[] | undefined;
  for (const meta of declaredImages(doc)) {
    const declared = absoluteHttpUrl(meta.getAttribute('content'), base);
    if (!declared) continue;
    images ??= elementsByTag(doc, 'img');
    const shown = images.find((img) => absoluteHttpUrl(img.getAttribute('src'), base) === declared || sameFile(img, declared, base));
    if (!shown) continue;
    const caption = shown.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    const src = absoluteHttpUrl(shown.getAttribute('src'), base) ?? declared;
    const [width, height] = [pixels(shown.getAttribute('width')), pixels(shown.getAttribute('height'))];
    const sized = width !== null && height !== null;
    return { src, alt: (shown.getAttribute('alt') ?? '').trim(), caption: caption || null, width: sized ? width : null, height: sized ? height : null };
  }
  return null;
}

/** A width or height attribute in whole pixels ("1200", "675px"); null for percentages, zero or junk. */
function pixels(value: string | null): number | null {
  const match = /^\s*(\d{1,5})(?:px)?\s*$/i.exec(value ?? '');
  const number = match ? Number(match[1]) : 0;
  return number > 0 ? number : null;
}

function absoluteHttpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Sites declare the share image on a CDN host and show it from their own: the path decides. */
function sameFile(img: Element, declared: string, base: string): boolean {
  const shown = absoluteHttpUrl(img.getAttribute('src'), base);
  return !!shown && new URL(shown).pathname === new URL(declared).pathname;
}
