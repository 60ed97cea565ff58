/**
 * Signal: the boilerplate a wire press release (PR Newswire, Business Wire, GlobeNewswire…) carries
 * after its news when a site republishes it — "About <Company>" sections, forward-looking-statement
 * and safe-harbor notices, media/investor contact blocks, "SOURCE <Company>" lines, "###" or "-30-"
 * end marks, "View original content: <url>" and "Logo - <url>" lines, and the republishing site's
 * note that it does not vouch for the release.
 * Anchored: the tail runs from such a heading or line to the end of the body, and it is taken only
 * when every later heading is boilerplate too and every block outside a section is a wire line, so a
 * story section ("About the study") or a scene break ("###") followed by more story stays. Short
 * lines and link lists after the tail (tags, share links) do not end it; they are left to the other signals.
 */
import { type Candidate, hasStoryProse, isEmptyBlock } from './blocks';
import { linkDensity, normalizeLabel, textOf, wordCount } from './text';
import { elementsByTag, isTag, queryAll, wrappersOf } from '../walk';
import { firstWordChoice, guarded } from '../patterns';

type Section = 'about' | 'forward-looking' | 'contact';

// "About <Company>": the prefix in any case, then a name that starts with a capital or digit
// ("the/this…" only before another capital: "About The Acme Trust", not "About the study").
const ABOUT_PREFIX = /^(?:about|à propos (?:de |d'|d’|du |des )|über|acerca de|sobre)\s*/iu;
const NAME = /^(?:(?:the|die|der|das|la|le|les|el|los|las) (?=\p{Lu})|l['’](?=\p{Lu}))?(?!(?:The|This|These|Those|A|An|It|Us|Our)\b(?! \p{Lu}))[\p{Lu}\p{N}][\p{L}\p{N}.,&'’()\- ]{0,80}$/u;

// Matched against the normalized (lower-cased, trimmed) heading text.
const FORWARD_LOOKING = guarded(
  'press-release FORWARD_LOOKING',
  /forward|harbo|prospecti|avertissement|aussagen|futuro/u,
  [
    '(?:the )?forward[- ]looking (?:statements?|information)(?: and (?:non-gaap|other) [\\p{L} -]+)?',
    'safe harbou?r(?: statements?| notice| disclaimer)?',
    '"?safe harbou?r"? statement',
    // French, German, Spanish
    '(?:mise en garde (?:concernant|relative aux) )?(?:les )?(?:déclarations|énoncés|informations) prospecti(?:ves|fs)',
    'avertissement(?: concernant les déclarations prospectives)?',
    'zukunftsgerichtete(?:n)? aussagen',
    'zukunftsbezogene(?:n)? aussagen',
    '(?:hinweis|disclaimer)(?: zu zukunftsgerichteten aussagen)',
    '(?:declaraciones|información|afirmaciones) (?:prospectivas?|a futuro|sobre el futuro)',
  ],
  'u',
  {
    prefix:
      '^(?:(?:special |important )?(?:cautionary )?(?:note|notes|statement|language|information|disclaimer)s? (?:regarding|concerning|about|on|relating to|with respect to) )?',
    suffix: '$',
  },
);
const CONTACT = firstWordChoice(
  'press-release CONTACT',
  [
    '(?:media|press|investor|investors|analyst|news|public) (?:and (?:media|investor) )?(?:relations )?(?:contacts?|inquiries|enquiries|relations)',
    'contacts?',
    'for (?:further|more|additional) information(?:,? (?:please )?contact)?',
    'contacts? (?:presse|médias?|investisseurs?)',
    'relations (?:presse|investisseurs)',
    'pressekontakt',
    'medienkontakt',
    'investorenkontakt',
    'kontakt(?: für (?:medien|presse|investoren))?',
    'ansprechpartner(?: für (?:die )?(?:presse|medien))?',
    'contactos? (?:de prensa|para (?:los )?medios|con (?:los )?medios|de medios|con inversores|para inversores)',
    'contacto',
  ],
  'u',
  { suffix: '$' },
);

/** One-line wire marks, tested on the whole block text (not lower-cased: "SOURCE" is in capitals). */
const WIRE_LINE = [
  /^(?:#{3,}|-\s?30\s?-|-\s?(?:ends?|fin|ende)\s?-)$/i,
  /^(?:SOURCE|QUELLE|FUENTE)\s+\S[^]{0,120}$/,
  /^(?:view (?:original content|source version)(?: to download multimedia)?(?: on [\w.]+)?|voir le contenu original|originalinhalt anzeigen|vea el contenido original|ver el contenido original)\b[^]{0,40}:?\s*(?:https?:\/\/\S+)?$/i,
  /^(?:logo|photo|video|multimedia|attachments?)\s*[-–:]\s*https?:\/\/\S+(?:\s+https?:\/\/\S+)*$/i,
];

/**
 * The republishing site's note under a wire release: who distributed it and that the site does not
 * vouch for it ("This press release was distributed by …; its statements are not endorsed by …").
 */
export const REPUBLISHER_NOTE =
  /\b(?:press|news|media) releases?\b[^]{0,200}\b(?:(?:not|never) (?:been )?endorsed by|(?:do|does) not necessarily (?:state|reflect|represent)|(?:solely|fully|entirely) responsible for (?:the |its |their )?(?:content|accuracy))/i;
/** REPUBLISHER_NOTE.test, asked only of text holding "release" (which every match does; `i` without `u` folds ASCII only). */
export function isRepublisherNote(text: string): boolean {
  return /release/i.test(text) && REPUBLISHER_NOTE.test(text);
}
const MAX_NOTE_WORDS = 70;
// A story sentence reporting what a release said is the story's own.
const REPORTED = /\b(?:said|says|told|according to)\b/i;

// Leaf blocks the tail is read in; a list or table is one unit.
const UNITS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre, dl, div, figure';
const MAX_HEADING_WORDS = 12;
const MIN_STORY_WORDS = 60;
const MAX_TAIL_WORDS = 1500;

/** Texts that may title a block: the whole of a short line, its bold lead, the label before a colon. */
function labelsOf(block: Element): string[] {
  const text = textOf(block);
  const labels: string[] = [];
  if (/^h[1-6]$/.test(block.localName) || wordCount(text) <= MAX_HEADING_WORDS) labels.push(text);
  const lead = block.firstElementChild;
  if (lead && isTag(lead, 'strong, b') && text.startsWith(textOf(lead))) labels.push(textOf(lead));
  // "Media Contact: Jane Roe, +1 555 0100" in one line.
  const colon = /^([^:：]{2,40})[:：]/.exec(text);
  if (colon) labels.push(colon[1]!);
  return labels.filter((label) => label && wordCount(label) <= MAX_HEADING_WORDS);
}

function sectionOf(block: Element): Section | null {
  for (const raw of labelsOf(block)) {
    const label = normalizeLabel(raw);
    if (FORWARD_LOOKING.test(label)) return 'forward-looking';
    if (CONTACT.test(label)) return 'contact';
    if (isAboutLabel(block, raw)) return 'about';
  }
  return null;
}

/** "About Acme Corp." standing as a title: a heading, a bold lead, or a bare line of a few words. */
function isAboutLabel(block: Element, raw: string): boolean {
  const bare = raw.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[\s:：]+$/u, '');
  const prefix = ABOUT_PREFIX.exec(bare);
  if (!prefix || !NAME.test(bare.slice(prefix[0].length)) || /[?!]$/.test(bare)) return false;
  if (/^h[1-6]$/.test(block.localName)) return true;
  const lead = block.firstElementChild;
  if (lead && isTag(lead, 'strong, b') && textOf(lead) === raw) return true;
  return textOf(block) === raw && wordCount(raw) <= 6;
}

function isWireLine(block: Element): boolean {
  const text = textOf(block);
  const words = wordCount(text);
  return (words <= 25 && WIRE_LINE.some((pattern) => pattern.test(text))) || (words <= MAX_NOTE_WORDS && isRepublisherNote(text) && !REPORTED.test(text));
}

/** A short line or a link list after the release (tags, share links, "Related links"): left to the other signals, it does not end the tail. */
function isTrailingFurniture(block: Element): boolean {
  if (hasStoryProse(block)) return false;
  return wordCount(textOf(block)) <= MAX_HEADING_WORDS || linkDensity(block) >= 0.5;
}

function isHeadingBlock(block: Element): boolean {
  if (/^h[1-6]$/.test(block.localName)) return true;
  const text = textOf(block);
  const lead = block.firstElementChild;
  return wordCount(text) <= MAX_HEADING_WORDS && !!lead && isTag(lead, 'strong, b') && textOf(lead) === text;
}

/** The leaf blocks of root in document order (blocks holding no other unit), without empty ones. */
function unitsOf(root: Element): Element[] {
  const all = queryAll(root, UNITS);
  // A list, table or quote is read whole; what sits inside it is not a unit of its own.
  const insideWhole = new Set<Element>();
  for (const el of all) {
    if (!insideWhole.has(el) && isTag(el, 'ul, ol, table, blockquote, dl')) for (const child of elementsByTag(el)) insideWhole.add(child);
  }
  const inner = all.filter((el) => !insideWhole.has(el));
  const wrappers = wrappersOf(inner);
  return inner.filter((el) => !wrappers.has(el) && !isEmptyBlock(el));
}

export function findPressReleases(root: Element): Candidate[] {
  const units = unitsOf(root);
  const sections = units.map(sectionOf);
  const lines = units.map(isWireLine);
  // underSection[i]: a boilerplate heading sits above unit i with no story heading between.
  let open = false;
  const underSection = units.map((unit, i) => {
    const was = open;
    if (sections[i]) open = true;
    else if (isHeadingBlock(unit)) open = false;
    return was;
  });

  // The earliest start from which the rest of the body is boilerplate only.
  // Read backwards: a block belongs to the tail when it is a wire line, a boilerplate heading, or
  // prose under one; a story heading or story prose ends the tail.
  let start = -1;
  let end = units.length;
  while (end > 0 && !sections[end - 1] && !lines[end - 1] && isTrailingFurniture(units[end - 1]!)) end--;
  for (let i = end - 1; i >= 0; i--) {
    if (sections[i] || lines[i]) start = i;
    else if (isHeadingBlock(units[i]!) || !underSection[i]) break;
  }
  if (start < 0) return [];
  // A lone trailing wire line is fine; a tail must leave a story before it and stay a tail's size.
  const before = units.slice(0, start).reduce((sum, el) => sum + wordCount(textOf(el)), 0);
  const tail = units.slice(start, end).reduce((sum, el) => sum + wordCount(textOf(el)), 0);
  if (before < MIN_STORY_WORDS || tail > MAX_TAIL_WORDS) return [];
  if (sections[start] === 'about' && !mentionsName(units, start)) return [];

  // One candidate per section (and per run of wire lines), so each is listed on its own.
  const found: Candidate[] = [];
  for (let i = start; i < end; i++) {
    if (sections[i] || lines[i] || found.length === 0) found.push({ kind: 'boilerplate', nodes: [units[i]!] });
    else found[found.length - 1]!.nodes.push(units[i]!);
  }
  return found;
}

/** "About Acme Corp." is followed by a description that names Acme: a section about a study or a person is not. */
function mentionsName(units: Element[], start: number): boolean {
  const heading = units[start]!;
  const label = labelsOf(heading).find((raw) => isAboutLabel(heading, raw)) ?? '';
  const word = label.replace(ABOUT_PREFIX, '').split(/[\s,.]+/).find((w) => w.length >= 2 && !/^(?:the|la|le|les|el|die|der|das)$/i.test(w));
  // The description follows in the same paragraph (after a bold lead) or in the next block.
  const next = units[start + 1];
  const description = textOf(heading) !== label ? textOf(heading).slice(label.length) : next ? textOf(next) : '';
  return !!word && description.toLowerCase().includes(word.toLowerCase());
}
