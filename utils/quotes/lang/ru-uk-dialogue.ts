/**
 * Russian and Ukrainian quotes set off by dashes: dialogue paragraphs (`— …, — ответил он.`) and the
 * author's words between dashes inside one pair of marks (`«…, — говорит X, — …»`).
 */
import type { QuoteSpan } from '../find';
import { countWords } from '../../text-measure';
import { lazy as lazyPattern } from './shared';
import { BULGARIAN_VERBS } from './bg';
import { VERBS } from './ru-uk';
import { AZERBAIJANI_INNER_TAG } from './az';

/** A paragraph of dialogue: it opens with a dash and a capital (`— Да, за весь период…`). */
const DIALOGUE_LINE = /^[^\S\n]*[—–][^\S\n]+(?=[\p{Lu}«])/u;
/** The dash before the author's words: after a comma (`…, — ответил он`) or right after ? ! … (`…? — спросили`). */
const AUTHOR_DASH = /(?:,|(?<=[!?…]))[^\S\n]+[—–][^\S\n]+(?=\p{Ll})/u;
/** A dash with no comma before a verb of saying (`– Всичко е наред – каза министърът.`): Bulgarian sets no comma there. */
const SAYING = lazyPattern(() => new RegExp(`^(?:${VERBS}|${BULGARIAN_VERBS})(?!\\p{L})`, 'u'));
const BARE_AUTHOR_DASH = lazyPattern(() => new RegExp(`[^\\S\\n]+[—–][^\\S\\n]+(?=(?:${VERBS}|${BULGARIAN_VERBS})(?!\\p{L}))`, 'u'));

/**
 * Russian and Ukrainian dialogue written with dashes, as papers print interviews and press conferences:
 * `— Получат ли люди деньги? — спросили министра журналисты.`, `— Да, до копейки, — ответил Вершинин.`
 * The words run from the dash to the dash before the author's words, or to the paragraph's end. A
 * tagged paragraph holding quotation marks is left to them; an untagged one (an answer quoting someone) holds them.
 */
export function dialogueSpans(text: string): QuoteSpan[] {
  if (!/(?:^|\n)[^\S\n]*[—–][^\S\n]+\p{Lu}/u.test(text)) return [];
  const spans: QuoteSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const lead = DIALOGUE_LINE.exec(line[0]);
    if (!lead || !/\p{Script=Cyrillic}/u.test(line[0])) continue;
    const from = line.index + lead[0].length;
    const rest = line[0].slice(lead[0].length);
    const author = AUTHOR_DASH.exec(rest) ?? BARE_AUTHOR_DASH().exec(rest);
    // (`— Чесно? … тренер сказав мені: «Медаль є медаль». І він має рацію.`: an untagged answer may quote someone inside it,
    // its own words opening it and going on around the marks; find.ts keeps the line, not the words inside.)
    // (`— Я не хочу ставити виставу «про війну». …, — пояснює він.`: a tagged line whose own words, marks aside, make a
    // sentence is the speech, the marked words a title or term inside it.)
    const said = (author ? rest.slice(0, author.index) : rest).trimEnd();
    if (/[«»“”„"]/u.test(line[0]) && (/^[«“„"]/u.test(rest) || wordsOutsideMarks(author ? said : rest) < 6)) continue;
    if (!said) continue;
    spans.push({
      start: from,
      end: from + said.length,
      text: said,
      marks: 'double',
      outerStart: line.index + lead[0].search(/[—–]/u),
      // The comma before the author's dash closes the words, as a closing mark would.
      outerEnd: from + said.length + (author?.[0].startsWith(',') ? 1 : 0),
      fullSentence: true,
      tagged: !!author && SAYING().test(rest.slice(author.index + author[0].length)),
    });
  }
  return spans;
}

