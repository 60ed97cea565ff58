/**
 * Captions and image credits stay visible with their image but are not story text: this stage
 * turns caption-shaped elements into <figcaption> (which collectText skips). Found by the page's
 * own markup (hints) or by shape: a short line right after an image, or a credit line.
 */
import { hintOf, HINT_ATTRIBUTE } from './hints';
import { hasStoryProse, isEmptyBlock, previousNonEmpty } from './declutter/blocks';
import { textOf, whileUnchanged, wordCount } from './declutter/text';
import { closestTag, hasTagBelow, isTag, queryAll, withAttribute } from './walk';

const MAX_CAPTION_WORDS = 80;
const MEDIA = 'img, picture, video, svg, iframe';

/**
 * A credit in its common forms and languages: "(AP Photo/Alan Diaz, File)", "Photo: Reuters",
 * "Picture: Jane Doe", "Photograph: …", "Credit: …", "Foto: dpa", "Bild: …", "Crédit photo : …",
 * "Фото: …", "صورة: …", "写真：…", "사진=…", "图片来源：…", "Getty Images", "© Jane Doe".
 */
export const CREDIT = new RegExp(
  '(?:^|[\\s(\\[|/（【])(?:' +
    [
      '(?:photo|image|picture|pic|illustration|photograph|video|foto|bild|imagen|immagine|imagem|afbeelding)s?(?: credits?)?\\s*(?::|/|by\\b|=)',
      '(?:photo|foto)s? (?:de|di|von|par|por|door)\\s',
      'photographed by\\b|(?:credits?|crédits?(?: photo)?|cr[ée]dito(?: foto)?|bildquelle)\\s*:',
      '©|\\(c\\)\\s|copyright\\b|getty images|ap photo|afp(?: via getty)?\\b|reuters\\b|shutterstock|istock|epa-efe|xinhua\\b',
      'фото(?:графия)?\\s*[:/]|(?:ال)?صورة\\s*[:/]|تصوير\\s*:',
      '写真(?:提供)?\\s*[:：=]|사진\\s*(?:제공)?\\s*[=:]|(?:图片|圖片)(?:来源|來源)?\\s*[:：]|摄影\\s*[:：]',
    ].join('|') +
    ')',
  'iu',
);

/**
 * One global copy of the pattern, built once (matchAll would copy it on every call), and the only
 * one run: a first run compiles a pattern, and this one is long and case-folding.
 */
const CREDIT_ALL = new RegExp(CREDIT.source, 'giu');

/** CREDIT.test(text). */
function hasCredit(text: string): boolean {
  CREDIT_ALL.lastIndex = 0;
  const found = CREDIT_ALL.test(text);
  CREDIT_ALL.lastIndex = 0;
  return found;
}

/** A credit opens or closes its line; one in the middle of a sentence ("the photo by Ana Ruiz won…") is prose. False without a credit. */
function creditAtEdge(text: string): boolean {
  CREDIT_ALL.lastIndex = 0;
  for (let match = CREDIT_ALL.exec(text); match; match = CREDIT_ALL.exec(text)) {
    const at = match.index;
    if (at <= 2 || at >= text.length - 60) return true;
  }
  return false;
}

function isImageOnly(el: Element): boolean {
  return (isTag(el, MEDIA) || hasTagBelow(el, MEDIA)) && !textOf(el);
}

function isShortCaptionLine(el: Element): boolean {
  const words = wordCount(textOf(el));
  return words > 0 && words <= MAX_CAPTION_WORDS && !hasTagBelow(el, 'p, li, h1, h2, h3, h4, h5, h6, blockquote');
}

/** True when el is a caption by shape: credit-bearing, or a short styled line under an image. */
function looksLikeCaption(el: Element): boolean {
  const text = textOf(el);
  const credit = creditAtEdge(text);
  // Cheap text tests first: only credit-bearing or very short lines are worth a look around.
  if (!credit && (wordCount(text) > 15 || !isAllEmphasis(el))) return false;
  if (!isShortCaptionLine(el)) return false;
  const above = previousNonEmpty(el);
  const followsImage = !!above && isImageOnly(above);
  if (followsImage && credit && wordCount(text) <= 60) return true;
  // A whole-line credit ("Photo: Reuters") with no image beside it, or Readability dropped the image.
  if (credit && wordCount(text) <= 8 && !/[.!?]["”]?$/.test(text.replace(/\.$/, ''))) return true;
  // An emphasised short line straight under an image ("<p><em>Kate Henshaw</em></p>").
  const oneSentence = !/[.!?]["”’]?\s+\S/.test(text);
  return followsImage && wordCount(text) <= 15 && oneSentence && isAllEmphasis(el) && !hasStoryProse(el);
}

/** All of el's text sits inside <em>/<i>/<small>/<strong>/<b>. */
function isAllEmphasis(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.textContent ?? '').trim() && !isStyledWithin(node, el)) return false;
  }
  return true;
}

