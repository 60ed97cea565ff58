/**
 * Romansh (Rumantsch Grischun and the idioms): after a quote `», di X.` (says X), `», ha X ditg.` (has X said, the subject
 * between auxiliary and participle), `», ha el ditg.` (he or she said), `», ha la dunna da 71 onns ditg.` (the one the
 * text gave that description), `», di in pensiunà che …` (someone unnamed), and in the next sentence `«…» Quai ha X, <role>,
 * ditg a <paper>.` (this X said); before one `X ha ditg: «…»`, `X di: «…»`.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Participles of saying: said (ditg, detg, dit), declared, explained, added, answered, stressed, told. */
const SAID = '(?:ditg|detg|dit|declerà|decleră|explitgà|agiuntà|agiunt|respundì|accentuà|raquintà|confermà|punctuà)';
/** Present verbs of saying: says, declares, explains, adds, thinks, tells, answers. */
const SAYS = '(?:di|dian|declera|explitgescha|agiunscha|manegia|raquinta|respunda|accentuescha)';
/** Auxiliary `ha` (has), `han` (have), and `aveva` (had). */
const HAS = '(?:ha|han|aveva)';
/** The subject: a name or a noun phrase, up to the participle. */
const SUBJECT = '([^.!?;:«»“”"\\n]{1,160}?)';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,»])(?:${HAS}\\s+[^.!?«»]{1,160}?\\s+${SAID}(?![\\p{L}])|${SAYS}\\s+(?:(?:il|la|in|ina|el|ella)(?![\\p{L}])|\\p{Lu}))`, 'u'),
  hasSaid: new RegExp(`^[\\s,]*(?:[Qq]uai\\s+)?${HAS}\\s+${SUBJECT},?\\s+${SAID}(?![\\p{L}])`, 'u'),
  says: new RegExp(`^[\\s,]*${SAYS}\\s+${SUBJECT}(?=\\s*[,.;!?]|\\s+(?:che|cun|a|en|da)\\s|$)`, 'u'),
  // (`Ella ha explitgà il concept:`: an object after the participle, up to the colon.)
  before: new RegExp(`(?:^|[.!?]\\s+|\\n)${SUBJECT}\\s+(?:${HAS}\\s+${SAID}(?:\\s+(?:il|la|ils|las|in|ina)\\s+\\p{Ll}[^.!?:«»]{0,60})?|${SAYS})\\s*:\\s*$`, 'u'),
  named: new RegExp(`^(${NAME_RUN})(?:,\\s+(?:il|la|l['’])\\s*([^,]{1,100}?))?,?$`, 'u'),
}));

/** `X`, `X, la presidenta da …`, `el` / `ella` (he, she), `la dunna da 71 onns` (an office), `in pensiunà` (unnamed). */
function speakerIn(words: string): SpeakerPhrase | null {
  const text = words.trim();
  if (/^(?:el|ella|els|ellas)$/u.test(text)) return pronoun('they');
  if (/^(?:in|ina|in['’])\s*\p{Ll}/u.test(text)) return described(text);
  const found = patterns().named.exec(text);
  if (found) return person(found[1]!, found[2]?.replace(/\s+(?:da|dal|da\s+la|dals)\s.*$/u, '') || null);
  // (`la dunna da 71 onns`: the noun after the article is the one the text gave.)
  const office = /^(?:il|la)\s+(\p{Ll}+)(?:\s+(?:da|dal)\s[^,]{1,40})?$/u.exec(text)?.[1];
  return office ? officeDescriptor(office) : null;
}

export const romansh: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const words = patterns().hasSaid.exec(line)?.[1] ?? patterns().says.exec(line)?.[1];
    return words ? speakerIn(words) : null;
  },
  before(frame) {
    const words = patterns().before.exec(frame)?.[1];
    return words ? speakerIn(words) : null;
  },
};
