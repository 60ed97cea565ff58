/**
 * Slavic languages write whose someone is with an adjective made of the owner's surname (`Horvatov odvjetnik`,
 * "Horvat's lawyer"; `Kovačičin`, `Petrovićev`): it stands where a name would, so a tag after a quote,
 * `izjavio je Novakov branitelj, odvjetnik Ivo Marić`, names the owner first. The person who speaks is the one the
 * appositive names after the comma; the possessed noun is their role.
 */

import type { SpeakerPhrase } from '../cues';
import { named } from '../speaker-phrase';

/** The owner's adjective, the possessed noun in lower case, a comma, up to three lower-case words, then a full name. */
const OWNER_THEN_APPOSED_NAME = /(?:^|[\s,])(\p{Lu}\p{Ll}+(?:ev|ov|in|eva|ova|ina))\s+(\p{Ll}+),\s+((?:\p{Ll}+\s+){0,3})(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})(?=[\s,.;]|$)/u;

/** The named person after `Owner's noun, role Name` when the reading took the owner's adjective as the speaker. */
export function withPossessiveOwnerPassed(written: string, found: SpeakerPhrase | null): SpeakerPhrase | null {
  if (found?.kind !== 'name' || found.pronoun || /\s/u.test(found.phrase)) return found;
  const match = OWNER_THEN_APPOSED_NAME.exec(written);
  if (!match || match[1] !== found.phrase) return found;
  const person = named(match[4]);
  if (!person) return found;
  const role = match[3]!.trim() || match[2]!;
  return { ...person, role };
}
