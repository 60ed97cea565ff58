/**
 * Role hints read from the page's own markup before Readability strips classes: words such as
 * "caption", "credit", "byline" or "breadcrumb" in class names, ids, itemprop and rel are the
 * shared vocabulary of publishing systems, not one site's. Each hinted element gets a
 * `data-ql-hint` attribute that survives Readability; later stages act on it only together with
 * a shape check (short, no running prose), and sanitizing drops the attribute.
 */

import { whileUnchanged } from './declutter/text';
import { type BoxRole, findReaderBoxes } from './reader-boxes';
import { countWords } from './text-measure';
import { elementsByTag } from './walk';

export const HINT_ATTRIBUTE = 'data-ql-hint';

export type Hint = 'caption' | 'credit' | 'byline' | 'date' | 'bio' | 'breadcrumb' | 'pullquote' | 'deck' | BoxRole;

// First match wins: a "caption-credit" is a credit, an "author-bio" is a bio, not a byline.
const RULES: [Hint, RegExp][] = [
  ['bio', /author[-_]?(?:bio|info|box|card|description|details|about)|about[-_]?(?:the[-_]?)?author|\bbio(?:graphy)?\b|contributor[-_]?bio/i],
  ['credit', /credit|copyright|photographer|image[-_]?source|photo[-_]?source|\bsource[-_]?image/i],
  ['caption', /caption|image[-_]?desc|photo[-_]?desc|wp-caption-text|image[-_]?text\b/i],
  ['breadcrumb', /breadcrumb/i],
  ['pullquote', /pull[-_]?quote|pullout|blockquote[-_]?pull/i],
  // The standfirst under the headline: "dek", "standfirst", "article-summary", "sub-headline".
  ['deck', /\b(?:dek|deck|standfirst|strapline|sub[-_]?headline|subtitle)\b|(?:article|entry|story|post)[-_]?(?:summary|dek|deck|standfirst|sub[-_]?title|sub[-_]?headline)/i],
  ['byline', /byline|author[-_]?name|\bauthors?\b|contributor/i],
  ['date', /dateline|timestamp|time[-_]?stamp|pubdate|publish(?:ed)?[-_]?(?:date|time|on|at)?|post(?:ed)?[-_]?(?:date|on|time)|entry[-_]?date|article[-_]?date|\bdate\b|updated|modified/i],
];

/** Most class names match no rule: one combined test settles those. */
const ANY_RULE = new RegExp(RULES.map(([, pattern]) => pattern.source).join('|'), 'i');

const ITEMPROP: Record<string, Hint> = {
  author: 'byline',
  creator: 'byline',
  datepublished: 'date',
  datemodified: 'date',
  datecreated: 'date',
  caption: 'caption',
  copyrightholder: 'credit',
  description: 'deck',
};

export function hintFor(el: Element): Hint | null {
  const itemprop = el.getAttribute('itemprop')?.toLowerCase().trim();
  if (itemprop && ITEMPROP[itemprop]) return ITEMPROP[itemprop];
  if (el.getAttribute('rel')?.toLowerCase() === 'author') return 'byline';
  // Class and id words only; camelCase joins ("imageEmbedCaption") match as well.
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`.trim();
  if (!words || !ANY_RULE.test(words)) return null;
  for (const [hint, pattern] of RULES) if (pattern.test(words)) return hint;
  return null;
}

/** Marks hinted elements of a document (Readability's clone). Page-made copies of our attribute are dropped first. */
export function markHints(doc: Document): void {
  // One walk over a snapshot instead of attribute selectors: those are slow in jsdom.
  const elements = elementsByTag(doc);
  for (const el of elements) if (el.hasAttributes() && el.hasAttribute(HINT_ATTRIBUTE)) el.removeAttribute(HINT_ATTRIBUTE);
  for (const el of elements) {
    if (!el.hasAttributes() || el.hasAttribute(HINT_ATTRIBUTE)) continue; // inherited from a small hinted ancestor
    const hint = hintFor(el);
    if (!hint || NEVER_HINTED.has(el.localName)) continue;
    el.setAttribute(HINT_ATTRIBUTE, hint);
    // Readability may replace a wrapper by its only child; a small box passes its role down so it survives.
    if (wordsOf(el) <= INHERIT_MAX_WORDS) {
      for (const inner of elementsByTag(el)) if (!hintFor(inner)) inner.setAttribute(HINT_ATTRIBUTE, hint);
      wrapLooseText(el, hint);
    }
  }
  markReaderBoxes(doc);
}

/**
 * Sign-up boxes, follow promos and calls to action (reader-boxes.ts) are known by their e-mail
 * field, links and buttons, which Readability drops: the whole box is marked first, so the pitch
 * and heading it leaves behind still say what they were.
 */
function markReaderBoxes(doc: Document): void {
  if (!doc.body) return;
  const boxes = whileUnchanged(() => findReaderBoxes(doc.body));
  for (const { role, el } of boxes) {
    for (const inner of [el, ...elementsByTag(el)]) inner.setAttribute(HINT_ATTRIBUTE, role);
    for (const inner of [el, ...elementsByTag(el)]) wrapLooseText(inner, role);
  }
}

const NEVER_HINTED = new Set(['html', 'body', 'main', 'article']);

const INHERIT_MAX_WORDS = 120;

/**
 * Readability moves a text-only <div>'s words into a new, attribute-less <p> and drops the div;
 * a hinted <span> around those words keeps the role through that.
 */
const INLINE_OR_TEXT_BLOCK = new Set(['p', 'span', 'a', 'em', 'i', 'strong', 'b', 'small', 'time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

function wrapLooseText(el: Element, hint: Hint): void {
  if (INLINE_OR_TEXT_BLOCK.has(el.localName)) return;
  if (!hasLooseText(el) || elementsByTag(el).some((inner) => BLOCK_OR_IMAGE.has(inner.localName))) return;
  const span = el.ownerDocument.createElement('span');
  span.setAttribute(HINT_ATTRIBUTE, hint);
  span.append(...Array.from(el.childNodes));
  el.append(span);
}

/** What keeps a box's words in their own blocks through Readability (tag names, as a selector list would match them). */
const BLOCK_OR_IMAGE = new Set(['p', 'div', 'section', 'ul', 'ol', 'table', 'figure', 'blockquote', 'img', 'picture']);

function hasLooseText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && (node.textContent ?? '').trim()) return true;
  return false;
}

function wordsOf(el: Element): number {
  return countWords(el.textContent ?? '');
}

export function hintOf(el: Element): Hint | null {
  return (el.getAttribute(HINT_ATTRIBUTE) as Hint | null) ?? null;
}
