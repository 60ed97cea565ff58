/**
 * The language-neutral last resort, for a language no module here reads: a name standing right
 * next to the quote in its own sentence, with one word between or beside it, is the speaker:
 *   after a quote   `"…," zegt Jansen.`, `"…," kata Nurhayati.`, `"…," Anna Jansen zegt.` (a full name, or after a dash)
 *   before a quote  `Jansen zegt: "…"`, `Kaya, “…” diye konuştu.` (the name and its comma alone)
 * The one word may be any reporting verb of any language, so it is read only when every reader,
 * English first, found nothing; a preposition or article (`in Washington`) is no verb. Roles glued
 * to the name go (names.ts cleanName); attribute.ts resolves the name to its fullest form and
 * drops outlets.
 */

import type { SpeakerPhrase } from '../cues';
import { cleanName, looksLikePerson, mayBeFamilyName, NAME_RUN } from '../names';
import { lazy, person } from './shared';

/** Small words that open a place, a time or a thing, in the languages papers write in Latin, Cyrillic and Greek script. */
const NOT_A_VERB = new Set(
  ('in at on of to for from by with and or but the a an as via near into onto than ' +
    'en op bij van voor met naar uit door aan om tot te het een de der die das den dem und im am zum zur vom mit für von ' +
    'à au aux dans sur chez par pour le la les un une des du et ou el los las y con del al por para em no na do da dos das e ' +
    'il lo gli di che tra fra nel della w we z ze na po do od dla i oraz lub v ve s se k ke u o od pro při za ' +
    'på av till från med och eller vid hos för om är och ile ve veya da de di ke dari dan atau pada untuk yang ' +
    'în pe la cu și sau din lui ale al σε στο στη στην με και ή του της το η ο ти и в во на с со из к по за от').split(' '),
);

const AFTER_ONE_WORD = lazy(() => new RegExp(`^[—–-]?\\s*(\\p{Ll}[\\p{L}-]*)\\s+(${NAME_RUN})\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:[.,;!?]|$)`, 'u'));
const AFTER_NAME_FIRST = lazy(() => new RegExp(`^[—–-]?\\s*(${NAME_RUN})\\s+(\\p{Ll}[\\p{L}-]*)\\s*(?:[.,;!?]|$)`, 'u'));
const BEFORE_COLON = lazy(() => new RegExp(`(?:^|[.!?]\\s+)(${NAME_RUN})\\s+(\\p{Ll}[\\p{L}-]*)\\s*:\\s*$`, 'u'));
const BEFORE_COMMA = lazy(() => new RegExp(`^\\s*(${NAME_RUN}),\\s*$`, 'u'));

/** A person's name from a capitalised run: roles cleaned off; one word only when it may be a family name. */
function nameOf(run: string): SpeakerPhrase | null {
  const name = cleanName(run);
  if (!name) return null;
  if (name.includes(' ') ? !looksLikePerson(name) : !mayBeFamilyName(name)) return null;
  const role = run.slice(0, run.lastIndexOf(name)).trim();
  return person(name, role || null);
}

const isVerbLike = (word: string) => !NOT_A_VERB.has(word.toLowerCase());

export function adjacentSpeakerAfter(frame: string): SpeakerPhrase | null {
  if (!/^[—–-]?\s*\p{L}/u.test(frame)) return null;
  const verbFirst = AFTER_ONE_WORD().exec(frame);
  if (verbFirst && isVerbLike(verbFirst[1]!)) return nameOf(verbFirst[2]!);
  // `"…" Voting began.`: a name and a word after a quote may be a sentence of their own; a full name (or a dash) is wanted.
  const nameFirst = AFTER_NAME_FIRST().exec(frame);
  const found = nameFirst && isVerbLike(nameFirst[2]!) ? nameOf(nameFirst[1]!) : null;
  return found && (found.phrase.includes(' ') || /^[—–-]/u.test(frame)) ? found : null;
}

export function adjacentSpeakerBefore(frame: string): SpeakerPhrase | null {
  const trimmed = frame.trimEnd();
  if (trimmed.endsWith(':')) {
    const colon = BEFORE_COLON().exec(trimmed);
    return colon && isVerbLike(colon[2]!) ? nameOf(colon[1]!) : null;
  }
  if (!trimmed.endsWith(',') || trimmed.length > 60) return null;
  const comma = BEFORE_COMMA().exec(trimmed);
  return comma ? nameOf(comma[1]!) : null;
}
