/**
 * Picks the languages worth trying on a frame, cheaply: by script first (Arabic, Hebrew, Thai,
 * Cyrillic, kana, Han, Hangul), and for Latin script by each language's function words. A language whose
 * script or words are absent is never tried, and its patterns are never even compiled.
 */

import type { SpeakerPhrase } from '../cues';
import { arabic } from './ar';
import { german } from './de';
import { spanish } from './es';
import { french } from './fr';
import { hebrew } from './he';
import { italian } from './it';
import { japanese } from './ja';
import { korean } from './ko';
import { portuguese } from './pt';
import { russianUkrainian } from './ru-uk';
import { lazy, type LanguageCues } from './shared';
import { thai } from './th';
import { chinese } from './zh';

const LATIN: LanguageCues[] = [french, german, spanish, italian, portuguese];
/** All Latin-script languages' verbs and source words in one pattern: one scan of an English frame, not five. */
const LATIN_CUE = lazy(() => new RegExp(LATIN.map((language) => language.cue ?? '').join('|'), 'u'));

/**
 * Accented letters and the small words of French, German, Spanish, Italian and Portuguese: a
 * sentence in one of them has some. Tested first because it costs a tenth of the verbs' pattern.
 */
const LATIN_FUNCTION_WORD = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]|\b(?:der|die|das|und|sagt|sagte|so|laut|le|la|les|des|du|et|el|los|las|y|il|di|che|os|da|do|em|que|de|ha|ho|dice|disse|segundo|secondo)\b/;
/** A frame this short may be only a name and a verb (`Weber betonte:`), so the verbs are tested. */
const SHORT_FRAME = 80;

/** One test for every script this folder reads beyond Latin; most frames are English and fail it at once. */
const OTHER_SCRIPT = /[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e01-\u0e4e\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

function languagesFor(frame: string, side: 'after' | 'before'): LanguageCues[] {
  if (!OTHER_SCRIPT.test(frame)) {
    // After a quote every Latin pattern is anchored at the frame's start and fails at once on other words.
    if (side === 'after') return LATIN;
    // A long frame with no accented letter and none of these languages' small words is not in one of them.
    if (frame.length > SHORT_FRAME && !LATIN_FUNCTION_WORD.test(frame)) return [];
    return LATIN_CUE().test(frame) ? LATIN.filter((language) => language.applies(frame)) : [];
  }
  if (arabic.applies(frame)) return [arabic];
  if (hebrew.applies(frame)) return [hebrew];
  if (thai.applies(frame)) return [thai];
  // Kana marks Japanese; Han alone is Chinese.
  if (japanese.applies(frame)) return [japanese];
  if (korean.applies(frame)) return [korean];
  if (chinese.applies(frame)) return [chinese];
  return russianUkrainian.applies(frame) ? [russianUkrainian] : [];
}

function firstFound(frame: string, side: 'after' | 'before', read: (language: LanguageCues) => SpeakerPhrase | null): SpeakerPhrase | null {
  // A subject left out is the weakest reading: `, disse a prefeitura.` is Italian `disse` and an adjunct,
  // but Portuguese gives it a subject, so another language's speaker wins over it.
  let leftOut: SpeakerPhrase | null = null;
  for (const language of languagesFor(frame, side)) {
    const found = read(language);
    if (found && !found.dropped) return found;
    leftOut ??= found;
  }
  return leftOut;
}

export function speakerAfterInOtherLanguages(frame: string): SpeakerPhrase | null {
  return firstFound(frame, 'after', (language) => language.after(frame));
}

export function speakerBeforeInOtherLanguages(frame: string): SpeakerPhrase | null {
  return firstFound(frame, 'before', (language) => language.before(frame));
}
