// The script pre-pass may say a script is present when it is not (a reader then runs as before), never
// the reverse: every code point a script's pattern matches, under `u` and `iu`, sets that script's bit.
import { describe, expect, it } from 'vitest';
import { ALL_SCRIPTS, ARABIC, ARMENIAN, BENGALI, CYRILLIC, DEVANAGARI, GEORGIAN, GREEK, HAN, HANGUL, HEBREW, KANA, LATIN, MYANMAR_ETHIOPIC_KHMER, SOUTH_INDIC, TAMIL, THAANA_TIBETAN_SYLLABICS, THAI, mayHold, readingArticle, scriptsIn, scriptsOfCode, setScriptGates } from '../../utils/quotes/scripts-present';

const SCRIPTS: Array<[string, number, string]> = [
  ['Latin', LATIN, '\\p{Script=Latin}'],
  ['Greek', GREEK, '\\p{Script=Greek}'],
  ['Cyrillic', CYRILLIC, '\\p{Script=Cyrillic}'],
  ['Hebrew', HEBREW, '\\p{Script=Hebrew}'],
  ['Arabic', ARABIC, '\\p{Script=Arabic}'],
  ['Thai', THAI, '\\p{Script=Thai}'],
  ['Lao', THAI, '\\p{Script=Lao}'],
  ['Armenian', ARMENIAN, '\\p{Script=Armenian}'],
  ['Devanagari', DEVANAGARI, '\\p{Script=Devanagari}'],
  ['Bengali', BENGALI, '\\p{Script=Bengali}'],
  ['Gujarati', BENGALI, '\\p{Script=Gujarati}'],
  ['Tamil', TAMIL, '\\p{Script=Tamil}'],
  ['Telugu', SOUTH_INDIC, '\\p{Script=Telugu}'],
  ['Kannada', SOUTH_INDIC, '\\p{Script=Kannada}'],
  ['Malayalam', SOUTH_INDIC, '\\p{Script=Malayalam}'],
  ['Sinhala', SOUTH_INDIC, '\\p{Script=Sinhala}'],
  ['Myanmar', MYANMAR_ETHIOPIC_KHMER, '\\p{Script=Myanmar}'],
  ['Ethiopic', MYANMAR_ETHIOPIC_KHMER, '\\p{Script=Ethiopic}'],
  ['Khmer', MYANMAR_ETHIOPIC_KHMER, '\\p{Script=Khmer}'],
  ['Georgian', GEORGIAN, '\\p{Script=Georgian}'],
  ['Hiragana', KANA, '\\p{Script=Hiragana}'],
  ['Katakana', KANA, '\\p{Script=Katakana}'],
  ['Han', HAN, '\\p{Script=Han}'],
  ['Hangul', HANGUL, '\\p{Script=Hangul}'],
  ['Ol Chiki', THAANA_TIBETAN_SYLLABICS, '\\p{Script=Ol_Chiki}'],
  ['Tifinagh', THAANA_TIBETAN_SYLLABICS, '\\p{Script=Tifinagh}'],
  // The blocks readers list by range (lang/index.ts, lang/th.ts, lang/ko.ts, lang/ja.ts).
  ['Greek block', GREEK, '[\\u0370-\\u03ff]'],
  ['Cyrillic block', CYRILLIC, '[\\u0400-\\u04ff]'],
  ['Hebrew block', HEBREW, '[\\u0590-\\u05ff]'],
  ['Arabic block', ARABIC, '[\\u0600-\\u06ff]'],
  ['Thai block', THAI, '[\\u0e01-\\u0e4e]'],
  ['Lao block', THAI, '[\\u0e81-\\u0edf]'],
  ['Armenian block', ARMENIAN, '[\\u0531-\\u058f]'],
  ['Devanagari block', DEVANAGARI, '[\\u0900-\\u097f]'],
  ['Bengali block', BENGALI, '[\\u0980-\\u09ff]'],
  ['Gujarati block', BENGALI, '[\\u0a80-\\u0aff]'],
  ['Tamil block', TAMIL, '[\\u0b80-\\u0bff]'],
  ['South Indian blocks', SOUTH_INDIC, '[\\u0c00-\\u0dff]'],
  ['Myanmar, Ethiopic and Khmer blocks', MYANMAR_ETHIOPIC_KHMER, '[\\u1000-\\u109f\\u1200-\\u139f\\u1780-\\u17ff]'],
  ['Georgian block', GEORGIAN, '[\\u10a0-\\u10ff]'],
  ['kana block', KANA, '[\\u3040-\\u30ff]'],
  ['CJK block', HAN, '[\\u4e00-\\u9fff]'],
  ['Hangul syllables', HANGUL, '[\\uac00-\\ud7af]'],
  ['Ol Chiki and Tifinagh blocks', THAANA_TIBETAN_SYLLABICS, '[\\u1c50-\\u1c7f\\u2d30-\\u2d7f]'],
  ['ASCII letters', LATIN, '[A-Za-z]'],
];

