/**
 * Decides which quoted spans are quotations. Newspapers also put marks around titles of shows and
 * books (“Valley Morning Report”), slogans, nicknames and scare quotes (“smart” meters); what sets a
 * quotation apart is that the text says someone said it, in the quote's own sentence.
 */

import type { AttributedSpan, AttributionSource } from './attribute';
import { isAttributedRightAfter, mentionsSpeech } from './cues';
import { wordCount, type QuoteSpan } from './find';
import { isReadTag, speechInOtherLanguages } from './lang';
import { namesInWords } from './lang/naming-verbs';
import { namesAWork } from './work-titles';
import { isNameBeforeColonQuote } from './named-before-colon';

/** Lower-case words that may sit inside a title: "Bread for the Long Winter", "Meet the Mayor". */
const TITLE_SMALL_WORDS = new Set('a an the and or of to in on at by for from with as is vs'.split(' '));
const MAX_TITLE_WORDS = 8;
const WORK_SET_BESIDE = /(?<![\p{L}])(?:memoir|book|novel|biography|autobiography|film|movie|documentary|album|song|play|poem|essay|podcast|series)\s*,\s*$/iu;
/** Nouns for plans and documents a title-cased name is set beside with a comma: `the master plan, “…,” set …`. */
const DOCUMENT_SET_BESIDE = /(?<![\p{L}])(?:plan|report|study|strategy|policy|ordinance|programme|program|initiative|scheme|proposal|blueprint|framework|roadmap)\s*,\s*$/iu;
const MAX_EMPHASIS_WORDS = 2;
const CASELESS_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/u;
/** The blocks of those scripts, any astral character by its high surrogate, with no \p class: false on most Latin text, tested first. */
const CASELESS_BLOCKS = /[\u0590-\u097f\u0e00-\u0e7f\u1100-\u11ff\u2e80-\u9fff\ua8e0-\ua8ff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufdff\ufe70-\ufeff\uff00-\uffef\ud800-\udbff]/;

export function isQuotation(text: string, span: AttributedSpan): boolean {
  return quotationVerdict(text, span, span);
}

/**
 * Whether some attribution could make the span a quotation: every test of its speaker taken as passed. A text none of
 * whose spans could be one (scare quotes, titles) holds no quotation, whoever its people are (index.ts).
 */
export function mayBeQuotation(text: string, span: QuoteSpan): boolean {
  return quotationVerdict(text, span, null);
}

