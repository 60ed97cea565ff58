/**
 * The publisher's boxes that talk to the reader, found by structure so they are found in every
 * language: a short block around an e-mail field is a sign-up box; a short block whose links all
 * go to a messaging channel, an app store or a news aggregator's follow page is a follow promo;
 * a short block of a line or heading and a button is a call to action (donation asks, push
 * prompts). Read once before Readability (which drops forms, inputs and buttons: see hints.ts)
 * and again by declutter on the body.
 */
import { hasStoryProse } from './declutter/blocks';
import { linkDensity, linksIn, textOf, wordCount } from './declutter/text';
import { endsSentence } from './text-measure';
import { elementsByTag } from './walk';

export type BoxRole = 'signup' | 'follow' | 'cta';

export interface ReaderBox {
  role: BoxRole;
  el: Element;
}

/** A sign-up box: its pitch, fine print and form; a follow promo or a call to action is a line or two. */
export const BOX_MAX_WORDS: Record<BoxRole, number> = { signup: 60, follow: 40, cta: 40 };

/** Never a box: the page, its main region, the story. */
const NEVER_BOX = new Set(['html', 'body', 'main', 'article']);
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'figure', 'svg', 'canvas']);

/** An input for an e-mail address: typed as one, autofilled as one, or named for one (form names are English code). */
export function isEmailField(el: Element): boolean {
  if (el.localName !== 'input') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text' && type !== '') return false;
  if (/\bemail\b/i.test(el.getAttribute('autocomplete') ?? '')) return true;
  const names = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('placeholder') ?? ''}`;
  return /e-?mail|@/i.test(names) || el.hasAttribute('data-members-email');
}

/**
 * Where a follow link goes: a messaging channel or group (not one post in it), an app store page,
 * or a news aggregator's page for the outlet. Aggregator and preferred-source pages are the
 * outlet's own: nobody links another outlet's follow page from a story.
 */
const CHANNEL_PAGES: RegExp[] = [
  // Telegram channels and invites; t.me/name/123 is one post, which a story quotes.
  /^(?:t|telegram)\.me\/(?:s\/)?(?:\+|joinchat\/)?[\w-]+\/?(?:[?#]|$)/,
  /^(?:www\.)?whatsapp\.com\/channel\/\w+\/?(?:[?#]|$)/,
  /^chat\.whatsapp\.com\/\w+/,
  /^(?:line\.me\/(?:R\/)?ti\/p\/|page\.line\.me\/|lin\.ee\/)/,
  /^(?:invite\.viber\.com\/|vb\.me\/)/,
  /^zalo\.me\/[\w.-]+\/?(?:[?#]|$)/,
];
const APP_STORES = /^(?:apps\.apple\.com\/|itunes\.apple\.com\/|play\.google\.com\/store\/apps\/|appgallery\.huawei\.com\/|apps\.rustore\.ru\/app\/|galaxy\.store\/)/;
const AGGREGATORS = /^(?:news\.google\.com\/(?:publications|s)\/|(?:www\.)?google\.com\/preferences\/source|dzen\.ru\/(?!a\/|b\/|video\/)[\w.-]+\/?(?:[?#]|$)|zen\.yandex\.ru\/(?!media\/)[\w.-]+\/?(?:[?#]|$)|flipboard\.com\/@)/;

export type FollowTarget = 'channel' | 'store' | 'aggregator';

export function followTargetOf(a: Element): FollowTarget | null {
  const href = (a.getAttribute('href') ?? '').trim().replace(/^https?:\/\//i, '').replace(/^www\.(?=(?:whatsapp|google)\.)/i, '');
  if (!href || href.startsWith('/')) return null;
  if (AGGREGATORS.test(href)) return 'aggregator';
  if (APP_STORES.test(href)) return 'store';
  return CHANNEL_PAGES.some((page) => page.test(href)) ? 'channel' : null;
}

/** A button, a submit input, or a link styled as one (btn, button, cta: the class words every CMS uses). */
export function isButtonLike(el: Element): boolean {
  if (el.localName === 'button') return true;
  if (el.localName === 'input') return /^(?:submit|button)$/i.test(el.getAttribute('type') ?? '');
  if (el.localName !== 'a') return false;
  return el.getAttribute('role') === 'button' || /(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '');
}

/** The largest ancestor of start (below root) that stays short, holds no story paragraph and passes accept. */
function growBox(start: Element, root: Element, role: BoxRole, accept: (el: Element) => boolean = () => true): Element {
  let box = start;
  for (let parent = start.parentElement; parent && parent !== root && !NEVER_BOX.has(parent.localName); parent = parent.parentElement) {
    const text = textOf(parent);
    // No word of any script averages 25 characters: a longer text is not segmented at all.
    if (text.length > BOX_MAX_WORDS[role] * 25 || wordCount(text) > BOX_MAX_WORDS[role] || !accept(parent) || hasStoryProse(parent)) break;
    box = parent;
  }
  return box;
}

function signupBoxOf(input: Element, root: Element): Element | null {
  const box = growBox(input, root, 'signup');
  // A comment, contact or log-in form asks for more than an address.
  if (box === input || elementsByTag(box, 'textarea').length > 0 || elementsByTag(box, 'input').some((i) => i.getAttribute('type') === 'password')) return null;
  return box;
}

const allLinksFollow = (el: Element) => linksIn(el).every((a) => followTargetOf(a) !== null);

function followBoxOf(link: Element, root: Element): Element | null {
  const box = growBox(link, root, 'follow', allLinksFollow);
  if (box === link || hasMedia(box, true)) return null;
  const links = linksIn(box);
  const text = textOf(box);
  // A story line may name a channel and link it; a promo is boxed, bare, bold, several links, or no sentence.
  return links.some((a) => followTargetOf(a) === 'aggregator') ||
    new Set(links.map((a) => a.getAttribute('href'))).size >= 2 ||
    linkDensity(box) >= 0.5 ||
    isAllEmphasis(box) ||
    standsApart(box) ||
    !endsSentence(text)
    ? box
    : null;
}

function ctaBoxOf(button: Element, root: Element): Element | null {
  // A toggle (an explainer's question that opens its answer, a tab) shows story text; it asks nothing.
  if (button.hasAttribute('aria-expanded') || button.hasAttribute('aria-controls') || button.getAttribute('role') === 'tab') return null;
  const onlyButtons = (el: Element) => !hasMedia(el, false) && linksIn(el).every(isButtonLike);
  const box = growBox(button, root, 'cta', onlyButtons);
  if (box === button) return null;
  const buttons = elementsByTag(box).filter(isButtonLike);
  const buttonWords = buttons.reduce((sum, b) => sum + wordCount(textOf(b) || (b.getAttribute('value') ?? '')), 0);
  const ownWords = wordCount(textOf(box)) - buttons.reduce((sum, b) => sum + wordCount(textOf(b)), 0);
  return ownWords >= 1 && ownWords <= 30 && buttonWords <= 4 * buttons.length ? box : null;
}

/**
 * A box of its own: not a paragraph, nor one of a run of like wrappers (some CMSs wrap every story
 * paragraph in the same <div class>, and those are story).
 */
function standsApart(box: Element): boolean {
  if (box.localName === 'p') return false;
  const twin = (sibling: Element | null) => !!sibling && sibling.localName === box.localName && sibling.getAttribute('class') === box.getAttribute('class');
  return !twin(box.previousElementSibling) && !twin(box.nextElementSibling);
}

/** Images inside links are store badges; other media make a block a figure or a player. */
function hasMedia(el: Element, allowLinkedImages: boolean): boolean {
  return elementsByTag(el).some((inner) => MEDIA.has(inner.localName) && !(allowLinkedImages && inner.localName === 'img' && inner.closest('a')));
}

/** The block's whole text sits in one <strong>, <b> or <em>: a styled call-out, not a story paragraph. */
function isAllEmphasis(el: Element): boolean {
  const children = Array.from(el.children);
  return children.length === 1 && /^(?:strong|b|em|i)$/.test(children[0]!.localName) && textOf(children[0]!) === textOf(el);
}

/** Every reader box under root, outermost first claim wins; sign-up boxes before the links and buttons inside them. */
export function findReaderBoxes(root: Element): ReaderBox[] {
  const found: ReaderBox[] = [];
  const claimed = (el: Element) => found.some((box) => box.el.contains(el) || el.contains(box.el));
  const add = (role: BoxRole, el: Element | null) => {
    if (el && !claimed(el)) found.push({ role, el });
  };
  const all = elementsByTag(root);
  for (const el of all) if (isEmailField(el) && !claimed(el)) add('signup', signupBoxOf(el, root));
  // The cheap, pure tag tests first: `claimed` walks up from el for every box found so far.
  for (const el of all) if (el.localName === 'a' && followTargetOf(el) && !claimed(el)) add('follow', followBoxOf(el, root));
  for (const el of all) if (isButtonLike(el) && !claimed(el)) add('cta', ctaBoxOf(el, root));
  return found;
}
