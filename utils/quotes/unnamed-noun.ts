/**
 * A capitalised common noun opening a sentence (`Пенсіонерка, яка живе поруч, …`, `Покупниця, молода жінка …`)
 * looks like a one-word name in scripts with capitals; when the sentence brings in someone unnamed with it
 * (unnamed-introduction.ts), it is a description, never a person's name.
 */

import type { PersonMention } from './person-mentions';
import type { SpeakerPhrase } from './speaker-phrase';
import type { UnnamedIntroduction } from './unnamed-introduction';

/** The one-word capitalised nouns that open unnamed introductions, in lower case. */
function introducingNouns(introductions: readonly UnnamedIntroduction[]): Map<number, string> {
  const nouns = new Map<number, string>();
  for (const introduction of introductions) if (!/\s/u.test(introduction.phrase)) nouns.set(introduction.at, introduction.phrase.toLowerCase());
  return nouns;
}

/** The person mentions without the one-word nouns an unnamed introduction opens with. */
export function withoutIntroducingNouns(people: PersonMention[], introductions: readonly UnnamedIntroduction[]): PersonMention[] {
  const nouns = introducingNouns(introductions);
  // (`One Riverside Bay resident said …`: a place qualifying the noun, inside the description, is no person either.)
  const inside = (mention: PersonMention) => introductions.some((introduction) => mention.at >= introduction.at && mention.at + mention.name.length < introduction.at + introduction.phrase.length);
  if (nouns.size === 0 && !people.some(inside)) return people;
  return people.filter((mention) => nouns.get(mention.at) !== mention.name.toLowerCase() && !inside(mention));
}

/** A speaker phrase read as a name that is the noun (or, without capitals, the phrase) of an unnamed introduction before `at`, as a description. */
export function asIntroducedNoun(found: SpeakerPhrase | null, introductions: readonly UnnamedIntroduction[], at: number): SpeakerPhrase | null {
  // (Several words in scripts without capitals: `חקלאית צעירה מהעמק, שביקשה שלא לפרסם את שמה,`.)
  if (!found || found.kind !== 'name' || found.pronoun || (/\s/u.test(found.phrase) && /\p{Lu}/u.test(found.phrase))) return found;
  const phrase = found.phrase.toLowerCase();
  const introduced = introductions.some((introduction) => introduction.at < at && at - introduction.at < 400 && introduction.phrase === phrase);
  return introduced ? { phrase: found.phrase, kind: 'description', pronoun: false } : found;
}
