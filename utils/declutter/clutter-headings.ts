/**
 * Signal: a section heading that announces clutter ("Top headlines", "Related", "Most read",
 * "À lire aussi"…) followed by links. Removes the heading and the link blocks after it.
 */
import { type Candidate, expandToWrapper, hasStoryProse, isEmptyBlock, isHeadingLike, nextNonEmpty } from './blocks';
import { isTeaserBlock } from './teaser-items';
import { linkDensity, linksIn, normalizeLabel, textOf, wordCount } from './text';
import { isTag, queryAll } from '../walk';
import { firstWordChoice } from '../patterns';

// Matched against the heading's whole text, lower-cased, punctuation trimmed at both ends.
const CLUTTER_HEADING = firstWordChoice(
  'clutter-headings CLUTTER_HEADING',
  [
    // English
    'top (?:headlines|stories|news)',
    'related(?: (?:stories|story|articles?|news|content|coverage|links?|posts?|reading|topics|videos?))?',
    'more (?:related|recommended) (?:stories|articles|content)',
    'recommended(?: (?:for you|stories|articles|reading|videos?))?',
    'trending(?: (?:now|stories|news|articles|topics))?',
    'most (?:read|popular|viewed|shared|commented|watched)(?: (?:stories|articles|news|today|this week|now))?',
    '(?:popular|recent|latest)(?: (?:now|today|this week|stories|articles|posts|news|headlines|videos))?',
    "more (?:from|on|in|about) [\\p{L}\\p{N} .'&-]{1,40}",
    '(?:more|other)(?: [\\p{L}\\p{N}\'&-]+){0,3} (?:stories|news|articles|headlines|reads|coverage)',
    'more',
    '(?:also|must) read',
    'read (?:also|more|next)',
    '(?:see|also) (?:also|see|more)',
    'you (?:may|might|could) also (?:like|enjoy|be interested in)',
    'you (?:may|might) (?:like|have missed)',
    "don't miss",
    "editor'?s'? (?:picks|choice)",
    'what to read next',
    'more like this',
    'up next',
    'in other news',
    'further reading',
    'archives?', // a blog sidebar's month links
    // French
    '(?:à )?lire aussi',
    'à lire également',
    'sur le même sujet',
    'les plus lus',
    'articles similaires',
    'voir aussi',
    // German
    'mehr zum thema',
    'lesen sie auch',
    'auch interessant',
    'das könnte sie auch interessieren',
    'meistgelesen',
    'weitere artikel',
    // Spanish / Portuguese / Italian
    '(?:también )?te puede interesar',
    'lo más leído',
    'noticias relacionadas',
    'lee también',
    '(?:leia|veja) (?:também|mais)',
    'notícias relacionadas',
    'mais lidas',
    'leggi anche',
    'articoli correlati',
    'potrebbe interessarti',
    // Indonesian, Russian, Korean
    'baca juga',
    'berita terkait',
    'читайте также',
    'по теме',
    'похожие (?:материалы|новости)',
    '관련\\s?기사',
    '많이 본 뉴스',
    // English: sponsored and "more on" boxes
    '(?:sponsored|promoted|paid) (?:stories|links|content|posts|articles)',
    '(?:around|from) the web',
    'recommended by [\\p{L}\\p{N} .-]{1,30}',
    // Spanish, Portuguese, Italian (more)
    '(?:artículos|notas|noticias) (?:relacionad[oa]s|similares)',
    'lo (?:último|más visto)',
    'más (?:leíd[oa]s|noticias|vist[oa]s)',
    'conteúdo relacionado',
    'mais (?:notícias|vistas)',
    'você (?:também )?pode gostar',
    'più (?:letti|lette|visti)',
    'ultime notizie',
    'potrebbe interessarti anche',
    // French, German (more)
    'dans la même rubrique',
    'à lire sur le même sujet',
    'à découvrir aussi',
    'ähnliche (?:beiträge|artikel)',
    'weitere (?:nachrichten|beiträge)',
    'das könnte dich auch interessieren',
    // Dutch
    'lees ook',
    'gerelateerde (?:artikelen|berichten|nieuws)',
    'meest gelezen',
    'meer nieuws',
    // Polish
    'czytaj (?:także|też|również)',
    'zobacz (?:także|też|również)',
    'najczęściej czytane',
    'powiązane artykuły',
    // Swedish
    'läs (?:också|även|mer)',
    'mest lästa?',
    'relaterade artiklar',
    // Indonesian (more)
    'terpopuler',
    'berita lainnya',
    'rekomendasi(?: untuk anda)?',
    // Vietnamese
    'tin liên quan',
    'đọc thêm',
    'xem thêm',
    'tin mới nhất',
    'đọc nhiều nhất',
    // Turkish ("İ" lower-cases to "i" + a combining dot)
    'i\\u0307?lgili haberler',
    'bunlar da ilginizi çekebilir',
    'en çok okunanlar',
    'diğer haberler',
    // Russian, Ukrainian (more)
    'самое читаемое',
    'популярное',
    'читайте також',
    'новини за темою',
    'найпопулярніше',
    'схожі (?:новини|матеріали)',
    // Arabic
    'اقرأ أيضا',
    'اقرأ أيضاً',
    'الأكثر قراءة',
    'مقالات ذات صلة',
    'أخبار ذات صلة',
    // Hebrew
    'עוד בנושא',
    'כתבות נוספות',
    'הנקראים ביותר',
    // Persian
    'بیشتر بخوانید',
    'مطالب مرتبط',
    'پربازدیدترین‌ها',
    'اخبار مرتبط',
    // Hindi (the label's trailing vowel signs may be trimmed with its punctuation)
    'य(?:े|ह) भी पढ\\p{M}*',
    'संबंधित ख\\p{M}*बर\\p{M}*',
    'सबसे ज\\p{M}*्यादा पढ\\p{M}*ी गई\\p{M}*',
    // Japanese, Chinese, Korean, Thai
    '関連(?:記事|ニュース)',
    'あわせて読みたい',
    '相关(?:新闻|阅读|文章)',
    '推荐阅读',
    '相關(?:新聞|閱讀|文章)',
    '延伸閱讀',
    '함께 볼 기사',
    'ข่าวที่เกี่ยวข้อง',
    'อ่านเพิ่มเติม',
  ],
  'u',
  { suffix: '$' },
);

