/**
 * Is what Readability found an article? Readability returns something on almost any page, so the
 * answer comes from the page itself, read on the ORIGINAL document (Readability strips metadata
 * and teasers from its clone). The rules, in order:
 *
 * 1. A listing is refused, however much text Readability kept and whatever isProbablyReaderable
 *    says: many teasers (each its own headline link, often with image, excerpt and date: section
 *    fronts, home pages, tag, author and search pages) or link entries (a link directory), no run
 *    of paragraphs that outweighs them, and no metadata naming the page a story.
 * 2. A page that says it is a story is read even when short (a breaking-news brief): JSON-LD
 *    NewsArticle / Article / BlogPosting / LiveBlogPosting…, og:type=article,
 *    article:published_time, or one run of paragraphs right under the page's h1.
 * 3. Otherwise the length rules: a few stray words (a sign-in form) are no article, and a page
 *    Readability doubts needs more words and may not be mostly link text.
 *
 * Every measure counts words with utils/text-measure.ts, so the rules hold in every script.
 */
import { countLetters, countWords } from './text-measure';
import { elementsByTag } from './walk';

export interface GateInput {
  /** The page as loaded: its head, JSON-LD and teasers are read here, never modified. */
  doc: Document;
  /** The article body after declutter and sanitizing. */
  body: Element;
  /** The article's plain text. */
  text: string;
  /** isProbablyReaderable on the original document. */
  readerable: boolean;
}

export interface GateVerdict {
  isArticle: boolean;
  /** Why, in a few words (for tests and debugging, never shown to the user). */
  reason: string;
}

/** Readability returns something on almost any page; a few stray words are no article. */
const MIN_WORDS = 30;
const MIN_WORDS_WHEN_NOT_READERABLE = 80;
/** A page that says it is a story may be a brief; a handful of words is still no story. */
const MIN_WORDS_WHEN_PAGE_SAYS_STORY = 20;
/** Above this share of link text, a page Readability doubts is a list of links (a menu, an index). */
const MAX_LINK_SHARE_WHEN_NOT_READERABLE = 0.5;
/** A listing shows at least this many teasers; a story's related grid or most-read box has fewer. */
const MIN_TEASERS = 8;
/** A teaser is a headline with an excerpt and a date: past this, the box holds a story too. */
const MAX_TEASER_WORDS = 120;
/** Without listing metadata, a run this long is a story, however many teasers sit around it. */
const STORY_RUN_WORDS = 150;
/** A paragraph run dominates the teasers when it has at least this share of their words. */
const DOMINANT_RUN_SHARE = 0.5;

export function judgeArticle({ doc, body, text, readerable }: GateInput): GateVerdict {
  const words = countWords(text);
  const declared = declaredKind(doc);
  // A page that names itself a story is never a listing: its layout need not be read.
  const layout = declared === 'story' ? null : readLayout(doc);
  if (layout && isListing(layout, storyWords(layout, text, words), declared === 'listing')) {
    return { isArticle: false, reason: `listing: ${layout.teasers.length} teasers, no text that outweighs them` };
  }
  const saysStory = declared === 'story' || !!layout?.runUnderHeadline;
  const minWords = saysStory ? MIN_WORDS_WHEN_PAGE_SAYS_STORY : readerable ? MIN_WORDS : MIN_WORDS_WHEN_NOT_READERABLE;
  if (words < minWords) return { isArticle: false, reason: `${words} words` };
  if (!readerable && linkShare(body, text) > MAX_LINK_SHARE_WHEN_NOT_READERABLE) return { isArticle: false, reason: 'mostly links' };
  return { isArticle: true, reason: saysStory ? 'the page says it is a story' : 'long enough' };
}

/**
 * Many teasers and no text that outweighs them. Without metadata naming the page a listing, a
 * run of STORY_RUN_WORDS is a story whatever surrounds it (pages rich in teaser rails).
 */
function isListing(layout: Layout, story: number, declaredListing: boolean): boolean {
  if (layout.teasers.length < MIN_TEASERS) return false;
  if (story >= DOMINANT_RUN_SHARE * layout.teaserWords) return false;
  return declaredListing || story < STORY_RUN_WORDS;
}

/**
 * Words of story outside the teasers: the longest paragraph run on the page, or what Readability
 * kept once the teasers it kept are taken out (stories written without <p>, with <br> lines).
 */
function storyWords(layout: Layout, text: string, words: number): number {
  const flat = text.replace(/\s+/g, ' ');
  let kept = words;
  for (const teaser of layout.teasers) for (const piece of teaser.pieces) if (piece && flat.includes(piece)) kept -= countWords(piece);
  return Math.max(layout.longestRunWords, kept);
}

