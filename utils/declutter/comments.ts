/**
 * Signal: reader comments below the story. Sections the page's markup names as comments were
 * marked before Readability (utils/comments-pre.ts); sections with no telling markup are found by
 * shape: a comment-section title ("12 comments", "Kommentare (3)", "3 thoughts on “…”", "댓글")
 * followed by items that show who wrote and a "Reply" button, after the story has run.
 */
import { type Candidate, expandToWrapper, isCovered, isEmptyBlock, isHeadingLike } from './blocks';
import { normalizeLabel, textOf, wordCount } from './text';
import { countLetters } from '../text-measure';
import { queryAll, withAttribute } from '../walk';

/** Attribute on every element of a named comment section (set on Readability's clone, dropped by sanitizing). */
export const COMMENTS_ATTRIBUTE = 'data-ql-comments';

const COUNT = '(?:\\d+\\s*)?';
const TAIL = '(?:\\s*\\(?\\d+\\)?)?';
/** Titles of comment sections, tested on normalizeLabel's lower-cased text. */
export const COMMENT_SECTION_TITLE = new RegExp(
  '^(?:' +
    [
      `${COUNT}(?:reader |user )?(?:comments?|responses?|replies)${TAIL}`,
      '(?:one|no|\\d+) (?:thoughts?|responses?|replies|comments?) (?:on|to) .{1,200}',
      '(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)',
      `${COUNT}kommentare?${TAIL}`,
      '(?:schreibe einen|ihr) kommentar|kommentar (?:schreiben|verfassen)',
      `${COUNT}(?:commentaires?|réactions?)${TAIL}`,
      '(?:laisser|ajouter|écrire) un commentaire',
      `${COUNT}(?:comentarios?|coment[áa]rios?|commenti|reacties?)${TAIL}`,
      'deja (?:un|tu) comentario|deixe (?:um|seu) coment[áa]rio|lascia un commento|laat een reactie achter',
      `${COUNT}комментари\\p{L}*${TAIL}`,
      '(?:оставьте|добавить|написать) комментарий',
      `${COUNT}(?:ال)?تعليقات${TAIL}`,
      '(?:أضف|اترك|اكتب) (?:تعليقا|تعليقًا|تعليقك|تعليق)',
      `${COUNT}コメント(?:一覧|を(?:書く|残す|する))?${TAIL}`,
      `${COUNT}(?:개의\\s*)?댓글(?:\\s*(?:남기기|쓰기))?${TAIL}`,
      `${COUNT}(?:条)?(?:网友)?(?:评论|評論|留言)${TAIL}`,
      '(?:发表|發表)(?:评论|評論)',
    ].join('|') +
    ')$',
  'u',
);

/** A comment's own furniture, as whole short labels: its reply button and its "<Name> says:" line. */
const REPLY = /^(?:reply|reply to (?:this )?comment|antworten|répondre|responder|rispondi|beantwoorden|reageer|ответить|رد|الرد|返信|답글(?:\s*달기)?|回复|回覆)$/u;
const SAYS = /^.{1,60} (?:says|sagt|dit|dice|diz|zegt|пишет)$/u;
const STAMP = /\b(?:\d{1,2}:\d{2}|\d{4}|\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago)\b|\d+\s*(?:分前|時間前|日前|分钟前|小时前|天前|분 전|시간 전|일 전)/iu;

// A title needs the story to have run before it: comments follow the article.
const MIN_LETTERS_BEFORE = 200;
// One piece of comment furniture (reply button, "says" line, time stamp) per this many words at least.
const WORDS_PER_MARK = 150;

function isFurniture(el: Element): boolean {
  const text = textOf(el);
  if (!text || wordCount(text) > 12) return false;
  const label = normalizeLabel(text);
  return REPLY.test(label) || SAYS.test(label) || (el.localName === 'time' || (wordCount(text) <= 8 && STAMP.test(text)));
}

function looksLikeThread(items: Element[]): boolean {
  const words = items.reduce((sum, el) => sum + wordCount(textOf(el)), 0);
  const marks = items.flatMap((el) => [el, ...queryAll(el, 'a, span, div, p, time, small, button, li, footer, cite')]).filter(isFurniture).length;
  return marks > 0 && marks * WORDS_PER_MARK >= words && items.some((el) => REPLY.test(normalizeLabel(textOf(el))) || queryAll(el, 'a, span, button, div, p').some((inner) => REPLY.test(normalizeLabel(textOf(inner)))));
}

function lettersBefore(el: Element, root: Element): number {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(el);
  return countLetters(range.toString());
}

function followingSiblings(el: Element): Element[] {
  const found: Element[] = [];
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (!isEmptyBlock(next)) found.push(next);
  return found;
}

/** A comment-section title with a thread after it, to the end of its box. */
function titledThreads(root: Element, found: Candidate[]): Candidate[] {
  const threads: Candidate[] = [];
  for (const el of queryAll(root, 'h2, h3, h4, h5, h6, p, div, strong, b, span, header')) {
    if (isCovered(found, el) || isCovered(threads, el)) continue;
    if (!COMMENT_SECTION_TITLE.test(normalizeLabel(textOf(el))) || !isHeadingLike(el)) continue;
    const title = expandToWrapper([el], root)[0]!;
    let items = followingSiblings(title);
    // Readability may leave the title alone in its box, with the comments in the boxes after it.
    if (items.length === 0 && title.parentElement && title.parentElement !== root) items = followingSiblings(title.parentElement);
    if (items.length === 0 || !looksLikeThread(items) || lettersBefore(title, root) < MIN_LETTERS_BEFORE) continue;
    threads.push({ kind: 'comments', nodes: [title, ...items] });
  }
  return threads;
}

/** Marked sections, outermost elements only, with marked neighbours grouped into one block. */
function markedSections(root: Element): Candidate[] {
  const marked = withAttribute(root, COMMENTS_ATTRIBUTE).filter((el) => el.parentElement === root || !el.parentElement?.hasAttribute(COMMENTS_ATTRIBUTE));
  const groups: Candidate[] = [];
  for (const el of marked) {
    const last = groups[groups.length - 1];
    const previous = last?.nodes[last.nodes.length - 1];
    let sibling = el.previousElementSibling;
    while (sibling && isEmptyBlock(sibling) && !sibling.hasAttribute(COMMENTS_ATTRIBUTE)) sibling = sibling.previousElementSibling;
    if (last && previous && sibling === previous) last.nodes.push(el);
    else groups.push({ kind: 'comments', nodes: [el] });
  }
  return groups;
}

export function findComments(root: Element): Candidate[] {
  const marked = markedSections(root);
  return [...marked, ...titledThreads(root, marked)];
}