export function isClutterHeadingText(text: string): boolean {
  return wordCount(text) <= 8 && CLUTTER_HEADING.test(normalizeLabel(text));
}

/** A block made of links or story teasers: the kind of thing a clutter heading introduces. */
function isLinkBlock(el: Element): boolean {
  // Teasers with excerpts are link-light prose, so they are recognised by their shape first.
  if (isTeaserBlock(el)) return true;
  const links = linksIn(el).filter((a) => textOf(a));
  if (links.length === 0 || hasStoryProse(el)) return false;
  if (isTag(el, 'ul, ol')) {
    // Teaser lines ("Big news, <a>more here</a>") can be link-light; every item linking is enough.
    const items = Array.from(el.children).filter((li) => textOf(li));
    return items.length > 0 && items.every((li) => linksIn(li).length > 0) && linkDensity(el) >= 0.3;
  }
  return linkDensity(el) >= 0.5;
}

export function findClutterHeadings(root: Element): Candidate[] {
  const found: Candidate[] = [];
  const taken = (el: Element) => found.some((c) => c.nodes.some((n) => n.contains(el) || el.contains(n)));

  for (const el of queryAll(root, 'h1, h2, h3, h4, h5, h6, p, div, strong, b, span, header')) {
    if (taken(el) || !isHeadingLike(el) || !isClutterHeadingText(textOf(el))) continue;
    // Use the outermost wrapper that holds only the heading text, so its siblings are the block.
    let heading = el;
    while (heading.parentElement && heading.parentElement !== root && textOf(heading.parentElement) === textOf(el)) {
      heading = heading.parentElement;
    }
    // An inline label inside a line of text ("<strong>Read more:</strong> <a>…</a>") is a teaser, not a section; one on a
    // line of its own (`<font><b>Related stories</b></font><br>`, older markup's heading) heads the lines of links after it.
    const inline = isTag(heading, 'strong, b, span');
    if (inline && !isLineOfItsOwn(heading)) continue;
    const followers: Element[] = [];
    for (let next = nextNonEmpty(heading); next && isLinkBlock(next); next = nextNonEmpty(next)) followers.push(next);
    if (inline && followers.reduce((links, block) => links + linksIn(block).length, 0) < MIN_LINKS_AFTER_INLINE_HEADING) continue;
    if (followers.length > 0) {
      found.push({ kind: 'headline-list', nodes: expandToWrapper(withEmptyBetween(heading, followers), root) });
    } else if (isUnambiguous(textOf(el)) || isTrailing(heading, root)) {
      // A clutter heading alone is a widget whose links Readability dropped. One-word or
      // "Latest …" headings can title story sections, so those go only at the very end.
      found.push({ kind: 'headline-list', nodes: [heading] });
    }
  }
  // A heading that closes the body heads nothing: the title of a widget Readability dropped (maybe
  // leaving its linked thumbnails), in any language.
  for (const heading of queryAll(root, 'h2, h3, h4, h5, h6')) {
    if (taken(heading) || !isHeadingLike(heading) || !isTrailing(heading, root, isBareThumbnail)) continue;
    const thumbnails: Element[] = [];
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) thumbnails.push(next);
    found.push({ kind: 'headline-list', nodes: [heading, ...thumbnails] });
  }
  return found;
}

/** Links the lines after an inline heading must hold: a list, not one teaser line. */
const MIN_LINKS_AFTER_INLINE_HEADING = 3;

/** Whether an inline element fills a line: a line break (or a block's edge) on both sides, blank text aside. */
function isLineOfItsOwn(el: Element): boolean {
  const edge = (node: ChildNode | null, step: (n: ChildNode) => ChildNode | null): boolean => {
    while (node && node.nodeType === 3 && !node.textContent?.trim()) node = step(node);
    return !node || (node.nodeType === 1 && !isTag(node as Element, 'a, strong, b, span, em, i, font, u'));
  };
  return edge(el.previousSibling, (n) => n.previousSibling) && edge(el.nextSibling, (n) => n.nextSibling);
}

/** A block with no text that only holds linked pictures: what is left of a teaser card without its title. */
function isBareThumbnail(el: Element): boolean {
  return !textOf(el) && linksIn(el).length > 0;
}

/** Heading, followers and the empty spacers between them, as one contiguous sibling group. */
function withEmptyBetween(heading: Element, followers: Element[]): Element[] {
  const group: Element[] = [heading];
  const last = followers[followers.length - 1];
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
    group.push(el);
    if (el === last) break;
  }
  return group.filter((el) => el === heading || followers.includes(el) || isEmptyBlock(el));
}

function isUnambiguous(text: string): boolean {
  return wordCount(text) >= 2 && !/^(?:latest|popular|recent|trending|more|other|in other)\b/.test(normalizeLabel(text));
}

/** Nothing but empty wrappers and (by default) other clutter headings follows el, up to root. */
function isTrailing(el: Element, root: Element, mayFollow = (next: Element) => isClutterHeadingText(textOf(next))): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = nextNonEmpty(node); next; next = nextNonEmpty(next)) {
      if (!mayFollow(next)) return false;
    }
  }
  return true;
}
