/**
 * Languages that leave the subject out (Portuguese, Spanish, Italian): `«…», declarou na sessão da
 * assembleia.`, `—dijo en la rueda de prensa.` A verb followed only by a place or time adjunct has no
 * subject after it; the speaker is the one already talking (or the person just introduced).
 */

import type { SpeakerPhrase } from '../cues';
import { pronoun, type LanguageCues } from './shared';

export function withAdjunctOnly(cues: LanguageCues, verbs: string, prepositions: string): LanguageCues {
  // The adjunct runs to the sentence's end with no capitalised word (a name); a comma may only open
  // another adjunct (`contou, entre risos, durante o ensaio.`), never a subject after it.
  // (A proper noun may close it after "of": `en sesión de Cabildo`.)
  const adjunct = `,?\\s+(?:${prepositions})\\s+[\\p{Ll}\\d][^,;:!?.«»"“”\\p{Lu}]*(?:(?<=\\s(?:de|del|da|do|di|du|dos|das)\\s)\\p{Lu}[^,;:!?.«»"“”\\p{Lu}]*)*`;
  const adjunctOnly = new RegExp(`^[\\s,]*[—–-]?\\s*(?:${verbs})(?:${adjunct})+(?:[.!?]|$)`, 'u');
  return {
    ...cues,
    after(frame: string): SpeakerPhrase | null {
      return cues.after(frame) ?? (adjunctOnly.test(frame) ? pronoun('they') : null);
    },
  };
}
