/**
 * Signal: bylines, datelines, breadcrumbs and author bios that the page's markup names as such
 * (see utils/hints.ts), confirmed by shape: short, no running prose, and small next to the body.
 */
import { hintOf, HINT_ATTRIBUTE, type Hint } from '../hints';
import { type Candidate, hasStoryProse, isCovered } from './blocks';
import { textOf, wordCount } from './text';
import type { RemovedKind } from '../types';
import { hasTagBelow, queryAll, withAttribute, wrappersOf } from '../walk';

// Longest text each hinted role may have; a longer element is a wrapper that happens to carry the word.
const MAX_WORDS: Partial<Record<Hint, number>> = { byline: 20, date: 15, breadcrumb: 30, bio: 120, deck: 60 };
const HAS_TIME = /\d|\b(?:ago|today|yesterday|just now)\b/i;

function isHintedClutter(el: Element, hint: Hint, bodyWords: number, trailing: Element[], root: Element): boolean {
  // An author box is often named for the author alone: a longer one at the very end is a bio.
  if (hint === 'byline' && trailing.includes(el)) hint = 'bio';
  const max = MAX_WORDS[hint];
  const words = wordCount(textOf(el));
  if (max === undefined || words === 0 || words > max || words > bodyWords / 3) return false;
  if (hint === 'date') return HAS_TIME.test(textOf(el));
  if (hint === 'deck') return isStandfirst(el, root);
  if (hint === 'bio') return !el.closest('p + p, p ~ p') || words <= 80; // a bio box, not the closing paragraphs
  return !hasStoryProse(el);
}

/** What "Show removed" calls each hinted block; bylines, dates and author bios are all about who and when. */
const HINTED_KINDS: Partial<Record<Hint, RemovedKind>> = { breadcrumb: 'navigation', pullquote: 'pull-quote', deck: 'other' };

/**
 * A standfirst sums the story up above its first paragraph; it is the page's summary, not story
 * text. Only the outermost named box counts (a story whose wrapper is named "summary" is no
 * standfirst), it holds no list (a "key points" box is read), and story paragraphs follow it.
 */
function isStandfirst(el: Element, root: Element): boolean {
  if (el.parentElement?.closest(`[${HINT_ATTRIBUTE}="deck"]`) || hasTagBelow(el, 'ul, ol, li, table')) return false;
  const prose = queryAll(root, 'p').filter((p) => !el.contains(p) && !p.contains(el) && hasStoryProse(p));
  const before = prose.filter((p) => el.compareDocumentPosition(p) & 2 /* PRECEDING */);
  return before.length === 0 && prose.length - before.length >= 2;
}

export function findHintedClutter(root: Element): Candidate[] {
  const found: Candidate[] = [];
  const hinted = withAttribute(root, HINT_ATTRIBUTE);
  if (hinted.length === 0) return found;
  const bodyWords = wordCount(textOf(root));
  // The last few text blocks, where author boxes sit.
  const blocks = queryAll(root, 'p, div, li, section, aside');
  const wrappers = wrappersOf(blocks);
  const leaves = blocks.filter((el) => textOf(el) && !wrappers.has(el));
  const trailing = leaves.slice(-3).flatMap((leaf) => ancestorsUpTo(leaf, root));
  for (const el of hinted) {
    if (isCovered(found, el)) continue;
    const hint = hintOf(el);
    if (hint && isHintedClutter(el, hint, bodyWords, trailing, root)) found.push({ kind: HINTED_KINDS[hint] ?? 'byline', nodes: [el] });
  }
  return found;
}

/** el and its ancestors below root. */
function ancestorsUpTo(el: Element, root: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) chain.push(node);
  return chain;
}
