/**
 * Removes the clutter Readability keeps inside an article body: headline lists, ad labels,
 * teaser boxes, share bars, newsletter boxes (and sign-up, follow and call-to-action boxes by
 * structure), tag lines, stray navigation menus, bylines and datelines, contact lines, reader comments, promotions, reader notices (cookies, paywall…), wire press-release boilerplate and pull quotes that repeat the story. Each signal lives in utils/declutter/
 * and only proposes candidates; this file settles overlaps, removes in place and reports.
 */
import { REMOVED_MARKER_ATTRIBUTE, type RemovedKind } from './types';
import { findAdLabels } from './declutter/ad-labels';
import { type Candidate, isEmptyBlock } from './declutter/blocks';
import { findClutterHeadings } from './declutter/clutter-headings';
import { findHeadlineLists } from './declutter/headline-lists';
import { findHintedClutter } from './declutter/hinted';
import { findBylines } from './declutter/bylines';
import { findComments } from './declutter/comments';
import { findNotices } from './declutter/notices';
import { findPressReleases } from './declutter/press-release';
import { findPromos } from './declutter/promos';
import { findPullQuotes } from './declutter/pull-quotes';
import { findNavMenus } from './declutter/nav-menus';
import { findNewsletters } from './declutter/newsletters';
import { findReaderBoxCandidates } from './declutter/reader-boxes';
import { findShareBars } from './declutter/share-bars';
import { findTagLines } from './declutter/tags';
import { findTeasers } from './declutter/teasers';
import { collapse, whileUnchanged } from './declutter/text';
import { EMBED_ATTRIBUTE } from './social-embeds';

// Order matters only when two signals claim the very same nodes: the earlier kind is reported.
const SIGNALS = [findPressReleases, findAdLabels, findShareBars, findTagLines, findNewsletters, findReaderBoxCandidates, findTeasers, findHeadlineLists, findClutterHeadings, findNavMenus, findHintedClutter, findComments, findBylines, findPromos, findNotices, findPullQuotes];

/** A block taken out of the body: its nodes, detached, and the marker left where it stood. */
export interface RemovedElements {
  kind: RemovedKind;
  text: string;
  nodes: Element[];
}

/**
 * Removes clutter blocks from body (DOM removal only) and returns them in document order.
 * Each leaves an empty marker element carrying its index, so a person can restore it in place.
 */
export function declutter(body: HTMLElement): RemovedElements[] {
  const chosen = settleOverlaps(whileUnchanged(() => SIGNALS.flatMap((find) => find(body)).map(outsideEmbeds)));
  chosen.sort((a, b) => (a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & 4 /* FOLLOWING */ ? -1 : 1));

  const removed: RemovedElements[] = [];
  for (const candidate of chosen) {
    const text = collapse(candidate.nodes.map((n) => n.textContent ?? '').join(' '));
    const first = candidate.nodes[0]!;
    const marker = body.ownerDocument.createElement('span');
    marker.setAttribute(REMOVED_MARKER_ATTRIBUTE, String(removed.length));
    first.before(marker);
    for (const node of candidate.nodes) node.remove();
    pruneEmptyAncestors(marker, body);
    if (text) removed.push({ kind: candidate.kind, text, nodes: candidate.nodes });
    else marker.remove();
  }
  return removed;
}

/** A social post the story embeds is quoted whole: its "Posted by … on <date>" line is no byline. */
function outsideEmbeds(candidate: Candidate): Candidate {
  return { kind: candidate.kind, nodes: candidate.nodes.filter((node) => !node.closest(`[${EMBED_ATTRIBUTE}]`)) };
}

/**
 * Keeps each node in one candidate only: a candidate inside another is dropped, and nodes
 * already claimed by an earlier candidate are trimmed from later ones.
 */
function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const inside = (node: Element, other: Candidate) => other.nodes.some((n) => n !== node && n.contains(node));
  const kept: Candidate[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const others = candidates.filter((_, j) => j !== i);
    // Nodes wrapped by some other candidate's node go with that one; equal nodes go to the earlier candidate.
    const nodes = candidate.nodes.filter(
      (node) =>
        !others.some((other) => inside(node, other)) &&
        !kept.some((k) => k.nodes.includes(node)),
    );
    // Never empty, so nodes[0] is always defined downstream.
    if (nodes.length > 0) kept.push({ kind: candidate.kind, nodes });
  }
  return kept;
}

/**
 * Drops wrappers left with nothing visible after a removal (e.g. the <div> around an ad label);
 * the marker takes the place of the outermost one.
 */
function pruneEmptyAncestors(marker: Element, body: Element): void {
  for (let el: Element | null = marker.parentElement; el && el !== body && body.contains(el); ) {
    const parent: Element | null = el.parentElement;
    if (!isEmptyBlock(el)) return;
    el.replaceWith(marker);
    el = parent;
  }
}
