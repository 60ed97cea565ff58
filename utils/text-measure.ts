/**
 * Text measures that hold in every script. Chinese, Japanese, Thai, Lao, Khmer and Myanmar are
 * written without spaces between words, so "split on whitespace" counts a 2,000-character Japanese
 * story as a handful of words. Every length threshold in the pipeline goes through this module.
 */

/** Scripts written without spaces between words: these need a dictionary-based word segmenter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const UNSPACED_ALL = new RegExp(UNSPACED.source, 'gu');
/**
 * The blocks those scripts (and Han and kana alone) are written in, any astral character by its high surrogate, with no \p
 * class: a wider test, false on text they cannot match (most Latin text), and cheap the first time it runs.
 */
const UNSPACED_BLOCKS = /[\u0e00-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\uff00-\uffef\ud800-\udbff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  // Built once: constructing a segmenter loads ICU data. Absent in very old engines: fall back.
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  return segmenter;
}

/** True when the text holds any character of a script written without spaces. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_BLOCKS.test(text) && UNSPACED.test(text);
}

/**
 * Words in text, in any script: whitespace-separated tokens that hold a letter or digit, and for
 * unspaced scripts the words a dictionary segmenter finds (about 1.5–2 characters each in Chinese).
 */
export function countWords(text: string): number {
  if (!hasUnspacedScript(text)) return countSpacedWords(text);
  const seg = wordSegmenter();
  if (!seg) return countSpacedWords(text.replace(UNSPACED_ALL, ' ')) + Math.ceil((text.match(UNSPACED_ALL)?.length ?? 0) / 2);
  let words = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    if (UNSPACED.test(token)) words += segmentedWords(seg, token);
    else if (LETTER_OR_DIGIT.test(token)) words++;
  }
  return words;
}

/**
 * Segmenting is slow (microseconds a character) and the pipeline measures a paragraph, then its
 * wrapper, then the body. No word spans a space, so a text's count is the sum over its
 * space-separated runs, and each run is segmented once.
 */
const runCounts = new Map<string, number>();
const MAX_CACHED_RUNS = 4000;

function segmentedWords(seg: Intl.Segmenter, run: string): number {
  let words = runCounts.get(run);
  if (words !== undefined) return words;
  words = 0;
  for (const part of seg.segment(run)) if (part.isWordLike) words++;
  if (runCounts.size >= MAX_CACHED_RUNS) runCounts.clear();
  runCounts.set(run, words);
  return words;
}

function countSpacedWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (token && LETTER_OR_DIGIT.test(token)) words++;
  return words;
}

/**
 * Marks that end a sentence, by script: Latin/Greek/Cyrillic, CJK full-width (。！？ and the
 * half-width ｡), Arabic ؟ and Urdu ۔, Devanagari danda । ॥, Myanmar ။, Khmer ។, Ethiopic ።.
 * Closing quotes and brackets may follow (`…です。」`, `…”`).
 */
const STOPS = '.!?…。！？｡؟۔।॥။។።';
const CLOSERS = `"'”’»)）」』】〕`;
const ENDS_WITH_STOP = new RegExp(`[${STOPS}][${CLOSERS}]*$`, 'u');
const STOP_BEFORE_SPACE = new RegExp(`[${STOPS}][${CLOSERS}]*(?:\\s|$)`, 'u');
/** CJK writers put no space after a full stop, so the mark alone ends a sentence. */
const FULL_WIDTH_STOP = /[。！？｡]/u;
/** Thai and Lao end a sentence with a space and no mark: running text there is sentence text. */
const SPACE_STOPPED = /[\p{Script=Thai}\p{Script=Lao}](?:\s|$)/u;
const ENDS_SPACE_STOPPED = /[\p{Script=Thai}\p{Script=Lao}]$/u;

/** True when text ends with a sentence-ending mark of any script (possibly inside closing quotes). */
export function endsWithStop(text: string): boolean {
  return ENDS_WITH_STOP.test(text.trimEnd());
}

/** True when text ends as a sentence does: with a stop, or with a letter of a script that marks no stops (Thai, Lao). */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  return ENDS_WITH_STOP.test(trimmed) || ENDS_SPACE_STOPPED.test(trimmed);
}

/** True when some sentence ends inside text, in any script: the sign of running prose rather than a label. */
export function hasSentenceEnd(text: string): boolean {
  return STOP_BEFORE_SPACE.test(text) || FULL_WIDTH_STOP.test(text) || SPACE_STOPPED.test(text);
}

/** Visible characters: letters, digits and marks, without spaces or punctuation (a script-neutral length). */
export function countLetters(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]/gu)?.length ?? 0;
}

/**
 * Reading speeds from the IReST study (Trauzettel-Klosinski & Dietz, "Standardized Assessment of
 * Reading Performance: The New International Reading Speed Texts IReST", IOVS 2012): adults read
 * about 228 words a minute in English; Chinese 255 and Japanese 357 characters a minute.
 */
const WORDS_PER_MINUTE = 228;
const HAN_PER_MINUTE = 255;
const JAPANESE_PER_MINUTE = 357;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Minutes a person takes to read text, from characters for Chinese and Japanese and from words elsewhere. */
export function readingMinutesOf(text: string): number {
  const ideographic = UNSPACED_BLOCKS.test(text) ? (text.match(HAN_OR_KANA)?.length ?? 0) : 0;
  const rest = ideographic > 0 ? text.replace(HAN_OR_KANA, ' ') : text;
  // (No kana without Han or kana counted: with none the rate is never used.)
  const perMinute = ideographic > 0 && KANA.test(text) ? JAPANESE_PER_MINUTE : HAN_PER_MINUTE;
  return ideographic / perMinute + countWords(rest) / WORDS_PER_MINUTE;
}
