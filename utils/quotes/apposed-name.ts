/**
 * `Dr Ana Ruiz, an economist who argues that councils treat markets as "…", said …`: a description with its relative
 * clause, set off by a comma right after a person's name, describes that person, who is the subject. Read from the
 * start of the sentence only: `A driver who passed Ana Ruiz said` or `…, Ana Ruiz, a nurse and a driver who …` (a list)
 * leave the description as written.
 */

import { cleanName, looksLikePerson } from './names';
import { named, type SpeakerPhrase } from './speaker-phrase';

/** The sentence's opening name and its comma, an honorific perhaps before: `Dr Ana Ruiz, `. */
const OPENING_NAME = /(?:^|[.!?]["”’']?\s+|\n)((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),\s+$/u;

export function apposedName(head: string, description: string): SpeakerPhrase | null {
  const at = head.lastIndexOf(`, ${description} `);
  if (at < 0) return null;
  const name = OPENING_NAME.exec(head.slice(0, at + 2))?.[1];
  if (!name || !looksLikePerson(cleanName(name))) return null;
  const phrase = named(name);
  return phrase ? { ...phrase, role: description.replace(/^(?:an?|the|one|another)\s+/iu, '') } : null;
}
