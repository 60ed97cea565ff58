/**
 * Signal: site navigation menus Readability left in ("Home · News · Sport · Business…"): a list of
 * at least five items, each nothing but a short link, mostly to sections of the same site or menu
 * entries drawn by script (`role="menuitem"`, a submenu toggle, no address at all). Also the
 * furniture of a photo gallery and of a print header: a counter line ("Image 1 of 23", "3 / 12")
 * and a line that is only the page's own address.
 */
import { type Candidate, isCovered } from './blocks';
import { isSameSiteLink, linkTextLength, linksIn, nonLinkText, textOf, wordCount } from './text';
import { hasTagBelow, queryAll } from '../walk';

const MIN_ITEMS = 5;

/** A link to a site section ("/sport", "/news/local"), not to an article slug or another site. */
function isSectionLink(a: Element): boolean {
  if (!isSameSiteLink(a)) return false;
  const segments = new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI).pathname.split('/').filter(Boolean);
  return segments.length <= 2 && segments.every((s) => s.length <= 30 && !/\d{4,}/.test(s));
}

/** A menu entry a script opens or follows: marked as one, a submenu toggle, or a link with no address. */
function isScriptMenuLink(a: Element): boolean {
  return a.getAttribute('role') === 'menuitem' || a.hasAttribute('aria-haspopup') || !a.hasAttribute('href');
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
    const sections = items.filter((li) => linksIn(li).some((a) => isSectionLink(a) || isScriptMenuLink(a))).length;
    if (sections / items.length >= 0.7) found.push({ kind: 'navigation', nodes: [list] });
  }
  for (const line of queryAll(root, 'p, div, span, li')) {
    if (isCovered(found, line) || line.childElementCount > 6) continue;
    if (isGalleryOrPrintLine(line) || isToolLinkLine(line) || isBreadcrumbLine(line)) found.push({ kind: 'navigation', nodes: [line] });
  }
  for (const column of queryAll(root, 'p, div, span, td')) {
    if (!isCovered(found, column) && isLineBrokenMenu(column)) found.push({ kind: 'navigation', nodes: [column] });
  }
  return found;
}

// "Image 1 of 23", "Photo 3/12", "1 / 23", "Foto 2 di 10", "Bild 4 von 9", "Фото 1 из 5".
export const COUNTER = /^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|imagem|фото)s?\s*)?\d{1,3}\s*(?:of|de|di|von|sur|из|\/)\s*\/?\s*\d{1,3}$/iu;

/** COUNTER.test, asked only of text with a digit (every match holds one): the `iu` pattern compiles for those alone. */
export function isCounter(text: string): boolean {
  return /\d/.test(text) && COUNTER.test(text);
}

function isGalleryOrPrintLine(line: Element): boolean {
  const text = textOf(line);
  if (!text || wordCount(text) > 6 || hasTagBelow(line, 'p, div, li')) return false;
  return isCounter(text) || isOwnAddress(text, line.ownerDocument);
}

/**
 * A page-tools line of older sites ("Printer-friendly version | E-mail this story", in any language):
 * two to four short links to the same site and nothing between them but bar or dot separators.
 * Links to other sites (documents, sources) or with words between them are story.
 */
function isToolLinkLine(line: Element): boolean {
  if (hasTagBelow(line, 'p, div, li, img')) return false;
  const links = linksIn(line).filter((a) => textOf(a));
  if (links.length < 2 || links.length > 4) return false;
  if (!links.every((a) => wordCount(textOf(a)) <= 4 && isSameSiteLink(a))) return false;
  return /^[\s|¦·•]*$/u.test(nonLinkText(line)) && /[|¦·•]/u.test(nonLinkText(line));
}

/**
 * A breadcrumb trail written as a line (`<a>Home</a> &gt; <a>News</a> &gt; Local`, in any language): short links to the
 * same site, the first to its home page, joined by arrow-like separators, maybe closing on the current section unlinked.
 * The home link, not the word "Home", tells it from a story's own line of links.
 */
function isBreadcrumbLine(line: Element): boolean {
  if (hasTagBelow(line, 'p, div, li, img')) return false;
  const links = linksIn(line).filter((a) => textOf(a));
  if (links.length < 2 || links.length > 6 || !links.every((a) => wordCount(textOf(a)) <= 4 && isSameSiteLink(a))) return false;
  if (new URL(links[0]!.getAttribute('href') ?? '', line.ownerDocument.baseURI).pathname.replace(/\/(?:index\.\w+)?$/u, '') !== '') return false;
  const between = nonLinkText(line).trim();
  return /^(?:[>›»→/]\s*)+(?:[^>›»→/]{1,40})?$/u.test(between) && wordCount(between.replace(/[>›»→/]/gu, ' ')) <= 4 && textOf(line).startsWith(textOf(links[0]!));
}

/**
 * A menu column of older sites: short links to the site's sections one under another, `<br>` between them and no other
 * words (`<td><font><a href="/news/">News</a><br><a href="/sport/">Sport</a><br>…</font></td>`).
 */
function isLineBrokenMenu(column: Element): boolean {
  if (hasTagBelow(column, 'p, div, li, img, table')) return false;
  const links = linksIn(column).filter((a) => textOf(a));
  if (links.length < MIN_COLUMN_LINKS || column.getElementsByTagName('br').length < links.length - 1) return false;
  return links.every((a) => wordCount(textOf(a)) <= 4 && isSectionLink(a)) && !/[\p{L}\p{N}]/u.test(nonLinkText(column));
}
const MIN_COLUMN_LINKS = 3;

function isOwnAddress(text: string, doc: Document): boolean {
  const bare = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '');
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  // A copy of the page (the popup's) has no address of its own: its base and og:url carry the page's.
  const own = [doc.URL, doc.baseURI, doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? ''];
  return own.some((url) => url && bare(url) === bare(text));
}
