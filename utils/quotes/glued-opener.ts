/**
 * A capitalised word glued before a two-word name that is no part of it: a role noun capitalised only
 * because it opens the sentence and written before the family name alone elsewhere, a German noun (German capitalises
 * every noun: `die frühere Wirtin Maria Hofer`) or a party's initials (`Le député PLR
 * Yves Jaquier`). The run's first word goes when the article shows it is a common word, not a given name:
 *   - it is written in capitals only, three letters or more (a party, a union, a firm: `PLR`, `SPD`, `ÖVP`);
 *   - it is the courtesy title `Don` in a Spanish or Italian article (`Don Felipe Ramírez`, never `Don Ray Tester`;
 *     a longer run, `Don X Y Z`, is read again without it by courtesy-don.ts);
 *   - it follows a role noun and an elided `of` (`la conseillère d'État Anne Dupont`);
 *   - the article writes it before the family name alone (`Gemeinderätin Pichler`) or, in German, after an
 *     article or possessive (`die frühere Wirtin`);
 * The same word in lower case elsewhere is no evidence (`Rose Ann Tyler grew a rose`, `Luz Marina Díaz … la luz`), and
 * a word opening the sentence that the article never writes again (`Koch Stefan Gruber … sagt Gruber`) stays: nothing
 * tells it from the first of two given names (`Karl Heinz Beispiel … sagte Beispiel`).
 * Never when the article writes the three words together again (`Mary Ann Tester … Mary Ann Tester said`), nor
 * for a first word in the middle of a sentence outside German (`sier ordfører Anne Lise Strand`): double given
 * names are common in Scandinavian, Dutch, Portuguese and Spanish names and are left whole.
 */

import { isForeignRoleNoun } from './lang/role-nouns';
import { escapeForPattern as escape } from '../patterns';

/** What ends a sentence or a paragraph before a run that opens the next one. */
const OPENS_SENTENCE = /(?:^|[.!?:…]["”’»“]?\s+|\n\s*|[–—-]\s+)$/u;
/** A role noun and an elided `of` right before the run: `conseillère d'`, `ministre d'`. */
const OFFICE_OF = /(?:^|\s)(\p{L}[\p{L}-]*)\s+d[’']$/u;
/** Capitals only, three letters or more: initials of a body, never a given name. */
const ACRONYM = /^\p{Lu}{3,6}$/u;
/** German function words: many of them make an article German, whose nouns all take a capital. */
const GERMAN_WORDS = /(?<![\p{L}])(?:und|nicht|sich|auch|wird|wurde|sagte|sagt|ist|eine?|dem|vom|zum|zur|über|für|mit)(?![\p{L}])/gu;
/** German articles, possessives and demonstratives, which only a noun follows (an adjective may stand between). */
const GERMAN_DETERMINER = String.raw`(?:[Dd](?:er|ie|as|en|em|es|essen|eren)|(?:[Ee]in|[Ss]ein|[Ii]hr|[Uu]nser)(?:e[mnrs]?)?)`;

/** A test that a text is in a language: its function words make up a share of its words (one in `per`); the last answer is kept. */
export function languageTest(words: RegExp, per: number): (text: string) => boolean {
  let lastText = '';
  let answer = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      const count = text.match(words)?.length ?? 0;
      answer = count >= 2 && count * per > text.split(/\s+/u).length;
    }
    return answer;
  };
}

const isGerman = languageTest(GERMAN_WORDS, 12);
/** Spanish, Italian and Portuguese function words English never writes. */
const ROMANCE_WORDS = /(?<![\p{L}])(?:que|del|los|las|por|para|con|una|según|della|degli|che|sono|non|dos|das|pelo|uma|não)(?![\p{L}])/gu;
export const isRomance = languageTest(ROMANCE_WORDS, 15);
/** Spanish and Portuguese by their function words (Italian writes no double family names). */
const isIberian = languageTest(/(?<![\p{L}])(?:que|del|los|las|por|para|con|una|según|dos|das|pelo|uma|não|y|el)(?![\p{L}])/gu, 15);

/** Assertions read at one offset (sticky, empty): a whole word's edges, and a lower-case word and spaces right before. */
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}-])/uy;
const NO_WORD_AFTER = /(?![\p{L}\p{N}-])/uy;
const NO_LETTER_AFTER = /(?![\p{L}])/uy;
/** The start of a sentence or a paragraph right before an offset (sticky, empty). */
const SENTENCE_START_BEFORE = /(?<=^|[.!?…]["”’»“]?\s+|\n\s*)/uy;
const LOWER_WORD_BEFORE = /(?<=(?<![\p{L}])\p{Ll}[\p{L}-]*\s+)/uy;

function holdsAt(assertion: RegExp, text: string, at: number): boolean {
  assertion.lastIndex = at;
  return assertion.test(text);
}

/**
 * How many times, up to `most`, `word` stands as a whole word in `text`, case-sensitive. Found as the pattern
 * `(?<![\p{L}\p{N}-])word(?![\p{L}\p{N}-])` with the flag g finds them (the next search after a match starts at its end),
 * the literal word found by indexOf and its edges tested there: no scan of the text with a lookbehind at every offset.
 */
function wordCount(text: string, word: string, most: number): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0 && count < most; ) {
    const whole = holdsAt(NO_WORD_BEFORE, text, at) && holdsAt(NO_WORD_AFTER, text, at + word.length);
    if (whole) count++;
    at = text.indexOf(word, whole ? at + word.length : at + 1);
  }
  return count;
}