function linkShare(body: Element, text: string): number {
  const all = countLetters(text);
  if (all === 0) return 1;
  let links = 0;
  for (const link of elementsByTag(body, 'a')) links += countLetters(link.textContent ?? '');
  return links / all;
}

// ---------------------------------------------------------------------------------------------
// What the page's metadata says it is.

type DeclaredKind = 'story' | 'listing' | null;

/** schema.org types of one story: NewsArticle and its kin (any *Article), blog and live-blog posts. */
const STORY_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;
/** A page describing this many stories at its top level is a front page marking up its teasers. */
const MANY_STORY_ENTITIES = 3;
/** schema.org types of a page that lists other pages. */
const LISTING_TYPE = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;

/**
 * JSON-LD speaks first (it names the page's own type); Open Graph after it. WebSite marks a home
 * page only when no WebPage-like entity is described: story pages carry WebSite too, as the site
 * they belong to.
 */
export function declaredKind(doc: Document): DeclaredKind {
  const types = jsonLdTypes(doc);
  const stories = types.filter((type) => STORY_TYPE.test(type)).length;
  // Many story entities side by side describe the teasers of a front page, not the page itself.
  if (stories >= MANY_STORY_ENTITIES) return null;
  if (stories > 0) return 'story';
  if (types.some((type) => LISTING_TYPE.test(type))) return 'listing';
  if (types.includes('WebSite') && !types.some((type) => /Page$/.test(type))) return 'listing';
  const ogType = metaContent(doc, 'og:type')?.toLowerCase();
  if (ogType === 'article' || metaContent(doc, 'article:published_time')) return 'story';
  if (ogType === 'website') return 'listing';
  return null;
}

/** The @type of every top-level JSON-LD entity (arrays and @graph included), without a schema.org prefix. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of elementsByTag(doc, 'script')) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD says nothing
    }
    for (const entity of entities(data)) {
      const type = (entity as Record<string, unknown>)['@type'];
      for (const name of Array.isArray(type) ? type : [type]) {
        if (typeof name === 'string') types.push(name.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
      }
    }
  }
  return types;
}

function entities(data: unknown): object[] {
  if (Array.isArray(data)) return data.flatMap(entities);
  if (!data || typeof data !== 'object') return [];
  const graph = (data as Record<string, unknown>)['@graph'];
  return [data, ...(Array.isArray(graph) ? graph.flatMap(entities) : [])];
}

function metaContent(doc: Document, key: string): string | null {
  for (const meta of elementsByTag(doc, 'meta')) {
    if (meta.getAttribute('property') === key || meta.getAttribute('name') === key) return meta.getAttribute('content')?.trim() || null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// What the page's layout says it is: teasers against runs of paragraphs.

interface Teaser {
  /** Its headline, excerpt and date texts (a directory entry: its whole text), whitespace collapsed. */
  pieces: string[];
  words: number;
}

