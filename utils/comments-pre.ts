/**
 * Before Readability: comment sections the page's markup names as such — WordPress `#comments`,
 * `ol.comment-list > li.comment`, Drupal `.comment-wrapper`, Disqus `#disqus_thread`, Facebook
 * `.fb-comments`, Coral, Livefyre, Viafoura, OpenWeb… — are marked (with everything inside) so
 * declutter drops them as kind "comments" even after Readability has stripped the class names.
 * A thread that outweighs the rest of the page is taken out of the clone at once, so Readability
 * cannot pick the comments over the story. The story itself is never marked (see isStoryBox).
 */
import { COMMENT_SECTION_TITLE, COMMENTS_ATTRIBUTE } from './declutter/comments';
import { normalizeLabel } from './declutter/text';
import { countLetters } from './text-measure';
import { elementsByTag } from './walk';

// Embeds of comment platforms, by id or class token.
const PLATFORM = /^(?:disqus(?:[-_]thread)?|dsq[-_]\w+|fb[-_]comments|coral[-_](?:thread|talk|embed|container)|livefyre\w*|viafoura|vf[-_](?:comments|conversations)|spot[-_]?im\w*|openweb\w*|commento|utterances|giscus|remark42|isso[-_]thread|hyvor[-_]talk\w*|talkyard\w*)$/i;
// Name parts that make a token comment-ish ("comments", "comment-list", "commentlist", "article-comments", "commentsWrapper").
const COMMENT_PART = /^(?:comments?|commentlist|commentslist|kommentare?|commentaires?|comentarios?|commenti|reacties)$/;
// Parts that name a small thing (a count next to a headline, an icon) or a state of the page ("comments-open"), not a section.
const NOT_A_SECTION = /^(?:count|counts|counter|number|num|icon|link|btn|button|bubble|badge|cta|open|closed|enabled|disabled|allowed|on|off|has|no|show|hide|toggle|active)$/;
// The story's own box, by the names publishing systems give it.
const STORY_NAME = /(?:^|[\s_-])(?:entry[-_]?content|post[-_]?(?:content|body|entry|text)|article[-_]?(?:body|content|text|main)|story[-_]?(?:body|content|text|main)|articlebody|main[-_]?content)(?:$|[\s_-])/i;
// Evidence that a named box really holds comments: who wrote each one, when, and a reply button.
const ITEM_PART = /^(?:author|avatar|vcard|reply|replies|says|meta|metadata|permalink|commenter|username|user|fn|respond|byline|thread|depth)$/;

const SMALL_LETTERS = 300;
// A thread this large next to the story (letters in paragraphs) could be picked as the article.
const OUTWEIGHS = 0.5;

function tokensOf(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/).filter(Boolean);
}

function partsOf(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/)
    .filter(Boolean);
}

/** Class and id tokens repeat all over a page and across pages: each is judged once (the cache is dropped when it grows large). */
const commentNames = new Map<string, boolean>();
const MAX_CACHED_NAMES = 10_000;

function isCommentName(token: string): boolean {
  let known = commentNames.get(token);
  if (known === undefined) {
    if (commentNames.size >= MAX_CACHED_NAMES) commentNames.clear();
    commentNames.set(token, (known = judgeCommentName(token)));
  }
  return known;
}

function judgeCommentName(token: string): boolean {
  if (PLATFORM.test(token)) return true;
  const parts = partsOf(token);
  return parts.some((part) => COMMENT_PART.test(part)) && !parts.some((part) => NOT_A_SECTION.test(part));
}

function isNamedCommentBox(el: Element): boolean {
  if (!el.hasAttribute('class') && !el.id) return false;
  if (el.localName === 'html' || el.localName === 'body' || el.localName === 'main') return false;
  const tokens = tokensOf(el);
  return tokens.length > 0 && tokens.some(isCommentName) && !STORY_NAME.test(tokens.join(' '));
}

/**
 * The story, or a wrapper around it: the headline, schema.org's article body, a box named as the
 * story's, or an <article> not itself named a comment (WordPress writes each comment as one).
 */
function holdsStory(el: Element): boolean {
  if (el.getElementsByTagName('h1').length > 0) return true;
  return elementsByTag(el).some(
    (inner) =>
      /articlebody/i.test(inner.getAttribute('itemprop') ?? '') ||
      STORY_NAME.test(tokensOf(inner).join(' ')) ||
      (inner.localName === 'article' && !tokensOf(inner).some(isCommentName) && !inner.closest('li')),
  );
}

/** A platform embed, a small box, or one that shows the parts of a comment (author, reply, a form to write one). */
function looksLikeComments(el: Element): boolean {
  if (tokensOf(el).some((token) => PLATFORM.test(token))) return true;
  if (countLetters(el.textContent ?? '') <= SMALL_LETTERS) return true;
  const inner = elementsByTag(el);
  if (inner.some((child) => child.localName === 'textarea' || child.localName === 'time')) return true;
  if (inner.some((child) => tokensOf(child).some((token) => partsOf(token).some((part) => ITEM_PART.test(part))))) return true;
  return inner.some((child) => /^h[2-6]$/.test(child.localName) && COMMENT_SECTION_TITLE.test(normalizeLabel(child.textContent ?? '')));
}

function paragraphLetters(root: Element): number {
  return elementsByTag(root, 'p').reduce((sum, p) => sum + countLetters(p.textContent ?? ''), 0);
}

/** Marks the named comment sections of Readability's clone; returns how many sections were found. */
export function markCommentSections(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const sections: Element[] = [];
  for (const el of elementsByTag(body)) {
    if (sections.length > 0 && sections[sections.length - 1]!.contains(el)) continue; // the outermost box only
    if (!el.hasAttributes()) continue; // no name, nor a copy of our mark
    if (el.hasAttribute(COMMENTS_ATTRIBUTE)) el.removeAttribute(COMMENTS_ATTRIBUTE); // the page's own copy of our mark
    if (isNamedCommentBox(el) && !holdsStory(el) && looksLikeComments(el)) sections.push(el);
  }
  if (sections.length === 0) return 0;
  const inComments = sections.reduce((sum, el) => sum + paragraphLetters(el), 0);
  if (inComments > 0 && inComments >= OUTWEIGHS * (paragraphLetters(body) - inComments)) {
    for (const el of sections) el.remove();
    return sections.length;
  }
  // Every element inside is marked too: Readability may unwrap the section and keep only its pieces.
  for (const el of sections) for (const inner of [el, ...elementsByTag(el)]) inner.setAttribute(COMMENTS_ATTRIBUTE, '');
  return sections.length;
}
