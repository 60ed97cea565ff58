/**
 * A quote opening its paragraph with no tag, then a sentence bringing in someone new by full name, the one who said it:
 * `"…" Mary Okafor has lived on the bank …`, `«…» Luca Zanin, 22 anni, di Mestre, sorride …`, `„…“ Anna Gruber,
 * 34, ist …`, `"…" Aurelio Cruz Ramos, maestro destilador, recibe …`. Opening the next paragraph instead, only with an
 * age set off by commas (`– …` then `Astrid Holm, 82, har bott …`): a bare name there may be anyone's introduction.
 * A name the text wrote in full before is left to the readers of known people (next-sentence.ts).
 */

import type { SpeakerPhrase } from '../cues';
import { person } from './shared';

/** A courtesy title the newcomer may carry: `Don Julio Pérez tiene 82 años`. */
const TITLE = String.raw`(?:(?:Don|Doña|Dona|Mr|Mrs|Ms|Dr|Mme|Herr|Frau)\.?\s+)?`;
const PARTICLE = String.raw`(?:(?:van|de|der|den|ter|von|da|di|del|dos|das|du|la|le)\s+)*`;
const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Two or three capitalised words, the sentence's opening. */
const FULL_NAME = String.raw`^${TITLE}(${WORD}(?:\s+${PARTICLE}${WORD}){1,2})`;
/** `, 82,`, `, 22 anni,`, `, de 58 años,`, `, 45 лет,`. */
const AGE = String.raw`,\s+(?:de\s+)?\d{1,3}(?:\s+\p{Ll}+)?,`;

const AGED = new RegExp(`${FULL_NAME}${AGE}`, 'u');
/** The name, then a lower-case verb or an apposition set off by a comma (`, maestro mezcalero …,`). */
// (Russian and Ukrainian set a dash for "is": `Марина Белова — доярка и мать …`, the role up to "and".)
const THEN_LOWER = new RegExp(`${FULL_NAME}(?:\\s+\\p{Ll}|,\\s+(?:\\d{1,3}|(\\p{Ll}[^,.;:!?]{2,80}),)|\\s+[—–]\\s+(\\p{Ll}[^,.;:!?]{2,60}?)(?=[,.;:!?]|\\s+(?:и|і|та|й)\\s|$))`, 'u');

/** Hebrew and Arabic, with no capitals, only with the age: `שרה כהן, בת 84, גרה …`, `سعاد حداد، 70 عاماً، تسكن …`. */
const SEMITIC_AGED = /^((?:\p{Script=Hebrew}+[-\s]){1,2}\p{Script=Hebrew}+,\s+(?:בת|בן)|(?:\p{Script=Arabic}+\s){1,2}\p{Script=Arabic}+،\s+\(?)\s*\d{1,3}(?:\s+(?:عاماً|عاما|سنة)\)?)?[,،]/u;

/** An object pronoun right after the name (Romance clitics), or after its verb (English). */
const ABOUT_ANOTHER = /^\p{Ll}?\s*(?:(?:la|le|les|lui|leur|lo|gli|los|las)\s|l['’](?!a\s|ha\s)|\p{Ll}+\s+(?:him|her|them)(?![\p{L}]))/u;

/** Whether the quote at `quoteStart` opens its paragraph (a dialogue dash may come first). */
const opensParagraph = (text: string, quoteStart: number) => /(?:^|\n)[\s–—-]*$/u.test(text.slice(Math.max(0, quoteStart - 40), quoteStart));

export function newcomerAfterQuote(text: string, quoteStart: number, quoteEnd: number): SpeakerPhrase | null {
  if (!opensParagraph(text, quoteStart)) return null;
  const rest = text.slice(quoteEnd, quoteEnd + 300).replace(/^[ \t.!?…]*/u, '');
  const sameParagraph = rest !== '' && !rest.startsWith('\n');
  const sentence = sameParagraph ? rest : rest.replace(/^\s+/u, '');
  const found = (sameParagraph ? THEN_LOWER : AGED).exec(sentence) ?? SEMITIC_AGED.exec(sentence);
  if (!found) return null;
  // (`« … » Anne Vidal la soutient …`, `"…" Mary Jones backs him`: a sentence about someone else, the one quoted before.)
  if (ABOUT_ANOTHER.test(sentence.slice(found[0].length - 1))) return null;
  const name = found[1]!.replace(/[,،]\s+(?:בת|בן|\(?)$/u, '');
  // (Someone named in full before is a known person: whether the words are theirs is for the readers of known people.)
  const earlier = text.slice(0, quoteStart);
  const words = name.split(/\s+/u);
  if (earlier.includes(name) || earlier.includes(words.slice(-2).join(' '))) return null;
  // (`Так Рябов ответил …`, `Then Reyes …`: a first word the text also writes in lower case is a word of the sentence, no given name.)
  const first = words[0]!.toLowerCase();
  if (first !== words[0] && new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(text)) return null;
  return person(name, found[2] ?? found[3] ?? null);
}
