/**
 * Scottish Gaelic: the verb comes first. After a quote `,” thuirt X, <role>.` (said X), `,” thuirt e.` / `i` (he, she said),
 * `,” thuirt a' chomhairliche.` (the one the text gave that noun), `,” arsa X.` / `ars' esan` (said X, said he); before one
 * `Thuirt X, <role>: “…”`, `Thuirt i: “…”`; and in the sentence after a quote `Sin a thuirt X, <role>, ri …` ("that is what
 * X said", lang/next-sentence-unnamed.ts points back with it). The verb's `a` before it (`a thuirt`) is the relative particle.
 */

import { NAME_RUN } from '../names';
import { lazy, officeDescriptor, person, pronoun, type LanguageCues } from './shared';
import type { SpeakerPhrase } from '../cues';

/** Past verbs of saying: said (thuirt, arsa), told (dh'innis), explained (mhìnich), answered (fhreagair), asked, added. */
const SAID = "(?:thuirt|arsa|ars['’]|dh['’]innis|mhìnich|mhinich|fhreagair|dh['’]fhaighnich|dh['’]aidich|chuir\\s+(?:e|i)\\s+ris)";
/** He, she (and their emphatic forms), they: the person just named. */
const HE_OR_SHE = '(?:e|i|esan|ise|iad|iadsan|sinne)';
/** The role set off by a comma after the name, up to the next comma, `ri` (to) or `aig` (at). */
const ROLE_AFTER = '(?:,\\s+(\\p{Ll}[^,.;:!?“”"]{1,80}?))?(?=\\s*[,.;:!?]|\\s+(?:ri|aig|ann|air)\\s|\\s*$)';

const patterns = lazy(() => ({
  cue: new RegExp(`(?:^|[\\s,])(?:a\\s+)?(?:${SAID}|Thuirt|Arsa)(?![\\p{L}])`, 'u'),
  pronounAfter: new RegExp(`^[\\s,]*(?:a\\s+)?${SAID}\\s+(${HE_OR_SHE})(?:\\s+(?:cuideachd|an\\s+uair\\s+sin))?\\s*(?:[.,;!?]|$)`, 'u'),
  nameAfter: new RegExp(`^[\\s,]*(?:a\\s+)?${SAID}\\s+(${NAME_RUN})${ROLE_AFTER}`, 'u'),
  // `thuirt a' chomhairliche`, `thuirt am ministear`: the article (`an`, `am`, `a'`, `na`) and a noun the text gave.
  officeAfter: new RegExp(`^[\\s,]*(?:a\\s+)?${SAID}\\s+(?:an|am|a['’]|na)\\s+(\\p{Ll}[\\p{L}-]{3,})\\s*[.!,](?:\\s|$)`, 'u'),
  nameBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(?:Thuirt|Arsa|Mhìnich|Dh['’]innis)\\s+(${NAME_RUN})${ROLE_AFTER}[^.!?“”":]{0,60}?\\s*:\\s*$`, 'u'),
  pronounBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(?:Thuirt|Mhìnich|Dh['’]innis)\\s+(${HE_OR_SHE})(?:\\s+cuideachd)?\\s*:\\s*$`, 'u'),
}));

/** `a tha na comhairliche airson …` (who is a councillor for …): the noun after the relative `a tha na`, before its complement. */
const roleOf = (words: string | undefined) => words?.trim().replace(/^a\s+tha\s+(?:na|an|nam)\s+/u, '').replace(/\s+(?:airson|aig|ann|de|do|bho|le)\s.*$/u, '') || null;

/** `e`, `esan` (he), `i`, `ise` (she): the person just named of that gender; `iad` (they) any. */
const heOrShe = (word: string): SpeakerPhrase => (/^(?:e|esan)$/u.test(word) ? pronoun('he', 'male') : /^(?:i|ise)$/u.test(word) ? pronoun('she', 'female') : pronoun('they'));

const named = (match: RegExpExecArray): SpeakerPhrase | null => person(match[1]!, roleOf(match[2]));

/** A noun after the article is lenited (`a' chomhairliche`, the councillor): the plain noun is the one the text gave (`comhairliche`). */
const unlenited = (noun: string) => noun.replace(/^([bcdfgmpst])h(?=\p{L})/u, '$1');

export const scottishGaelic: LanguageCues = {
  applies: (frame) => patterns().cue.test(frame),
  after(frame) {
    const line = frame.split('\n')[0]!;
    const he = patterns().pronounAfter.exec(line)?.[1];
    if (he) return heOrShe(he);
    const match = patterns().nameAfter.exec(line);
    if (match) return named(match);
    const office = patterns().officeAfter.exec(line)?.[1];
    return office ? officeDescriptor(unlenited(office)) : null;
  },
  before(frame) {
    const match = patterns().nameBefore.exec(frame);
    if (match) return named(match);
    const he = patterns().pronounBefore.exec(frame)?.[1];
    return he ? heOrShe(he) : null;
  },
};
