/**
 * The last look at each named speaker: the name is checked against the text's own mentions of that person, word
 * sequence by word sequence, so it works in scripts without capitals too.
 *
 * - A word glued to the name is dropped (`Keď Ján Bielik`, `Helju Saar Kaasiku külast`, `X Y দাবি`) when the rest is a
 *   full name the text writes on its own, no other mention of the person holds the word, and the word reads as no name
 *   part elsewhere (written in lower case, or before a lower-case word, or apart from the name in a script without capitals).
 * - A name cut short is widened (`Westdijk` → `Ronald Westdijk`, `Mohd Zaki` → `Mohd Zaki bin Abdullah`) to the one
 *   fullest form the text's speakers or person mentions hold that ends (or begins) with it; two such forms, two people.
 */
import { findPersonMentions } from './person-mentions';
import { PARTICLE, isTitle, looksLikePerson } from './names';

interface NamedSpan {
  speaker: string | null;
  speakerKind: 'name' | 'description' | null;
}

const WORD_EDGE = String.raw`[\p{L}\p{M}\p{N}]`;
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `ப.` and `ப` are one initial: words compare without a closing dot. */
const key = (word: string) => word.replace(/\.$/u, '').toLocaleLowerCase();
const wordsOf = (name: string) => name.split(/\s+/u).filter(Boolean);
const isCased = (word: string) => word.toLocaleLowerCase() !== word.toLocaleUpperCase();
const startsLower = (word: string) => isCased(word) && /^\p{Ll}/u.test(word);

/** Where `words` are written in the text as a run of their own (`Ján Bielik`, not inside `Jánošík`). */
function writtenAt(text: string, words: string[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const run = new RegExp(`(?<!${WORD_EDGE})${words.map(escaped).join('[^\\S\\n]+')}(?!${WORD_EDGE})`, 'giu');
  for (let match = run.exec(text); match; match = run.exec(text)) found.push({ start: match.index, end: match.index + match[0].length });
  return found;
}

const wordBefore = (text: string, at: number) => /(\S+)\s*$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
const wordAfter = (text: string, at: number) => /^\s*(\S+)/u.exec(text.slice(at, at + 60))?.[1] ?? '';
const bareWord = (word: string) => word.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}.]+$/gu, '');

/** `word` written elsewhere reads as no part of a name: `keď` in lower case; after the name, `Kaasiku küla` before a lower-case word. */
function readsAsNoName(text: string, word: string, rest: string[], side: 'before' | 'after'): boolean {
  if (startsLower(word)) return true;
  for (const { start, end } of writtenAt(text, [word])) {
    // (`Kelvin Addo Mensah`, then `Kelvin, …` and `Addo Mensah`: a given name alone before a comma is still a name; a
    // word before the name only goes when the text writes it in lower case.)
    if (side === 'before') {
      if (startsLower(text.slice(start, end))) return true;
      continue;
    }
    if (key(bareWord(wordBefore(text, start))) === key(rest[rest.length - 1]!)) continue;
    // (No capitals, no telling a glued word from a family name written alone: `भोला राम निषाद`, then `निषाद बस्ती`.)
    if (!isCased(word)) return false;
    const next = wordAfter(text, end);
    if (text.slice(start, start + word.length) !== word || !next || /^[^\p{L}\p{M}\p{N}]/u.test(next) || startsLower(bareWord(next))) return true;
  }
  return false;
}

/** The name with a glued word dropped at either end, while the rest is a full name the text writes on its own. */
function withoutGluedWords(text: string, name: string, speakers: string[]): string {
  let words = withoutLowerCaseOpening(wordsOf(name));
  for (let changed = true; changed && words.length >= 3; ) {
    changed = false;
    for (const side of ['before', 'after'] as const) {
      if (words.length < 3) break;
      const word = side === 'before' ? words[0]! : words[words.length - 1]!;
      const rest = side === 'before' ? words.slice(1) : words.slice(0, -1);
      const restEdge = side === 'before' ? rest[0]! : rest[rest.length - 1]!;
      if (isCased(restEdge) && startsLower(restEdge)) continue; // (`Ramon dela Cruz`: the particle starts no name)
      // (`Nərmin Əliyevanın`: the word inflected beside the rest is the same word, no mention without it.)
      const isTheWord = (beside: string) => key(bareWord(beside)).startsWith(key(word).slice(0, Math.max(3, key(word).length - 2)));
      const alone = writtenAt(text, rest).some(({ start, end }) => !isTheWord(side === 'before' ? wordBefore(text, start) : wordAfter(text, end)));
      // (`Pedro Sánchez Pérez`, then `Sánchez Pérez` speaking: the word is in the person's other mentions, a name part.)
      const inOtherMentions = speakers.some((other) => other !== name && wordsOf(other).some((w) => key(w) === key(word)) && containsRun(wordsOf(other), rest.slice(0, 1)));
      if (!alone || inOtherMentions || !readsAsNoName(text, word, rest, side)) continue;
      words = rest;
      changed = true;
    }
  }
  return words.join(' ');
}

