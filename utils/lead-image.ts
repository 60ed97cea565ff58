import type { LeadImage } from './types';

/**
 * The lead image for the reader's header: the page's declared share image (og:image, twitter:image)
 * when the article body has no picture of its own, and only if the page itself shows that image,
 * so the reader never loads anything the page did not. Its caption comes from the page's figure.
 */
const DECLARED_IMAGE = 'meta[property="og:image"], meta[name="og:image"], meta[name="twitter:image"], meta[property="twitter:image"]';

export function findLeadImage(doc: Document, body: Element): LeadImage | null {
  if (body.querySelector('img')) return null;
  for (const meta of doc.querySelectorAll(DECLARED_IMAGE)) {
    const declared = absoluteHttpUrl(meta.getAttribute('content'), doc.baseURI);
    if (!declared) continue;
    const shown = [...doc.querySelectorAll('img')].find((img) => absoluteHttpUrl(img.getAttribute('src'), doc.baseURI) === declared || sameFile(img, declared, doc));
    if (!shown) continue;
    const caption = shown.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    const src = absoluteHttpUrl(shown.getAttribute('src'), doc.baseURI) ?? declared;
    return { src, alt: (shown.getAttribute('alt') ?? '').trim(), caption: caption || null };
  }
  return null;
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
function sameFile(img: Element, declared: string, doc: Document): boolean {
  const shown = absoluteHttpUrl(img.getAttribute('src'), doc.baseURI);
  return !!shown && new URL(shown).pathname === new URL(declared).pathname;
}
