/**
 * Bambara: subject, then `ko` (said) or `ye … fɔ` (said …). After a quote `,» a ko.` (he/she said: the person just
 * quoted), `,» X ko.`, `,» X y'a fara a kan.` (X added), `,» X y'a fɔ.`; before one `A ko: «…»`, `X ko: «…»`,
 * `X ye nin fɔ an ye: «…»` (X told us this), `X y'a fɔ ko: «…»`. Forms of address (Dugutigi village head, Dɔkɔtɔrɔ,
 * Karamɔgɔ teacher, Imamu, Meri mayor, Minisiri) come off names and are kept as the role.
 */

import { NAME_RUN } from '../names';
import { described, lazy, person, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';
import { tagPatternReader, titledName } from './tag-pattern-reader';

/** Verbs of saying after the subject: said (ko, y'a fɔ), added (y'a fara a kan), asked (y'a ɲininka), explained (y'a ɲɛfɔ). */
const SAY = "(?:ko|y['’]a\\s+fɔ|y['’]a\\s+fara\\s+a\\s+kan|y['’]a\\s+ɲininka|y['’]a\\s+ɲɛfɔ|ye\\s+nin\\s+fɔ(?:\\s+an\\s+ye)?)";
/** `a` he/she, `u` they. */
const PRONOUN = '(?:[Aa]|[Uu])';
const ADDRESS = '(?:Dugutigi|Dɔkɔtɔrɔ|Dɔgɔtɔrɔ|Karamɔgɔ|Imamu|Meri|Minisiri|Jamanatigi|Kalanden|Mɔgɔkɔrɔba)';
/** A body (the government, a ministry, an association, the town hall, the police): no person. */
const BODY = /^(?:Goferenaman|Minisiriso|Jɛkulu|Meriri|Polisiw|Kalanso|Jamana)(?![\p{L}])/u;
/** `Nka` (but), `Ani` (and), `O kɔ` (after that): a sentence's first word, no part of a name. */
const CONJUNCTION = /^(?:Nka|Ani|Wa|O\s+kɔ|O\s+la)\s+/u;

const patterns = lazy(() => ({
  name: new RegExp(`^${NAME_RUN}$`, 'u'),
  titled: new RegExp(`^((?:${ADDRESS}\\s+)+)(${NAME_RUN})$`, 'u'),
  pronounTag: new RegExp(`^[\\s,]*${PRONOUN}\\s+${SAY}\\s*(?:[.,;!?]|$)`, 'u'),
  subjectTag: new RegExp(`^[\\s,]*([^.!?«»“”"\\n]{2,160}?)\\s+${SAY}\\s*(?:[.,;!?]|$)`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?»]\\s+)${PRONOUN}\\s+${SAY}(?:\\s+ko)?\\s*:\\s*$`, 'u'),
  subjectBefore: new RegExp(`(?:^|[.!?»]\\s+)([^.!?«»“”"]{2,200}?),?\\s+${SAY}(?:\\s+ko)?\\s*:\\s*$`, 'u'),
}));

/** A name in a group, a sentence's conjunction and its form of address off (kept as its role). */
function bambaraName(group: string): { name: string; role: string | null } | null {
  return titledName(group.trim().replace(CONJUNCTION, ''), BODY, patterns().titled, patterns().name);
}

/** `X, san 71,` `Sɔgɔ feerela X, min …,`: the name among comma-set groups, a relative clause (`min …`) off; no name: described. */
function speakerIn(subject: string): SpeakerPhrase | null {
  const words = subject.trim();
  const groups = words.split(/,\s*/u).map((group) => group.trim()).filter((group) => group && !/^(?:min|minnu|san\s+\d)/u.test(group));
  const at = groups.findIndex((group) => bambaraName(group) !== null);
  if (at < 0) return described(words);
  const found = bambaraName(groups[at]!)!;
  return found.name ? person(found.name, found.role ?? (groups.slice(0, at).join(', ') || null)) : null;
}

// (Its `a ko`, `y'a fɔ`, `y'a fara a kan`, or `ko` after a name or a plural in -w: Twi writes ɔ but says `kaa`, Wolof `ne na`.)
export const bambara: LanguageCues = tagPatternReader(
  (frame) => new RegExp(`(?:^|[\\s,»])(?:${PRONOUN}\\s+ko|y['’]a\\s+(?:fɔ|fara|ɲininka|ɲɛfɔ)|ye\\s+nin\\s+fɔ)(?=[\\s:,.;!?«]|$)|\\p{Lu}\\p{Ll}+\\s+ko\\s*[.:,]|\\p{Ll}+w\\s+ko\\s*[.:,]`, 'u').test(frame),
  patterns,
  speakerIn,
);