/** Whether `phrase` stands in `text` with `before` holding at its start and no letter after it (every place it is written is tried). */
function standsAfter(text: string, phrase: string, before: RegExp): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (holdsAt(before, text, at) && holdsAt(NO_LETTER_AFTER, text, at + phrase.length)) return true;
  }
  return false;
}

/**
 * What names.ts cleanName (which every reading of a run goes through) has left before two words written as a name:
 * initials in capitals (`PLR Yves Jaquier`, `ERC Marta Rovira`) are the party or body the person belongs to, and an
 * elided `of` with a capital (`Conseillère d'État Anne Dupont`, the office gone already) is the office's complement.
 */
export function withoutLeadingBody(words: string[]): string[] {
  const named = words.length === 3 && words.slice(1).every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word));
  // (`IT-ettevõtja Rasmus Vaher`: initials joined to a lower-case noun make a common noun, a role, never a given name.)
  return named && (ACRONYM.test(words[0]!) || /^\p{Lu}{2,6}-\p{Ll}/u.test(words[0]!) || /^[Dd][’']\p{Lu}\p{Ll}+$/u.test(words[0]!)) ? words.slice(1) : words;
}

/** The person's name without a glued first word `name`'s run opens with, or `name` as it was (see the file's header). */
export function withoutGluedOpener(name: string, run: string, text: string, at: number): string {
  const words = name.split(' ');
  if (words.length !== 3 || !run.startsWith(words[0]!) || !words.every((word) => /^\p{Lu}/u.test(word))) return name;
  const [first, given, family] = words as [string, string, string];
  if (!/^\p{Lu}\p{Ll}/u.test(given) || !/^\p{Lu}\p{Ll}/u.test(family)) return name;
  // (`Giuseppe De Luca … dice De Luca`, `Salvatore Lo Piccolo`: a particle opening the last two words makes them one family
  // name, so the word before is the given name.)
  if (/^(?:De|Di|Da|Del|Della|Dello|Dal|Lo|La|Li|Le|Van|Von|Du|Dos|Das|Do|Mac|Al|El|Ben|Bin|Ibn|Abu)$/u.test(given)) return name;
  const rest = `${given} ${family}`;
  // (`Mary Ann Tester … Mary Ann Tester said`: written whole twice, the three words are the name.)
  if (wordCount(text, name, 2) > 1) return name;
  const before = text.slice(Math.max(0, at - 40), at);
  // (`Don Felipe Ramírez`: the Spanish and Italian courtesy title, in an article of those languages; an English `Don` is a given name.)
  if (first === 'Don' && isRomance(text)) return rest;
  // (`la conseillère d'État Anne Dupont`: the office's complement, after a role noun and an elided `of`, opens the run.)
  const office = OFFICE_OF.exec(before);
  if (office && isForeignRoleNoun(office[1]!.toLowerCase())) return rest;
  const opensSentence = OPENS_SENTENCE.test(before);
  const inGerman = isGerman(text);
  if (!opensSentence && !inGerman) return name;
  // (`Keď Ján Bielik otvoril dvere …` and later `Ján Bielik odvtedy …`: a word opening one sentence before two words that
  // open another sentence alone is a conjunction or a role glued on by the sentence start, as `Kun` below. Not in Spanish
  // or Portuguese, for the reason below.)
  if (opensSentence && !isIberian(text) && standsAfter(text, rest, SENTENCE_START_BEFORE)) return rest;
  // (`Gemeinderätin Pichler`: the word before the family name alone is a title.)
  if (new RegExp(`(?<![\\p{L}])${escape(first)}\\s+${escape(family)}(?![\\p{L}])`, 'u').test(text)) return rest;
  // (`Kun Jussi Heikkinen perusti …` and later `kertoo toimitusjohtaja Jussi Heikkinen`: the article writes the two words after
  // a lower-case word elsewhere, so the opening word only shared their capitals with the sentence start.)
  // (Not in Spanish or Portuguese, whose papers write a double family name alone after any word: `Elvira Ramos Cuevas`
  // … `un oficio de Ramos Cuevas`; their roles are in lower case, so a capital opening the sentence is the given name.)
  // (The pattern `(?<![\p{L}])\p{Ll}[\p{L}-]*\s+rest(?![\p{L}])` matches just where `rest` is written with LOWER_WORD_BEFORE holding at its start.)
  if (!isIberian(text) && standsAfter(text, rest, LOWER_WORD_BEFORE)) return rest;
  if (!inGerman) return name;
  // (`die frühere Wirtin Maria Hofer`: a German article before the word makes it a noun.)
  if (new RegExp(`(?<![\\p{L}])${GERMAN_DETERMINER}\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${escape(first)}(?![\\p{L}])`, 'u').test(text)) return rest;
  return name;
}
