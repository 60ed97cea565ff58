/**
 * The article's title without the site's name around it. Readability takes og:title or the
 * JSON-LD headline as they are, and publishers often write "Headline | Site" or "Headline - Site"
 * there; Readability strips such a suffix only from <title>. Ours differs from Readability's for
 * one reason only: a part joined by a separator is dropped when it is the site's name (og:site_name,
 * the publisher, or the host name), or when the rest is exactly the headline the page shows in an
 * h1 (the other part is then a site or section label: "… | Editorial"). A dash that is part of the
 * headline stays: the h1 holds it too, or what follows it is no site name. A second reason: when
 * the page's h1 is only a link to its home page (the site's name), the headline is the part of
 * <title> the page shows as an h2 or h3, if one is.
 */
import { elementsByTag } from './walk';

/** Separators publishers put between a headline and the site: " | ", " - ", " – ", " — ", " · ", " » ", " / ", " :: ". */
const SEPARATOR = /\s+(?:[|\-–—·•»/\\]|::)\s+/g;

export function withoutSiteName(title: string, doc: Document, siteName: string | null): string {
  const homeHeadings = headingsLinkingHome(doc);
  const headlines = pageHeadlines(doc, homeHeadings);
  if (headlines.has(normalize(title))) return title;
  const names = siteNames(doc, siteName);
  for (const name of homeHeadings) names.add(name);
  if (homeHeadings.size) return titlePartShownAsHeading(doc, names) ?? title;
  for (const match of title.matchAll(SEPARATOR)) {
    const before = title.slice(0, match.index).trim();
    const after = title.slice(match.index! + match[0].length).trim();
    // Leftmost first: "Headline - Site - Tagline" loses its whole tail when that tail is the site name.
    if (hasLetters(before) && (names.has(normalize(after)) || headlines.has(normalize(before)))) return before;
    if (hasLetters(after) && (names.has(normalize(before)) || headlines.has(normalize(after)))) return after;
  }
  return title;
}

function pageHeadlines(doc: Document, homeHeadings: Set<string>): Set<string> {
  return new Set(elementsByTag(doc, 'h1').map((h1) => normalize(h1.textContent ?? '')).filter((text) => text && !homeHeadings.has(text)));
}

/**
 * An h1 that is only a link to the site's home page is the site's name, not the headline (blog
 * themes of the 2000s: the blog's name in the h1, the post's title in an h2). The h1 of a story
 * that links to the story itself stays a headline.
 */
function headingsLinkingHome(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const h1 of elementsByTag(doc, 'h1')) {
    const [link, ...others] = elementsByTag(h1, 'a');
    const text = normalize(h1.textContent ?? '');
    if (!link || others.length || !text || normalize(link.textContent ?? '') !== text) continue;
    try {
      const target = new URL(link.getAttribute('href') ?? '', doc.baseURI);
      if (target.host === new URL(doc.baseURI).host && /^\/?(?:index\.\w+)?$/.test(target.pathname)) names.add(text);
    } catch {
      // No usable address: not a link home.
    }
  }
  return names;
}

/**
 * With the site's name in the h1, the headline is the part of <title> that the page shows as a
 * heading ("Blog » Blog Archive » Post title" with an h2 "Post title"); null when no part is.
 */
function titlePartShownAsHeading(doc: Document, names: Set<string>): string | null {
  const headings = new Set(['h2', 'h3'].flatMap((tag) => elementsByTag(doc, tag)).map((heading) => normalize(heading.textContent ?? '')));
  const parts = (doc.title ?? '').split(SEPARATOR).map((part) => part.trim());
  return parts.find((part) => hasLetters(part) && !names.has(normalize(part)) && headings.has(normalize(part))) ?? null;
}

function siteNames(doc: Document, siteName: string | null): Set<string> {
  const names = new Set<string>();
  if (siteName) names.add(normalize(siteName));
  try {
    const host = new URL(doc.baseURI).hostname.replace(/^www\./, '');
    names.add(normalize(host));
    // "thehill.com" → "thehill", "news.example.co.uk" → "example": the name a publisher writes.
    const labels = host.split('.');
    const main = labels.length > 2 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2);
    if (main && main.length > 2) names.add(normalize(main));
  } catch {
    // No usable URL (about:blank): the site name alone decides.
  }
  names.delete('');
  return names;
}

/** Case, spacing and punctuation aside: "The Hill" and "TheHill", "Sportsnet.ca" and "sportsnet.ca". */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
