/**
 * Voices: every named person quoted in the article, in order of first appearance, with their role
 * and how many times they are quoted. Descriptions ("a ministry spokeswoman", "officials") are left
 * out: they name nobody, and two "a spokesman"s may be two people. Their quotes are still found,
 * highlighted and listed; only this list of people skips them.
 */

import type { Quote, Voice } from './types';
import { utterancesOf } from './quotes/utterances';

export function findVoices(quotes: readonly Quote[]): Voice[] {
  const voices = new Map<string, Voice>();
  // Counted in utterances: a quote split by its attribution is one quote.
  for (const utterance of utterancesOf([...quotes].sort((a, b) => a.start - b.start))) {
    if (utterance.speakerKind !== 'name' || !utterance.speaker) continue;
    const known = voices.get(utterance.speaker);
    if (!known) voices.set(utterance.speaker, { name: utterance.speaker, role: utterance.role, quotes: 1 });
    else {
      known.quotes++;
      known.role ??= utterance.role;
    }
  }
  return [...voices.values()];
}

/** The utterances of one voice, in text order. */
export function utterancesBy(quotes: readonly Quote[], name: string) {
  return utterancesOf(quotes).filter((utterance) => utterance.speakerKind === 'name' && utterance.speaker === name);
}