describe('scripts-present', () => {
  for (const [name, bit, source] of SCRIPTS) {
    it(`sets the ${name} bit on every code point ${source} matches, with u and with iu`, () => {
      const plain = new RegExp(`^${source}$`, 'u');
      const folded = new RegExp(`^${source}$`, 'iu');
      const missed: string[] = [];
      for (let code = 0; code <= 0x10ffff; code++) {
        if (code >= 0xd800 && code < 0xe000) continue;
        const char = String.fromCodePoint(code);
        if (!(plain.test(char) || folded.test(char))) continue;
        if ((scriptsOfCode(code) & bit) === 0 || (scriptsIn(`1 ${char} 2`) & bit) === 0) missed.push(code.toString(16));
      }
      expect(missed).toEqual([]);
    });
  }

  it('reads a text once, surrogate pairs whole, and stops at nothing else', () => {
    expect(scriptsIn('The mayor said so.')).toBe(LATIN);
    expect(scriptsIn('“Нет,” said Ivan — 李明 🙂')).toBe(LATIN | CYRILLIC | HAN);
    expect(scriptsIn('𠀀')).toBe(ALL_SCRIPTS); // a Han ideograph beyond the BMP: any bit may be set, Han must be
    expect(scriptsIn('🙂 1, 2 — …')).toBe(0);
    expect(scriptsIn('αβγ שלום مرحبا สวัสดี नमस्ते かな 漢 한국')).toBe(GREEK | HEBREW | ARABIC | THAI | DEVANAGARI | KANA | HAN | HANGUL);
  });

  it('answers for the article inside readingArticle, and for the text itself outside it', () => {
    expect(mayHold(CYRILLIC, 'Иван')).toBe(true);
    expect(mayHold(CYRILLIC, 'Ivan')).toBe(false);
    readingArticle(['An English story quoting Иван Петров.', 'Title'], () => {
      expect(mayHold(CYRILLIC, 'quoting Иван')).toBe(true);
      expect(mayHold(CYRILLIC, 'An English story')).toBe(false);
      expect(mayHold(ARABIC, 'An English story')).toBe(false);
    });
    expect(mayHold(ARABIC, 'مرحبا')).toBe(true);
  });

  it('catches, when checking, a text that was not cut from the article', () => {
    setScriptGates('checked');
    try {
      expect(() => readingArticle(['Plain English.'], () => mayHold(ARABIC, 'مرحبا'))).toThrow(/outside the article/);
    } finally {
      setScriptGates('on');
    }
  });
});

describe('scripts-present fast path', () => {
  it('reads code by code whenever a character may hold a script beyond Latin, and sees every Latin letter', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const bits = scriptsOfCode(code);
      if (bits === 0) continue;
      // A text of this one character, with ASCII around it: the fast answer must be the full one.
      const text = `1 ${String.fromCodePoint(code)} 2`;
      if ((scriptsIn(text) & bits) !== bits) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
