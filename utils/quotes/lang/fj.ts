/**
 * Fijian: the verb comes first and the subject after it, a person's name behind the proper article `o`. After a quote
 * `,” e kaya o X.` (said X), `,” e kaya na <role> o X.` (said the <role>, X), `,” e tukuna vei <paper> o X, na <role>.`
 * (told <paper> X, the <role>), `,” a kaya o koya.` (said he or she), `,” a kaya na <noun>.` (the one the text gave that
 * noun), `,” a kaya e dua na <noun> …` (someone unnamed); before one `…, a kaya o X: “…”`. A title before the name
 * (`Ratu`, `Adi`, `Dr`) is its role when no other is given.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { tagWordsReader } from './tag-pattern-reader';

/** Tense and aspect before the verb: present `e`, past `a`, `sa` (already), `ena` / `na` (will). */
const TENSE = '(?:[Ee]|[Aa]|[Ss]a|[Ee]\\s+na|[Aa]\\s+mani)';
/** Verbs of saying: say (kaya), tell (tukuna), explain, state, ask, answer, add, stress, speak. */
const SAY = '(?:kaya|tukuna|vakamacalataka|vakaraitaka|taroga|sauma|vakaikuritaka|vakabibitaka|vosa|tomana)';
/** Particles after the verb: again, also, still, only; `vei <paper>` (to whom) is read past too. */
const PARTICLES = '(?:\\s+(?:tale|talega|tiko|ga|kina))*';
/** Titles before a name (chiefly `Ratu`, `Adi`, `Roko`; doctor, reverend, Mr, Mrs): its role when no other is given. */
const TITLE = '(?:Ratu|Adi|Roko|Ro|Dr\\.?|Rev\\.?|Talatala|Turaga|Marama)';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])${TENSE}\\s+${SAY}(?![\\p{L}])`, 'u'),
  // `e kaya (vei <paper>) na <role> o X, na <role>`, `a kaya o koya`, `a kaya na marama`, `a kaya e dua na …`.
  after: new RegExp(`^[\\s,]*${TENSE}\\s+${SAY}${PARTICLES}(?:\\s+vei\\s+[^.!?;:“”"\\n]{1,80}?(?=\\s+(?:o|na|e\\s+dua)\\s))?\\s+([^.!?;:“”"\\n]{1,200})`, 'u'),
  before: new RegExp(`(?:^|[.!?,]\\s+|\\n)${TENSE}\\s+${SAY}${PARTICLES}\\s+(o\\s+[^.!?,:“”"]{1,120}?)\\s*[:,]?\\s*$`, 'u'),
  titled: new RegExp(`^(?:(${TITLE})\\s+)*(${NAME_RUN})$`, 'u'),
}));

/** `o X, na <role>`, `na <role> o X`, `o koya` (he or she), `na <noun>` (an office), `e dua na <noun>` (unnamed). */
function speakerIn(words: string): SpeakerPhrase | null {
  const text = words.trim();
  if (/^e\s+dua\s/u.test(text)) return described(text.split(/\s*,\s*/u)[0]!);
  if (/^o\s+koya(?![\p{L}])/u.test(text)) return pronoun('they');
  // (`na Turaga ni Koro o Ratu X`: the words between `na` and `o` are the role, the name after `o`.)
  const match = /^(?:na\s+([^,]{1,80}?)\s+)?o\s+([^,]{1,80})(?:,\s+na\s+([^,]{1,100}))?/u.exec(text);
  if (match) {
    const titled = patterns().titled.exec(match[2]!.replace(/\s+(?:ena|mai|ki|me|ni)\s.*$/u, '').trim());
    const name = titled ? cleanName(titled[2]!) : null;
    if (!name) return null;
    // (`na dauvakadidike mai na Tabana …`: the role's head noun, before the place or body it serves.)
    const roleAfter = match[3]?.replace(/\s+(?:mai|ena|ni|ki)\s.*$/u, '');
    return person(name, match[1]?.trim() || roleAfter || titled![1] || null);
  }
  const office = /^na\s+(\p{Ll}+)\s*$/u.exec(text)?.[1];
  return office ? officeDescriptor(office) : null;
}

export const fijian: LanguageCues = tagWordsReader((frame) => patterns().cue.test(frame), patterns, speakerIn);
