/**
 * Romanian after a quote: a noun for what was said, then "comes from" or "belongs to" and the person
 * (`„…” Avertismentul vine de la Dan Ionescu, medic de familie.`, `Declarația îi aparține lui X`): the name is who spoke,
 * the words after its comma the role. Only nouns of saying open it (`Finanțarea vine de la X` names a payer, no speaker).
 */

import type { SpeakerPhrase } from '../cues';
import { lazy, person } from './shared';

/** Nouns for words said, with their definite ending: the accusation, the statement, the warning, the reply, the message. */
const SAYING_NOUN = '(?:Acuzația|Acuzațiile|Declarația|Declarațiile|Afirmația|Afirmațiile|Avertismentul|Replica|Critica|Criticile|Mesajul|Reproșul|Apelul|Îndemnul|Explicația|Precizarea|Mărturia|Povestea|Remarca|Opinia|Întrebarea|Răspunsul)';
/** Two to four capitalised words (a hyphen inside one, `Popescu-Tăriceanu`). */
const NAME = String.raw`\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){1,3}`;
const SOURCE_AFTER = lazy(() => new RegExp(
  String.raw`^\s*${SAYING_NOUN}\s+(?:(?:vine|vin|venea|veneau|a\s+venit|au\s+venit)\s+(?:tocmai\s+)?de\s+la|(?:îi\s+)?(?:aparține|aparțin)\s+lui)\s+(${NAME})(?:\s*,\s*([^,.!?;:„”]{3,80}))?`,
  'u',
));

/** The person a saying noun's source names after the quote, with the role after the comma, or null. */
export function romanianSayingSource(frame: string): SpeakerPhrase | null {
  const found = SOURCE_AFTER().exec(frame);
  return found ? person(found[1]!, found[2]?.replace(/\s+(?:care|ce)\s.*$/u, '') ?? null) : null;
}
