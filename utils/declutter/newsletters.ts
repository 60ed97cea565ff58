/** Signal: newsletter / subscribe boxes — a short call to sign up, with a form, button or link to do it. */
import { type Candidate, isCovered } from './blocks';
import { linksIn, normalizeLabel, textOf, wordCount } from './text';
import { hasTagBelow, queryAll } from '../walk';

const CALL = /\b(?:subscribe|sign(?:ing)? ?up|join|register|get|receive|delivered|abonnieren|abonnez|inscr[ií]b|suscr[ií]b|assine|iscriviti)/i;
const CHANNEL = /\b(?:newsletters?|inbox|e-?mails?|alerts|briefing|digest|mailing list|abonnement|bolet[ií]n)\b/i;
// The box opens with the call itself: "Sign up for…", "Get the day's top stories…", "Click here to subscribe".
const ACTION = /^(?:subscribe|sign ?up|join (?:our|the)|register (?:for|now)|get (?:our|the latest|the day's|breaking|daily|weekly|the best)|click here|abonnieren|abonnez|suscr[ií]b|assine|iscriviti)/i;
const LINK_CALL = /\b(?:subscribe|sign ?up|newsletters?|register|abonn|suscr[ií]b|assine|iscriviti)/i;
const BARE_BUTTON = /^(?:subscribe|sign up|subscribe now|sign up now|subscribe today|sign up today)$/;
const MAX_WORDS = 50;

function isNewsletterBox(block: Element): boolean {
  const text = textOf(block);
  if (!text || wordCount(text) > MAX_WORDS) return false;
  // A lone "SUBSCRIBE" line is the button of a box whose text Readability split up.
  if (BARE_BUTTON.test(normalizeLabel(text))) return true;
  if (!CHANNEL.test(text) || !CALL.test(text)) return false;
  const hasForm = hasTagBelow(block, 'form, input, button');
  const actionLink = linksIn(block).some((a) => LINK_CALL.test(textOf(a)));
  // Prose that mentions a newsletter stays unless it is itself the call to action.
  return hasForm || actionLink || ACTION.test(text) || (wordCount(text) <= 25 && /\binbox\b/i.test(text));
}

export function findNewsletters(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const block of queryAll(root, 'form, aside, section, div, p, h2, h3, h4, h5, h6')) {
    if (isCovered(found, block)) continue;
    if (isNewsletterBox(block)) found.push({ kind: 'newsletter', nodes: [block] });
  }
  return found;
}