interface Layout {
  /** Teaser cards and link entries, each its own headline link. */
  teasers: Teaser[];
  teaserWords: number;
  /** Words of the largest run of paragraphs outside teasers. */
  longestRunWords: number;
  /** That run holds two or more paragraphs and follows the page's h1 with no teaser between. */
  runUnderHeadline: boolean;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A header or footer inside these belongs to them, not to the site's chrome. */
const SECTIONING = new Set(['article', 'section', 'aside', 'main']);

export function readLayout(doc: Document): Layout {
  const teasers = findTeasers(doc);
  const inTeaser = (el: Element) => {
    for (let up: Element | null = el; up; up = up.parentElement) if (teasers.has(up)) return true;
    return false;
  };
  const teaserList = [...teasers].map((card): Teaser => ({ pieces: piecesOf(card), words: countWords(card.textContent ?? '') }));
  const teaserWords = teaserList.reduce((sum, teaser) => sum + teaser.words, 0);

  // Paragraphs group by their parent; a wrapper holding a single paragraph groups by its own parent.
  const runs = new Map<Element, { words: number; paragraphs: number; first: Element }>();
  for (const p of elementsByTag(doc, 'p')) {
    if (inTeaser(p)) continue;
    const text = p.textContent ?? '';
    const words = countWords(text);
    if (words === 0 || linkLetters(p) > countLetters(text) / 2) continue;
    let parent = p.parentElement;
    if (parent && parent.childElementCount === 1 && parent.parentElement) parent = parent.parentElement;
    if (!parent) continue;
    const run = runs.get(parent) ?? { words: 0, paragraphs: 0, first: p };
    run.words += words;
    run.paragraphs++;
    runs.set(parent, run);
  }
  let longest: { words: number; paragraphs: number; first: Element } | null = null;
  for (const run of runs.values()) if (!longest || run.words > longest.words) longest = run;

  const h1 = elementsByTag(doc, 'h1').find((heading) => !inTeaser(heading)) ?? null;
  const runUnderHeadline =
    !!longest && !!h1 && longest.paragraphs >= 2 && follows(longest.first, h1) && ![...teasers].some((teaser) => follows(teaser, h1) && follows(longest!.first, teaser));
  return { teasers: teaserList, teaserWords, longestRunWords: longest?.words ?? 0, runUnderHeadline };
}

/**
 * Teasers: the largest element around each headline link (a link in or around an h2–h6) that holds
 * no other headline link, and list items that begin with their own link (a directory's entries).
 */
function findTeasers(doc: Document): Set<Element> {
  const headlines: Element[] = [];
  for (const link of elementsByTag(doc, 'a')) {
    if (!link.hasAttribute('href') || inChrome(link)) continue;
    // A heading around the link, or inside it (a card whose whole title block is one link).
    const heading = headingAround(link) ?? elementsByTag(link).find((el) => TEASER_HEADINGS.has(el.localName));
    if (heading && TEASER_HEADINGS.has(heading.localName)) headlines.push(heading);
  }
  // Headline links under each element; a card is the highest ancestor with exactly one.
  const counts = new Map<Element, number>();
  const unique = [...new Set(headlines)];
  for (const headline of unique) for (let up = headline.parentElement; up; up = up.parentElement) counts.set(up, (counts.get(up) ?? 0) + 1);
  const teasers = new Set<Element>();
  for (const headline of unique) {
    let card = headline;
    while (card.parentElement && counts.get(card.parentElement) === 1 && card.parentElement !== doc.body && isTeaserSized(card.parentElement)) card = card.parentElement;
    teasers.add(card);
  }
  for (const item of elementsByTag(doc, 'li')) {
    if (counts.has(item) || teasers.has(item) || inChrome(item)) continue;
    const first = item.firstElementChild;
    if (first?.localName === 'a' && first.hasAttribute('href') && countWords(first.textContent ?? '') >= 2 && !startsWithText(item)) teasers.add(item);
  }
  return teasers;
}

/**
 * What Readability may keep of a teaser, piece by piece: the outermost elements that hold text of
 * their own (the headline, an excerpt in a <p> or a <div>, a date), or a whole directory entry.
 */
function piecesOf(card: Element): string[] {
  const pieces: string[] = [];
  const stack: Element[] = [card];
  while (stack.length) {
    const el = stack.pop()!;
    if (hasOwnText(el)) pieces.push(collapse(el.textContent ?? ''));
    else for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return pieces;
}

function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && countLetters(node.nodeValue ?? '') > 0) return true;
  return false;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isTeaserSized(el: Element): boolean {
  const text = el.textContent ?? '';
  // Past this length the box holds more than a teaser whatever its spacing: no need to count.
  return text.length <= MAX_TEASER_WORDS * 40 && countWords(text) <= MAX_TEASER_WORDS;
}

function headingAround(el: Element): Element | null {
  for (let up = el.parentElement; up; up = up.parentElement) if (HEADINGS.has(up.localName)) return up;
  return null;
}

/** Inside a menu, or the page's own header or footer (a header inside an article is the article's). */
function inChrome(el: Element): boolean {
  let banner: Element | null = null;
  for (let up: Element | null = el; up; up = up.parentElement) {
    if (up.localName === 'nav' || up.getAttribute('role') === 'navigation') return true;
    if (SECTIONING.has(up.localName)) banner = null;
    else if ((up.localName === 'header' || up.localName === 'footer') && !banner) banner = up;
  }
  return banner !== null;
}

/** Text before the item's first element: a sentence that only contains a link later on. */
function startsWithText(item: Element): boolean {
  for (let node = item.firstChild; node && node !== item.firstElementChild; node = node.nextSibling) if (countLetters(node.textContent ?? '') > 0) return true;
  return false;
}

function linkLetters(el: Element): number {
  let letters = 0;
  for (const link of elementsByTag(el, 'a')) letters += countLetters(link.textContent ?? '');
  return letters;
}

function follows(el: Element, anchor: Element): boolean {
  return (anchor.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
