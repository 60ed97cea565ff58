/** Signal: "Tags:" lines — a label followed by short topic links and nothing else. */
import { type Candidate, isCovered } from './blocks';
import { firstTextSegment, linksIn, nonLinkText, normalizeLabel, textOf, wordCount } from './text';
import { queryAll } from '../walk';

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

export function findTagLines(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const block of queryAll(root, 'div, p, ul, section, footer, span, aside')) {
    if (isCovered(found, block)) continue;
    if (isTagLine(block)) found.push({ kind: 'tags', nodes: [block] });
  }
  return found;
}