const PATRONYMIC = /^(?:bin|binti|binte|bint|ibn)$/u;
const IS_PARTICLE = new RegExp(`^(?:${PARTICLE}|dela|ter|ten|zu|af|av|vom|zum|\\p{Ll}+[-'’].*)$`, 'u');
/**
 * `a visibly distressed Shamim Akhtar`: in a script with capitals no name opens with lower-case words but its particles
 * (`dela Cruz`, `van der Berg`); they go when a name of two words or more follows.
 */
function withoutLowerCaseOpening(words: string[]): string[] {
  let first = 0;
  while (first < words.length && startsLower(words[first]!) && !IS_PARTICLE.test(words[first]!)) first++;
  if (first === 0 || words.length - first < 2 || !/^\p{Lu}/u.test(words[first]!)) return words;
  return words.slice(first);
}

/**
 * `a visibly distressed`: an article, then long words (adverbs, adjectives) up to the name; short words inside are
 * prepositions (`starosta w rozmowie z Radiem X`, `a spokesperson for X`): the name is someone else, or a body.
 */
function readsAsEpithet(opening: string[]): boolean {
  return opening.length >= 2 && [...opening[0]!].length <= 3 && opening.slice(1).every((word) => [...word].length >= 4) && [...opening[opening.length - 1]!].length >= 5;
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => key(words[i + j]!) === key(w))) return true;
  return false;
}

/** `Westdijk` in a text naming `Ronald Westdijk` (and no other Westdijk): the fullest form, when only one person fits. */
function widened(name: string, forms: string[]): string {
  const words = wordsOf(name);
  const keys = words.map(key);
  const fits = (form: string) => {
    const formKeys = wordsOf(form).map(key);
    if (formKeys.length <= keys.length) return false;
    // (A full name already, `Jan Novák`, takes no word before it, `Hradce Jan Novák` being a place's genitive; `Dela Cruz`,
    // opening with a particle, still becomes `Ramon dela Cruz`.)
    const ends = keys.every((k, i) => formKeys[formKeys.length - keys.length + i] === k) && (keys.length === 1 || IS_PARTICLE.test(keys[0]!));
    // (Beginning with it: given names or an initial alone, `Anita`; `Tom Reyes` is never `Tom Reyes Jr.`, his son, and a
    // full name never takes `di <body>` or `of <place>` after it, though `bin Abdullah` is the name's own.)
    const tail = formKeys.slice(keys.length);
    const begins = keys.every((k, i) => formKeys[i] === k) && !/^(?:jr|sr|ii|iii|iv)\.?$/u.test(formKeys[formKeys.length - 1]!) &&
      (keys.length === 1 || !tail.some((word) => IS_PARTICLE.test(word) && !PATRONYMIC.test(word)));
    return ends || begins;
  };
  // (`SD di Amarasi Barat`: an acronym's run is a body, never a fuller name.)
  const fuller = [...new Set(forms.filter((form) => fits(form) && (!isCased(form) || looksLikePerson(form)) && !wordsOf(form).some((w) => /^\p{Lu}{2,}$/u.test(w))))];
  const fullest = fuller.filter((form) => !fuller.some((other) => other !== form && containsRun(wordsOf(other), wordsOf(form))));
  if (fullest.length !== 1) return name;
  const form = fullest[0]!;
  // (A title before the name is its office, not its name: `Senator Vance` never widens `Vance`.)
  if (wordsOf(form).some((w) => isTitle(w))) return name;
  return form;
}

/** `ப` read as a speaker where the text writes `ப. ராமசாமி`: an initial with its dot and the name after it. */
function initialWithName(text: string, name: string): string[] {
  if (wordsOf(name).length !== 1 || [...name].length > 2) return [];
  const run = new RegExp(`(?<!${WORD_EDGE})${escaped(name)}\\.[^\\S\\n]+([\\p{L}\\p{M}]+)`, 'gu');
  return [...text.matchAll(run)].map((match) => `${name}. ${match[1]}`);
}

/** `people`: the names of the people attribution found (lone-named-paragraph.ts), read again only when not given. */
export function withSpeakerNamesChecked<T extends NamedSpan>(text: string, spans: T[], people = new Set(findPersonMentions(text).map((mention) => mention.name))): T[] {
  const named = spans.filter((span) => span.speakerKind === 'name' && span.speaker);
  if (!spans.some((span) => span.speaker)) return spans;
  const speakers = [...new Set(named.map((span) => span.speaker!))];
  const checked = new Map<string, string>();
  const forms = [...speakers, ...people];
  for (const speaker of speakers) checked.set(speaker, withoutGluedWords(text, widened(speaker, [...forms, ...initialWithName(text, speaker)]), speakers));
  return spans.map((span) => {
    if (span.speakerKind === 'description' && span.speaker) {
      // (`said a visibly distressed Shamim Akhtar, 70,`: a description ending in a person the text names is that person.)
      const words = wordsOf(span.speaker);
      const person = withoutLowerCaseOpening(words).join(' ');
      return person !== span.speaker && people.has(person) && readsAsEpithet(words.slice(0, words.length - wordsOf(person).length)) && wordsOf(person).every((w) => /^\p{Lu}/u.test(w)) ? { ...span, speaker: person, speakerKind: 'name' as const } : span;
    }
    return span.speakerKind === 'name' && span.speaker && checked.get(span.speaker) !== span.speaker ? { ...span, speaker: checked.get(span.speaker)! } : span;
  });
}
