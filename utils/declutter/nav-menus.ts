/**
 * Signal: site navigation menus Readability left in ("Home · News · Sport · Business…"): a list of
 * at least five items, each nothing but a short link, mostly to sections of the same site.
 */
import { type Candidate, isCovered } from './blocks';
import { isSameSiteLink, linkTextLength, linksIn, textOf, wordCount } from './text';
import { queryAll } from '../walk';

const MIN_ITEMS = 5;

/** A link to a site section ("/sport", "/news/local"), not to an article slug or another site. */
function isSectionLink(a: Element): boolean {
  if (!isSameSiteLink(a)) return false;
  const segments = new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI).pathname.split('/').filter(Boolean);
  return segments.length <= 2 && segments.every((s) => s.length <= 30 && !/\d{4,}/.test(s));
}

/** An item that is only a short link or two ("Sports", "Real Estate"). */
function isShortLinkItem(item: Element): boolean {
  const text = textOf(item);
  const links = linksIn(item).filter((a) => textOf(a));
  return links.length >= 1 && links.length <= 2 && wordCount(text) <= 4 && linkTextLength(item) >= 0.9 * text.length;
}

export function findNavMenus(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const list of queryAll(root, 'ul, ol')) {
    if (isCovered(found, list)) continue;
    const items = Array.from(list.children).filter((li) => textOf(li));
    if (items.length < MIN_ITEMS || !items.every(isShortLinkItem)) continue;
    // Menus mostly point to the site's own sections; a list of short outside links (sources, products) is story.
    const sections = items.filter((li) => linksIn(li).some(isSectionLink)).length;
    if (sections / items.length >= 0.7) found.push({ kind: 'navigation', nodes: [list] });
  }
  return found;
}
