/**
 * Ewe: subject, verb, then `be` (that) before the words said. After a quote `,” X gblɔ.` (X said), `,” egblɔ.` (he/she
 * said), `,” ebe,` (he/she said, mid-quote), `,” X bia.` (asked), `,” X gblɔ kpe ɖe eŋu.` (added); before one `Egblɔ be,
 * “…”` (she said that: the person the sentence before names), `X gblɔ be: “…”`, `X, si …, gblɔ be: “…”` (X, who …, said).
 * Forms of address (Togbui/Togbe chief, Mama queen mother, Dɔkta, Dɔyɔla nurse, Nufiala teacher, Osɔfo pastor) come
 * off names and are kept as the role; a relative clause (`si …`, who) after the name is cut off.
 */

import { cleanName, NAME_RUN } from '../names';
import { described, lazy, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { tagPatternReader } from './tag-pattern-reader';

/** Verbs of saying: said (gblɔ, be), asked (bia, biae), answered (ɖo eŋu), added (gblɔ/tsɔ … kpe ɖe eŋu), explained (ɖe eme). */
const SAY = '(?:gblɔ(?:\\s+kpe\\s+ɖe\\s+eŋu)?|tsɔ\\s+kpe\\s+ɖe\\s+eŋu|bia|biae|ɖo\\s+eŋu|ɖe\\s+eme)';
/** Pronoun-subject forms: he/she said (egblɔ, ebe, ebia), they said (wogblɔ, wobe). */
const PRONOUN_SAY = '(?:egblɔ|ebe|ebia|eɖo\\s+eŋu|egblɔ\\s+kpe\\s+ɖe\\s+eŋu|wogblɔ|wobe)';
const ADDRESS = '(?:Togbui|Togbi|Togbe|Mama|Dɔkta|Dɔyɔla|Nufiala|Osɔfo|Fia|Amegã)';
/** A body (government, assembly, ministry, police, hospital, company, committee): no person. */
const BODY = /^(?:Dziɖuɖua|Dziɖuɖu|Nutomedziɖuɖua|Dɔwɔƒe|Kpovitɔwo|Kɔmiti|Dɔyɔƒe|Habɔbɔ)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  titled: new RegExp(`^(.*?)\\s*((?:${ADDRESS}\\s+)+)(${NAME_RUN})$`, 'u'),
  pronounTag: new RegExp(`^[\\s,]*${PRONOUN_SAY}(?:\\s+be)?\\s*(?:[.,;:!?]|$)`, 'u'),
  subjectTag: new RegExp(`^[\\s,]*([^.!?“”"\\n]{2,160}?)\\s+${SAY}\\s*(?:[.,;!?]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?”]\\s+)(?:Eye\\s+|Gake\\s+)?(?:E|Wo)(?:gblɔ|be|bia)(?:\\s+kpe\\s+ɖe\\s+eŋu)?\\s+(?:be\\s*)?[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?”]\\s+)([^.!?“”"]{2,200}?)\\s+(?:la\\s+)?${SAY}\\s+be\\s*[:,]?\\s*$`, 'u'),
}));

/** A name in a group, its form of address off (kept as the role); the words before an address are an office too. */
function eweName(group: string): { name: string; role: string | null } | null {
  const words = group.trim();
  if (BODY.test(words)) return null;
  const titled = patterns().titled.exec(words);
  if (titled) {
    const role = [titled[1]!.trim(), titled[2]!.trim().toLowerCase()].filter(Boolean).join(' ');
    return { name: cleanName(titled[3]!), role: role || null };
  }
  return patterns().name.test(words) ? { name: cleanName(words), role: null } : null;
}

/** `X, si xɔ ƒe 35 la,` `Nyɔnu aɖe si …`: the relative clause off; a name among the groups, else someone described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const words = subject.trim();
  if (/^(?:eya|wo)$/u.test(words)) return pronoun('they');
  const groups = words.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !/^si\s/u.test(group));
  const at = groups.findIndex((group) => eweName(group) !== null);
  if (at < 0) return described(words.replace(/\s+la$/u, ''));
  const found = eweName(groups[at]!)!;
  return found.name ? person(found.name, found.role ?? (groups.slice(0, at).join(', ') || null)) : null;
}

// (Its `gblɔ`, `ebe`, `egblɔ be` with its own letters ɖ, ƒ, ɣ, ŋ, ɔ: Twi writes ɔ but says `kaa`, Yoruba says `sọ pé`.)
export const ewe: LanguageCues = tagPatternReader(
  (frame) => /(?:^|[\s,])(?:[Ee]?gblɔ|ebe|[Ee]bia|[Ww]ogblɔ)(?=[\s:,.;!?]|$)/u.test(frame),
  patterns,
  speakerIn,
);
