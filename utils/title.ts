/**
 * The article's title without the site's name around it. Readability takes og:title or the
 * JSON-LD headline as they are, and publishers often write "Headline | Site" or "Headline - Site"
 * there; Readability strips such a suffix only from <title>. Ours differs from Readability's for
 * one reason only: a part joined by a separator is dropped when it is the site's name (og:site_name,
 * the publisher, or the host name), or when the rest is exactly the headline the page shows in an
 * h1 (the other part is then a site or section label: "… | Editorial"). A dash that is part of the
 * headline stays: the h1 holds it too, or what follows it is no site name.
 */
import { elementsByTag } from './walk';

/** Separators publishers put between a headline and the site: " | ", " - ", " – ", " — ", " · ", " » ", " / ", " :: ". */
const SEPARATOR = /\s+(?:[|\-–—·•»/\\]|::)\s+/g;

export function withoutSiteName(title: string, doc: Document, siteName: string | null): string {
  const headlines = pageHeadlines(doc);
  if (headlines.has(normalize(title))) return title;
  const names = siteNames(doc, siteName);
  for (const match of title.matchAll(SEPARATOR)) {
    const before = title.slice(0, match.index).trim();
    const after = title.slice(match.index! + match[0].length).trim();
    // Leftmost first: "Headline - Site - Tagline" loses its whole tail when that tail is the site name.
    if (hasLetters(before) && (names.has(normalize(after)) || headlines.has(normalize(before)))) return before;
    if (hasLetters(after) && (names.has(normalize(before)) || headlines.has(normalize(after)))) return after;
  }
  return title;
}

function pageHeadlines(doc: Document): Set<string> {
  return new Set(elementsByTag(doc, 'h1').map((h1) => normalize(h1.textContent ?? '')).filter(Boolean));
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
