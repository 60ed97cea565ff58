/**
 * Turkish puts the speaker first and the verb after the quote: `Aydın, “…” dedi.`, `Kaya, “…” diye
 * konuştu.`, `Öztürk, … şunları söyledi: “…”`, `Başkan Aydın da … belirterek, “…” diye ekledi.`; a quote
 * opening its sentence (`“…” ifadelerini kullandı.`) is the subject's of the sentence before it. So the
 * words after a quote give nothing here, and the speaker is the name opening the sentence, its role
 * (`Belediye Başkanı`) split off.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, NAME_RUN } from '../names';
import { lazy, person, type LanguageCues } from './shared';

/** Letters only Turkish writes among the languages read here. */
const TURKISH_LETTER = /[ğĞıİşŞ]/u;
/** Reporting verbs and converbs that close a Turkish frame: `söyledi:`, `belirterek,`, `açıkladı.`. */
const REPORTING = /(?:söyledi|belirtti|belirterek|açıkladı|dedi|konuştu|ifade etti|ifadelerini kullandı|vurguladı|vurgulayarak|kaydetti|diyerek|ekledi|anlattı|aktardı|dile getirdi)[.:,]?\s*$/u;
/** The sentence's subject: a name run (its role first), maybe with a case ending, then `da`/`ise` or a comma. */
const SUBJECT = lazy(() => new RegExp(`^(${NAME_RUN})(?:['’]\\p{Ll}+)?(?:,|\\s+(?:da|de|ise)(?=[\\s,]))`, 'u'));

function subjectOf(sentence: string): SpeakerPhrase | null {
  const match = SUBJECT().exec(sentence.trim());
  if (!match) return null;
  const run = match[1]!;
  const name = cleanName(run);
  if (!name) return null;
  const role = run.slice(0, run.lastIndexOf(name)).trim();
  return person(name, role || null);
}

export const turkish: LanguageCues = {
  applies: (frame) => TURKISH_LETTER.test(frame) || REPORTING.test(frame),
  after: () => null,
  before: (frame) => {
    const sentence = frame.trimEnd();
    // `Aydın, “…”`: the frame is the subject and its comma; or a sentence ending in a reporting verb or converb.
    if (!/,$/u.test(sentence) && !REPORTING.test(sentence)) return null;
    return subjectOf(sentence);
  },
};
