/**
 * Signal: link-dense lists of headlines ("Top Headlines", "Most read" widgets). A list — a <ul>/<ol>,
 * or a run of repeated sibling items — where most items are mostly one link whose text reads like a
 * headline, maybe with a date or a short category label. Removed with the heading above it.
 */
import { type Candidate, hasStoryProse, isCovered, withHeadingAbove } from './blocks';
import { DATE_LIKE, linkDensity, linksIn, nonLinkText, textOf, wordCount } from './text';
import { queryAll } from '../walk';

const MIN_ITEMS = 3;
const MIN_HEADLINE_SHARE = 0.7;

/** An item that is mostly one headline-sized link, with at most a date/category beside it. */
export function isHeadlineItem(item: Element): boolean {
  const text = textOf(item);
  if (!text || wordCount(text) > 50) return false;
  const links = linksIn(item).filter((a) => textOf(a));
  if (links.length === 0 || links.length > 3) return false;
  if (Math.max(...links.map((a) => wordCount(textOf(a)))) < 3) return false;
  const rest = nonLinkText(item).replace(DATE_LIKE, ' ');
  // Prose around the link means it is a story sentence that happens to link, not a headline.
  return linkDensity(item) >= 0.5 && wordCount(rest) <= 8;
}

export function findHeadlineLists(root: Element): Candidate[] {
  const found: Candidate[] = [];
  const taken = (el: Element) => isCovered(found, el);

  for (const list of queryAll(root, 'ul, ol')) {
    if (taken(list)) continue;
    const items = Array.from(list.children).filter((li) => textOf(li));
    if (items.length < MIN_ITEMS) continue;
    const headlines = items.filter(isHeadlineItem).length;
    if (headlines / items.length < MIN_HEADLINE_SHARE || hasStoryProse(list)) continue;
    found.push({ kind: 'headline-list', nodes: withHeadingAbove([list], root) });
  }

  // The same shape without list markup: consecutive sibling blocks that are each a headline link.
  for (const parent of [root, ...queryAll(root, 'div, section, aside, article, nav, header, footer')]) {
    if (taken(parent)) continue;
    for (const run of headlineRuns(parent)) {
      if (run.some(taken) || run.some(hasStoryProse)) continue;
      found.push({ kind: 'headline-list', nodes: withHeadingAbove(run, root) });
    }
  }
  return found;
}

/** Maximal runs of >= MIN_ITEMS consecutive non-list children that are headline items. */
function headlineRuns(parent: Element): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) runs.push(run);
    run = [];
  };
  for (const child of Array.from(parent.children)) {
    if (!textOf(child)) continue; // empty spacers do not break a run
    if (!child.matches('ul, ol') && isHeadlineItem(child)) run.push(child);
    else close();
  }
  close();
  return runs;
}
