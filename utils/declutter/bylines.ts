/**
 * Signal: bylines, datelines and author boxes by their shape, for pages whose markup does not name
 * them: a line that is only dates, times and their labels ("Updated: 10:01 pm PST, Tuesday…"),
 * a short "By Jane Doe" line, a reading-time line, a wire credit ("(Reporting by Jane Doe; Editing
 * by John Roe)"), a view count ("1,204 views", "3.409 letture"),
 * a closing "<Name> is a writer…" bio — and, as kind "contact", the reporter's or newsroom's contact
 * lines ("Reach the reporter at …", "Send tips to news@…") in many languages.
 */
import { type Candidate, hasStoryProse, isCovered } from './blocks';
import type { RemovedKind } from '../types';
import { linksIn, textOf, wordCount } from './text';
import { hasTagBelow, queryAll } from '../walk';
import { firstWordChoice, guarded, topLevelAlternatives } from '../patterns';

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

// The opening word and a space are tested first: the \p{Lu} class is what costs to compile.
const BY = guarded('bylines BY', /^(?:by|written by|words by|reported by|por|von|par|oleh|di|da|door|av|af|от)\s/u, ['by|written by|words by|reported by|por|von|par|oleh|di|da|door|av|af|от'], 'u', {
  prefix: '^',
  suffix: '\\s+\\p{Lu}',
});
const CONTACT = guarded(
  'bylines CONTACT',
  /author|archive|profile|articles|stories|posts|follow|reached|tip/iu,
  [
    'view (?:author|full) (?:archive|profile)|e-?mail the author|contact the author',
    'more (?:articles|stories|posts) (?:by|from) (?:this author|\\p{Lu})',
    'follow (?:him|her|them|me|@\\w+) on (?:twitter|facebook|instagram|x)',
    '(?:may|can) be reached at|have a (?:news )?tip\\?',
  ],
  'iu',
  { prefix: '\\b' },
);
/** Contact and tip lines that name where to write: each needs an address (e-mail, @handle, phone or mailto link) too. */
const CONTACT_LINE = guarded(
  'bylines CONTACT_LINE',
  /reach|contact|contat|mail|write to|message|tip|story ideas|corrections|écrivez|joindre|info|témoignages|schreiben sie|kontakt|hinweise|erreichen sie|escr|pistas|denuncias|noticias|scrivi|segnalazioni|fale com|escreva|envie|пишите|связаться|присылайте|تواصل|راسلونا|情報提供|ご意見|ご感想|への/iu,
  [
    '\\b(?:reach|contact|e-?mail|write to|message) (?:the )?(?:reporter|writer|author|columnist|editors?|newsroom|desk|us|him|her|them|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) (?:at|on|via)\\b',
    '\\b(?:send|email|e-mail|submit) (?:us )?(?:your )?(?:news )?(?:tips?|story ideas|corrections)\\b|\\b(?:got|have) a (?:news )?tip\\b|\\bnews tips?:',
    '(?<!\\p{L})(?:contactez|écrivez(?:-nous)? à|joindre) (?:l[’\']auteure?|la rédaction|le journaliste|la journaliste|nous|\\p{Lu}\\p{L}+)|\\bvos (?:infos|informations|témoignages) (?:à|au)\\b',
    '\\b(?:schreiben sie (?:uns|der autorin|dem autor)|kontakt zu(?:r| den) (?:autorin|autor|redaktion)|hinweise (?:bitte )?an|erreichen sie (?:die autorin|den autor|uns))\\b',
    '\\b(?:escr[íi]benos|escriba a|contacta(?:r)? (?:con )?(?:el autor|la autora|la redacción)|env[íi]a(?:nos)? (?:tus )?(?:pistas|denuncias|noticias))\\b',
    '\\b(?:scrivi(?:ci)? (?:a|all)|contatta(?: la redazione| l[’\']autore)|segnalazioni a)\\b',
    '\\b(?:fale com|escreva para|contate) (?:o |a )?(?:autor|autora|rep[óo]rter|reda[çc][ãa]o)|\\benvie (?:sua|suas|seu) (?:dicas?|den[úu]ncias?|sugest[õo]es)\\b',
    '\\b(?:mail (?:ons|de redactie|de auteur)|tips? (?:voor|naar) de redactie|stuur (?:ons )?(?:je|uw) tip)\\b',
    '(?:пишите|напишите) (?:нам|автору)|связаться с (?:автором|редакцией)|присылайте (?:новости|сообщения|информацию)',
    '(?:للتواصل|تواصل(?:وا)?) مع (?:الكاتب|الكاتبة|المحرر|المحررة|الصحفي|الصحفية|التحرير)|راسلونا',
    '(?:情報提供|ご意見|ご感想)(?:は|を)|(?:記者|筆者)への(?:連絡|お問い合わせ)',
  ],
  'iu',
);
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}|\+?\d[\d\s().-]{7,}\d/u;
// A sentence of the story that happens to give an address: quoted, or attributed to someone.
const REPORTED = /["“”«»„]|\b(?:said|says|told|according to)\b/i;

function isContactLine(el: Element, text: string, words: number): boolean {
  if (words > 40 || REPORTED.test(text)) return false;
  if (CONTACT.test(text) && words <= 40) return true;
  // Cheap tests first: the contact words, then an address (links only for a line with those words),
  // and only then the big pattern, which most lines with an address and a contact word still need.
  if (!CONTACT_LINE.words.test(text)) return false;
  if (!ADDRESS.test(text) && !linksIn(el).some((a) => /^\s*mailto:/i.test(a.getAttribute('href') ?? ''))) return false;
  return CONTACT_LINE.test(text);
}

// A reading-time line ("Reading time: 3 minutes", "Tempo de leitura: 1 minuto", "5 min read").
const READING_TIME = guarded(
  'bylines READING_TIME',
  /read|lesezeit|lecture|lectura|leitura|lettura|leestijd|чтения|القراءة|読了時間/iu,
  [
    '(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|время чтения|مدة القراءة|読了時間)\\s*:?\\s*(?:\\d+|less than|moins d|weniger als)[^.!?]{0,20}',
    '\\d+\\s*(?:min(?:ute)?s?|минут\\p{L}*)\\.? (?:read|de lecture|lesezeit|lectura|leitura|lettura|leestijd|чтения)',
  ],
  'iu',
  { prefix: '^', suffix: '\\.?$' },
);

/** A wire story's closing credit: who reported, wrote and edited it, in parentheses or as a ";"-joined list. */
const CREDIT_OPENER =
  '(?:(?:additional|further|extra) )?(?:reporting|writing|editing|compiled|edited|reported|written)(?: and (?:writing|editing))? by|' +
  'reportage(?: de| d[’\'])?|(?:édité|rédigé|écrit) par|(?:reporte|información|redacción|edición|editado)(?: en español)? (?:de|por)|' +
  '(?:reportagem|edição|redação) (?:de|por)|(?:mitarbeit|bearbeitet|redigiert|geschrieben) von|(?:hanno collaborato|a cura di|con la collaborazione di)';
// Only the openers that can start where the line starts are compiled and tried.
const WIRE_CREDIT = firstWordChoice('bylines WIRE_CREDIT', topLevelAlternatives(CREDIT_OPENER), 'iu', {
  prefix: '^\\(?\\s*',
  suffix: '\\s+',
  opening: /^\(?\s*/u,
});
const NEXT_CREDIT = new RegExp(`[;,]\\s*(?:${CREDIT_OPENER})\\s+`, 'giu');
// Tested apart: under the "i" flag \p{Lu} would match lower case too.
const STARTS_NAME = /^\p{Lu}/u;

function isWireCredit(text: string, words: number): boolean {
  if (words > 40) return false;
  const opener = WIRE_CREDIT.exec(text);
  if (!opener || !STARTS_NAME.test(text.slice(opener[0].length))) return false;
  if (/^\(.*\)\.?$/su.test(text)) return true;
  return Array.from(text.matchAll(NEXT_CREDIT)).some((m) => STARTS_NAME.test(text.slice((m.index ?? 0) + m[0].length)));
}

/** A page-view counter on its own line: a number and the word for views or reads. */
const VIEW_COUNT = guarded(
  'bylines VIEW_COUNT',
  /view|read|visuali|lectur|lettur|vue|aufrufe|просмотр|прочтени|조회/iu,
  [
    '\\d[\\d.,\\s]*[kKmM]?\\s*(?:views?|reads?|visualizações|visualizaciones|lecturas|letture|visualizzazioni|vues|lectures|aufrufe|просмотр\\p{L}*|прочтени\\p{L}*|조회)',
    '(?:views?|reads?|aufrufe|조회수?)\\s*:?\\s*\\d[\\d.,\\s]*[kKmM]?',
  ],
  'iu',
  { prefix: '^(?:', suffix: ')$' },
);

// A bio names its writer first; `That was X's reply to a reporter's question …` ending a story is no bio,
// nor is `Ms. X is due … on Friday. Asked by a reporter …`: the role word is in the bio's first sentence
// (a dot inside it only in `D.C.` or after a short abbreviation such as `St.`).
const BIO = guarded(
  'bylines BIO',
  /writer|reporter|journalist|editor|correspondent|columnist|contributor|author|blogger|producer|freelance|covers|writes/u,
  [
    "^(?!(?:That|This|These|Those|It|There|Here|What|Which|Such)\\s)\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3} (?:is|was|has been|covers|writes)\\b(?:[^.!?]|[.!?](?=\\S)|(?<=\\b\\p{Lu}\\p{Ll}{0,2})\\.){0,80}\\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|blogger|producer|freelancer|freelance|covers|writes (?:about|for))\\b",
  ],
  'u',
);

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
  const leaves = () => (leafBlocks ??= blocks.filter((el) => textOf(el) && !hasTagBelow(el, 'p, div, li, section')));
  for (const el of blocks) {
    if (isCovered(found, el)) continue;
    const text = textOf(el);
    const words = wordCount(text);
    if (!text || words > 80) continue;
    // Cheap text tests first; the prose check walks the element, so it runs on matches only.
    const bio = BIO.test(text) && isTrailing(el, leaves());
    const contact = isContactLine(el, text, words);
    const shaped = contact || isDateline(text) || isByline(text) || (words <= 12 && (READING_TIME.test(text) || VIEW_COUNT.test(text)));
    // A long credit list reads as a sentence; its opening and the names after it are shape enough.
    const credit = isWireCredit(text, words);
    const kind: RemovedKind = contact && !bio ? 'contact' : 'byline';
    if (bio || contact || credit || (shaped && !hasStoryProse(el))) found.push({ kind, nodes: [el] });
  }
  return found;
}
