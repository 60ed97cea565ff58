/**
 * Amharic sets the subject before the quote and the verb after it: `<role> አቶ X Y፣ … «…» ብለዋል።` (Mr X Y … said), `ወ/ሮ X «…»
 * ሲሉ ተናግረዋል።`, `አቶ X በበኩላቸው «…»` (for his part), `አቶ X እንደሚሉት ግን፣ «…»` (as X says). After the quote a converb or a
 * relative of "say" may bring the subject: `«…» ያሉት ወ/ሮ X፣` (said Mrs X, who …), `«…» ሲሉ አሰልጣኙ ተናግረዋል።` (said the
 * coach: the one the text gave that office), `«…» ሲሉ ገልጸዋል።` (the verb alone: the subject is the one the words before
 * name). A sentence that names no one but ends `እንዲህ ብለዋል፦` (said thus:) leaves the subject to the sentence before; an age
 * (`የ34 ዓመቷ X`, the 34-year-old X) marks a bare name. The forms of address (አቶ, ወ/ሮ, ዶ/ር …) open the name and come off it.
 * The shared Ethiopic reading (names after forms of address, offices, stops) serves Tigrinya too (lang/ti.ts).
 */

import type { SpeakerPhrase } from '../cues';
import { described, lazy, officeDescriptor, person, type LanguageCues } from './shared';

export const ETHIOPIC = /[\u1200-\u139f]/u;
/**
 * Forms of address before a name, Amharic and Tigrinya spellings: Mr (አቶ, ኣቶ), Mrs (ወ/ሮ, ወይዘሮ), Miss, Dr, engineer, professor,
 * teacher, priest, sheikh, honourable, military ranks (fuller-names.ts reads them too).
 */
export const AMHARIC_ADDRESS =
  '(?:አቶ|ኣቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ወይዘሪት|ዶ/ር|ዶክተር|ኢ/ር|ኢንጂነር|ኢንጅነር|ፕ/ር|ፕሮፌሰር|መምህር|መምህርት|ቄስ|ቀሺ|ሼህ|ሼኽ|ሐጂ|ሓጂ|ክቡር|ክብርት|ሻምበል|ሻለቃ|ኮሎኔል|ጄኔራል|ሳጅን)';
/** The text's stops as the readers see them (script-stops.ts turns ። and ፣ into . and ,) and the Ethiopic colons and semicolon. */
export const ETHIOPIC_STOPS = '፣።፤፡፥፦«»“”",.:;!?';
const WORD = `[^\\s${ETHIOPIC_STOPS}]+`;
/** Words that follow a subject and are none of its name: for his/her/their part, also, but, as … says or said, and. */
const AMHARIC_PARTICLE = '(?:በበኩላቸው|በበኩሏ|በበኩሉ|እንደሚሉት|እንደምትለው|እንደሚለው|እንደገለጹት|እንደገለጸው|እንደገለጸችው|እንደተናገሩት|እንደተናገረው|እንደተናገረችው|እንደሚናገሩት|ግን|ደግሞ|ም|እና|አክለውም|አክሎም|አክላም)';

/** The Ethiopic letter of a syllable's sixth order (its bare consonant), for a noun's `-u` article (`መምህሩ` → `መምህር`). */
const sixthOrder = (letter: string) => String.fromCodePoint(letter.codePointAt(0)! + 4);
/** A syllable of the second order (`ሩ`, `ቡ`): a consonant with `u`, the article on a noun ending in a consonant. */
const isSecondOrder = (letter: string) => /[\u1200-\u1357]/u.test(letter) && (letter.codePointAt(0)! - 0x1200) % 8 === 1;
/** A labialised syllable (`ቧ`, `ሯ`): the feminine article or possessive on a noun (`ተማሪዋ`, `ልጇን`). */
const isLabialised = (letter: string) => /[\u1200-\u1357]/u.test(letter) && (letter.codePointAt(0)! - 0x1200) % 8 === 7;

/**
 * Whether a word after a given name may be the father's name. Not: a particle, a copula, a pronoun, a verb's ending
 * (`-ዋል`, `-ሏል`, `-ለች`), a noun with a preposition and an article or object ending (`በገበያው`, `ለልጆቻቸው`), or a
 * possessive's object (`ልጇን`). Names may open with the letters of a preposition (`በላይ`, `ለማ`, `ከበደ`): only with an
 * ending too is the word a noun.
 */
