/**
 * Ilocano: the verb comes first and its doer after it behind the personal article `ni`. After a quote `,” kinuna ni X,
 * <role>, iti <paper>.` (said X), `,” innayon ni X.` (added X), `,” kinunana.` / `innayonna.` (he or she said, added: the
 * person just quoted), `,” kinuna ti <noun>.` (the one the text gave that noun), `,” kinuna ti maysa a <noun>` (someone
 * unnamed); before one `Kinuna ni Mayor X iti palawagna: “…”`, `Segun ken X, “…”` (according to X). An office before
 * the name (`Mayor`, `Kapitan`, `Dr.`) is its role when no other is given.
 */

import { NAME_RUN } from '../names';
import { lazy, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { verbFirstTagAfter } from './tag-pattern-reader';

/** Verbs of saying in their doer's form: said (kinuna), added, told, explained, answered, asked, stressed, continued. */
const SAID_WORDS = ['kinuna', 'innayon', 'imbaga', 'inlawlawag', 'sinungbat', 'sinungbatan', 'dinamag', 'impakdaar', 'inyunay', 'intuloy', 'imbalakad', 'impalawag', 'insalaysay'];
const SAID = `(?:${SAID_WORDS.join('|')})`;
/** The same verbs opening a sentence, capitalised (`Kinuna ni X:`). */
const SAID_OPENING = `(?:${SAID_WORDS.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')})`;
/** Particles after the verb: also, again, in turn. */
const PARTICLES = '(?:\\s+(?:pay|met|manen|ngarud))*';
/** Offices and forms of address before a name: mayor, captain, councillor, doctor, engineer, Mr, Mrs, priest. */
const OFFICE = '(?:Mayor|Bise\\s+Mayor|Kapitan|Kapitana|Konsehal|Kagawad|Gobernador|Dr\\.|Engr\\.|Atty\\.|Padi|Apo|Manong|Manang|G\\.|Gng\\.)';
const NAMED = `(?:(${OFFICE})\\s+)?(${NAME_RUN})`;
/** The role set off by a comma after the name, up to the next comma or `iti` (to, at), `idi` (when). */
const ROLE_AFTER = '(?:,\\s+(\\p{Ll}[^,.;:!?“”"]{1,100}?))?(?=\\s*[,.;:!?]|\\s+(?:iti|idi|ken|kadagiti)\\s|\\s*$)';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:(?:${SAID}|${SAID_OPENING})(?:na)?|[Ss]egun\\s+ken)(?![\\p{L}])`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*${SAID}na${PARTICLES}(?=[\\s.,!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*${SAID}${PARTICLES}\\s+ni\\s+${NAMED}${ROLE_AFTER}`, 'u'),
  someoneAfter: new RegExp(`^[\\s,]*${SAID}${PARTICLES}\\s+ti\\s+(maysa\\s+(?:a|nga|kadagiti)\\s+[^.,;:!?“”"]{1,80}?)\\s*(?=[.,;!?]|$)`, 'u'),
  officeAfter: new RegExp(`^[\\s,]*${SAID}${PARTICLES}\\s+ti\\s+(\\p{Ll}{4,})\\s*[.!,](?:\\s|$)`, 'u'),
  nameBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(?:${SAID_OPENING}${PARTICLES}\\s+ni|Segun\\s+ken)\\s+${NAMED}${ROLE_AFTER}[^.!?“”":]{0,80}?\\s*[:,]?\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)${SAID_OPENING}na${PARTICLES}\\s*[:,]?\\s*$`, 'u'),
}));

const named = (match: RegExpExecArray): SpeakerPhrase | null => person(match[2]!, match[3]?.trim() || match[1]?.trim() || null);

export const ilocano: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    return verbFirstTagAfter(frame.split('\n')[0]!, patterns(), (match) => named(match));
  },
  before(frame) {
    const match = patterns().nameBefore.exec(frame);
    if (match) return named(match);
    return patterns().pronounBefore.test(frame) ? pronoun('they') : null;
  },
};
