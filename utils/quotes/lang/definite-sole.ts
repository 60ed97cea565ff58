/**
 * A definite description in a German or Romance tag stands for the one person its paragraph names before the quote:
 *   Sein Verteidiger Dr. Marc Ohlsen bittet um Bewährung. „…“, so der Anwalt.          → Marc Ohlsen
 *   Auf dem Hof von Martina Frei stehen Hühner. «…», erzählt die Bäuerin.             → Martina Frei
 *   La concejala, Pilar Sanz, ha replicado que … «…», ha zanjado la edil.            → Pilar Sanz
 * (English `said the Dutchman` is salience.ts `soleNamed`.) The article is definite and the noun is one person (no
 * plural `les habitants`, `die Anwohner`); a spokesperson speaks for a body and an indefinite noun (`ein Nachbar`,
 * `una vecina`) brings someone new in, so neither is read here; two people named in the paragraph leave it alone.
 */

import type { SpeakerPhrase } from '../speaker-phrase';
import { RELATION } from './tag-noun-role';

/**
 * Article, up to two lower-case adjectives, then the noun (German capitalised, Romance lower case), and nothing else.
 * (Not Portuguese `o`/`a`: English `a young boy` is indefinite and someone new.)
 */
// (Dutch `zegt de kraanmachinist`: `de` and a lower-case noun, not a plural in -en.)
// (`zegt de zelfstandige bakker uit Mortsel`: where the person is from may follow the noun.)
const DEFINITE = /^(?:(?:der|die)\s+(?:\p{Ll}[\p{L}-]*e\s+){0,2}\p{Lu}[\p{Ll}-]{2,}|(?:le|la|el|il|lo)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{Ll}-]{2,}|l[’']\p{Ll}[\p{Ll}-]{2,}|de\s+(?:\p{Ll}[\p{L}-]*e\s+)?\p{Ll}[\p{Ll}-]{2,}(?<!en))(?:\s+(?:aus|uit|de|di|da|du|del|dal)\s+\p{Lu}[\p{L}-]+)?$/u;
/** Speaking for someone else (spokesperson.ts reads these), or plural nouns. */
const NOT_ONE_PERSON = /(?:sprecher|sprecherin|porte-parole|portavoz|portavoce|porta-voz|vocero|vocera)$|(?:[^s]s|innen|leute)$/iu;

/** The definite description a cue read (`so der Anwalt`, `erzählt die Bäuerin`), or null. */
export function definiteDescription(found: SpeakerPhrase): string | null {
  const phrase = found.definite ?? (found.kind === 'description' ? found.phrase : found.descriptor && !found.pronoun ? found.phrase : null);
  if (!phrase) return null;
  const words = phrase.trim();
  // (`completa o marido`: a relative is someone else than the one named, the other of a couple.)
  return DEFINITE.test(words) && !NOT_ONE_PERSON.test(words) && !RELATION.test(words.split(/\s+|[’']/u).at(-1)!) ? words : null;
}

/** Whether the description's article says a woman (`die`, `la`) or a man (`der`, `le`, `el`, `il`, `o`). */
export function definiteGender(description: string): 'male' | 'female' | null {
  if (/^(?:die|la)\s/u.test(description)) return 'female';
  if (/^(?:der|le|el|il|lo)\s/u.test(description)) return 'male';
  return null;
}

/** A noun for a body or an office building (`die Stadtverwaltung`, `het ministerie`): no person of the paragraph before. */
const BODY_NOUN = /(?:ung|amt|ministerium|ministerie|behörde|gemeente|gemeinde|stad|stadt)$/u;
/** Double quotation marks, or two full names joined by "and" (`Marion Keller und Ute Brandt`): that paragraph brings in no one person. */
const NOT_ONE_INTRODUCTION = /["“”„«»]|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:und|and|en|et|e|y|og|och|i|és)\s+\p{Lu}/u;

/**
 * The one person a definite tag stands for (`soleSince` reads a stretch from an offset): in its own paragraph, else, when
 * the quote opens its paragraph, in the paragraph before too (`Jonas Verlinden (41) bakt al drie uur. ¶ ‘…’, zegt de
 * bakker uit Mortsel.`), when that paragraph quotes no one and joins no two people, and the noun is no body.
 */
export function soleInScopes(text: string, at: number, description: string, soleSince: (from: number) => string | null): string | null {
  const paragraph = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(0, paragraph).trimEnd();
  const previous = before ? text.lastIndexOf('\n', before.length - 1) + 1 : -1;
  const reaches = previous >= 0 && !text.slice(paragraph, at).trim() && !NOT_ONE_INTRODUCTION.test(text.slice(previous, paragraph)) && !BODY_NOUN.test(description.split(/\s+/u)[1]?.toLowerCase() ?? '');
  return soleSince(paragraph) ?? (reaches ? soleSince(previous) : null);
}
