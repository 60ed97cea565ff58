/**
 * Pulaar (Fula): subject, verb. After a quote `,» o wi'i.` (he/she said: the person just quoted), `,» X wi'i.`,
 * `,» X ɓeydi,` (X added), `,» X naamnii.` (asked), `,» cafroowo oo wi'i.` (that vet said: the office the text named);
 * before one `O wi'i: «…»`, `X wi'i: «…»`, `X, <who he is>, wi'i: «…»`. Forms of address (Doktoor, Ceerno teacher,
 * Ardo herders' head, Jaagorgal minister, Meer mayor) come off names and are kept as the role.
 */

import { NAME_RUN } from '../names';
import { described, lazy, officeDescriptor, person, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { tagPatternReader, titledName } from './tag-pattern-reader';

/** Verbs of saying: said (wi'i, wiyi), added (ɓeydi), asked (naamnii), answered (jaabii), explained (ɓannginii), stressed (tiiminii). */
const SAY = "(?:wi['’]i|wiyi|ɓeydi|ɓeydii|naamnii|jaabii|ɓannginii|tiiminii|holliti)";
/** `o` he/she, `ɓe` they (and `mbi'i`, they said). */
const PRONOUN = "(?:[Oo]|[Ɓɓ]e)";
const ADDRESS = '(?:Doktoor|Dokteer|Ceerno|Thierno|Ardo|Jaagorgal|Meer|Alaaji|Seeriñ)';
/** A body (the state, a ministry, a council, the police, an association): no person. */
const BODY = /^(?:Laamu|Minister|Jaagorde|Goomu|Fedde|Polis|Kampaañ|Dental)(?![\p{L}])/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  titled: new RegExp(`^((?:${ADDRESS}\\s+)+)(${NAME_RUN})$`, 'u'),
  pronounTag: new RegExp(`^[\\s,]*(?:${PRONOUN}\\s+${SAY}|mbi['’]i)\\s*(?:[.,;:!?]|$)`, 'u'),
  // (`sukaaɓe ɓee mbi'i`: a plural subject takes `mbi'i`, they said.)
  subjectTag: new RegExp(`^[\\s,]*([^.!?«»“”"\\n]{2,160}?)\\s+(?:${SAY}|mbi['’]i)\\s*(?:[.,;!?]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?»]\\s+)(?:${PRONOUN}\\s+${SAY}|Mbi['’]i)\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?»]\\s+)([^.!?«»“”"]{2,200}?),?\\s+${SAY}\\s*:\\s*$`, 'u'),
}));

/** A name in a group, its form of address off and kept as its role. */
function pulaarName(group: string): { name: string; role: string | null } | null {
  return titledName(group.trim(), BODY, patterns().titled, patterns().name);
}

/** `X, gaynaako iwuɗo Y, duuɓi 58,`: the name among comma-set groups, the lower-case ones its role; no name: described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const words = subject.trim();
  // (`cafroowo oo`, `debbo oo` (that woman), `gorko oo`: a noun with the demonstrative is the one the text named.)
  const pointed = /^(\p{Ll}+)\s+(?:oo|on|kan)$/u.exec(words)?.[1];
  if (pointed) return officeDescriptor(pointed);
  const groups = words.split(/,\s*/u).map((group) => group.trim()).filter(Boolean);
  const at = groups.findIndex((group) => pulaarName(group) !== null);
  if (at < 0) return described(words);
  const found = pulaarName(groups[at]!)!;
  const roles = [found.role, ...groups.slice(0, at), ...groups.slice(at + 1).filter((group) => /^\p{Ll}/u.test(group) && !/^duuɓi/u.test(group))];
  return found.name ? person(found.name, roles.filter(Boolean).join(', ') || null) : null;
}

// (Its `wi'i`, `ɓeydi`, `mbi'i` with the hooked ɓ: Wolof says `ne na`, Hausa `ya ce`.)
export const pulaar: LanguageCues = tagPatternReader(
  (frame) => new RegExp(`(?:^|[\\s,»])(?:${SAY}|mbi['’]i)(?=[\\s:,.;!?«]|$)`, 'u').test(frame),
  patterns,
  speakerIn,
);