function quotationVerdict(text: string, span: QuoteSpan, attributed: AttributedSpan | null): boolean {
  const may = (test: (span: AttributedSpan) => boolean) => attributed === null || test(attributed);
  const attributedHere = may((span) => span.attribution === 'after' || span.attribution === 'before');
  // Dialogue-dash words were taken only with their tag after them (lang/dialogue.ts): `—Nunca —respondió Ortega—.`
  if (may((span) => span.attribution === 'after') && /^[–—―-]/u.test(text.slice(span.outerStart, span.outerStart + 1))) return true;
  // A part of a quotation cut by the author's words (`«A, — сказал он. — B»`): the tag inside its marks says it was said.
  if (span.wholeWords !== undefined) return span.wholeWords > MAX_EMPHASIS_WORDS;
  if (span.tagged) return true;
  // `il dossier «Una città in vendita?»`: a noun for a work right before the marks makes them its title.
  if (namesAWork(text, span.outerStart, span.text)) return false;
  // (`Ajo i tha „Zërit të Qytetit“: „…“`: a name in marks before a colon and a quotation is whom it was said to, named-before-colon.ts.)
  if (isNameBeforeColonQuote(text, span)) return false;
  if ((may((span) => span.attribution === 'continued' || span.attribution === 'before') && continuesAfterTag(text, span)) || opensSplitQuote(text, span)) return true;
  if (isTitleCased(span.text)) {
    // `MSNBC’s “Morning Joe,” said …`: a title-cased name owned by someone is a show or a book.
    if (/[’']s\s*$/.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart))) return false;
    // `wrote a memoir, “Fence Posts and Rain,” that …`: a title-cased name set beside a noun for a work is its title.
    if (WORK_SET_BESIDE.test(text.slice(Math.max(0, span.outerStart - 40), span.outerStart))) return false;
    // `“No,” replied Kim` is a quotation; `on Channel 9’s “Meet the Mayor”` names a show.
    const taggedAfter = may((span) => span.attribution === 'after') && isAttributedRightAfter(text.slice(span.outerEnd, span.outerEnd + 120));
    if (attributed?.attribution === 'after') return taggedAfter;
    // `The judge said, “Neither.”`, `He replied: "NO."`: a verb and a comma or colon introduce words, not a title;
    // `the town's plan, “Growing Together 2030,” set …`: a noun for a document and a comma set its name beside it.
    const before = text.slice(Math.max(0, span.outerStart - 40), span.outerStart);
    return taggedAfter || (may((span) => span.attribution === 'before') && /[,:]\s*$/.test(before) && !DOCUMENT_SET_BESIDE.test(before));
  }
  // Words inside the writer's own sentence are a quotation only if that sentence reports speech, and
  // one or two of them ("proud", “a disgrace”) are the writer's emphasis more than anyone's words.
  if (!span.fullSentence) {
    if (saidWithQuotative(text, span)) return true;
    if (namesWhatSomethingIsCalled(text.slice(Math.max(0, span.outerStart - 80), span.outerStart))) return false;
    // (English only: in other languages a phrase after a verb of naming, `kalder det »…«`, `назвал «…»`, waits for a
    // reader of that verb's subject; found before it, 13 fixture pages showed it with no speaker or the wrong one.)
    return wordCount(span.text) > MAX_EMPHASIS_WORDS && (attributedHere || mentionsSpeech(sentenceAround(text, span)));
  }
  // (`« Nous sommes prêts », a-t-il assuré, …`: a short sentence with a tag of saying at once after it, whoever "il" is.)
  return may((span) => span.speaker !== null) || wordCount(span.text) > 3 || tagOpensAfter(text, span) || introducedByColon(text, span);
}

/**
 * `„Mi ne tražimo čuda“, kaže Jurić, „samo da voda teče…“`, `"Kami tidak minta banyak," kata Siti, "cukup …"`: a part
 * opening in lower case right after a closing mark and a tag set between commas goes on the quote before it, in any
 * language, whether or not a reader knows the tag's verb (its speaker was carried over as 'continued').
 */
const SPLIT_TAG_BEFORE = /["”“»«’]\s*,?[ \t]+[^.!?\n"“”„«»‘’]{1,80},[ \t]*$/u;

/**
 * The first part of a quote cut by a tag, however short: `„Drony,“ namítá Vlasák, „létají …“`, `»Ler,« siger Kofoed, »er …«`:
 * after its closing mark, words set between a space and a comma, then at once an opening mark and a lower-case word.
 */
// (Georgian letters are all lower case: one there opens any words, not only a quote's second part.)
const SPLIT_TAG_AFTER = /^,?[ \t]+[^.!?\n"“”„«»‘’]{1,80},[ \t]*["“”„«»‘]\s*(?!\p{Script=Georgian})\p{Ll}/u;

function opensSplitQuote(text: string, span: QuoteSpan): boolean {
  return SPLIT_TAG_AFTER.test(text.slice(span.outerEnd, span.outerEnd + 100));
}

/** Its attribution carried or before it (tested by the caller): lower case after a tag set between commas. */
function continuesAfterTag(text: string, span: QuoteSpan): boolean {
  return /^(?!\p{Script=Georgian})\p{Ll}/u.test(span.text.trimStart()) && SPLIT_TAG_BEFORE.test(text.slice(Math.max(0, span.outerStart - 100), span.outerStart));
}

/**
 * `a man holding a "Save Our Pool" sign`: title-cased words inside a sentence whose speaker was only carried over from the
 * quote before are no one's turn; attribute.ts leaves the person just brought in salient past them.
 */
export function isCarriedTitle(span: { text: string; fullSentence: boolean }, attribution: AttributionSource | null): boolean {
  return (attribution === 'context' || attribution === 'continued') && !span.fullSentence && isTitleCased(span.text);
}

/**
 * `X pointed to the reserve, known here as the “spare tire,” which …`: a phrase inside the writer's sentence whose speaker
 * was only carried from context is no new turn either; the person that sentence names stays the salient one for the
 * `she said` after it (attribute.ts), not whoever was quoted before.
 */
export function isCarriedFragment(span: { text: string; fullSentence: boolean }, attribution: AttributionSource | null): boolean {
  return attribution === 'context' && !span.fullSentence && wordCount(span.text) <= MAX_TERM_WORDS;
}
/** Words a term or a name in quotation marks runs to (`the “rainy season reserve fund”`). */
const MAX_TERM_WORDS = 4;

/** Every word capitalised but for small joining words: the shape of a title, a name or a slogan. */
export function isTitleCased(words: string): boolean {
  // (`「3日にかけて…」`: scripts with no capitals have no title case; a digit opening such words is no capital.)
  if (CASELESS_BLOCKS.test(words) && CASELESS_LETTER.test(words) && !/\p{Lu}/u.test(words)) return false;
  // (`Moving Forward: A Transit Plan for Greater Harrow`: a title and its subtitle, each counted alone.)
  const [title, subtitle, ...more] = words.split(/:\s+/u);
  if (subtitle !== undefined && more.length === 0) return isTitleCased(title!) && isTitleCased(subtitle);
  const tokens = words.replace(/[^\p{L}\p{N}\s'’#@&-]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS) return false;
  return tokens.every((token, i) => /^[\p{Lu}\p{N}#@&]/u.test(token) || (i > 0 && TITLE_SMALL_WORDS.has(token)));
}

/** The sentence holding the span, within its line: from the last sentence end before it to the first after it. */
function sentenceAround(text: string, span: QuoteSpan): string {
  const lineStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
  const lineEnd = text.indexOf('\n', span.outerEnd) < 0 ? text.length : text.indexOf('\n', span.outerEnd);
  const before = text.slice(Math.max(lineStart, span.outerStart - 300), span.outerStart);
  const after = text.slice(span.outerEnd, Math.min(lineEnd, span.outerEnd + 300));
  const ends = [...before.matchAll(/[.!?]["”’']?\s/g)];
  const from = ends.length > 0 ? (ends.at(-1)!.index ?? 0) + ends.at(-1)![0].length : 0;
  const to = /[.!?]["”’']?(?:\s|$)/.exec(after)?.index ?? after.length;
  return before.slice(from) + ' ' + after.slice(0, to);
}

/**
 * Korean and Japanese mark reported words with a quotative ending on the closing mark (`“예산을 늘리겠다”고 밝혔다`,
 * `「遺憾だ」と述べた`); their clauses hold few words, so this says more than a count. A title or scare quote takes a
 * case particle instead (`‘기생충’이`, `“기생충”이라는`, `『…』が`) or a verb of calling or writing (`라고 불리는`, `라고 적힌`, `と呼ばれる`).
 */
const KOREAN_QUOTATIVE = /^(?:이?라고|고|이?라며|며|면서)(?=[\s,])(?!\s*(?:불리|부르|하는|한\s|적힌|쓰인|쓰여|새겨진))/u;
const JAPANESE_QUOTATIVE = /^と(?:(?:[^\s、。」]{0,6}?)(?:述べ|語っ|語り|話し|話す|話した|言っ|言い|説明|強調|明かし|答え|訴え|指摘|批判|主張|発言|コメント))/u;

function saidWithQuotative(text: string, span: QuoteSpan): boolean {
  const after = text.slice(span.outerEnd, span.outerEnd + 16);
  if (/\p{Script=Hangul}/u.test(span.text)) return wordCount(span.text) >= 2 && KOREAN_QUOTATIVE.test(after);
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(span.text) && text[span.outerEnd - 1] === '」' && JAPANESE_QUOTATIVE.test(after);
}

/**
 * `what neighbours have long called “…”`, `Volunteers call the stretch “…”`, `the so-called “…”`: the name a thing or a
 * time goes by, no one's words; so is `what farmers call “…”`, a plural's habit. One person's naming (`what she called “…”`, `referred to him as “…”`, `calls the issue “…”`)
 * is that person's words and stays; so is `known here as “…”`, which political copy quotes from its sources.
 * (`which opponents have taken to calling “…”`: a habit of many, `have`; `she has taken to calling it “…”` is hers and stays.)
 */
const GOES_BY = /(?<![\p{L}])(?:nicknamed|so-called|(?:have|had)\s+(?:taken|come)\s+to\s+call(?:ing)?|what\s+(?:[\p{L}'’-]+\s+){1,3}(?:have|had)\s+long\s+called|what\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+s\s+call|call\s+(?:it|them|this|that|these|those|(?:the|their|our|its)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+))\s*,?\s*$/iu;

function namesWhatSomethingIsCalled(before: string): boolean {
  return GOES_BY.test(before);
}

/** A verb of saying or naming, in English or a language read here (`aseguró que`, `назвал`, `a qualifié`). */
function reportsSpeech(sentence: string): boolean {
  return mentionsSpeech(sentence) || namesInWords(sentence) || speechInOtherLanguages(sentence);
}

/** A verb of saying opens the words after the closing mark (`, a-t-il assuré`, `, ha detto`, `," she said`). */
function tagOpensAfter(text: string, span: QuoteSpan): boolean {
  // (Its own sentence only: `“Anybody but Trump,” was another. One message read …` has no tag.)
  const frame = text.slice(span.outerEnd, span.outerEnd + 80).split('\n')[0]!.split(/(?<=[.!?…])\s/u)[0]!.replace(/^[\s,;:—–-]+/u, '');
  return !!frame && /^\p{Ll}/u.test(frame) && (isAttributedRightAfter(frame) || isReadTag(frame));
}

/** `وزیر گفت: «…»`, `Kim said: "No."`: a clause with a verb of saying, then a colon, right before the opening mark. */
function introducedByColon(text: string, span: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, span.outerStart - 120), span.outerStart);
  const clause = before.slice(before.lastIndexOf('\n') + 1).trimEnd();
  if (!/[:：]$/u.test(clause)) return false;
  const sentence = clause.slice(0, -1).split(/[.!?。！？]\s*/u).at(-1)!;
  return reportsSpeech(sentence);
}