export function mayBeFatherName(word: string, notNames: RegExp): boolean {
  if (notNames.test(word) || word.length < 2) return false;
  // (Not `-ቸው` alone, their: a name may end so, `ጌታቸው`; with the object's `-ን` it is a noun.)
  if (/(?:ዋል|ሏል|ቷል|ሯል|ናል|ለች|ላለች|ናቸው|ነው|ናት|ነች|ቸውን|ኣሎ|እዩ|ኢዩ)$/u.test(word)) return false;
  const letters = [...word];
  const last = letters.at(-1)!;
  const beforeLast = letters.at(-2) ?? '';
  if (last === 'ን' && (isLabialised(beforeLast) || /[ውዋቱቷ]/u.test(beforeLast))) return false;
  // (`ከአመዱ`, "from the ashes", `በአዳራሹ`: a preposition written onto a word opening with a vowel's letter (አ, እ, ኦ, ዐ) is a
  // noun, never a name: no name opens with a preposition's syllable and then a vowel.)
  if (/^(?:በ|ለ|ከ|የ)[አእኦኢዐዓ]/u.test(word)) return false;
  return !(/^(?:በ|ለ|ከ|የ|ስለ|ወደ|እንደ|ካብ|ናብ|ምስ|ብ|ን)/u.test(word) && (/[ውዋቱቷኡ]$/u.test(word) || isLabialised(last)));
}

/**
 * Amharic words after a name that are not the father's name: particles, pronouns, copulas, conjunctions, and the nouns of
 * `እንደ X ገለጻ` ("as X explained", `አባባል`, `ማብራሪያ`).
 */
export const AMHARIC_NOT_NAME = lazy(() => new RegExp(`^(?:${AMHARIC_PARTICLE.slice(3, -1)}|እርሳቸው|እሳቸው|እሱ|እሷ|እነሱ|ናቸው|ነው|ናት|ነች|ሲሉ|ሲል|ስትል|ብለዋል|አሉ|አለ|አለች|ያሉት|ያለው|ያለችው|ከዚህ|በዚህ|ይህ|ያ|ሁሉ|ብቻ|እንጂ|ሆኖም|ገለጻ|ገለፃ|አባባል|ማብራሪያ|ትናንት|ዛሬ|ነገ|አሁን|ገና|ሁልጊዜ|ብዙ|በጣም|እንደገና)$`, 'u'));

/**
 * A father's name with the clitic `-ም` ("also", "too") off it: `አቶ X ታምሩም ተመሳሳይ ሐሳብ አላቸው` ("Mr X Tamru too thinks so").
 * Only after a `u` syllable or a bare consonant (`ታምሩም`, `ደሳለኝም`); names end in `-am`, `-im`, `-em`, `-om` (`ቢኒያም`,
 * `ኢብራሂም`, `ኤፍሬም`, `ክፍሎም`), which keep theirs.
 */
function withoutAlso(word: string): string {
  const letters = [...word];
  if (letters.length < 4 || letters.at(-1) !== 'ም') return word;
  const before = letters.at(-2)!;
  const bareConsonant = /[\u1200-\u1357]/u.test(before) && (before.codePointAt(0)! - 0x1200) % 8 === 5;
  return isSecondOrder(before) || bareConsonant ? letters.slice(0, -1).join('') : word;
}

/** A name after a form of address in a clause: the given name, and the father's name when the next word may be one. */
export interface AddressedName {
  name: string;
  /** Where the form of address begins in the clause: the words before it are the person's role. */
  at: number;
}

