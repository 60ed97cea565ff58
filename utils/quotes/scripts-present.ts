/**
 * Which scripts a text holds, read once from its characters: the quote readers of a script
 * (Arabic, Hebrew, Greek, Cyrillic, Thai, Lao, Armenian, Devanagari, Bengali, Gujarati, Odia, Tamil, Telugu, Malayalam, Sinhala, Georgian, Myanmar, Ethiopic, Khmer,
 * Thaana, Tibetan, Canadian syllabics, Ol Chiki, Tifinagh, Japanese, Chinese, Korean) can match only text holding
 * one of its letters, so a reader asks `mayHold` before it compiles or runs anything.
 *
 * The bits are decided on the characters present, never on a page's `lang`: an English page quoting
 * a Russian name holds Cyrillic, a Chinese page naming a Western firm holds Latin. Each bit is a
 * superset of its script (`\p{Script=…}` under `u` and `iu`, and the blocks the readers list by
 * range): a bit set too often only skips less (tests/unit/scripts-present.test.ts checks every code point).
 *
 * findQuotes scans the article (with its title and site name) once, in `readingArticle`; inside it a
 * script the article lacks is absent from every frame, sentence and word cut from it, so `mayHold`
 * answers without looking at the text. Otherwise it scans the text it is given.
 */

export const LATIN = 1;
export const GREEK = 2;
export const CYRILLIC = 4;
export const HEBREW = 8;
export const ARABIC = 16;
/** Thai's script and the block after it, Lao's (lang/th.ts, lang/lo.ts): two scripts without spaces between words. */
export const THAI = 32;
/** Hiragana and Katakana. */
export const KANA = 64;
export const HAN = 128;
export const HANGUL = 256;
/** Hindi's script (lang/hi.ts). */
export const DEVANAGARI = 512;
/** Bengali's script and the three blocks after it, Gurmukhi, Gujarati and Odia (lang/bn.ts, lang/pa.ts, lang/gu.ts, lang/or.ts). */
export const BENGALI = 1024;
/** Tamil's script (lang/ta.ts). */
export const TAMIL = 2048;
/** Georgian's scripts, Mkhedruli and the capitals and Nuskhuri (lang/ka.ts). */
export const GEORGIAN = 4096;
/** Telugu, Kannada, Malayalam and Sinhala, one block after another (lang/te.ts, lang/ml.ts, lang/si.ts). */
export const SOUTH_INDIC = 8192;
/** Myanmar, Ethiopic and Khmer: scripts of few capitals and spaces, each read by its own reader (lang/my.ts, lang/am.ts, lang/km.ts). */
export const MYANMAR_ETHIOPIC_KHMER = 16384;
/** Armenian's script (lang/hy.ts). */
export const ARMENIAN = 32768;
/** Thaana, Tibetan, Canadian syllabics (with its extended block), Ol Chiki and Tifinagh: scripts of one language each here (lang/dv.ts, lang/bo.ts, lang/iu.ts, lang/sat.ts, lang/zgh.ts). */
export const THAANA_TIBETAN_SYLLABICS = 65536;
export const ALL_SCRIPTS = 131071;
/** The scripts read by their own readers, not the Latin one. */
export const NON_LATIN = ALL_SCRIPTS & ~LATIN;

/** The script bits of one code point (a lone surrogate has none). */
export function scriptsOfCode(code: number): number {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LATIN : 0;
  if (code < 0x2000) return lowScripts(code);
  if (code < 0x10000) return highScripts(code);
  // Beyond the BMP: emoji, symbols and mathematical letters (Common) hold none of these (but 🈀, squared
  // Hiragana, is in the emoji planes); anything else may hold any.
  if (code >= 0x1f200 && code < 0x1f300) return ALL_SCRIPTS;
  return (code >= 0x1d400 && code <= 0x1d7ff) || (code >= 0x1f000 && code <= 0x1ffff) || (code >= 0xe0000 && code <= 0xe03ff) ? 0 : ALL_SCRIPTS;
}