const EMPHASIS = new Set(['em', 'i', 'small', 'strong', 'b']);

/** An emphasis element holds node, at el or below it (what `closest('em, i, small, strong, b')` inside el finds, without the selector engine). */
function isStyledWithin(node: Node, el: Element): boolean {
  for (let up = node.parentElement; up; up = up.parentElement) {
    if (EMPHASIS.has(up.localName)) return true;
    if (up === el) return false;
  }
  return false;
}

/** The caption part of a hinted element: itself, or its text-only children when it also wraps the image. */
function captionParts(el: Element): Element[] {
  if (!hasTagBelow(el, MEDIA)) return [el];
  return Array.from(el.children).filter((child) => textOf(child) && !hasTagBelow(child, MEDIA) && !isTag(child, MEDIA));
}

/** Text beside the picture inside a <figure> that is not yet its <figcaption>: a <cite> credit, a caption <span>. */
function figureTexts(body: Element): Element[] {
  return queryAll(body, 'figure').flatMap((figure) => {
    if (!hasTagBelow(figure, MEDIA) || wordCount(textOf(figure)) > MAX_CAPTION_WORDS) return [];
    const parts = (el: Element): Element[] =>
      Array.from(el.children).flatMap((child) => {
        if (child.localName === 'figcaption' || isTag(child, MEDIA) || !textOf(child)) return [];
        return hasTagBelow(child, `figcaption, ${MEDIA}`) ? parts(child) : [child];
      });
    return parts(figure).filter((part) => !closestTag(part, 'figcaption') && !part.querySelector('p ~ p'));
  });
}

function nearImage(el: Element): boolean {
  const wrapper = el.parentElement;
  return !!wrapper && hasTagBelow(wrapper, MEDIA) && wordCount(textOf(wrapper)) <= MAX_CAPTION_WORDS;
}

function toFigcaption(el: Element, body: Element): void {
  if (closestTag(el, 'figcaption')) return;
  // A caption wrapped alone in a paragraph or box becomes that box, so no empty paragraph is left behind.
  while (el.parentElement && el.parentElement !== body && isTag(el.parentElement, 'p, div, span') && textOf(el.parentElement) === textOf(el) && !hasTagBelow(el.parentElement, MEDIA)) {
    el = el.parentElement;
  }
  const caption = el.ownerDocument.createElement('figcaption');
  caption.append(...Array.from(el.childNodes));
  el.replaceWith(caption);
}

/** Marks captions and credits in the article body (in place); returns how many were marked. */
export function markCaptions(body: Element): number {
  const all = whileUnchanged(() => findCaptions(body));
  for (const el of all) if (!isEmptyBlock(el)) toFigcaption(el, body);
  return all.length;
}

function findCaptions(body: Element): Element[] {
  const bodyWords = wordCount(textOf(body));
  const hinted = withAttribute(body, HINT_ATTRIBUTE).flatMap((el) => {
    const hint = hintOf(el);
    if (hint !== 'caption' && hint !== 'credit') return [];
    return captionParts(el).filter((part) => {
      const words = wordCount(textOf(part));
      if (words === 0 || words > MAX_CAPTION_WORDS || words >= bodyWords / 3 || part.querySelector('p ~ p ~ p')) return false;
      // "Credit" also names syndication notes ("Originally published by…"): those need a credit's wording or an image.
      return hint === 'caption' || hasCredit(textOf(part)) || nearImage(part);
    });
  });
  const shaped = queryAll(body, 'p, div, span, small, center').filter(looksLikeCaption);
  return [...hinted, ...shaped, ...figureTexts(body)].filter((el, i, list) => !list.some((other, j) => j !== i && other !== el && other.contains(el)));
}
