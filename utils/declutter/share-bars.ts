/** Signal: share bars — blocks made only of share/social words ("Share", "Facebook", "Copy link"…). */
import { type Candidate, isCovered } from './blocks';
import { normalizeLabel, textOf, wordsIn } from './text';
import { queryAll } from '../walk';

const NETWORKS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'email', 'e-mail', 'mail', 'reddit', 'pinterest',
  'telegram', 'messenger', 'tumblr', 'flipboard', 'pocket', 'threads', 'bluesky', 'mastodon', 'vk', 'line',
  'sms', 'print', 'tweet', 'pin', 'copy', 'link', 'url', 'comments', 'comment',
]);
// Words that may sit around the network names without making the block prose.
const FILLER = new Set(['share', 'shares', 'sharing', 'this', 'on', 'via', 'the', 'article', 'story', 'page',
  'post', 'it', 'to', 'a', 'friend', 'teilen', 'partager', 'compartir', 'condividi', 'bagikan', 'поделиться', 'or']);

/** "Like this story? Share it with a friend!" and similar one-line share prompts. */
const SHARE_PROMPT = /^(?:(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\W+)?share (?:it|this(?: story| article| post)?) with (?:a friend|your friends|others)$/u;

function isShareBar(block: Element): boolean {
  const text = textOf(block);
  if (!text) return false;
  if (SHARE_PROMPT.test(normalizeLabel(text))) return true;
  const words = wordsIn(text.toLowerCase());
  if (words.length === 0 || words.length > 20) return false;
  if (!words.every((w) => NETWORKS.has(w) || FILLER.has(w) || /^\d+$/.test(w))) return false;
  // Two different networks, or an explicit "share": one lone "Email" link is not a share bar.
  const networks = new Set(words.filter((w) => NETWORKS.has(w)));
  return networks.size >= 2 || (networks.size >= 1 && words.some((w) => w.startsWith('shar')));
}

export function findShareBars(root: Element): Candidate[] {
  const found: Candidate[] = [];
  for (const block of queryAll(root, 'div, ul, ol, p, section, aside, nav, footer, span')) {
    if (isCovered(found, block)) continue;
    if (isShareBar(block)) found.push({ kind: 'share-bar', nodes: [block] });
  }
  return found;
}
