/**
 * Crimean Tatar (Latin script): after a quote the tag opens with a dash and the verb, its subject last: `», – dedi X.`,
 * `», – dedi <role> X.`, `», – dedi o.` (he or she said), `», – dep <paper>ğa bildirdi <role> X.` (`dep`, saying, then whom
 * it was told in the dative and the verb), `– dep qoştı oca.` (added the teacher: the one the text gave that noun). The
 * role stands right before the name with its possessive ending (`proyektniñ memarı`, the project's architect).
 */

import { NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying: said (dedi), told (bildirdi), added (qoştı), explained (añlattı), said (ayttı, söyledi), asked (soradı). */
const SAID = '(?:dedi|bildirdi|qoştı|añlattı|ayttı|söyledi|soradı|sordı|cevap\\s+berdi)';
/** Whom it was told, in the dative (`radiosına`, `jurnalistlerge`, `bizge`), between `dep` and the verb. */
const TO = '(?:[^,.!?;:«»“”"\\n]{1,60}?(?:ğa|ge|qa|ke|na|ne)\\s+)?';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,–—-])(?:dep\\s+)?${SAID}(?![\\p{L}])`, 'u'),
  after: new RegExp(`^[\\s,–—-]*(?:dep\\s+${TO})?${SAID}\\s+([^.!?;:«»“”"\\n]{1,160}?)\\s*(?:[.,;!?–—]|$)`, 'u'),
  roleThenName: new RegExp(`^((?:\\p{Ll}[\\p{L}'’]*\\s+){0,5})(${NAME_RUN})$`, 'u'),
}));

/** `o` (he, she), `oca` (an office), `<role words> X Y`, the last role word without its possessive ending. */
function speakerIn(words: string): SpeakerPhrase | null {
  if (/^o$/u.test(words)) return pronoun('they');
  const found = patterns().roleThenName.exec(words);
  if (found) {
    const role = found[1]!.trim().split(/\s+/u).at(-1)?.replace(/(?<=\p{L}{3})(?:sı|si|ı|i)$/u, '');
    return person(found[2]!, role || null);
  }
  return /^\p{Ll}{3,}$/u.test(words) ? officeDescriptor(words) : null;
}

export const crimeanTatar: LanguageCues = {
  // (Its `ñ` and `q`, or `dep`, tell it from Turkish, which writes `dedi` too; Azerbaijani writes q too, and ə.)
  applies: (frame) => /[ñq]|(?:^|[\s,–—-])dep\s/u.test(frame) && !/[əƏ]/u.test(frame) && patterns().cue.test(frame),
  after(frame) {
    const words = patterns().after.exec(frame.split('\n')[0]!)?.[1];
    return words ? speakerIn(words.trim()) : null;
  },
  before: () => null,
};
