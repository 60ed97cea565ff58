/**
 * A role noun standing alone for a person (`– mówi naczelnik`, `siger ministeren`, `zuchtte de leider`) in the
 * languages that write roles without an article before a name: the person the text introduced with that noun
 * right before their name (`Naczelnik TOPR Andrzej Krzeptowski`, `Fødevareminister Anders Bech`, `leider Jens
 * Peeters`), the latest one before the quote. A compound ending in the noun counts (`Fødevareminister` for
 * `ministeren`); a Scandinavian definite ending is read off first. Russian and Ukrainian have their own (ru-uk.ts).
 */

import { vietnameseOfficeHolder } from './vi-before';
import { GERMAN_ROLE_NOUN } from './de-roles';
import { cleanName } from '../names';
import { isNewLanguageAgentNoun } from './newlang-roles';
import { isForeignRoleNoun } from './role-nouns';
import { introducedWithDefiniteRole } from './definite-role';
import { speakerBeforeInOtherLanguages } from './index';
import { introducedAs } from './ru-uk';
import { thaiOfficeHolder } from './th';
import { georgianRoleHolder } from './ka';
import { bengaliRoleHolder } from './bn-role-holder';
import { gujaratiRoleHolder } from './gu-role-holder';
import { escapeForPattern as escape } from '../../patterns';

/** Scandinavian definite endings on a role noun (`ministeren`, `rektorn`, `ordföranden`). */
const DEFINITE_END = /(?:en|et|n)$/u;
/** A capitalised word or an abbreviation between the noun and the name: the body or place the role is of (`TOPR`, `Hradce`). */
// (Or a comma: `le maire, Bernard Lacombe,`: the bare noun and the name in apposition; with a complement, `le ministre de
// l’Agriculture, X,`, the sentence's subject is read by lang/introduced.ts, its role with it.)
// (`Borgmester i Tørslev Kommune X`, `wethouder van Financiën X`: "in"/"of" and the place or body, one to three capitalised words.)
const BETWEEN = String.raw`(?:\p{Lu}[\p{L}-]*\s+|,\s+|(?:i|for|van|w|we|v|ve|din|na)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?`;
// (`archeologas dr. X Y`, `zgodovinar dr. X Y`, `historik doc. X Y`: an academic title between the noun and the name.)
const TITLE = String.raw`(?:(?:dr|prof|doc|hab|mag|ing|mgr|Dr|Prof|Doc|Mag|Ing|Mgr)\.\s*){0,2}`;
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:van|de|der|den|ter|von)\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;

const DEPUTY = /^(?:αντι|vice|vize|wice)/u;
const GREEK_GENITIVE_PLURAL = /^\p{Script=Greek}+[ωώ]ν(?:\s+\p{Script=Greek}+[ωώ]ν)+$/u;

export function introducedWithNoun(text: string, noun: string, at: number): string | null {
  // (`vị phó chủ tịch quận` after `ông X, Phó chủ tịch quận Hai Bà Trưng,`: Vietnamese sets the office after the name, vi-before.ts.)
  const vietnamese = vietnameseOfficeHolder(text, noun, at);
  if (vietnamese) return vietnamese;
  const word = noun.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (word.length < 4 || !/^[\p{Script=Latin}\p{Script=Greek}-]+$/u.test(word)) return null;
  // (`tränaren` for `tränare X`, `läraren` for `lärare X`: a Swedish noun in `-e` takes only `-n`, so `-en` is read off as `-n` too.)
  const swedishE = /[^e]en$/u.test(word) && word.length > 6 ? word.slice(0, -1) : word;
  const stems = [...new Set([word, DEFINITE_END.test(word) && word.length > 6 ? word.replace(DEFINITE_END, '') : word, swedishE])];
  // (No case folding: it would let the name's capitals match lower-case words. The noun's first letter may be either.)
  const alternatives = stems.map((stem) => `[${stem[0]}${stem[0]!.toUpperCase()}]${escape(stem.slice(1))}`).join('|');
  const pattern = new RegExp(String.raw`(?<![\p{L}])\p{L}*(?:${alternatives})\s*${BETWEEN}${TITLE}${NAME}(?![\p{L}])`, 'gu');
  const before = text.slice(0, at);
  let found: string | null = null;
  for (const match of before.matchAll(pattern)) {
    // (The noun's own letters decide, whatever their case: `Naczelnik` and `naczelnik` are one.)
    const head = match[0].split(/[\s,]+/u)[0]!.toLowerCase();
    // (Not a deputy's office, `αντιδήμαρχος`, `viceborgmester`, for the office itself.)
    // (`καθηγητής Διαχείρισης Δασικών Πόρων`: Greek words all in the genitive plural are the field a role is of, no name.)
    // (`Primátor Novej Dubnice X Y`: capitals going on past the two read are a place before the name; the last two are it.)
    const more = /^(?:\s+\p{Lu}[\p{Ll}-]+)+/u.exec(before.slice(match.index + match[0].length))?.[0] ?? '';
    const name = more ? `${match[1]!}${more}`.trim().split(/\s+/u).slice(-2).join(' ') : withGivenNameBetween(text, match[0], match[1]!);
    // (`Memar X Həsənovanın sözlərinə görə`: the name as the person goes by it, out of the case it stands in there.)
    if (stems.some((stem) => head.endsWith(stem)) && !(DEPUTY.test(head) && !DEPUTY.test(word)) && !GREEK_GENITIVE_PLURAL.test(match[1]!)) found = cleanName(name) || name;
  }
  return found;
}

