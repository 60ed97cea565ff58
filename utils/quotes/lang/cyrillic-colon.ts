/**
 * Russian and Ukrainian: a sentence ending in a colon before the quote, whose subject is a named person and whose verb
 * is not one of saying: `Глава района Ирина Соколова поддержала инициативу: «…»`, `Капитан Павел Зуев после игры тоже
 * встал на защиту вратаря: «…»`. The one person the sentence names, a verb in the past or present after them, says the
 * quote; lower-case words before the name (with a role noun opening the sentence, a club's name in guillemets, a
 * region's capitalised adjective in the genitive, `Тверской области`) are the role.
 * Left alone: a second name later in the sentence (`X ответил Y:`, someone else's words may follow), a name after a
 * preposition or a verb (an object: `Журналисты спросили мэра Ирину Соколову:`).
 * No verb at all is the paper's label form, `Капитан хозяев X: «…»`, `Мешканка вулиці Франка X: «…»`: the name must end
 * the sentence at the colon and come after a role (a bare name and colon may head a list or an interview's turn).
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';
import { isLeadingNoise } from '../names';

const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Optional capitalised first word, lower-case words, then a given name (a patronymic) and a family name, then the rest up to the colon. */
const SUBJECT_THEN_COLON = new RegExp(String.raw`^(?:(\p{Lu}\p{Ll}+)\s+)?((?:(?:\p{Ll}[\p{Ll}-]*|\d+-\p{Ll}+|«[^«»\n]{1,40}»|\p{Lu}\p{Ll}+(?:ской|ского|цкой|цкого|ської|ського|ной|ного|ої|ого)(?=\s+\p{Ll}))\s+){0,6}?)(${WORD}(?:\s+\p{Lu}\p{Ll}+(?:ович|евич|овна|евна|ич|ична|івна|ївна))?\s+${WORD})\s+(\p{Ll}[^:«»]*(?:«[^«»]{1,40}»[^:«»]*)*):\s*$`, 'u');
/** The label form: role words (a place's capitalised name only after a lower-case noun, `вулиці Франка`) and the name at the colon. */
const ROLE_THEN_NAME = new RegExp(String.raw`^(?:(\p{Lu}\p{Ll}+)\s+)?((?:(?:\p{Ll}[\p{Ll}-]*|\d+-\p{Ll}+|«[^«»\n]{1,40}»|(?<=\p{Ll}\s)\p{Lu}\p{Ll}+(?=\s+\p{Lu}))\s+){1,6}?)(${WORD}(?:\s+\p{Lu}\p{Ll}+(?:ович|евич|овна|евна|ич|ична|івна|ївна))?\s+${WORD}):\s*$`, 'u');
/** A verb opening a label-form sentence, past (`Поддержала инициативу X:`), first person or infinitive (`Наводимо слова …`): no label. */
const VERB_OPENING = /(?:ла|ло|ли|лся|лась|ав|ив|ів|мо|ем|им|ть|ти)$/u;
/** A family name in an oblique case (`Ивановой`, `Петренку`, `Сидоровой`) is no label's subject. */
const OBLIQUE_FAMILY_NAME = /(?:ой|ому|ого|ову|еву|ину|ої)$/u;
/** A finite verb: the past (`поддержала`, `встав`, `заступився`) or the third person present (`настаивает`, `має`, `радіє`). */
const FINITE_VERB = /(?:^|\s)\p{Ll}+(?:л|ла|ли|лся|лась|лись|в|вся|лася|лися|ет|ит|ят|ют|ут|ает|яет|ется|ится|ає|ує|іє|ює|ить|ать)(?=[\s,]|$)/u;
/** A verb ending before the name: the name is its object (`спросили мэра X`). */
const VERB_BEFORE = /(?:ли|лся|лась|лись|ил|ал|ял|ел)$/u;
/** A preposition right before the name makes it an object. */
const PREPOSITION = /^(?:с|со|у|к|ко|от|для|по|о|об|про|з|із|зі|до|від|при|за|перед|над|под|між|между|на|в|во)$/u;
/** A second full name after the verb. */
const ANOTHER_NAME = new RegExp(`${WORD}\\s+${WORD}`, 'u');

/** The named subject of a colon-ended Russian or Ukrainian sentence (see the file's header), or null. */
export function cyrillicColonSubject(frame: string): SpeakerPhrase | null {
  const sentence = frame.split(/[.!?…]\s+(?=\p{Lu})/u).at(-1)!.trim();
  if (!/^\p{Script=Cyrillic}/u.test(sentence)) return null;
  const match = SUBJECT_THEN_COLON.exec(sentence) ?? ROLE_THEN_NAME.exec(sentence);
  if (!match) return null;
  const [, opening, lower, name, rest] = match as unknown as [string, string | undefined, string, string, string | undefined];
  // (An age, `19-летний`, is no part of the role.)
  const roleWords = lower.trim().split(/\s+/u).filter((word) => word && !/^\d/u.test(word));
  // (A capitalised first word is the sentence's: a verb makes the name its object, a time or link (`Вечером`, names.ts) is
  // dropped, a noun opens the role, `Студент аграрного університету`.)
  if (opening && (VERB_BEFORE.test(opening) || (rest === undefined && VERB_OPENING.test(opening)))) return null;
  const roleOpening = opening && !isLeadingNoise(opening) ? opening : undefined;
  if (roleWords.some((word) => VERB_BEFORE.test(word)) || PREPOSITION.test(roleWords.at(-1) ?? '')) return null;
  // (A label's role is a noun's: `Вчера в Твери X:` gives only where.)
  if (rest === undefined && (OBLIQUE_FAMILY_NAME.test(name) || (!roleOpening && PREPOSITION.test(roleWords[0] ?? '')))) return null;
  if (rest !== undefined) {
    const unquoted = rest.replace(/«[^«»]*»/gu, '');
    if (!FINITE_VERB.test(unquoted) || ANOTHER_NAME.test(unquoted)) return null;
  }
  const role = [roleOpening?.toLowerCase(), ...roleWords].filter(Boolean).join(' ');
  return person(name, role || undefined);
}
