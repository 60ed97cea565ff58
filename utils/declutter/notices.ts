/**
 * Signal: short blocks that talk to the reader about the page rather than the story — cookie and
 * consent banners, "requires JavaScript", skip links, unrendered shortcodes, comment prompts and
 * moderation rules, paywall and truncation notices, affiliate disclosures and paid-subscription offers.
 * Whole-block matches only, capped in length, so prose that mentions any of these stays.
 */
import { type Candidate, hasStoryProse, nextNonEmpty, previousNonEmpty } from './blocks';
import { normalizeLabel, textOf, wordCount } from './text';
import { queryAll } from '../walk';
import { firstWordChoice, guarded } from '../patterns';

/** Tested on the whole block's normalized text. */
const WHOLE = firstWordChoice(
  'notices WHOLE',
  [
    'skip to (?:main )?(?:content|navigation|article|main|footer)',
    '(?:\\d+ )?(?:comments?|responses?|replies)',
    '(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)',
    '(?:join|start) the (?:discussion|conversation)',
    'have your say',
    'tell us what you think(?: comments)?',
    '(?:show|view|read|see|load) (?:all )?(?:\\d+ )?comments?',
    'be the first to comment(?: on this (?:story|article))?',
    'comments? (?:are )?closed',
    '(?:\\d+ )?(?:kommentare?|commentaires?|comentarios?|coment[áa]rios?|commenti|reacties|komentar|комментари\\p{L}*|(?:ال)?تعليقات|コメント|댓글|评论|評論)',
    '(?:already a subscriber|have an account|already have an account)\\W+(?:sign|log) ?in(?: here)?',
    '(?:sign|log) ?in(?: or (?:subscribe|register))?',
    'this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)(?: only)?',
  ],
  'u',
  { suffix: '$' },
);

/** Tested anywhere in a block of at most MAX_WORDS words. */
const INSIDE: { test(text: string): boolean }[] = [
  // Cookie and consent banners: cookies plus a consent word.
  guarded('notices cookies', /cookie/i, ['\\bcookies?\\b[^]*\\b(?:accept|agree|consent|opt[- ]?out|cookie policy|privacy policy|continu(?:e|ing) to (?:use|browse))\\b', '\\b(?:accept|agree|consent)\\b[^]*\\bcookies?\\b'], 'i'),
  guarded('notices javascript', /javascript/i, ['\\b(?:requires?|enable|turn on|needs?|activate)\\b.{0,40}\\bjavascript\\b', '\\bjavascript (?:is )?(?:disabled|required|turned off)\\b'], 'i'),
  // Unrendered shortcodes: "[button link=…]Send us your review[/button]".
  /^\[[a-z_-]+(?:\s[^\]]*=[^\]]*)?\][^]*\[\/[a-z_-]+\]$/i,
  // Comment rules and moderation.
  guarded('notices moderation', /comment|coment|kommentar/i, ['\\b(?:comments?|coment[áa]rios?|commenti|commentaires|kommentare)\\b[^]*\\b(?:moderat\\w*|approv\\w*|aprovad\\w*|approvat\\w*|community (?:guidelines|standards))\\b'], 'i'),
  // Paywall and truncation notices.
  guarded('notices paywall', /subscribe|sign in|log in|register|become a/i, ['\\b(?:subscribe|sign in|log in|register|become a (?:member|subscriber))\\b.{0,30}\\b(?:to (?:continue|keep) reading|to read (?:the|this) (?:full|whole|rest)|to unlock|for (?:full|unlimited) access)\\b'], 'i'),
  guarded('notices article limit', /reached|used|free article/i, ["you(?:'ve| have) (?:reached|used) (?:your|all your) (?:free )?(?:article|story) limit|free articles? (?:left|remaining)"], 'i', { prefix: '\\b', suffix: '\\b' }),
  // A site's copyright line: "© 2003 … All rights reserved." (a sign and a year first: prose on copyright has neither).
  /^(?:©|\(c\)|copyright\s*©?)\s*\d{4}\b[^]*(?:all rights reserved|may not be (?:published|reproduced)|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|все права защищены|при перепечатке)/iu,
  // Affiliate disclosures.
  guarded('notices affiliate', /affiliate|we may/i, ['(?:contains?|may contain|includes?) affiliate(?: and\\/or referral)? links', 'we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of sales)', 'affiliate commission'], 'i', { prefix: '\\b', suffix: '\\b' }),
];

/** A paid offer: a subscription, membership or magazine issues with a price or a promo code. */
const OFFER = /\b(?:subscri\w*|membership|\d+ issues)\b/i;
const PITCH = /\b(?:click here|use (?:the )?(?:promo )?code|for as little as|subscribe (?:now|today|here))\b/i;
const PRICE = /(?:[$£€₹¥]|\brs\.?|\busd|\beur|\binr)\s?\d|\d\s?(?:[$£€₹]|\brs\b)|\b(?:promo|coupon|discount) code\b|\buse (?:the )?code\b/i;

const MAX_WORDS = 70;
const BLOCKS = 'p, div, section, aside, footer, center, span, h2, h3, h4, h5, h6, a, form, ul, li, small, strong, em';

function isNotice(block: Element): boolean {
  const text = textOf(block);
  const words = wordCount(text);
  if (words === 0 || words > MAX_WORDS) return false;
  if (WHOLE.test(normalizeLabel(text))) return true;
  if (INSIDE.some((pattern) => pattern.test(text))) return !isInStoryRun(block);
  // An offer is a pitch when it is short or carries no running story prose.
  return OFFER.test(text) && PRICE.test(text) && (PITCH.test(text) || (words <= 30 && !hasStoryProse(block)));
}

/**
 * A paragraph of prose between two paragraphs of prose is the story's, whatever its words: a story
 * about cookie-consent law or comment moderation says "consent to cookies" and "moderated".
 * Banners and notices stand apart (at the top or end of the body, in their own box) or are short.
 */
function isInStoryRun(block: Element): boolean {
  if (block.localName !== 'p' || wordCount(textOf(block)) < STORY_WORDS || !hasStoryProse(block)) return false;
  const before = previousNonEmpty(block);
  const after = nextNonEmpty(block);
  return !!before && !!after && before.localName === 'p' && after.localName === 'p' && hasStoryProse(before) && hasStoryProse(after);
}

const STORY_WORDS = 20;

export function findNotices(root: Element): Candidate[] {
  const matches = queryAll(root, BLOCKS).filter(isNotice);
  // The innermost match: a wrapper that also holds story text must not go with its notice.
  return matches.filter((el) => !matches.some((other) => other !== el && el.contains(other))).map((el) => ({ kind: 'notice', nodes: [el] }));
}
