/**
 * Signal: teaser boxes — a short block that opens with a label ("Also Read", "Read more:",
 * "Related:", "Baca juga") followed by one to three links that make up most of the rest.
 * Also catches an all-caps paragraph that is nothing but one link (a common inline "related story").
 */
import { type Candidate, hasStoryProse, isCovered } from './blocks';
import { firstTextSegment, isSameSiteLink, linkTextLength, linksIn, normalizeLabel, textOf, wordCount } from './text';
import { isTag, queryAll } from '../walk';

const TEASER_LABEL = new RegExp(
  '^(?:' +
    [
      '(?:also|must) read',
      'read (?:also|more|next|this)',
      '(?:see|also) (?:also|see|more)',
      'also on [\\p{L}\\p{N}.-]+',
      'also',
      'more',
      'related(?: (?:stories|story|articles?|news|content|coverage|links?|posts?|reading|video))?',
      'recommended(?: reading)?',
      "don't miss",
      'up next',
      'watch(?: more| now)?',
      'further reading',
      '(?:à )?lire aussi',
      'voir aussi',
      'mehr zum thema',
      'lesen sie auch',
      'siehe auch',
      '(?:también )?te puede interesar',
      'lee también',
      'ver también',
      '(?:leia|veja) (?:também|mais)',
      'leggi anche',
      'baca juga',
      'читайте также',
      '관련\\s?기사',
      'lees ook',
      'zie ook',
      'czytaj (?:także|też|również)',
      'zobacz (?:także|też|również)',
      'läs (?:också|även)',
      'se även',
      'ayrıca okuyun',
      'i\\u0307?lgili haber',
      'читайте також',
      'дивіться також',
      'اقرأ أيضاً?',
      'קראו גם',
      'קרא גם',
      'بیشتر بخوانید',
      'بخوانید',
      'य(?:े|ह) भी पढ\\p{M}*',
      'đọc thêm',
      'xem thêm',
      'tin liên quan',
    ].join('|') +
    ')$',
  'u',
);

const BOXES = 'aside, section, div, p, blockquote, figure, h2, h3, h4, h5, h6';
const MAX_WORDS = 60;

/** The label as it opens the block: its own element/text node, or text ending in ":", "|", "»"… */
function openingLabel(block: Element): string | null {
  const first = firstTextSegment(block);
  const label = first.match(/^(.{1,40}?)\s*[:|»›–—]/u)?.[1] ?? first;
  return TEASER_LABEL.test(normalizeLabel(label)) ? label : null;
}

function isTeaserBox(block: Element): boolean {
  const text = textOf(block);
  if (!text || wordCount(text) > MAX_WORDS) return false;
  const links = linksIn(block).filter((a) => wordCount(textOf(a)) >= 2);
  if (links.length === 0 || links.length > 3 || hasStoryProse(block)) return false;
  const label = openingLabel(block);
  if (label) {
    // Links must carry most of what follows the label, or it is a sentence that starts with "Also".
    const linkChars = linkTextLength(block) - (linksIn(block).some((a) => textOf(a).startsWith(label)) ? label.length : 0);
    return linkChars / Math.max(1, text.length - label.length) >= 0.6;
  }
  return isShoutedLinkLine(block, text);
}

/**
 * "<p><a>CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES</a></p>": one all-caps link to the site itself,
 * filling the block. An all-caps link elsewhere ("CLICK FOR FULL RESULTS" → a source) is story.
 */
function isShoutedLinkLine(block: Element, text: string): boolean {
  if (!isTag(block, 'p, h2, h3, h4, h5, h6') || wordCount(text) < 4) return false;
  const links = linksIn(block);
  if (links.length !== 1 || !links.every(isSameSiteLink)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
    && linkTextLength(block) / text.length >= 0.9;
}

export function findTeasers(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const block of queryAll(root, BOXES)) {
    if (isCovered(found, block)) continue; // outermost box wins
    if (isTeaserBox(block)) found.push({ kind: 'teaser', nodes: [block] });
  }
  return found;
}
