/**
 * A one-word (or short) name in a script without capitals, which person mentions never hold: attribute.ts keeps such a
 * tag's name as the speaker.
 */
import { ARABIC, BENGALI, DEVANAGARI, GEORGIAN, HAN, HANGUL, HEBREW, KANA, MYANMAR_ETHIOPIC_KHMER, mayHold, SOUTH_INDIC, TAMIL, THAANA_TIBETAN_SYLLABICS, THAI } from './scripts-present';
import { SEMITIC_FAMILY_OF_TWO } from './lang/fuller-names';

/** A one-word name in a script without capitals, which person mentions never hold. */
// (`عبد الفتاح`: an Arabic family name of two words, lang/fuller-names.ts; `الفلاني العلاني`, `عبد الله الشامي`: words with
// the article after a first one that is no given name (a given name never takes the article) are a family name too.)
const CASELESS_SCRIPTS = HAN | KANA | HANGUL | ARABIC | HEBREW | THAI | DEVANAGARI | BENGALI | TAMIL | SOUTH_INDIC | MYANMAR_ETHIOPIC_KHMER | GEORGIAN | THAANA_TIBETAN_SYLLABICS;
// (Short vowels and shadda, `نصّار`, are marks of no script of their own: a name written with them is the same name.)
const CASELESS_WORD = /^[\p{Script=Thaana}\p{Script=Tibetan}\p{Script=Canadian_Aboriginal}\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Lao}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Kannada}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Ethiopic}\p{Script=Khmer}\p{Script=Georgian}\p{Script=Ol_Chiki}\p{Script=Tifinagh}\p{M}\u200c\u200dー]+$/u; // (ー, the katakana long mark, is of no one script: `クラーク`; the joiners are inside Sinhala and Indic words.)
// (`వెంకట రావు` after `దేవరపల్లి వెంకట రావు`: Telugu and Malayalam names run to three words, two of them a short form; so do
// Bengali ones, `নাজমুল হুদা` after `শেখ মো. নাজমুল হুদা`, lang/bn-fuller-name.ts.)
// (`නිශාන්ත ද සිල්වා` after `එච්. කේ. නිශාන්ත ද සිල්වා`: Sinhala names drop their initials, lang/si-initials.ts.)
const SINHALA_SHORT = /^[\u0d80-\u0dff\u200c\u200d]+(?:\s[\u0d80-\u0dff\u200c\u200d]+){1,2}$/u;
const isCaselessName = (name: string): boolean => CASELESS_WORD.test(name) || /^ⴰⵢⵜ\s[\u2d30-\u2d7f]+$/u.test(name) || SEMITIC_FAMILY_OF_TWO.test(name) || /^[\u0620-\u06d3\p{M}]+\s[\u0620-\u06d3\p{M}]+$/u.test(name) || /^[\u0c00-\u0d7f]+\s[\u0c00-\u0d7f]+$/u.test(name) || /^[\u0980-\u09ff]+\s[\u0980-\u09ff]+$/u.test(name) || SINHALA_SHORT.test(name);

/** Whether a speaker's name is such a name. */
export const isCaselessShortName = (name: string): boolean => mayHold(CASELESS_SCRIPTS, name) && isCaselessName(name);
