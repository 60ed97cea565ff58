/**
 * A document's signer after the quote: `“…,” the county wrote in a motion signed by County Attorney X.`, `according to an
 * internal memo … signed by Y’s deputy, X.` When the tag's own subject is no named person (a body, a group, the
 * document), the words are the one who signed them.
 */

import type { SpeakerPhrase } from './speaker-phrase';

/** `signed by`, `co-signed first by`: the signer runs to the sentence's end; a title's full stop (`Gov.`, `Sen.`) is no end. */
const SIGNED_BY = /(?<![\p{L}])(?:co-?)?signed\s+(?:first\s+|jointly\s+)?by\s+([^;:!?"“”]{2,100}?)(?=(?<!(?:^|[\s(])(?:Gov|Sen|Rep|Reps|Sens|Lt|Gen|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Atty|Supt|Insp|Det|Rev|Hon|St|\p{Lu}))\.|[;!?]|$)/u;

/** The signer a frame after the quote names, read as `said <signer>` by `read`, over a found speaker that names no one. */
export function withSigner(frame: string, found: SpeakerPhrase | null, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  if ((found?.kind === 'name') || !frame.includes('signed')) return found;
  const signed = SIGNED_BY.exec(frame.slice(0, 300));
  const signer = signed ? read(`said ${signed[1]}`) : null;
  return signer?.kind === 'name' && !signer.pronoun ? signer : found;
}
