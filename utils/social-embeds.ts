/**
 * Before Readability: a social post the story embeds (a tweet, an Instagram, Facebook, TikTok,
 * Bluesky, Threads, Mastodon or Reddit post) is part of what the reporter wrote around it ("See
 * tweets:", "she wrote on Instagram"). Their embed codes ship the post's text in a blockquote so
 * it reads without the platform's script, but the wrappers publishing systems put around them
 * (WordPress's `figure.wp-block-embed`, `div.social-embed`, `amp-twitter`) and the links inside
 * make Readability drop them as link-heavy or "social" boxes. Each embed that stands among the
 * story's paragraphs becomes a plain blockquote of its text in place of its wrappers; an embed
 * elsewhere (a sidebar feed) is left for Readability to judge.
 */
import { countWords, endsSentence } from './text-measure';
import { elementsByTag } from './walk';

/** Class of the post element (a blockquote) in each platform's published embed code. */
const EMBED_CLASSES = ['twitter-tweet', 'twitter-video', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'text-post-media', 'fb-xfbml-parse-ignore', 'mastodon-embed', 'reddit-embed-bq'];

/** A blockquote carrying an embed class; a class-list test per blockquote, not a selector over the page (slow in jsdom). */
function isEmbedPost(el: Element): boolean {
  return el.localName === 'blockquote' && EMBED_CLASSES.some((name) => el.classList.contains(name));
}

export const EMBED_ATTRIBUTE = 'data-ql-embed';

/** Parts of an embed that are its loading machinery, not the post. */
const MACHINERY = new Set(['script', 'style', 'noscript', 'iframe', 'svg', 'button']);

/** Wrappers that may hold nothing but the embed; a paragraph or the page's main boxes never count. */
const NOT_A_WRAPPER = new Set(['body', 'main', 'article', 'p', 'li', 'td']);

const PROSE_WORDS = 12;

/** Turns every story-body social embed of doc into a plain blockquote; returns how many. */
export function keepSocialEmbeds(doc: Document): number {
  let kept = 0;
  const posts = elementsByTag(doc, 'blockquote').filter(isEmbedPost);
  for (const post of posts) {
    if (posts.some((other) => other !== post && other.contains(post))) continue; // a post quoted inside another goes with it
    const outer = outermostWrapper(post);
    if (!standsAmongProse(outer)) continue;
    const quote = plainQuote(post);
    if (!quote) continue;
    outer.replaceWith(quote);
    kept++;
  }
  return kept;
}

/** The largest box around post that holds nothing else readable (scripts and empty spacers aside). */
function outermostWrapper(post: Element): Element {
  let outer = post;
  for (let parent = post.parentElement; parent && !NOT_A_WRAPPER.has(parent.localName); parent = parent.parentElement) {
    const others = Array.from(parent.childNodes).filter((node) => node !== outer);
    if (others.some(hasReadableContent)) break;
    outer = parent;
  }
  return outer;
}

function hasReadableContent(node: Node): boolean {
  if (node.nodeType === 3) return (node.textContent ?? '').trim() !== '';
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (MACHINERY.has(el.localName)) return false;
  return (el.textContent ?? '').trim() !== '' || el.querySelector('img, picture, video') !== null || el.localName === 'img';
}

/** True when a sibling of box is a paragraph of running prose: the embed sits in a story, not a sidebar. */
function standsAmongProse(box: Element): boolean {
  const parent = box.parentElement;
  if (!parent) return false;
  for (const sibling of Array.from(parent.children)) {
    if (sibling === box) continue;
    const paragraphs = sibling.localName === 'p' ? [sibling] : elementsByTag(sibling, 'p').slice(0, 3);
    if (paragraphs.some(isProse)) return true;
  }
  return false;
}

function isProse(p: Element): boolean {
  const text = (p.textContent ?? '').trim();
  return countWords(text) >= PROSE_WORDS && endsSentence(text);
}

/**
 * A new blockquote with the post's text: links become their words (a post is mostly handles,
 * hashtags and its permalink, which read as a link list to every clutter test), loading machinery
 * and the platform's "View this post" placeholder cards go, and loose lines become paragraphs.
 * Null when no text is left (an embed that shows only once its script runs).
 */
function plainQuote(post: Element): Element | null {
  const doc = post.ownerDocument;
  const copy = post.cloneNode(true) as Element;
  for (const el of elementsByTag(copy)) {
    if (!copy.contains(el)) continue; // inside a part already removed
    if (MACHINERY.has(el.localName) || isPlaceholderCard(el)) el.remove();
  }
  for (const link of elementsByTag(copy, 'a')) link.replaceWith(...Array.from(link.childNodes));
  for (const el of elementsByTag(copy)) for (const name of Array.from(el.getAttributeNames())) if (name !== 'lang' && name !== 'dir' && name !== 'datetime') el.removeAttribute(name);
  if (!(copy.textContent ?? '').trim()) return null;

  const quote = doc.createElement('blockquote');
  quote.setAttribute(EMBED_ATTRIBUTE, platformOf(post));
  let loose: Element | null = null;
  for (const node of Array.from(copy.childNodes)) {
    const block = node.nodeType === 1 && BLOCK.has((node as Element).localName);
    if (block) {
      loose = null;
      quote.append(node);
      continue;
    }
    if (!loose) {
      if (!(node.textContent ?? '').trim()) continue;
      loose = quote.appendChild(doc.createElement('p'));
    }
    loose.append(node);
  }
  return quote;
}

const BLOCK = new Set(['p', 'div', 'section', 'ul', 'ol', 'blockquote', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table']);

/** A link drawn as a card (boxes inside it) with a few words at most: "View this post on Instagram". */
function isPlaceholderCard(el: Element): boolean {
  return el.localName === 'a' && el.querySelector('div, svg') !== null && countWords(el.textContent ?? '') <= 8;
}

function platformOf(post: Element): string {
  const name = Array.from(post.classList).join(' ');
  const match = /twitter|instagram|tiktok|bluesky|text-post|fb-|mastodon|reddit/.exec(name)?.[0] ?? 'post';
  return { 'text-post': 'threads', 'fb-': 'facebook' }[match] ?? match;
}
