/** Signal: "Tags:" lines — a label followed by short topic links and nothing else. */
import { type Candidate, isCovered } from './blocks';
import { firstTextSegment, linksIn, nonLinkText, normalizeLabel, textOf, wordCount } from './text';
import { hasTagBelow, queryAll } from '../walk';

const TAG_LABEL = /^(?:tags?|tagged(?: with| in)?|topics?|filed under|categories|category|keywords|more about|schlagw[öo]rter|themen|mots[- ]cl[ée]s|sujets|etiquetas|temas|tag|argomenti|rubrik|теги|метки|태그)$/u;

function isTagLine(block: Element): boolean {
  const text = textOf(block);
  if (!text || wordCount(text) > 60) return false;
  const first = firstTextSegment(block);
  const label = first.match(/^(.{1,25}?)\s*:/u)?.[1] ?? first;
  if (!TAG_LABEL.test(normalizeLabel(label))) return false;
  const links = linksIn(block).filter((a) => textOf(a));
  if (links.length === 0 || links.some((a) => wordCount(textOf(a)) > 5)) return false;
  // Apart from the label, only separators may sit between the tag links.
  const rest = nonLinkText(block).replace(label, '');
  return wordCount(rest) <= 2;
}

/**
 * A blog post's metadata line ("This entry was posted on … filed under … You can leave a response,
 * or trackback from your own site", in the blog's language): it carries a trackback link, which
 * no story sentence has.
 */
function isPostMetaLine(block: Element): boolean {
  // The line itself, never a post body that holds it.
  if (wordCount(textOf(block)) > 80 || hasTagBelow(block, 'p, div, li, section')) return false;
  return linksIn(block).some((a) => /(?:^|\s)trackback(?:\s|$)/i.test(a.getAttribute('rel') ?? '') || /\/trackback\/?$/i.test(a.getAttribute('href') ?? ''));
}

export function findTagLines(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const block of queryAll(root, 'div, p, ul, section, footer, span, aside')) {
    if (isCovered(found, block)) continue;
    if (isTagLine(block) || isPostMetaLine(block)) found.push({ kind: 'tags', nodes: [block] });
  }
  return found;
}