/**
 * `El empresario Ramón Aguirre Beltrán … aseguró Aguirre`: a capitalised word between the noun and two more is a given name,
 * not a body or place (`Naczelnik TOPR X Y`, `Primátor Hradce X Y`), when the text names the person by the first of the two
 * alone, a family name then; the name is all three.
 */
function withGivenNameBetween(text: string, written: string, name: string): string {
  const between = /\s(\p{Lu}\p{Ll}+)\s+$/u.exec(written.slice(0, written.length - name.length))?.[1];
  if (!between) return name;
  const family = name.split(/\s+/u)[0]!;
  const alone = new RegExp(String.raw`(?<![\p{L}])(?<!\p{Lu}\p{L}*\s)${escape(family)}(?![\p{L}])(?!\s+\p{Lu})`, 'u');
  return alone.test(text) ? `${between} ${name}` : name;
}

/**
 * A description that is an article and one agent noun of these languages (`de leider`, `ordföranden`), not English
 * (its `the coach` is read by salience.ts): the person the text introduced with that noun, or null.
 */
const AGED_NOUN = /^(?:ο|η|der|die)\s+\d{1,3}(?:χρον\p{Ll}+|-jährige[rn]?)\s+(\p{L}{4,})$/u;

export function describedByNoun(text: string, phrase: string, at: number): string | null {
  // (`الوزير`, `השר`, `该部长`, `同社長`, `이 장관`: a definite role noun in a script without capitals, definite-role.ts.)
  const definite = introducedWithDefiniteRole(text, phrase, at, speakerBeforeInOtherLanguages) ?? thaiOfficeHolder(text, phrase.trim(), at);
  if (definite) return definite;
  // (`– აღნიშნა ექიმმა.` after `ექიმი X Y`: Georgian writes no capitals, so its names are read by their endings, ka.ts.)
  if (/^[\u10d0-\u10ff]/u.test(phrase.trim())) return georgianRoleHolder(text, phrase, at);
  // (`বললেন … এই অধিকারী` after `… অধিকারী X Y …`: the Bengali noun after "this", the person written right after it, bn-role-holder.ts.)
  // (Not Assamese, which shares the script and writes ৰ and ৱ: its agentive `-ই` glues to the name, assamese.test.ts.)
  const bengali = /^[\u0980-\u09ff]+$/u.test(phrase.trim()) && !/[ৰৱ]/u.test(text) ? bengaliRoleHolder(text, phrase, at) : null;
  if (bengali) return bengali;
  // (`કમિશનરના જણાવ્યા અનુસાર` after `કમિશનર ડૉ. X Y …`: the Gujarati office noun, the name written right after it, gu-role-holder.ts.)
  const gujarati = gujaratiRoleHolder(text, phrase, at);
  if (gujarati) return gujarati;
  // (`ο 61χρονος δήμαρχος`, `der 61-jährige Bürgermeister`: an age before the noun says nothing of who; the noun does.)
  const aged = AGED_NOUN.exec(phrase.trim())?.[1];
  if (aged) return introducedWithNoun(text, aged, at);
  const words = phrase.trim().split(/\s+/u);
  // (`— подытожил тренер гостей` after `Тренер гостей X`: a Cyrillic role of up to four lower-case words, ru-uk.ts.)
  if (words.length <= 4 && words.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word)) && /^\p{Script=Cyrillic}/u.test(phrase)) return introducedAs(text, phrase.trim(), at);
  // (`le maire`, `la dirigente`: a Romance article and a role noun too, latin-reader.ts anaphor.)
  if (words.length > 2 || /^(?:the|a|an)$/iu.test(words[0]!)) return null;
  // (`interroge sa compagne` after `X et sa compagne, Y Z,`: a possessive and a relation noun, the one the text introduced so.)
  if (words.length === 2 && POSSESSIVE.test(words[0]!) && /^\p{Ll}{4,}$/u.test(words[1]!)) return introducedWithNoun(text, words[1]!, at);
  // (`meint der Wirt` after `Hüttenwirt X`: a German office noun, the tail of the compound the text wrote before the name.)
  if (isNewLanguageAgentNoun(words.at(-1)!) || isForeignRoleNoun(words.at(-1)!) || (/^(?:der|die)$/u.test(words[0]!) && GERMAN_ROLE_NOUN.test(words.at(-1)!))) return introducedWithNoun(text, words.at(-1)!, at);
  // (`– sakė vairuotojas.` after `Autobuso vairuotojas Darius Petrauskas`: one lower-case noun no list holds, in a language
  // no module reads, stands for the person the text wrote it right before; never introduced so, it stays a description.)
  return words.length === 1 && /^\p{Ll}[\p{Ll}-]{4,}$/u.test(words[0]!) ? introducedWithNoun(text, words[0]!, at) : null;
}

/** Possessives of the Romance languages, German and English before a relation noun (`sa compagne`, `su esposa`, `seine Frau`). */
const POSSESSIVE = /^(?:sa|son|su|sua|suo|seu|sein|seine|ihr|ihre|his|her)$/iu;
