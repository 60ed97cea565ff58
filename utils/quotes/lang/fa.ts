/**
 * Persian: `X، رئیس انجمن …، نیز هشدار داد: «…»` (the name, its office between commas, the verb before a colon). Read
 * only on frames with letters Persian writes and Arabic does not (پ چ ژ گ ک ی) and one of its verbs.
 * (`او به خبرنگار ما گفت:` is left alone: او has no gender, and the person a paragraph before introduces is not yet
 * salient for it; taking the latest speaker gave the wrong one.)
 */

import type { SpeakerPhrase } from '../cues';
import { lazy, person, type LanguageCues } from './shared';

const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u;
/** Past and present verbs of saying, some with their light verb: گفت, افزود, هشدار داد, تأکید کرد, می‌گوید. */
const VERB = '(?:گفت|افزود|نوشت|هشدار\\s+داد|تأکید\\s+کرد|تاکید\\s+کرد|توضیح\\s+داد|اظهار\\s+کرد|اعلام\\s+کرد|می[\\u200c\\s]?گوید|گفته\\s+است)';
/** Honorifics dropped before a name: دکتر, مهندس, آقای, خانم, سید. */
const HONORIFIC = /^(?:دکتر|مهندس|آقای|خانم|سید|حجت‌الاسلام)\s+/u;

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|\\s)${VERB}(?=[\\s:،.]|$)`, 'u'),
  /** `X، role،( نیز)? … verb:` at the frame's (or its sentence's) start. */
  apposed: new RegExp(`(?:^|[.!?؟]\\s+)([^\\s،:.«»]+(?:\\s+[^\\s،:.«»]+){1,3})،\\s+([^،:«»]{3,80})،\\s+(?:[^،:«»]{0,40}\\s+)?${VERB}\\s*:?\\s*$`, 'u'),
}));

function before(frame: string): SpeakerPhrase | null {
  const trimmed = frame.trim();
  const named = patterns().apposed.exec(trimmed);
  return named ? person(named[1]!.replace(HONORIFIC, ''), named[2]!.trim()) : null;
}

export const persian: LanguageCues = {
  applies: (frame) => PERSIAN_LETTER.test(frame) && patterns().cue.test(frame),
  after: () => null,
  before,
};
