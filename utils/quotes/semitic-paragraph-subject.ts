/**
 * `في المقابل، رحّبت الدكتورة X Y Z، أستاذة…، بالقرار.` then a new paragraph `وقالت: «…»`; `ראש המועצה X Y הגן על
 * ההחלטה.` then `ויסף: "…"`: in Hebrew and Arabic a paragraph that opens on a bare verb of saying ("and she said:") goes
 * on with the person the paragraph before opened with, though that sentence quoted no one (salience.ts would reach back
 * to the last speaker). Only a named person the text knows, whose gender, if given, fits the verb's.
 */

import type { Speaker } from './attribute';
import type { EntityBook } from './entities';
import type { PersonMention } from './person-mentions';
import { pronounGender } from './coreference';
import { resolveName } from './name-resolution';
import { semiticOpeningName } from './lang/semitic-sentence-subject';

/** The paragraph's words before the quote are one verb and a colon (`وقالت:`, `وأضاف:`, `ואמרה:`), no name. */
const BARE_VERB_LEAD = /^\s*[\p{Script=Arabic}\p{Script=Hebrew}\u064B-\u0652]{2,12}\s*[:،,]?\s*$/u;

/** An Arabic verb in the past, feminine (`رحّبت`, `وقالت`), opening the clause. */
const FEMININE_VERB = /(?:^|[\s،,])[وف]?[\p{Script=Arabic}\u064B-\u0652]{2,}ت(?=\s)/u;

export function previousParagraphSubject(text: string, quoteAt: number, pronoun: string, people: PersonMention[], book: EntityBook): Speaker | null {
  const paragraphStart = text.lastIndexOf('\n', quoteAt - 1) + 1;
  if (!BARE_VERB_LEAD.test(text.slice(paragraphStart, quoteAt))) return null;
  // (The paragraph before, skipping blank lines: its first sentence.)
  const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
  if (previousEnd === 0) return null;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  const opening = text.slice(previousStart, previousEnd).split(/(?<=[.!?؟])\s/u)[0] ?? '';
  const subject = /^[\s"“«]*[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(opening) ? semiticOpeningName(opening) : null;
  if (!subject) return null;
  const name = resolveName(subject.phrase, people);
  // (A full name: `X Y`, written in that paragraph, never a lone word.)
  if (!name.includes(' ')) return null;
  const gender = pronounGender(pronoun);
  // (`رحّبت الدكتورة X`, `أستاذة…`: an Arabic verb or office in the feminine before the name tells her gender.)
  const lead = opening.slice(0, Math.max(0, opening.indexOf(subject.phrase)));
  const feminine = FEMININE_VERB.test(lead) || /^\p{Script=Arabic}+ة$/u.test(subject.role?.split(/\s+/u)[0] ?? '') ? 'female' : undefined;
  const known = book.entities.get(name)?.gender ?? book.genders.get(name) ?? feminine;
  if (!gender || (known && known !== gender) || book.entities.get(name)?.body) return null;
  return { name, kind: 'name' };
}
