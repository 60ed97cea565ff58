/**
 * Yoruba: after a quote `,” ni X wi.` / `ni X sọ.` (said X), `,” X tẹsiwaju,` (X went on), `,” lo sọ.` / `o fi kun`
 * (he or she said, added: the subject just introduced), `,” ni <office> sọ.` (the one the text gave that office); before
 * one `X, <who he is>, sọ pe: “…”` (X said that), `X sọ fun … pe:` (told … that) and `Gẹgẹ bi X ṣe wi,` (according
 * to X). Forms of address (Ọgbẹni, Alhaja, Oloye) come off names (names.ts).
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Verbs of saying: said, explained, added, went on, asked, answered. */
const SAY = '(?:wi|sọ|ṣalaye|fi\\s+kun|tẹsiwaju|beere|fesi|kede)';
/** Offices a story may name its speaker by alone: market leader, commissioner, governor, chairman, spokesperson, king. */
const OFFICES = /^(?:Iyaloja|Babaloja|Kọmiṣanna|Gomina|Alaga|Agbẹnusọ|Minisita|Aarẹ|Ọba|Olori)$/u;

const patterns = lazy(() => ({
  niSaid: new RegExp(`^[\\s,]*ni\\s+(${NAME_RUN})\\s+${SAY}(?=[\\s.,]|$)`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*(?:bẹẹ\\s+)?(?:lo|ni\\s+o|o)\\s+(?:${SAY})(?=[\\s.,]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(${NAME_RUN})\\s+${SAY}(?=[\\s.,]|$)`, 'u'),
  // (`X, to n ta iṣu, sọ pe:`: the subject, a relative clause set off by commas, then said that.)
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?)\\s+${SAY}(?:\\s+fun\\s+[^.!?:“”"]{1,60}?)?\\s+pe\\s*:?\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)O\\s+(?:${SAY}\\s+pe|ni)\\s*:?\\s*$`, 'u'),
  according: /(?:^|[.!?]\s+)Gẹgẹ\s+bi\s+([^,“”"]{2,80}?)\s+ṣe\s+(?:wi|sọ)\s*,?\s*$/u,
}));

/** A name read from a comma-set group of words (`Ọgbẹni X Y`), a known office alone, or the group described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const groups = subject.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  // (`Ọkunrin kan to n wa ọkọ`: one capital opening a clause of lower-case words describes someone, it names no one.)
  const named = groups.findIndex((group) => new RegExp(`^${NAME_RUN}$`, 'u').test(group));
  if (named >= 0) {
    const name = cleanName(groups[named]!);
    if (OFFICES.test(name)) return officeDescriptor(name);
    const role = groups.filter((_group, i) => i !== named).join(', ');
    return name ? person(name, role || null) : null;
  }
  return groups.length > 0 ? described(groups[0]!) : null;
}

export const yoruba: LanguageCues = {
  applies: (frame) => /[ẹọṣẸỌṢ]/u.test(frame) && /(?:^|\s)(?:sọ|wi|pe|ni|lo|Gẹgẹ)(?=[\s:,.]|$)/u.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const { niSaid, pronounAfter, nameAfter } = patterns();
    if (pronounAfter.test(line)) return pronoun('they');
    const named = niSaid.exec(line) ?? nameAfter.exec(line);
    const name = named ? cleanName(named[1]!) : '';
    if (!name) return null;
    return OFFICES.test(name) ? officeDescriptor(name) : person(name);
  },
  before(frame) {
    const { pronounBefore, according, subjectBefore } = patterns();
    if (pronounBefore.test(frame)) return pronoun('they');
    const source = according.exec(frame)?.[1] ?? subjectBefore.exec(frame)?.[1];
    return source ? speakerIn(source) : null;
  },
};
