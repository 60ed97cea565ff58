/**
 * Xitsonga: the verb before its subject after a quote, `,” ku vula X.` (so says X), `,” ku engetela X.` (X added),
 * `,” u engetele.` / `,” u te.` (he/she added, said: the person just quoted); before one `U te: “…”`, `X u te: “…”`,
 * `X, <who she is>, u vule leswaku: “…”`. Forms of address (Hosi chief, Khansela councillor, Manana Mrs, Tatana Mr,
 * Dokodela doctor, Mufundhisi pastor, Ndhuna headman, Holobye minister) open names and come off them, kept as the role.
 */

import { NAME_RUN } from '../names';
import { described, lazy, pronoun, person, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { tagPatternReader, titledName } from './tag-pattern-reader';

/** After `ku` (infinitive, "so says"): say, add, answer, ask, explain, repeat. */
const INFINITIVE = '(?:vula|engetela|hlamula|vutisa|hlamusela|phindha)';
/** Past forms with the subject prefix `u` (he/she) or `va` (they): said (te, vule, vurile), added, answered, asked, explained. */
const PAST = '(?:te|vule|vurile|engetele|hlamule|vutisile|vutise|hlamusele|hlamuserile)';
/** Forms of address and offices written before a name. */
const ADDRESS = '(?:Hosi|Khansela|Manana|Tatana|Dokodela|Dokota|Mufundhisi|Ndhuna|Holobye|Phurofesa|Muongori|Mutshamaxitulu)';
/** A body (ministry, government, municipality, council, police, hospital, school, company): no person. */
const BODY = /^(?:Ndzawulo|Mfumo|Masipala|Huvo|Xitichi|Maphorisa|Phorisa|Xibedlhele|Xikolo|Khamphani|Vandla|Nhlangano)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  titled: new RegExp(`^((?:${ADDRESS}\\s+)+)(${NAME_RUN})$`, 'u'),
  // (`,” ku vula Hosi X.`, `,” ku engetela yena.`: the verb, then who.)
  inverted: new RegExp(`^[\\s,]*[Kk]u\\s+${INFINITIVE}\\s+([^.!?“”"\\n]{2,160}?)\\s*(?:[.,;!?]|$)`, 'u'),
  // (`,” u te.`, `,” u engetele.`: the person just quoted.)
  pronounTag: new RegExp(`^[\\s,]*(?:yena\\s+)?[Uu]\\s+${PAST}(?:\\s+(?:leswaku|sweswo))?\\s*(?:[.,;!?]|$)`, 'u'),
  subjectTag: new RegExp(`^[\\s,]*([^.!?“”"\\n]{2,160}?)\\s+u\\s+${PAST}\\s*(?:[.,;!?]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+)(?:Yena\\s+)?U\\s+${PAST}(?:\\s+leswaku)?\\s*[:,]?\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?]\\s+)([^.!?“”"]{2,200}?),?\\s+u\\s+${PAST}(?:\\s+leswaku)?\\s*[:,]\\s*$`, 'u'),
}));

/** A name in a group, its form of address off and kept as its role. */
function tsongaName(group: string): { name: string; role: string | null } | null {
  return titledName(group.trim(), BODY, patterns().titled, patterns().name);
}

/** `Khansela wa wadi ya 17, X Y,` `X, loyi a …,`: the name among comma-set groups, a relative clause (`loyi …`) cut off. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const words = subject.trim();
  // (`yena` she/he, `vona` they: the person just quoted.)
  if (/^(?:yena|vona)$/u.test(words)) return pronoun('they');
  const groups = words.replace(/\s+(?:loyi|lava|leyi)\s.*$/u, '').split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => tsongaName(group) !== null);
  if (at < 0) return described(words);
  const found = tsongaName(groups[at]!)!;
  const role = found.role ?? (groups.slice(0, at).join(', ') || null);
  return found.name ? person(found.name, role) : null;
}

// (Its own `ku vula`, `u te`, `u vule`, `leswaku`: Zulu and Xhosa glue their pronoun to the verb, `uthe`, `utshilo`.)
export const xitsonga: LanguageCues = tagPatternReader(
  (frame) => new RegExp(`(?:^|[\\s,])(?:[Kk]u\\s+${INFINITIVE}|[Uu]\\s+${PAST})(?=[\\s:,.;!?]|$)`, 'u').test(frame),
  patterns,
  speakerIn,
);
