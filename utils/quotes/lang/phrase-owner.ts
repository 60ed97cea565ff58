/**
 * A quote standing alone, then a sentence saying whose words they were: `“…”. La frase, dicha en la escalinata …, fue de
 * X, delegada …`, `«…». Le parole, pronunciate in aula, sono di X`, `“…”. A frase foi de X`. The noun for words, an
 * aside between commas, the copula and `de`/`di`, then a full name (two capitalised words at least), its role after a comma.
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';
import { roleFromAppositive } from '../roles';

const WORDS_NOUN = String.raw`(?:La|Las|Esa|Esas|Esta|Estas|A|As|Essa|Essas|Le|Quella|Quelle|Questa|Queste)\s+(?:frase|frases|palabras|declaración|declaraciones|parole|dichiarazione|dichiarazioni|palavras|declaração|declarações)`;
const OWNER = new RegExp(String.raw`^${WORDS_NOUN}(?:,\s+[^.;:!?«»"“”]{2,160},)?\s+(?:fue|fueron|era|eran|es|son|è|sono|erano|fu|furono|foi|foram|é|são)\s+(?:de|di|del|della|do|da)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:,\s+([^.;:!?«»"“”]{2,120}))?(?=[\s,.;]|$)`, 'u');

/** The person a sentence after a quote says its words belonged to, or null. */
export function phraseOwner(sentence: string): SpeakerPhrase | null {
  const found = OWNER.exec(sentence.trim());
  if (!found) return null;
  return person(found[1]!, found[2] ? roleFromAppositive(found[2]) : null);
}
