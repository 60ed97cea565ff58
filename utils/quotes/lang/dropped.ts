/**
 * Languages that leave the subject out (Portuguese, Spanish, Italian): `«…», declarou na sessão da
 * assembleia.`, `—dijo en la rueda de prensa.` A verb followed only by a place or time adjunct has no
 * subject after it; the speaker is the one already talking (or the person just introduced).
 */

import type { SpeakerPhrase } from '../cues';
import { lazy, pronoun, type LanguageCues } from './shared';
import { lazyPattern, leadingWords, opensWith, registerGate } from '../../patterns';

/** Where the verbs start: after the quote's comma, a dash, spaces. */
const OPENING = /^[\s,]*[—–-]?\s*/u;

/** A verb, a gerund (`alzando`, `sonriendo`, `apontando`) and a plural article: the verb in group 1, its last word in 2. */
const GERUND_OBJECT = /^([\s,]*[—–-]?\s*(?:\p{Ll}+\s+)?(\p{Ll}+))\s+\p{Ll}{2,}(?:ando|endo|iendo|indo)\s+(?:le|i|gli|los|las|os|as)\s/u;
/**
 * `», racconta, un po’ intimidito dal microfono.`, `—dijo, visiblemente emocionada.`: after the verb and a comma, a participle
 * (a degree adverb may stand before it) and lower-case words to the end tell how the left-out subject spoke; no subject.
 * The verb (with its auxiliary) in group 1.
 */
const MANNER_AFTER = /^([\s,]*[—–-]?\s*(?:\p{Ll}+\s+){0,2}\p{Ll}+),\s+(?:(?:un\s+po['’]|un\s+poco|un\s+peu|um\s+pouco|visibilmente|visiblemente|visiblement|visivelmente|ancora|todavía|encore|ainda|molto|muy|très|muito)\s+)?\p{Ll}+(?:at|it|ut|ad|id)[oa]s?(?:\s+[^,;:!?.«»"“”\p{Lu}]+)?[.!?]?\s*$/u;
/** Third-person plural endings of these languages' verbs (`dicono`, `dicen`, `dizem`, `dijeron`). */
const PLURAL_VERB = /(?:ano|ono|an|en|am|em|aron|ieron|eram|aram|iram|uen)$/u;

export function withAdjunctOnly(cues: LanguageCues, verbs: string, prepositions: string): LanguageCues {
  // The adjunct runs to the sentence's end with no capitalised word (a name); a comma may only open
  // another adjunct (`contou, entre risos, durante o ensaio.`), never a subject after it.
  // (A proper noun may close it after "of": `en sesión de Cabildo`.)
  const adjunct = `,?\\s+(?:${prepositions})\\s+[\\p{Ll}\\d][^,;:!?.«»"“”\\p{Lu}]*(?:(?<=\\s(?:de|del|da|do|di|du|dos|das)\\s)\\p{Lu}[^,;:!?.«»"“”\\p{Lu}]*)*`;
  const parts = { prefix: '^[\\s,]*[—–-]?\\s*', alternatives: [verbs], suffix: `(?:${adjunct})+(?:[.!?]|$)`, flags: 'u' };
  // Most frames after a quote are English: their first word rules the verbs out before the pattern is built.
  const openings = lazy(() => leadingWords(verbs));
  const gate = registerGate({ name: `dropped adjunctOnly (${verbs.slice(0, 12)}…)`, admits: (frame) => opensWith(frame, OPENING, openings()), pattern: lazyPattern(parts), parts });
  return {
    ...cues,
    after(frame: string): SpeakerPhrase | null {
      // (`», risponde alzando le spalle.`: a gerund's plural object after a singular verb is no subject; the verb alone is read.)
      const gerund = GERUND_OBJECT.exec(frame);
      if (gerund && !PLURAL_VERB.test(gerund[2]!)) return cues.after(`${gerund[1]}.`);
      const manner = MANNER_AFTER.exec(frame);
      if (manner) return cues.after(`${manner[1]}.`);
      return cues.after(frame) ?? (gate.admits(frame) && gate.pattern().test(frame) ? pronoun('they') : null);
    },
  };
}
