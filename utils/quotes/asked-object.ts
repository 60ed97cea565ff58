/**
 * `"You were angry, weren't you?" Ms. Rennick asked him.` then `"I was disappointed," he replied.`: the one a
 * question was put to, called "him" or "her", answers, and is the person of that gender (or of none the text gives)
 * the text mentioned last before the question (as a subject or not), other than the asker. Without this, the answer's "he" went to
 * the latest male subject, often someone quoted a few paragraphs up.
 */

import type { Speaker } from './attribute';
import { pronounGender } from './coreference';
import type { EntityBook } from './entities';

const ASKED_OBJECT = /\b(?:asked|questioned|pressed)\s+(him|her)\b/u;
/** How far back the one asked may have been mentioned: about two paragraphs. */
const LOOKBACK_CHARS = 1200;

export function askedObject(sentence: string, text: string, at: number, pronoun: string, asker: string | undefined, book: EntityBook): Speaker | null {
  const match = asker ? ASKED_OBJECT.exec(sentence) : null;
  const gender = pronounGender(pronoun);
  if (!match || !gender || pronounGender(match[1] === 'him' ? 'he' : 'she') !== gender) return null;
  const start = text.lastIndexOf(sentence, at);
  if (start < 0) return null;
  const genderOf = (name: string) => book.entities.get(name)?.gender ?? book.genders.get(name) ?? null;
  // (`… matched the color of Pruett's truck`: an owner is no one a question is put to.)
  const owner = (mention: { at: number }) => /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*[’']s?(?=\s)/u.test(text.slice(mention.at, mention.at + 60));
  const asked = book.mentions.findLast((mention) => mention.at < start && mention.at > start - LOOKBACK_CHARS && mention.name !== asker && !owner(mention) && (genderOf(mention.name) ?? gender) === gender);
  return asked ? { name: asked.name, kind: 'name' } : null;
}