/** The last `<address> X (Y)` in the words: Y kept when `mayBeFatherName` allows it (a short name is made full later, fuller-names.ts). */
export function lastAddressedName(words: string, notNames: RegExp): AddressedName | null {
  // (`<office> መምህር ወ/ሮ X`: a form of address that is also an office, `መምህር`, before another: the name follows the last.)
  const pattern = new RegExp(`(?:^|\\s)${AMHARIC_ADDRESS}(?:\\s+${AMHARIC_ADDRESS})*\\s+(${WORD})(?:\\s+(${WORD}))?`, 'gu');
  let found: AddressedName | null = null;
  for (const match of words.matchAll(pattern)) {
    const given = match[1]!;
    if (!mayBeFatherName(given, notNames)) continue;
    const father = match[2] && mayBeFatherName(match[2], notNames) ? ` ${withoutAlso(match[2])}` : '';
    // (The role runs to the last form of address: an office before it (`መምህር`, teacher) is part of the role.)
    const lead = match[0].slice(0, match[0].lastIndexOf(given));
    const last = new RegExp(`${AMHARIC_ADDRESS}\\s+$`, 'u').exec(lead)!;
    found = { name: `${given}${father}`, at: match.index + last.index };
  }
  return found;
}

/** The words before a form of address in its clause, as the person's role (`የክለቡ አሰልጣኝ`), unless a conjunction or verb leads them. */
export function roleBefore(clause: string, at: number, notRole: RegExp): string | null {
  const role = clause.slice(0, at).trim().split(/\s+/u).filter(Boolean);
  return role.length > 0 && role.length <= 8 && !role.some((word) => notRole.test(word)) ? role.join(' ') : null;
}

/**
 * Amharic nouns for a person by trade or office (student, merchant, worker, resident, doctor, nurse, teacher, driver, head,
 * expert, owner, mother, father, farmer, youth, athlete, coach, director, manager, chair, mayor, spokesperson, police officer,
 * journalist, researcher): only these, with their article, stand for someone (`አሰልጣኙ`); `ገበያው`, the market, for no one.
 */
const AMHARIC_PERSON_NOUN = /^(?:ተማሪ|ነጋዴ|ሰራተኛ|ሠራተኛ|ነዋሪ|ሐኪም|ሃኪም|ነርስ|መምህር|መምህርት|ሹፌር|አሽከርካሪ|ኃላፊ|ሃላፊ|ባለሙያ|ባለቤት|እናት|አባት|ገበሬ|አርሶ አደር|ወጣት|አትሌት|ተጫዋች|አሰልጣኝ|ዳይሬክተር|ሥራ አስኪያጅ|ስራ አስኪያጅ|ሊቀመንበር|ከንቲባ|ቃል አቀባይ|ኮሚሽነር|ፖሊስ|ጋዜጠኛ|ተመራማሪ|ርዕሰ መምህር)$/u;

/** The office a noun with its article stands for (`ኃላፊው`, `መምህሩ`, `ተማሪዋ` → `ኃላፊ`, `መምህር`, `ተማሪ`), if a person's noun. */
export function officeOf(noun: string): string | null {
  const letters = [...noun];
  const last = letters.at(-1)!;
  if (letters.length < 3) return null;
  const rest = letters.slice(0, -1).join('');
  // (`-ው`, `-ዋ` after a vowel; on a consonant `-u` and `-wa` change its letter, `መምህሩ`, `ተጫዋቿ`.)
  const stem = last === 'ው' || last === 'ዋ' ? rest : isSecondOrder(last) ? `${rest}${sixthOrder(last)}` : isLabialised(last) ? `${rest}${String.fromCodePoint(last.codePointAt(0)! - 2)}` : null;
  return stem && AMHARIC_PERSON_NOUN.test(stem) ? stem : null;
}

/** The last sentence of a frame, its own stop taken off (`… ናቸው።` is read whole, not as the empty words after the stop). */
// (A dot between digits is no stop: `ለኤፍ ኤም 96.4 እንደተናገሩት`, "as he told FM 96.4".)
export const lastSentence = (frame: string) => frame.replace(/[\s.።]+$/u, '').split(/(?:[።!?]|\.(?!\d)|(?<!\d)\.)\s*/u).at(-1)!.trim();

/** The clause a name stands in: the words since the last comma before it. */
const clauseAround = (sentence: string, at: number) => sentence.slice(sentence.lastIndexOf(',', at) + 1);

