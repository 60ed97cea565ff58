/**
 * `Napsal: „…“`, `Dodała: „…”`: a sentence that is only a verb carrying its subject, capitalised as it opens the
 * sentence, then a colon. The readers' gates look for their verbs in lower case (`napsal`), so the lone word is read
 * again in lower case; only a pronoun or a subject left out is taken, never a name (`Kowalski:` stays a label).
 */

import type { SpeakerPhrase } from './cues';

/** One capitalised word, no digits, then the colon: `Napsal:`, `Dodała:`, `Uvedla:`. */
const LONE_VERB = /^\s*(\p{Lu}\p{Ll}{2,})\s*:\s*$/u;

export function loneVerbBeforeColon(sentence: string, read: (frame: string) => SpeakerPhrase | null): SpeakerPhrase | null {
  const word = LONE_VERB.exec(sentence)?.[1];
  const found = word ? read(`${word.toLowerCase()}: `) : null;
  return found && (found.pronoun || found.dropped) ? found : null;
}
