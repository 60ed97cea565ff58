/**
 * Arabic copy's adjectives for a decade of life (`الخمسيني`, "the man in his fifties"; `السبعينية`, "the woman in her
 * seventies"), alone or after a noun for the person (`الرجل الستيني`, `السيدة الأربعينية`): after a verb of saying past
 * a quote (`«…»، يقول الرجل الخمسيني، «…»`) they describe someone the story already named, as `the sexagenarian` does
 * (age-nouns.ts): the latest person the text gave an age in that decade, else the latest person named.
 */

import type { SpeakerPhrase } from '../cues';
import { pronoun } from './shared';

/** The decade each adjective's number word gives (`خمسين` fifty … `تسعين` ninety). */
const DECADE_OF: Record<string, number> = { عشريني: 20, ثلاثيني: 30, أربعيني: 40, خمسيني: 50, ستيني: 60, سبعيني: 70, ثمانيني: 80, تسعيني: 90 };

/** `الخمسيني`, `الستينية`, `الرجل السبعيني`, `المرأة الأربعينية`: an optional definite noun, then the decade adjective. */
const DECADE_PHRASE = /^(?:ال\p{Script=Arabic}{2,}\s+)?ال(عشريني|ثلاثيني|أربعيني|خمسيني|ستيني|سبعيني|ثمانيني|تسعيني)(ة?)$/u;

/** Verbs of saying a tag after a quote opens with: `يقول`, `تضيف`, `قال`, `أضافت`. */
const SAYING_AFTER = /^[\s،,]*[وف]?(?:يقول|تقول|قال|قالت|يضيف|تضيف|أضاف|أضافت|يتابع|تتابع|تابع|تابعت|يوضح|توضح|أوضح|أوضحت|يؤكد|تؤكد|أكد|أكدت)\s+((?:ال\p{Script=Arabic}{2,}\s+)?ال\p{Script=Arabic}{4,})(?=\s*(?:[،,.:!؟]|$))/u;

/** The years an Arabic decade phrase spans (`الرجل الخمسيني`: 50 to 59), or null. */
export function arabicDecadeRange(phrase: string): [number, number] | null {
  const decade = DECADE_PHRASE.exec(phrase.trim());
  return decade ? [DECADE_OF[decade[1]!]!, DECADE_OF[decade[1]!]! + 9] : null;
}

/** `، يقول الرجل الخمسيني،`: a descriptor for someone named before, its decade kept for the person of that age. */
export function arabicDecadeTag(frame: string): SpeakerPhrase | null {
  const phrase = SAYING_AFTER.exec(frame)?.[1];
  const decade = phrase ? DECADE_PHRASE.exec(phrase) : null;
  if (!phrase || !decade) return null;
  return { ...pronoun('they', decade[2] ? 'female' : 'male'), descriptor: true, definite: phrase };
}

/** `سعيد أبو النجا، وهو مزارع يبلغ من العمر 58 عامًا`, `X (58 عامًا)`: an age in years, within a clause after a name. */
const YEARS_AFTER = /^[^.!؟«»\n]{0,80}?(\d{1,3})\s*(?:عاما|عامًا|عاماً|سنة)(?![\p{L}])/u;

/**
 * Scripts whose book registers no mentions: the latest earlier named speaker whose name the text follows, in the same
 * clause, with an age in `range` (`X، وهو مزارع يبلغ من العمر 58 عامًا،` for `الرجل الخمسيني`), else null.
 */
export function agedEarlierSpeaker(text: string, speakers: readonly (string | null)[], range: [number, number] | null, at: number): string | undefined {
  if (!range) return undefined;
  const before = text.slice(0, at);
  const named = [...new Set(speakers.filter((name): name is string => !!name))].reverse();
  return named.find((name) => {
    for (let from = before.indexOf(name); from >= 0; from = before.indexOf(name, from + 1)) {
      const age = Number(YEARS_AFTER.exec(before.slice(from + name.length))?.[1] ?? NaN);
      if (age >= range[0] && age <= range[1]) return true;
    }
    return false;
  });
}
