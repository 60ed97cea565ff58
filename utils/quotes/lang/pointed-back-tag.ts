/**
 * After the words pointing back at a quote (`„…“ Tak popisuje sezonu Radek Bartoš`, `»…« Tako pravi Ana Žagar, …`,
 * `„…“ Това заяви кметът Иван Колев`, `"…" Tā uzskata centra vadītājs Jānis Ločmelis`), the rest of the sentence is read
 * as a tag after a quote is: verb, objects, role words, then the person. Someone named here for the first time must be
 * named in full (two words or more); a lone word must be a name the text wrote before.
 */

import type { SpeakerPhrase } from '../cues';
import { speakerAfter } from '../cues';
import { isRoleWord } from '../roles';

/** A verb, one to five lower-case words, then a full name: `описывает жизнь на острове X Y`, `je na vprašanja naših bralcev odgovorila X Y`. */
const VERB_OBJECT_NAME = /^(\p{Ll}+)(?:\s+\p{Ll}+){1,5}\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;

/** A short preposition and one to three lower-case words before the verb and a full name: `o decyzji radnych mówi X Y`. */
// (The adjunct may hold a time with its number, `na zimu v roce 2019 vzpomíná X Y`, `o sezonie 2020/21 mówi X Y`.)
const ADJUNCT_BEFORE_VERB = /^\p{Ll}{1,3}\s+(?:\p{Ll}+\s+){1,3}(?:(?:\p{Ll}+\s+){0,2}\p{N}[\p{N}./–-]*\s+)?(?=\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;

export function pointedBackTag(frame: string, rest: string, earlier: string): SpeakerPhrase | null {
  // (`Αυτό υποστηρίζει ο παραγωγός …, X Y`: when the words pointing back end on the verb, the tag is read with it.)
  const verb = /(\p{Ll}+)[\s,]*$/u.exec(frame)?.[1];
  // (`Так описывает жизнь на острове X Y, …`: the verb's object between it and a full name is left out, as a last resort.)
  const objectSkipped = VERB_OBJECT_NAME.exec(rest);
  const found = (verb ? speakerAfter(`${verb} ${rest}`) : null) ?? speakerAfter(rest) ?? (objectSkipped ? speakerAfter(`${objectSkipped[1]} ${rest.slice(objectSkipped[0].length)}`) : null) ?? adjunctSkipped(rest);
  if (!found || found.kind !== 'name' || found.pronoun) return null;
  const at = rest.indexOf(found.phrase);
  if (at < 0) return null;
  const full = found.phrase.split(/\s+/u).length >= 2;
  if (!full && !new RegExp(`(?<![\\p{L}])${found.phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(earlier)) return null;
  // (A role the reader took from after the name, `…, kelle nimistus`, is a clause, not what the person is.)
  // (Else the role noun standing right before the name: `sako rajono meras X Y`; the rest's first word is the verb
  // unless the words pointing back ended on it: `Sådan lyder det fra turistchef X Y`.)
  const wordBefore = rest.slice(0, at).trim().split(/\s+/u).slice(verb ? 0 : 1).at(-1);
  const roleBefore = found.role && rest.lastIndexOf(found.role, at) >= 0 ? found.role : wordBefore && isRoleWord(wordBefore) ? wordBefore : undefined;
  return { phrase: found.phrase, kind: 'name', pronoun: false, ...(roleBefore ? { role: roleBefore } : {}), ...(found.gender ? { gender: found.gender } : {}) };
}

/** `„…”. Tak o decyzji radnych mówi X Y, …`: what the words are about, before the verb, is left out and the tag read after it. */
function adjunctSkipped(rest: string): SpeakerPhrase | null {
  const adjunct = ADJUNCT_BEFORE_VERB.exec(rest);
  return adjunct ? speakerAfter(rest.slice(adjunct[0].length)) : null;
}
