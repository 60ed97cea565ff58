/**
 * Picks the languages worth trying on a frame, cheaply: by script first (Arabic, Hebrew, Cyrillic,
 * kana, Han, Hangul), and for Latin script by each language's function words. A language whose
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
import type { LanguageCues } from './shared';
import { chinese } from './zh';

const LATIN: LanguageCues[] = [french, german, spanish, italian, portuguese];

/** One test for every script this folder reads beyond Latin; most frames are English and fail it at once. */
const OTHER_SCRIPT = /[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

function languagesFor(frame: string): LanguageCues[] {
  if (!OTHER_SCRIPT.test(frame)) return LATIN.filter((language) => language.applies(frame));
  if (arabic.applies(frame)) return [arabic];
  if (hebrew.applies(frame)) return [hebrew];
  // Kana marks Japanese; Han alone is Chinese.
  if (japanese.applies(frame)) return [japanese];
  if (korean.applies(frame)) return [korean];
  if (chinese.applies(frame)) return [chinese];
  return russianUkrainian.applies(frame) ? [russianUkrainian] : [];
}

function firstFound(frame: string, read: (language: LanguageCues) => SpeakerPhrase | null): SpeakerPhrase | null {
  for (const language of languagesFor(frame)) {
    const found = read(language);
    if (found) return found;
  }
  return null;
}

export function speakerAfterInOtherLanguages(frame: string): SpeakerPhrase | null {
  return firstFound(frame, (language) => language.after(frame));
}

export function speakerBeforeInOtherLanguages(frame: string): SpeakerPhrase | null {
  return firstFound(frame, (language) => language.before(frame));
}