const wordsOutsideMarks = (words: string) => words.replace(/[«“„"][^«»“”„"]*[»”“"]/gu, ' ').split(/\s+/u).filter(Boolean).length;


/** `«Она не самая громкая, — говорит музыкант, — но у неё есть голос»`: the author's words set off by dashes inside one pair of marks. */
// (Or any verb in the past, by its ending, with a capitalised name after it: `— парировал Голованов. —`.)
// (A verb of saying may carry the speaker's whole apposition, `— говорит X, бывший учитель, проработавший в школе сорок лет. —`.)
/** Kyrgyz, Kazakh, Tatar, Bashkir, Chuvash, Sakha, Ossetian, Tajik and Udmurt verbs opening a tag inside the marks the same way (`«A, — дейт директор X. — B»`). */
const TURKIC_CYRILLIC_VERBS = String.raw`деди|дейт|диде|ди|деді|дейді|(?:деп|дип)\s+\p{Ll}+|тине|тип\s+\p{Ll}+|терӗ|тет|тесе\s+\p{Ll}+|диир|диэтэ|диэн\s+\p{Ll}+|загъта|зæгъы|мегӯяд|мегӯянд|гуфт|(?:илова|изҳор|таъкид|иқрор)\s+(?:мекунад|кард|намуд|дошт|шуд)|вера|шуэ|шуиз|ватсаз`;

/** Lithuanian the same: `„A, – sakė ji, – B“`, `„A, – pridūrė R. Kazlauskaitė. – B“`: a past verb (-ė, -o), then `ji`/`jis` or a name. */
const LITHUANIAN_INNER_TAG = /([,!?…])\s+[—–]\s+(\p{Ll}{3,}[ėo]\s(?:jis|ji|\p{Lu}\.\s?\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+))([,.])\s+[—–]\s+(?=\p{L})/u;

const INNER_TAG = lazyPattern(() => new RegExp(`([,!?…])\\s+[—–]\\s+((?:${VERBS}|${TURKIC_CYRILLIC_VERBS})\\s[^«»—–\\n]{2,150}?|(?:мегӯяд|мегӯянд|гуфт)\\sӯ|\\p{Ll}{3,}(?:л|ла|ли|в)(?:ся|сь)?\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?|[^«»—–\\n]{2,60}?\\s(?:${VERBS}))([,.])\\s+[—–]\\s+(?=\\p{L})`, 'u'));

/**
 * Bulgarian sets no comma before the dash: `„Не сме врагове – каза той. – Ако цената падне, падаме всички.“`. A verb of
 * saying right after the dash, a stop before the closing dash and a capital after it: a clause inside the speech
 * (`„Ще платим – каза той – до края на месеца“`) runs on in lower case and stays whole.
 */
const BARE_INNER_TAG = lazyPattern(() => new RegExp(`(?<=\\p{L})[^\\S\\n]+[—–][^\\S\\n]+((?:${BULGARIAN_VERBS}|${VERBS})[^\\S\\n][^«»“”„"—–\\n.!?]{1,80}?)\\.[^\\S\\n]+[—–][^\\S\\n]+(?=\\p{Lu})`, 'u'));

/**
 * Splits a Russian or Ukrainian quote whose marks hold the author's words between dashes into the two
 * parts said, each ending where the author's words begin, so the tag is read as after a quote and the
 * second part goes on the same speaker's turn. Other spans are returned as they are.
 */
export function splitInnerTags(spans: QuoteSpan[]): QuoteSpan[] {
  return spans.flatMap((span) => {
    // (Azerbaijani sets its tag inside the marks the same way, `“A, – deyə X bildirib. – B”`, lang/az.ts.)
    const tag = /\p{Script=Cyrillic}/u.test(span.text) ? INNER_TAG().exec(span.text) : (AZERBAIJANI_INNER_TAG.exec(span.text) ?? LITHUANIAN_INNER_TAG.exec(span.text));
    if (!tag) return splitAtBareTag(span);
    const firstEnd = span.start + tag.index + (tag[1] === ',' ? 0 : 1);
    const secondStart = span.start + tag.index + tag[0].length;
    const wholeWords = countWords(span.text);
    const first: QuoteSpan = { ...span, wholeWords, end: firstEnd, text: span.text.slice(0, firstEnd - span.start), outerEnd: span.start + tag.index + 1 };
    const second: QuoteSpan = { ...span, wholeWords, start: secondStart, text: span.text.slice(secondStart - span.start), outerStart: secondStart - 2, fullSentence: false };
    return [first, second];
  });
}

function splitAtBareTag(span: QuoteSpan): QuoteSpan[] {
  const tag = /\p{Script=Cyrillic}/u.test(span.text) ? BARE_INNER_TAG().exec(span.text) : null;
  if (!tag) return [span];
  const firstEnd = span.start + tag.index;
  const secondStart = span.start + tag.index + tag[0].length;
  const wholeWords = countWords(span.text);
  const first: QuoteSpan = { ...span, wholeWords, end: firstEnd, text: span.text.slice(0, firstEnd - span.start), outerEnd: firstEnd };
  const second: QuoteSpan = { ...span, wholeWords, start: secondStart, text: span.text.slice(secondStart - span.start), outerStart: secondStart - 2, fullSentence: false };
  return [first, second];
}
