/** Signal: blocks whose whole text is an advertising label ("Advertisement", "Anzeige", "Publicité"…). */
import { type Candidate, isCovered } from './blocks';
import { normalizeLabel, textOf } from './text';
import { queryAll } from '../walk';

// Whole-text matches only (after lower-casing and trimming punctuation), so prose that merely
// mentions advertising never matches.
const AD_LABEL = new RegExp(
  '^(?:' +
    [
      'advertisements?',
      'advert',
      'advertising',
      'ads?',
      'sponsored(?: (?:content|links?|stories|post|by .{1,40}))?',
      'paid (?:content|post|partner content)',
      'promoted(?: (?:content|stories|links?))?',
      'advertisement[\\s\\p{P}]+(?:scroll|continue) (?:down )?(?:to|reading)(?: continue| story| content| below)?(?: with content)?',
      '(?:the )?story continues below(?: (?:this )?advertisement)?',
      'article continues below(?: (?:this )?advertisement)?',
      'continue reading below',
      'scroll (?:down )?to continue(?: with content| reading)?',
      'anzeige',
      'werbung',
      'publicit[ée]',
      'publicidad',
      'publicidade',
      'pubblicit[àa]',
      'annonce',
      'реклама',
      'iklan',
      '광고',
    ].join('|') +
    ')$',
  'u',
);

const CONTAINERS = 'p, div, span, center, aside, section, figure, small, strong, b, em, i, font, header, li, dd';

export function findAdLabels(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const el of queryAll(root, CONTAINERS)) {
    if (isCovered(found, el)) continue; // keep only the outermost wrapper
    if (AD_LABEL.test(normalizeLabel(textOf(el)))) found.push({ kind: 'ad-label', nodes: [el] });
  }
  return found;
}