/** Words that open no role: conjunctions and adverbs opening a sentence, verbs, pronouns. */
const AMHARIC_NOT_ROLE = /^(?:ሲሉ|ሲል|ስትል|በማለት|ብለው|ያሉት|ያለው|ያለችው|ያሉ|ይሁን|እንጂ|ነገር|ግን|ሆኖም|በተጨማሪም|በዚህም|ስለዚህ|እንዲሁም|ከዚያም|ደግሞ|እርሳቸውም|እርሳቸው|ሲሉ|ብለዋል|ተናግረዋል)$|(?:ዋል|ሏል|ቷል|ለች)$/u;

/** Converbs and relatives of "say" that open the words after a quote: saying (ሲሉ, ሲል, ስትል, በማለት, ብለው), who said (ያሉት, ያለው, ያለችው). */
const AMHARIC_SAYING = '(?:ሲሉ|ሲል|ስትል|በማለት|ብለው|ብሎ|ብላ|ያሉት|ያለው|ያለችው|ያሉ)';
/** Finite verbs of saying ending a tag: said, told, explained, added, stressed, pointed out, asked, answered. */
const AMHARIC_SAID = /^(?:ብለዋል|ብሏል|ብላለች|አሉ|አለ|አለች|ተናግረዋል|ተናግሯል|ተናግራለች|ገልጸዋል|ገልጿል|ገልጻለች|አክለዋል|አክሏል|አክላለች|አስረድተዋል|አስረድቷል|ጠቁመዋል|ጠቁሟል|አሳስበዋል|ጠይቀዋል|መልሰዋል|አስታውቀዋል|አስታውቋል)$/u;

const patterns = lazy(() => ({
  // (`«…» ይህን ያሉት <role> አቶ X Y ናቸው።`, "the one who said this is Mr X Y": the object "this" before the relative.)
  saying: new RegExp(`^[\\s,]*(?:(?:ይህን|ይህንን|ይህንኑ|ይህንም|ይሄን|ይሄንን)\\s+)?${AMHARIC_SAYING}\\s+`, 'u'),
  /** `የ34 ዓመቷ X`, `የ45 ዓመቱ X` (the 34-year-old X): the word after an age is a name. */
  // (A trade may stand between, `የ52 ዓመቱ ገበሬ X Y`: the farmer X Y.)
  aged: new RegExp(`(?:^|\\s)የ\\s?\\d{1,3}\\s+ዓመ(?:ቷ|ቱ)\\s+(?:${AMHARIC_PERSON_NOUN.source.slice(1, -1)}\\s+)?(${WORD})(?:\\s+(${WORD}))?`, 'u'),
  /** `<noun with its article> X Y ደግሞ` (the student X Y, on the other hand): a name between an office and a particle. */
  roleNamed: new RegExp(`(?:^|\\s)(${WORD})\\s+(${WORD})\\s+(${WORD})\\s+(?:ደግሞ|በበኩላቸው|በበኩሏ|በበኩሉ)(?=\\s|$)`, 'u'),
  /** `ስማቸው እንዳይገለጽ የጠየቁ …` (who asked that their name not be given): someone unnamed on purpose. */
  withheld: /ስማቸው|ስሟ|ስሙ/u,
}));

/**
 * The subject of a tag after its converb: a name after a form of address, or an office with its article before the verb
 * of saying that ends the tag (`ሲሉ አሰልጣኙ ተናግረዋል`: the coach, one or two words), or none.
 */
export function subjectAfterSaying(words: string, notNames: RegExp, said: RegExp, office: (noun: string) => string | null): SpeakerPhrase | null {
  const named = lastAddressedName(words, notNames);
  if (named) return person(named.name);
  const tag = words.trim().split(/\s+/u);
  if (tag.length < 2 || tag.length > 3 || !said.test(tag.at(-1)!)) return null;
  // (`ቃል አቀባዩ`: an office of two words, its article on the last.)
  const holder = (tag.length === 3 ? office(`${tag[0]} ${tag[1]}`) : null) ?? office(tag.at(-2)!);
  if (holder) return officeDescriptor(holder);
  // (`ሲሉ ነዋሪዎቹ ተናግረዋል`, the residents said: a plural noun with its article, `-ቹ`, `-ዎች`, is a group, no one person.)
  if (/(?:ቹ|ዎች|ኞች)$/u.test(tag.at(-2)!) && !/^(?:በ|ለ|ከ|ወደ)/u.test(tag.at(-2)!)) return described(tag.slice(0, -1).join(' '));
  // (`«…» ሲል ዮሐንስ ተናግሯል።`: a name written bare, with no form of address, between the converb and the verb, as a paper writes
  // a young or ordinary person's; not a word with a preposition, `ሲሉ ለጋዜጠኞች ተናግረዋል` (told the journalists), nor an adverb.)
  const bare = tag.slice(0, -1);
  return bare.every((word) => mayBeFatherName(word, notNames) && !BARE_NOT_NAME.test(word)) ? person(bare.join(' ')) : null;
}

