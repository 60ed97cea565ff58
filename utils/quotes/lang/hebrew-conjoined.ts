/**
 * Hebrew: `ראש המועצה, X Y, כינה את ההחלטה "…" ואמר לכתבים: "…"` — a verb of saying joined by "and" (`ואמר`) has
 * the subject of its own sentence, named before the first verb; the few quoted words between are no quote of theirs.
 */
import type { SpeakerPhrase } from '../cues';
import { hebrew, VERBS } from './he';

const CONJOINED_TAG = new RegExp(`\\sו(?:${VERBS.split(' ').join('|')})(?:\\s[^.!?"“”״:]{0,40})?\\s*:\\s*$`, 'u');

/** The named subject of the quote's own sentence (`sentence`, up to the quote) when it ends in a joined verb of saying, or null. */
export function conjoinedTagSubject(sentence: string): SpeakerPhrase | null {
  if (!/\p{Script=Hebrew}/u.test(sentence) || !CONJOINED_TAG.test(sentence)) return null;
  const opening = sentence.split(/["“”]/u)[0]!;
  if (opening.length === sentence.length) return null;
  const found = hebrew.subject(opening);
  return found && found.kind === 'name' && !found.pronoun ? found : null;
}
