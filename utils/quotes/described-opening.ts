/**
 * `"…," says Leo Hart. ¶ The 63-year-old innkeeper has run the place since 1994. "…"`, `Der 63-jährige Wirt führt den
 * Betrieb seit 1994. „…“`, `A comerciante não esquece …. «…»`: a definite description of a person opening the sentence
 * before an untagged quote stands for the one quoted last, when no one else was named since; the quote is theirs again.
 * The description must name a person: a trade's noun, or an age (`The crowd loved it.` names no one). An office the text
 * gave someone before the sentence is theirs first, whoever spoke last (`El patrón aplaude …. «…»`).
 */

import type { SpeakerPhrase } from './speaker-phrase';
import type { EntityBook } from './entity-types';
import { ROLE_NOUNS } from './roles';
import { isForeignRoleNoun } from './lang/role-nouns';
import { GERMAN_ROLE_NOUN } from './lang/de-roles';
import { isFirstCitizen, officeHolder } from './office-holder';

/** An article, up to three lower-case or numeric words, the head noun, then the sentence's next word in lower case. */
// (A stressed pronoun set off by commas may follow: `Le maire, lui, réunit …`.)
const DEFINITE_OPENING = /^(The|Der|Die|Das|Le|La|L['’]|Il|Lo|El|De|Het|A|O)\s*((?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}?)(\p{L}[\p{L}-]+|\d{1,3}enne)(?:,\s+(?:lui|elle|él|ella|lei|ele|ela),)?\s+\p{Ll}/u;
/** `Il primo cittadino ha firmato …`: Italian's two-word name for the mayor as the head, with no words before it. */
const FIRST_CITIZEN_OPENING = /^(Il|La)\s+()(primo\s+cittadino|prima\s+cittadina)\s+\p{Ll}/u;
const OPENING_PHRASE_BEFORE_THE = /^(?:In|At|On|During|After|Before|Later|Then|Still|But|Finally|Asked)\b[^,.!?"“”]{0,100},\s+the\s+(?=\p{Ll})/u;
/** An age as an adjective: `63-year-old`, `63-jährige`, `63-летний`, `63-річний`. */
// (Or as the noun itself, as Italian writes it: `La 74enne è uscita …` is the woman of 74 just quoted.)
const AGE_WORD = /\d+-(?:year-old|jährige[rn]?|летн\p{L}+|річн\p{L}+)|^\d{1,3}enne$/u;

export function describedPreviousSpeaker(sentence: string, previous: { speaker: string | null; speakerKind: string | null; outerEnd: number } | undefined, text: string, book: EntityBook, at: number): SpeakerPhrase | null {
  // (`In a passage read aloud to reporters, the judge went further.`: an English opening phrase before the description.)
  const opening = FIRST_CITIZEN_OPENING.exec(sentence.trim()) ?? DEFINITE_OPENING.exec(sentence.trim().replace(OPENING_PHRASE_BEFORE_THE, 'The '));
  if (!opening) return null;
  const [, article, before, head] = opening as unknown as [string, string, string, string];
  const lower = head.toLowerCase();
  // (English `A` and `O` open someone new; Portuguese `A comerciante`, `O pescador` are definite, with a noun of that language.)
  const definite = article === 'A' || article === 'O' ? !ROLE_NOUNS.has(lower) && isForeignRoleNoun(lower) : true;
  const aged = AGE_WORD.test(before) || AGE_WORD.test(head);
  // (`Il primo cittadino non nasconde …`: Italian's "first citizen" is the mayor, the office in two words.)
  const mayor = isFirstCitizen(head);
  const person = aged || mayor || ROLE_NOUNS.has(lower) || isForeignRoleNoun(lower) || GERMAN_ROLE_NOUN.test(head);
  if (!definite || !person) return null;
  // (`El patrón aplaude …. «…»`, `Le maire, lui, réunit …. « … »`: an office the text gave someone before the
  // sentence is theirs, whoever spoke last; `De 58-jarige voorzitter van zwemclub X` names the club inside it.)
  const sentenceAt = text.lastIndexOf(sentence.trim(), at);
  const holder = aged || sentenceAt < 0 ? null : officeHolder(text, book, `${article} ${head}`, sentenceAt);
  if (holder) return { phrase: holder, kind: 'name', pronoun: false };
  if (!previous?.speaker || previous.speakerKind !== 'name') return null;
  const someoneElse = book.mentions.some((mention) => mention.at > previous.outerEnd && mention.at < at && mention.name !== previous.speaker);
  return someoneElse ? null : { phrase: previous.speaker, kind: 'name', pronoun: false };
}
