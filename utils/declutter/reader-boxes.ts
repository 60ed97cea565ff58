/**
 * Signal: sign-up boxes, follow promos and calls to action (see utils/reader-boxes.ts), in any
 * language. Found on the body as it stands, and from the hints marked before Readability dropped
 * their forms, inputs and buttons; a hinted block is taken only while it stays short.
 */
import { BOX_MAX_WORDS, type BoxRole, findReaderBoxes } from '../reader-boxes';
import { hintOf, HINT_ATTRIBUTE } from '../hints';
import { type Candidate, isCovered } from './blocks';
import { textOf, wordCount } from './text';
import type { RemovedKind } from '../types';
import { withAttribute } from '../walk';

const KIND: Record<BoxRole, RemovedKind> = { signup: 'newsletter', follow: 'promo', cta: 'promo' };

const isBoxRole = (hint: string | null): hint is BoxRole => hint === 'signup' || hint === 'follow' || hint === 'cta';

export function findReaderBoxCandidates(root: Element): Candidate[] {
  // A box is a small part of the story page: a short brief that shares a wrapper with a form stays whole.
  const bodyWords = wordCount(textOf(root));
  const small = (el: Element, role: BoxRole) => {
    const words = wordCount(textOf(el));
    return words > 0 && words <= BOX_MAX_WORDS[role] && words <= bodyWords / 2;
  };
  const found: Candidate[] = [];
  for (const { role, el } of findReaderBoxes(root)) if (small(el, role)) found.push({ kind: KIND[role], nodes: [el] });
  for (const el of withAttribute(root, HINT_ATTRIBUTE)) {
    const role = hintOf(el);
    if (isBoxRole(role) && !isCovered(found, el) && small(el, role)) found.push({ kind: KIND[role], nodes: [el] });
  }
  return found;
}