/** Words between a converb and a verb of saying that name no one: a preposition's word, a plural, "adding", "again", "in writing". */
const BARE_NOT_NAME = /^(?:በ|ለ|ከ|ወደ|ስለ|እንደ|ለነ)|(?:ች|ቹ|ቸው|ኛ)$|^(?:አክለው|አክሎ|አክላ|ጨምረው|ጨምሮ|ደግመው|ደግሞ|በድጋሚ|በጽሑፍ|በጽሁፍ)$/u;

export const amharic: LanguageCues = {
  applies: (frame) => ETHIOPIC.test(frame),
  after(frame) {
    const line = frame.split(/[.።\n]/u)[0]!;
    const saying = patterns().saying.exec(line);
    if (!saying) return null;
    const words = line.slice(saying[0].length).replace(/[\s,]+$/u, '');
    // (`ያሉት ወ/ሮ X፣`: the relative's subject follows it and a comma closes it; after a converb a verb ends the words.)
    return subjectAfterSaying(words, AMHARIC_NOT_NAME(), AMHARIC_SAID, officeOf);
  },
  // (The role stays off the speaker here: definite-role.ts may read it with `amharicIntroduced`.)
  before: (frame) => withoutRole(amharicIntroduced(lastSentence(frame))),
};

/** A person's reading without the role written before their name (`የልብስ ነጋዴ አቶ X Y` is X Y). */
export const withoutRole = (found: SpeakerPhrase | null): SpeakerPhrase | null => (found?.role ? person(found.phrase) : found);

/**
 * The person an Amharic sentence names as its subject, with the role written before the name (`<role> አቶ X Y፣ …`): the
 * subject of the words before a quote, or whom an office with its article (`አሰልጣኙ`) points back at.
 */
export function amharicIntroduced(sentence: string): SpeakerPhrase | null {
  const named = lastAddressedName(sentence, AMHARIC_NOT_NAME());
  // (`ስማቸው እንዳይገለጽ የጠየቁ አንድ ነዋሪ፣`: someone who would not be named, described.)
  if (patterns().withheld.test(sentence) && !named) return described(sentence.split(',')[0]!);
  if (named) {
    const clause = clauseAround(sentence, named.at);
    const at = named.at - (sentence.length - clause.length);
    return person(named.name, roleBefore(clause, at, AMHARIC_NOT_ROLE));
  }
  const aged = patterns().aged.exec(sentence);
  if (aged && mayBeFatherName(aged[1]!, AMHARIC_NOT_NAME())) return person(`${aged[1]}${aged[2] && mayBeFatherName(aged[2], AMHARIC_NOT_NAME()) ? ` ${aged[2]}` : ''}`);
  const roleNamed = patterns().roleNamed.exec(sentence);
  if (roleNamed && officeOf(roleNamed[1]!) && mayBeFatherName(roleNamed[2]!, AMHARIC_NOT_NAME()) && mayBeFatherName(roleNamed[3]!, AMHARIC_NOT_NAME())) return person(`${roleNamed[2]} ${roleNamed[3]}`, roleNamed[1]);
  // (`አሰልጣኙ ደግሞ፣ «…»`: an office with its article opening the words: the one the text gave that office.)
  const opening = /^(\S+)\s+(?:አክለውም|አክሎም|አክላም|በበኩላቸው|በበኩሉ|በበኩሏ|ደግሞ)\s*,?$/u.exec(sentence);
  const holder = opening ? officeOf(opening[1]!) : null;
  return holder ? officeDescriptor(holder) : null;
}