function lowScripts(code: number): number {
  if (code < 0x250) return code === 0xaa || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) ? LATIN : code === 0xb5 ? GREEK : 0;
  if (code < 0x300) return LATIN;
  // U+0345 folds to ι under `iu`.
  if (code < 0x370) return code === 0x345 ? GREEK : 0;
  if (code < 0x400) return GREEK;
  if (code < 0x530) return CYRILLIC;
  if (code < 0x590) return ARMENIAN;
  if (code < 0x600) return HEBREW;
  if (code < 0x700) return ARABIC;
  if (code >= 0x750 && code < 0x780) return ARABIC;
  if (code >= 0x780 && code < 0x7c0) return THAANA_TIBETAN_SYLLABICS;
  if (code >= 0x860 && code < 0x900) return ARABIC;
  if (code >= 0x900 && code < 0x980) return DEVANAGARI;
  if (code >= 0x980 && code < 0xb80) return BENGALI;
  if (code >= 0xb80 && code < 0xc00) return TAMIL;
  if (code >= 0xc00 && code < 0xe00) return SOUTH_INDIC;
  if (code >= 0xe00 && code < 0xf00) return THAI;
  if (code >= 0xf00 && code < 0x1000) return THAANA_TIBETAN_SYLLABICS;
  if (code >= 0x1000 && code < 0x10a0) return MYANMAR_ETHIOPIC_KHMER;
  if (code >= 0x10a0 && code < 0x1100) return GEORGIAN;
  if (code >= 0x1200 && code < 0x13a0) return MYANMAR_ETHIOPIC_KHMER;
  if (code >= 0x1780 && code < 0x1800) return MYANMAR_ETHIOPIC_KHMER;
  if ((code >= 0x1400 && code < 0x1680) || (code >= 0x18b0 && code < 0x1900)) return THAANA_TIBETAN_SYLLABICS;
  if (code >= 0x19e0 && code < 0x1a00) return MYANMAR_ETHIOPIC_KHMER;
  if (code >= 0x1100 && code < 0x1200) return HANGUL;
  if (code >= 0x1c50 && code < 0x1c80) return THAANA_TIBETAN_SYLLABICS;
  if (code >= 0x1c80 && code < 0x1c90) return CYRILLIC;
  if (code >= 0x1c90 && code < 0x1cc0) return GEORGIAN;
  // Phonetic letters: Latin, Greek and Cyrillic ones side by side.
  if (code >= 0x1d00 && code < 0x1dc0) return LATIN | GREEK | CYRILLIC;
  if (code >= 0x1e00 && code < 0x1f00) return LATIN;
  if (code >= 0x1f00) return GREEK;
  return 0;
}

function highScripts(code: number): number {
  if (code < 0x2e80) {
    // Superscript letters, letterlike symbols (K, Å, Ω) and Roman numerals.
    if (code >= 0x2070 && code < 0x20a0) return LATIN;
    if (code >= 0x2100 && code < 0x2190) return code === 0x2126 ? GREEK : LATIN;
    if (code >= 0x2c60 && code < 0x2c80) return LATIN;
    if (code >= 0x2d00 && code < 0x2d30) return GEORGIAN;
    if (code >= 0x2d30 && code < 0x2d80) return THAANA_TIBETAN_SYLLABICS;
    if (code >= 0x2d80 && code < 0x2de0) return MYANMAR_ETHIOPIC_KHMER;
    if (code >= 0x2de0 && code < 0x2e00) return CYRILLIC;
    return 0;
  }
  if (code < 0x3000) return HAN;
  if (code < 0x3040) return (code >= 0x3005 && code <= 0x3007) || (code >= 0x3021 && code <= 0x3029) || (code >= 0x3031 && code <= 0x303b) ? HAN | KANA : code === 0x302e || code === 0x302f ? HANGUL : 0;
  if (code < 0x3100) return KANA;
  if (code < 0x3130) return 0;
  if (code < 0x3190) return HANGUL;
  if (code < 0x31c0) return HAN;
  if (code < 0x31f0) return HAN;
  if (code < 0x3200) return KANA;
  // Enclosed and squared letters: parenthesised Hangul, circled Katakana, Han ideographs.
  if (code < 0x3400) return HANGUL | KANA | HAN;
  if (code < 0xa000) return HAN;
  if (code >= 0xa640 && code < 0xa6a0) return CYRILLIC;
  if (code >= 0xa720 && code < 0xa800) return LATIN;
  if (code >= 0xa8e0 && code < 0xa900) return DEVANAGARI;
  if (code >= 0xa960 && code < 0xa980) return HANGUL;
  // Myanmar extensions and Ethiopic Extended-A.
  if ((code >= 0xa9e0 && code < 0xaa00) || (code >= 0xaa60 && code < 0xaa80) || (code >= 0xab00 && code < 0xab30)) return MYANMAR_ETHIOPIC_KHMER;
  if (code >= 0xab30 && code < 0xab70) return code === 0xab65 ? GREEK : LATIN;
  if (code >= 0xac00 && code < 0xd800) return HANGUL;
  if (code >= 0xf900 && code < 0xfb00) return HAN;
  if (code >= 0xfb00 && code < 0xfb07) return LATIN;
  // Armenian ligatures (ﬔ).
  if (code >= 0xfb13 && code < 0xfb18) return ARMENIAN;
  if (code >= 0xfb1d && code < 0xfb50) return HEBREW;
  if (code >= 0xfb50 && code < 0xfe00) return ARABIC;
  if (code >= 0xfe2e && code < 0xfe30) return CYRILLIC;
  if (code >= 0xfe70 && code < 0xff00) return ARABIC;
  // Full-width Latin letters, half-width Katakana and Hangul.
  if ((code >= 0xff21 && code < 0xff3b) || (code >= 0xff41 && code < 0xff5b)) return LATIN;
  if (code >= 0xff66 && code < 0xffa0) return KANA;
  if (code >= 0xffa0 && code < 0xffdd) return HANGUL;
  return 0;
}

