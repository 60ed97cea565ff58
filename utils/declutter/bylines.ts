/**
 * Signal: bylines, datelines and author boxes by their shape, for pages whose markup does not name
 * them: a line that is only dates, times and their labels ("Updated: 10:01 pm PST, Tuesday…"),
 * a short "By Jane Doe" line, author contact lines, and a closing "<Name> is a writer…" bio.
 */
import { type Candidate, hasStoryProse, isCovered } from './blocks';
import { textOf, wordCount } from './text';
import { queryAll } from '../walk';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// Everything a dateline may hold besides the date itself: labels, weekdays, zones, separators.
const DATE_PARTS = new RegExp(
  [
    '\\d{1,4}(?:[:./-]\\d{1,4}){0,2}(?:st|nd|rd|th|h)?',
    MONTH,
    '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?',
    '(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
    'a\\.?m\\.?|p\\.?m\\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|wib|kst|jst|et|pt',
    '(?:first |last )?(?:published|updated|posted|modified|created|date|on|at|am|em|às|de|the|of|le|il|el|ago|and|hours?|hrs?|minutes?|mins?|days?|weeks?|today|yesterday|just now|publicado|atualizado|actualizado|pubblicato|aggiornato|diterbitkan|diperbarui|veröffentlicht|aktualisiert|publié|mis à jour|опубликовано|обновлено|입력|수정)',
  ].join('|'),
  'giu',
);
const HAS_DATE = new RegExp(`${MONTH}\\s*\\d|\\d\\s*${MONTH}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b\\d+ (?:hours?|minutes?|mins?|days?) ago\\b`, 'i');
const DATE_LABEL = /\b(?:published|updated|posted|modified|publicado|atualizado|pubblicato|aggiornato|diterbitkan|veröffentlicht|aktualisiert|publié)\b/i;

const BY = /^(?:by|written by|words by|reported by|por|von|par|oleh|di|da|door|av|af|от)\s+\p{Lu}/u;
const CONTACT = /\b(?:view (?:author|full) (?:archive|profile)|e-?mail the author|contact the author|more (?:articles|stories|posts) (?:by|from) (?:this author|\p{Lu})|follow (?:him|her|them|me|@\w+) on (?:twitter|facebook|instagram|x)|(?:may|can) be reached at|have a (?:news )?tip\?)/iu;
const BIO = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:is|was|has been|covers|writes)\b.{0,80}\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|blogger|producer|freelancer|freelance|covers|writes (?:about|for))\b/u;

/** Only dates, times and their labels, with at most a section word or two left over. */
function isDateline(text: string): boolean {
  // A clock time alone can head a timeline entry ("4:14 p.m."); a date or a label makes it a dateline.
  if (wordCount(text) > 20 || !(HAS_DATE.test(text) || (DATE_LABEL.test(text) && /\d/.test(text)))) return false;
  const rest = wordCount(text.replace(DATE_PARTS, ' ').replace(BY_REST, ' '));
  return rest === 0 || (rest <= 2 && DATE_LABEL.test(text));
}
// A byline riding on a dateline ("Nov 20, 2019 / By Reuters"): "by" and up to four capitalised words.
const BY_REST = /\b(?:by|por|von|par|oleh)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}/gu;

function isByline(text: string): boolean {
  const opening = text.replace(/^\S+/, (word) => word.toLowerCase()); // "By", "BY" or "by"; the name stays capitalised
  return wordCount(text) <= 12 && BY.test(opening) && !/[.!?]\s+\p{Lu}/u.test(text);
}

function isTrailing(el: Element, blocks: Element[]): boolean {
  const at = blocks.indexOf(el);
  return at >= 0 && at >= blocks.length - 3;
}

export function findBylines(root: Element): Candidate[] {
  const found: Candidate[] = [];
  const blocks = queryAll(root, 'p, div, span, li, time, small, address, h4, h5, h6, section, header, footer, aside');
  let leafBlocks: Element[] | null = null;
  const leaves = () => (leafBlocks ??= blocks.filter((el) => textOf(el) && !el.querySelector('p, div, li, section')));
  for (const el of blocks) {
    if (isCovered(found, el)) continue;
    const text = textOf(el);
    const words = wordCount(text);
    if (!text || words > 80) continue;
    // Cheap text tests first; the prose check walks the element, so it runs on matches only.
    const bio = BIO.test(text) && isTrailing(el, leaves());
    const shaped = isDateline(text) || isByline(text) || (words <= 40 && CONTACT.test(text));
    if (bio || (shaped && !hasStoryProse(el))) found.push({ kind: 'byline', nodes: [el] });
  }
  return found;
}