/**
 * Every character `scriptsOfCode` gives a bit beyond Latin (and every high surrogate but those of
 * emoji and mathematical letters), and every character it calls Latin: two native scans answer for
 * most pages, and only a page holding another script is read code by code.
 */
const BEYOND_LATIN = /[\u00b5\u0345\u0370-\u06ff\u0750-\u07bf\u0860-\u0dff\ua8e0-\ua8ff\u0e00-\u0fff\u1000-\u167f\u1780-\u17ff\u18b0-\u18ff\u19e0-\u19ff\u1c50-\u1cbf\u1d00-\u1dbf\u1f00-\u1fff\u2126\u2d00-\u2dff\u2e80-\u2fff\u3005-\u3007\u3021-\u3029\u302e-\u303b\u3040-\ua00f\ua640-\ua69f\ua960-\ua97f\ua9e0-\ua9ff\uaa60-\uaa7f\uab00-\uab2f\uab65\uac00-\ud7ff\uf900-\ufaff\ufb13-\ufb17\ufb1d-\ufdff\ufe2e\ufe2f\ufe70-\ufeff\uff66-\uffdc\ud800-\ud834\ud836-\ud83b\ud83f-\udb3f\udb41-\udbff]|\ud83c[\ude00-\udeff]/;
const LATIN_LETTER = /[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u1d00-\u1dbf\u1e00-\u1eff\u2070-\u209f\u2100-\u218f\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a]/;

/** The scripts of every character in `text`. */
export function scriptsIn(text: string): number {
  if (!BEYOND_LATIN.test(text)) return LATIN_LETTER.test(text) ? LATIN : 0;
  return scriptsCodeByCode(text);
}

/** One pass over the codes, stopping once all are found. */
function scriptsCodeByCode(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) found |= LATIN;
      continue;
    }
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    found |= scriptsOfCode(code);
    if (found === ALL_SCRIPTS) break;
  }
  return found;
}

/** The scripts of the article being read (everything, outside `readingArticle`). */
let inArticle = ALL_SCRIPTS;
let gates: ScriptGates = 'on';

/** Tests only: 'checked' also scans each text the article answered for and throws when the answer was wrong; 'off' answers yes to everything. */
export type ScriptGates = 'on' | 'checked' | 'off';

/**
 * Runs `read` knowing which scripts `texts` hold (findQuotes passes the article, its title and site
 * name): every text read inside must be cut from them.
 */
export function readingArticle<T>(texts: readonly string[], read: () => T): T {
  const outer = inArticle;
  inArticle = texts.reduce((found, text) => found | scriptsIn(text), 0);
  try {
    return read();
  } finally {
    inArticle = outer;
  }
}

/**
 * Whether `text` may hold a letter of one of `scripts`: false only when it holds none. Inside
 * `readingArticle` a script absent from the article answers at once.
 */
export function mayHold(scripts: number, text: string): boolean {
  if (gates === 'off') return true;
  if ((inArticle & scripts) === 0) {
    // A text not cut from the article would be judged wrongly: tests check for one.
    if (gates === 'checked' && (scriptsIn(text) & scripts) !== 0) throw new Error(`scripts-present: a text outside the article: ${text.slice(0, 80)}`);
    return false;
  }
  return (scriptsIn(text) & scripts) !== 0;
}

/**
 * The scripts `text` may hold, for a reader choosing among several: Latin alone, unlooked at, when the
 * article holds no other (and every one, with the gates off).
 */
export function scriptsOf(text: string): number {
  if (gates === 'off') return ALL_SCRIPTS;
  if ((inArticle & NON_LATIN) !== 0) return scriptsIn(text);
  if (gates === 'checked' && (scriptsIn(text) & NON_LATIN) !== 0) throw new Error(`scripts-present: a text outside the article: ${text.slice(0, 80)}`);
  return LATIN;
}

export function setScriptGates(mode: ScriptGates): void {
  gates = mode;
}

/**
 * `read` remembering its answer for each word while the article's scripts stay the same: a reader whose answer depends on
 * nothing but the word and, through `mayHold`, these scripts (a page asks for the same name runs and role nouns many
 * times). Forgotten when the scripts change or `kept` answers are held; not used with the gates checked or off, where
 * every call must be judged afresh. tests/unit/word-memo.test.ts compares it with the plain reader.
 */
export function memoPerScripts<T>(read: (word: string) => T, kept = 5000): (word: string) => T {
  const answers = new Map<string, T>();
  let scripts = -1;
  return (word) => {
    if (gates !== 'on') return read(word);
    if (scripts !== inArticle || answers.size >= kept) {
      answers.clear();
      scripts = inArticle;
    }
    if (answers.has(word)) return answers.get(word)!;
    const answer = read(word);
    // A nested call may have changed nothing the answer depends on: the scripts are only set by readingArticle.
    answers.set(word, answer);
    return answer;
  };
}
