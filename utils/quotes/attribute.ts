/**
 * Gives each quoted span its speaker, reading the words around the quotation marks:
 * `"…," Kim said`, `said Kim`, `Kim, the leader, told …`, `Kim said: "…"`, `according to Kim`,
 * and, for a quote with no attribution of its own, the speaker of the utterance it continues.
 *
 * The attribution is a small explicit model, one rule file per step:
 *   cues.ts      the words beside the quote give a speaker phrase: a name, a pronoun or a description;
 *   entities.ts  every person mention in the text resolves to one entity (full name, gender, age, roles);
 *   salience.ts  pronouns and definite descriptions ("the 71-year-old") resolve to an entity by salience;
 *   roles.ts     roles in one normal form, learned once and carried to the person's later quotes.
 * A speaker is an entity's full name, or a description as written when no person fits ("a ministry
 * spokeswoman"); never an outlet (names.ts `isOutlet`, including the page's own site name).
 */

import type { TextRange } from '../text';
import { insideSpans, wordCount, type QuoteSpan } from './find';
import { kickerAfter, openingTag, signatureAfter } from './signatures';
import { isAttributedRightAfter, mentionsSpeech, sentenceSubject, speakerAfter, speakerBefore, type SpeakerKind, type SpeakerPhrase } from './cues';
import { descriptionGender, learnGenders, pronounGender, type Referent } from './coreference';
import { ROLE_NOUNS } from './roles';
import { buildEntities, learnRole, officeOf, roleAt, type EntityBook } from './entities';
import { Salience } from './salience';
import { isTitleCased } from './filter';
import { lastSentence, sentenceBoundaries, sentenceEnd } from './sentences';
import { earlierSentencesOfParagraph, frameAfter, frameBefore, lineEnd, lineStart, sentenceBefore } from './frames';
import { fullerNameBefore } from './lang/fuller-names';
import { introducedInParagraph, latestNamed, roleFromIntroduction } from './lang/introduced';
import { isAnonymousElsewhere } from './lang/anonymous';
import { opensWithNewPerson } from './lang/clause-opening';
import { introducedAs, thusSaidNext } from './lang/ru-uk';
import { introducedBeforeNewLanguageQuote } from './lang/newlang-introduced';
import { cleanName, NAME_RUN } from './names';
import { findPersonMentions, isNicknameSpan, type PersonMention } from './person-mentions';
import { familyBearers, resolveName } from './name-resolution';
import { isOutlet } from './outlets';
import { introducesNextQuote } from './next-tag';
import { descriptorWords, latestIsPrincipal } from './spokesperson';
import { askedIn, isAnswer } from './answers';
import { messageSigner } from './message-signer';
import { bodyShortNames } from './body-names';
import { ARABIC, HAN, HANGUL, HEBREW, KANA, THAI, mayHold } from './scripts-present';

export type { SpeakerKind };

/**
 * Where the speaker came from: the quote's own sentence (`after` it or `before` it), the quote it
 * continues, or the sentence before it (`context`). Only the first two show the words were said.
 */
export type AttributionSource = 'after' | 'before' | 'continued' | 'context';

export interface AttributedSpan extends QuoteSpan {
  speaker: string | null;
  /** The speaker's role or title, kept apart from the name; null when the text gives none. */
  role: string | null;
  speakerKind: SpeakerKind | null;
  attribution: AttributionSource | null;
  /** Where the words the attribution read the speaker from stand in the text (a name, a pronoun, a description); null when unknown. */
  speakerMention?: TextRange | null;
}

export interface AttributionOptions {
  /** The page's own site name ("The Daily Gazette"): an outlet, never a speaker. */
  siteName?: string;
}

export function attributeSpeakers(text: string, spans: QuoteSpan[], options: AttributionOptions = {}): AttributedSpan[] {
  const inside = insideSpans(text.length, spans);
  const isInside = (at: number) => inside[at] === 1;
  const people = findPersonMentions(text, isInside);
  const genders = learnGenders(text, people);
  const book = buildEntities(text, people, genders, isInside);
  const salience = new Salience(book);
  const isSpeakerOutlet = (phrase: string) => isOutlet(phrase, options.siteName);
  const result: AttributedSpan[] = [];
  let bodies: Set<string> | undefined;

  spans.forEach((span, i) => {
    // `Marjorie “Miss Marj” Bynoe`: a nickname is no one's words, and must not become the latest speaker.
    if (isNicknameSpan(text, span.outerStart, span.outerEnd)) {
      result.push({ ...span, speaker: null, role: null, speakerKind: null, attribution: null, speakerMention: null });
      return;
    }
    const previous = result[i - 1];
    const signed = signatureAfter(text.slice(span.outerEnd, span.outerEnd + 300));
    const own = signed ? { phrase: signed, side: 'after' as const } : findSpeakerPhrase(text, span, spans[i - 1], spans[i + 1], spans[i + 2], isSpeakerOutlet, spans[i - 2]);
    // `"A," Dunn said. "B." Ward agreed.`: one who agrees in a sentence of his own answers B; B goes on Dunn's turn.
    const answered = own?.side === 'after' && /[.!?]$/.test(span.text) && REACTION_SENTENCE.test(text.slice(span.outerEnd, span.outerEnd + 200));
    const kept = answered && previous?.speaker && continuedSpeaker(text, previous, span, () => false) ? null : own;
    let found = kept?.phrase ?? null;
    let attribution: AttributionSource | null = kept?.side ?? null;
    const isSomeoneElse = (sentence: string) => {
      // `Um funcionário …, que pediu para não ser identificado, admitiu…`: someone new, unnamed (lang/clause-opening.ts).
      if (opensWithNewPerson(sentence.replace(/^[\s.!?"”’']+/, ''))) return true;
      const subject = sentenceSubject(sentence.replace(/^[\s.!?"”’']+/, ''));
      // (`Por enquanto, …`, `Poi …`: a capitalised first word the text never gives in full is no person.)
      const name = subject && subject.kind === 'name' && !subject.pronoun ? resolveName(subject.phrase, people) : null;
      return !!name && name !== previous?.speaker && /\s/.test(name);
    };
    // `Stephanopoulos pressed Reyes: "…?"` then `"Absolutely."`: the answer is the one asked's, not a continuation (answers.ts).
    const answeredBy = !found && previous?.text.endsWith('?') && isAnswer(span.text) ? askedPerson(askedIn(cueSentence(text, spans[i - 1]!, previous.attribution)), null, people, book) : null;
    const continued = answeredBy ?? (!found && previous ? continuedSpeaker(text, previous, span, isSomeoneElse) : null);
    if (continued) attribution = 'continued';
    // `Kim was asked, "…?"`: the quote was put to the sentence's subject, by someone the sentence does not name.
    const putToSubject = !found && PUT_TO_SUBJECT.test(frameBefore(text, span, spans[i - 1]));
    if (!found && !continued && !putToSubject) {
      // A quote standing alone after the sentence that introduces it: `Kim defended the plan. "It works."`
      const introduction = sentenceBefore(text, span, spans[i - 1]);
      // (`«…»` as a paragraph, then `Так ситуацию прокомментировала X.`: the paragraph after names the speaker, lang/ru-uk.ts.)
      const thus = span.fullSentence ? thusSaidNext(text, span.outerEnd) : null;
      found = thus ?? answerer(introduction, span) ?? speakerBefore(introduction) ?? (span.fullSentence ? knownSubject(sentenceSubject(introduction), people, introduction) : null);
      // `Trump spoke for an hour. The crowd loved it. "…"`: failing that, the sentences before it in its paragraph.
      for (const earlier of span.fullSentence && !found ? earlierSentencesOfParagraph(text, span, spans[i - 1]) : []) {
        found = speakerBefore(earlier) ?? knownSubject(sentenceSubject(earlier), people, earlier);
        if (found) break;
      }
      if (found && isSpeakerOutlet(found.phrase)) found = null;
      if (found) attribution = 'context';
    }
    let speaker = continued;
    let mention = continued ? (previous?.speakerMention ?? null) : found && !found.dropped ? mentionOf(text, found.phrase, attribution, span) : null;
    // Caseless scripts: a pronoun or dropped subject after a paragraph that introduces someone is them (lang/introduced.ts).
    const introduced = found && (found.dropped || found.pronoun) ? (introducedInParagraph(text, span.outerStart) ?? introducedBeforeNewLanguageQuote(text, span.outerStart, span.outerEnd)) : null;
    if (introduced) {
      found = introduced;
      mention = mentionOf(text, introduced.phrase, 'context', span);
    }
    // `— поделилась молодая мама`: a descriptor is the person the story just named (lang/introduced.ts).
    // `een woordvoerder van zorgverzekeraar X` … `aldus de woordvoerder`: the spokesperson stays unnamed (spokesperson.ts).
    const unnamedSpokesperson = !!found?.descriptor && !!found.role && latestIsPrincipal(text, book.mentions, span.outerStart, found.role);
    // (`мастер говорил:` after `скрипичный мастер X`: the one the text introduced with that noun, lang/ru-uk.ts.)
    const described = found?.descriptor && !unnamedSpokesperson ? (found.role ? introducedAs(text, found.role, span.outerStart) : null) ?? latestNamed(text, book.mentions, (name) => book.entities.get(name)?.gender ?? book.genders.get(name) ?? null, span.outerStart, found.gender ?? null) : null;
    if (described) {
      speaker = { name: described, kind: 'name' };
    } else if (unnamedSpokesperson) {
      speaker = { name: descriptorWords(text.slice(span.outerEnd, span.outerEnd + 120), found!.role!), kind: 'description' };
    } else if (found?.dropped) {
      speaker = salience.dropped(span.outerStart);
      // A subject left out (Japanese `「…」と述べた。`) and no one salient yet: whom the sentence before names.
      const named = speaker ? null : speakerBefore(sentenceBefore(text, span, spans[i - 1]));
      if (named && !named.pronoun) speaker = resolve(named, people, book, salience, span.outerStart, isSpeakerOutlet);
      if (named && !named.pronoun && speaker) mention = mentionOf(text, named.phrase, 'context', span);
    } else if (found?.pronoun) {
      // `One care assistant, who …, said …. "…," she said`: the unnamed person the paragraph opens with, no one named since.
      const unnamed = /^(?:he|she)$/i.test(found.phrase) ? unnamedOpener(text, span.outerStart, book, found.phrase) : null;
      // `The CEO ended the call. "…," she said`: the person a described subject of the sentence before stands for.
      // `Meeks asked whether she could see it. "No," she answered.`: the one who asked is not who answers.
      const asker = askerOf(sentenceBefore(text, span, spans[i - 1]), found.phrase, cueSentence(text, span, attribution), people);
      // `Stephanopoulos asked Reyes about the polls. "…," he said`: the one asked answers (answers.ts).
      const asked = isAnswer(span.text) && !asker ? askedPerson(askedIn(sentenceBefore(text, span, spans[i - 1])), found.phrase, people, book) : null;
      speaker = unnamed ?? describedSubject(sentenceBefore(text, span, spans[i - 1]), found.phrase, book, salience, span.outerStart) ?? asked ?? salience.pronoun(found.phrase, span.outerStart, asker);
      // `seen by the Northern Ledger. … "…," she said`: an outlet is never who "she" is.
      if (speaker?.kind === 'name' && (isSpeakerOutlet(speaker.name) || book.entities.get(speaker.name)?.outlet)) speaker = null;
    } else if (found?.kind === 'description' && (ANONYMOUS_SOURCE.test(cueSentence(text, span, attribution)) || isAnonymousElsewhere(cueSentence(text, span, attribution)) || unnamedInParagraph(text, span.outerStart, book))) {
      // `said the mother, who asked not to be named`: the text says this speaker has no name, so no named person is them.
      speaker = isSpeakerOutlet(found.phrase) ? null : { name: found.phrase, kind: 'description' };
    } else if (found) {
      speaker = resolve(found, people, book, salience, span.outerStart, isSpeakerOutlet);
      // `"…," said the Dutchman`: a description standing for the one person its paragraph names (salience.ts soleNamed).
      const sole = speaker?.kind === 'description' ? salience.soleNamed(found.phrase, introducingParagraphStart(text, span.outerStart, book), span.outerStart) : null;
      if (sole) speaker = { name: sole, kind: 'name' };
      // `"…," the statement said.` after `in a statement signed by X`: the signer (message-signer.ts).
      const signer = speaker?.kind === 'description' ? messageSigner(found.phrase, text, span.outerStart, people) : null;
      if (signer) speaker = { name: resolveName(signer, people, book.genders) || signer, kind: 'name' };
      // `Aurelian said` after `Boston-based Aurelian Therapeutics`: a body's short name is no person (body-names.ts).
      if (speaker?.kind === 'name' && !speaker.name.includes(' ') && (bodies ??= bodyShortNames(text)).has(speaker.name) && !people.some((person) => person.name.split(' ').includes(speaker!.name))) speaker = { name: speaker.name, kind: 'description' };
      // Names in scripts without capitals are not among `people`: 山田 (山田太郎) and حسن (أحمد حسن) are earlier speakers.
      if (speaker && mayHold(CASELESS_SCRIPTS, speaker.name) && CASELESS_NAME.test(speaker.name)) {
        const fuller = salience.fullerSpeaker(speaker.name) ?? fullerNameBefore(text, speaker.name, span.outerStart);
        speaker = typeof fuller === 'string' ? { name: fuller, kind: 'name' } : (fuller ?? speaker);
      }
    }
    // "قالت ليلى", "sagt die 72-Jährige": a cue that reveals the speaker's gender teaches it for later pronouns.
    if (speaker && found?.gender && !book.genders.has(speaker.name)) book.genders.set(speaker.name, found.gender);
    // `"…," he says` resolved to someone the text gave no gender: the pronoun gives it, for the "she" that follows.
    const pronounGiven = speaker?.kind === 'name' && found?.pronoun && !found.gender ? pronounGender(found.phrase) : null;
    if (pronounGiven && !book.genders.has(speaker!.name) && !book.entities.get(speaker!.name)?.gender) book.genders.set(speaker!.name, pronounGiven);
    // The cue's own role ("Tom Reyes, the city's treasurer, said") is learned for later quotes too.
    const cueAt = attribution === 'after' ? span.outerEnd : span.outerStart;
    if (speaker?.kind === 'name' && found?.role) learnRole(book, speaker.name, cueAt, found.role);
    const role = speaker?.kind === 'name' ? (roleAt(book, speaker.name, lineEnd(text, cueAt)) ?? found?.role ?? roleFromIntroduction(text, speaker.name, span.outerStart)) : null;
    // `said Tom Reyes and Ana Lopez`: the pair stays salient as a group, for the "they added" that follows.
    const partner = speaker?.kind === 'name' && found?.pairedWith ? resolveName(found.pairedWith, people, book.genders) : '';
    if (speaker) salience.noteSpeaker(speaker, span.outerStart, partner && partner !== speaker.name ? `${speaker.name} and ${partner}` : undefined);
    result.push({ ...span, speaker: speaker?.name ?? null, role, speakerKind: speaker?.kind ?? null, attribution: speaker ? attribution : null, speakerMention: speaker ? mention : null });
  });
  return result;
}

type Speaker = Referent;

/** A sentence of its own whose subject agrees or disagrees, with nothing after the verb: `Quarterback Eli Ward agreed.` */
const REACTION_SENTENCE = /^\s+\p{Lu}[^.!?"“”\n]{0,80}?\s(?:agreed|agrees|disagreed|disagrees|concurred|concurs)\.(?:\s|$)/u;

/** A paragraph opening with an unnamed person: "One care assistant, …", "A woman who …", "Another patient, …". */
// (`A retired schoolteacher among the depositors, …`: the noun phrase ends before its preposition.)
const UNNAMED_OPENER = /^(?:One|A|An|Another)\s+((?:(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))(?=[\s,])(?!\s+(?!(?:among|of|at|from|in|with|on|near|outside|for|who)\s)[\p{Ll}-]+[\s,])/u;

function unnamedOpener(text: string, at: number, book: EntityBook, pronoun: string): Speaker | null {
  const start = lineStart(text, at);
  if (book.mentions.some((mention) => mention.at >= start && mention.at < at)) return null;
  const match = UNNAMED_OPENER.exec(text.slice(start, at));
  const head = match?.[2] ?? '';
  if (!match || !(ROLE_NOUNS.has(head) || /(?:[^e]er|or|ist|ant|ent|man|woman)$/.test(head))) return null;
  const gender = descriptionGender(match[0]);
  return gender && gender !== pronounGender(pronoun) ? null : { name: match[0], kind: 'description' };
}

/** The full name of the one a question was put to, when a pronoun cue (`he`) may stand for them. */
function askedPerson(asked: string | null, pronoun: string | null, people: PersonMention[], book: EntityBook): Speaker | null {
  if (!asked) return null;
  const name = resolveName(asked, people, book.genders);
  const gender = book.entities.get(name)?.gender ?? book.genders.get(name) ?? null;
  const wanted = pronoun ? pronounGender(pronoun) : null;
  if (pronoun && (/^they$/i.test(pronoun) || (gender && wanted && gender !== wanted))) return null;
  return { name, kind: 'name' };
}

/** The person the described subject of the sentence before stands for ("The CEO" -> the chief executive), when the pronoun fits. */
function describedSubject(sentence: string, pronoun: string, book: EntityBook, salience: Salience, at: number): Speaker | null {
  const subject = /^(?:The|the)\s/.test(sentence) ? sentenceSubject(sentence) : null;
  const person = subject?.kind === 'description' ? salience.description(subject.phrase, at) : null;
  const gender = person ? (book.entities.get(person)?.gender ?? book.genders.get(person)) : null;
  return person && (!gender || gender === pronounGender(pronoun)) ? { name: person, kind: 'name' } : null;
}

/** `One shareholder, who asked not to be named, said …. “…,” the investor said.`: the paragraph gave its source no name, and names no one. */
function unnamedInParagraph(text: string, at: number, book: EntityBook): boolean {
  const start = lineStart(text, at);
  return ANONYMOUS_SOURCE.test(text.slice(start, at)) && !book.mentions.some((mention) => mention.at >= start && mention.at < at);
}

/** Words saying a source is left unnamed on purpose: "who asked not to be named", "on condition of anonymity". */
const ANONYMOUS_SOURCE = /\b(?:(?:asked|requested|wished|wanted|preferred|declined|refused)\s+(?:not\s+)?to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name)|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|granted)\s+anonymity)/i;

/** The words of the quote's cue sentence: after the closing mark for a cue after it, else before the opening mark. */
function cueSentence(text: string, span: QuoteSpan, attribution: AttributionSource | null): string {
  if (attribution === 'after') {
    const rest = text.slice(span.outerEnd, Math.min(lineEnd(text, span.outerEnd), span.outerEnd + 300));
    return rest.slice(0, sentenceEnd(rest));
  }
  return lastSentence(text.slice(Math.max(lineStart(text, span.outerStart), span.outerStart - 300), span.outerStart));
}

/** `Tapper asked Trump whether he would win.` and then `"Absolutely."`: the one asked answers. */
const ASKED_SOMEONE = new RegExp(`\\basked\\s+(${NAME_RUN})\\s+(?:whether|if|about|what|why|how|when|who)\\b`, 'u');

/** A question put to someone the sentence calls by a pronoun: `asked him how`, `asked whether she could`. */
const ASKED_PRONOUN = /\basked\s+(?:(him|her)\b|(?:whether|if|how|why|what|when|where|who)\s+(he|she)\b)/u;
/** A cue that goes on asking rather than answering: `she pressed`, `he added`. */
const ASKING_CUE = /\b(?:asked|asks|pressed|presses|added|adds|continued|continues|went\s+on|goes\s+on|followed\s+up)\b/u;

/**
 * The named subject of a sentence that puts a question to someone it calls by the same pronoun as the
 * answer's cue (`Carraway asked him how common it was.` then `"…," he conceded.`): the asker, who does not
 * answer. A question with no pronoun for the one asked (`The mayor asked whether anyone had read it.`)
 * may be the speaker's own, and so may a cue that goes on asking (`he pressed`).
 */
function askerOf(sentence: string, pronoun: string, cue: string, people: PersonMention[]): string | undefined {
  const asked = ASKED_PRONOUN.exec(sentence);
  const called = (asked?.[1] ?? asked?.[2] ?? '').toLowerCase();
  if (!asked || ASKING_CUE.test(cue) || pronounGender(called === 'him' ? 'he' : called === 'her' ? 'she' : called) !== pronounGender(pronoun)) return undefined;
  const subject = sentenceSubject(sentence.replace(/^[\s.!?"”’']+/, ''));
  return subject?.kind === 'name' && !subject.pronoun ? resolveName(cleanName(subject.phrase) || subject.phrase, people) : undefined;
}

function answerer(introduction: string, span: QuoteSpan): SpeakerPhrase | null {
  const asked = /\?\s*$/.test(span.text) ? null : ASKED_SOMEONE.exec(introduction);
  const name = asked ? cleanName(asked[1] ?? '') : '';
  return name ? { phrase: name, kind: 'name', pronoun: false } : null;
}

/** A letter or digit: a mention is a whole word, so "he" is not found inside "the". */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** How far from the quote the speaker phrase is looked for, as the cue readers read. */
const MENTION_REACH = 700;

/**
 * Where `phrase` (read from the words around the quote) stands in the text: the first whole-word
 * occurrence after the quote for a cue after it, else the last one before the quote.
 */
function mentionOf(text: string, phrase: string, side: AttributionSource | null, span: QuoteSpan): TextRange | null {
  if (!phrase) return null;
  // Scripts without spaces, and those that attach particles (Korean 은, Arabic و), have no word edges to check.
  const bounded = SPACED_SCRIPT.test(phrase);
  const whole = (at: number) => !bounded || (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + phrase.length] ?? ''));
  if (side === 'after') {
    const limit = span.outerEnd + MENTION_REACH;
    for (let at = text.indexOf(phrase, span.outerEnd); at >= 0 && at < limit; at = text.indexOf(phrase, at + 1)) {
      if (whole(at)) return { start: at, end: at + phrase.length };
    }
    return null;
  }
  const floor = Math.max(0, span.outerStart - MENTION_REACH);
  // (At offset 0, lastIndexOf(phrase, -1) finds offset 0 again: stop there, or a phrase opening the text that is no whole word loops.)
  for (let at = text.lastIndexOf(phrase, span.outerStart - phrase.length); at >= floor; at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1) {
    if (whole(at)) return { start: at, end: at + phrase.length };
  }
  return null;
}

const PUT_TO_SUBJECT = /(?<![\p{L}])(?:was|were|is|are|been|being)\s+(?:asked|told|questioned|pressed)(?:\s+(?!by\b)[\p{L}’'-]+){0,4}\s*[,:]?\s*$/u;

/** A one-word name in a script without capitals, which person mentions never hold. */
// (`عبد الفتاح`: an Arabic family name of two words, lang/fuller-names.ts.)
const CASELESS_SCRIPTS = HAN | KANA | HANGUL | ARABIC | HEBREW | THAI;
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]+$|^(?:عبد|أبو|أبي|بن|ابن|آل|بو)\s\p{Script=Arabic}+$/u;

/**
 * A sentence's subject as the speaker of the quote after it, when it may be a person: not one
 * capitalised word the text never gives a full name for ("Reactions poured in.", "Voices").
 */
function knownSubject(subject: SpeakerPhrase | null, people: PersonMention[], sentence: string): SpeakerPhrase | null {
  // "The crowd loved it.": a described subject introduces a quote only when its sentence reports speech;
  // "They also lie in a dead zone.": nor does "they", a group, unless it speaks.
  if ((subject?.kind === 'description' || (subject?.pronoun && /^they$/i.test(subject.phrase))) && !mentionsSpeech(sentence)) return null;
  if (!subject || subject.kind !== 'name' || subject.pronoun || /\s/.test(subject.phrase)) return subject;
  return /\s/.test(resolveName(subject.phrase, people)) ? subject : null;
}

/** The last few distinct speakers, latest last: a short name in a caseless script may stand for one. */
/**
 * A full name for a short one, and a named person for "the senator" or "the 71-year-old"; other
 * descriptions ("a ministry spokeswoman") stay as written. Outlets are never speakers.
 */
function resolve(found: SpeakerPhrase, people: PersonMention[], book: EntityBook, salience: Salience, at: number, isSpeakerOutlet: (phrase: string) => boolean): Speaker | null {
  if (isSpeakerOutlet(found.phrase) || (found.role && isOutlet(found.role))) return null;
  if (found.kind === 'description') {
    const person = salience.description(found.phrase, at);
    return person ? { name: person, kind: 'name' } : { name: found.phrase, kind: 'description' };
  }
  const name = resolveName(found.phrase, people, book.genders);
  if (!name || book.entities.get(name)?.outlet) return null;
  // `"…" Voting began.`: the fallback's one word is a speaker only as the short form of a name given in full.
  if (found.loose && !name.includes(' ')) return null;
  // `"…," Vance, the former president, said`: of several Vances, the one the text gave that office.
  const office = found.role ? officeOf(found.role) : '';
  const holder = office ? familyBearers(found.phrase, people)?.find((bearer) => book.entities.get(bearer)?.offices.has(office)) : undefined;
  return { name: holder ?? name, kind: 'name' };
}

function findSpeakerPhrase(
  text: string,
  span: QuoteSpan,
  previousSpan: QuoteSpan | undefined,
  nextSpan: QuoteSpan | undefined,
  nextFrameEnd: QuoteSpan | undefined,
  isSpeakerOutlet: (phrase: string) => boolean,
  previousFrameStart?: QuoteSpan,
): { phrase: SpeakerPhrase; side: 'after' | 'before' } | null {
  // `Ana Lopez, wearing a "Vote Yes" pin, said`: a few quoted words inside the frame do not end it.
  const frameEnd = nextSpan && wordCount(nextSpan.text) <= 3 && !/[.!?]/.test(text.slice(span.outerEnd, nextSpan.outerStart)) ? nextFrameEnd : nextSpan;
  // `Kim, on Channel 9's "Meet the Mayor," said, "…"`: nor does a show's title before the quote.
  const frameStart = previousSpan && isOwnedTitle(text, previousSpan) && !/[.!?]/.test(text.slice(previousSpan.outerEnd, span.outerStart)) ? previousFrameStart : previousSpan;
  const after = () => {
    const frame = frameAfter(text, span, frameEnd);
    // `"Will you run?" He said no.`: a capitalised pronoun after a finished sentence opens a new one.
    if (/[.!?]$/.test(span.text) && /^(?:He|She|They)\s/.test(frame)) return null;
    // `Kim said: "A." Lee added: "B."`: Lee's tag opens B (next-tag.ts).
    if (introducesNextQuote(text, span, nextSpan)) return null;
    // `«…». Parola di X.`: a stop right after the closing mark, then the kicker sentence.
    const kicker = /[.!?]$/.test(span.text) ? frame : /^[.!?]$/.test(frame) ? sentenceAfterStop(text, span.outerEnd) : '';
    return speakerAfter(frame) ?? (/[,!?]$/.test(span.text) ? openingTag(frame) : null) ?? (kicker ? kickerAfter(kicker) : null);
  };
  const before = () => speakerBefore(frameBefore(text, span, frameStart));
  // `When Kim wrapped up — "…" — the crowd cheered`: words set off by dashes inside a clause are its subject's.
  const dashedFrame = DASH_AFTER.test(text.slice(span.outerEnd, span.outerEnd + 3)) ? frameBefore(text, span, frameStart) : '';
  const dashed = DASH_BEFORE.test(dashedFrame);
  const interjected = dashed ? interjectedBy(dashedFrame) : null;
  if (interjected) return { phrase: interjected, side: 'before' };
  // A whole-sentence quote is usually attributed after it; a few quoted words belong to the sentence
  // around them, unless a comma closes them and the verb follows at once (`calling it “a buffoon,” Kim said`).
  // But `"A," Park said, "and b," she added, "and c."`: a part opening in lower case after `Park said,`
  // goes on the previous part's sentence, so the attribution before it is its own.
  const goesOn = !!previousSpan && /^\p{Ll}/u.test(span.text) && /,\s*$/.test(text.slice(previousSpan.outerEnd, span.outerStart));
  const closedByComma = !goesOn && /,\s*$/.test(span.text) && isAttributedRightAfter(text.slice(span.outerEnd, span.outerEnd + 120));
  const sides = span.fullSentence || closedByComma ? (['after', 'before'] as const) : (['before', 'after'] as const);
  for (const side of sides) {
    if (dashed && side === 'after') continue;
    const phrase = side === 'after' ? after() : before();
    // "the Post reported": an outlet relays the words, so look on for who said them.
    if (!phrase || isSpeakerOutlet(phrase.phrase)) continue;
    // `김 시장은 “….”라고 말했다`, `王明表示：“…。”他说`: a pronoun or dropped subject after the quote yields to a name in its own sentence before it.
    if (side === 'after' && (phrase.pronoun || phrase.dropped) && ownSentenceNames(frameBefore(text, span, previousSpan), span.text)) {
      const named = before();
      if (named && !named.pronoun && !named.dropped && !isSpeakerOutlet(named.phrase)) return { phrase: named, side: 'before' };
    }
    return { phrase, side };
  }
  return null;
}

/** The sentence after the stop that follows a closing mark, in the same paragraph: `». Parola di X, …` gives `Parola di X, …`. */
function sentenceAfterStop(text: string, at: number): string {
  const rest = text.slice(at, Math.min(lineEnd(text, at), at + 300));
  const stop = /^[.!?]\s+/.exec(rest);
  return stop ? rest.slice(stop[0].length, stop[0].length + sentenceEnd(rest.slice(stop[0].length))) : '';
}

/** A quote between two dashes inside a sentence: `… — "…" — …`. */
const DASH_BEFORE = /\s(?:[—–]|--)\s*$/;
const DASH_AFTER = /^\s*(?:[—–]|--)/;

/** A clause opener before the subject of a clause that a quote interrupts: "When Kim wrapped up — …". */
const CLAUSE_OPENER = /^(?:When|As|After|Before|While|Once|Until|Then|And|But|So)\s+/;

/**
 * The named subject (or pronoun) of the clause a quote set off by dashes interrupts:
 * `When Kim finally wrapped up — "I will win!" — the balloons fell` is Kim's. A described subject
 * (`The crowd's chant — "…" — grew louder`) gives nothing, and the words after the second dash are
 * the clause going on, not a tag.
 */
function interjectedBy(frame: string): SpeakerPhrase | null {
  const clause = frame.replace(/\s*(?:[—–]|--)\s*$/, '').trim().replace(CLAUSE_OPENER, '');
  const subject = sentenceSubject(clause);
  return subject?.kind === 'name' ? subject : null;
}

/** `CNN's "State of the Union"`: a title-cased name owned by someone is a show or a book, as filter.ts reads it. */
function isOwnedTitle(text: string, span: QuoteSpan): boolean {
  // (`موضحاً لـ"الاقتصادية اليوم" أن "…"`, `אמר ל"חדשות השרון" כי "…"`: the outlet spoken to, a name in marks, ends no frame either.)
  // (`لشركة "أملاك الخليج" للاستشارات`, `חברת "שומרה"`: a body's name in marks after its noun, too.)
  if (wordCount(span.text) <= 4 && mayHold(ARABIC | HEBREW, text.slice(Math.max(0, span.outerStart - 12), span.outerStart)) && /(?:^|\s)[وف]?لـ?\s*$|(?:^|\s)ו?ל-?$|(?:^|\s)[وفبل]?(?:ل)?(?:شركة|مؤسسة|جمعية|مجموعة|مركز|مطعم|فندق|برنامج|مبادرة|حملة|مشروع|تطبيق|منصة|دار)\s*$|(?:^|\s)ו?(?:חברת|עמותת|תוכנית|מבצע|מיזם|פרויקט|מסעדת|מלון|אפליקציית)\s*$/u.test(text.slice(Math.max(0, span.outerStart - 12), span.outerStart))) return true;
  return isTitleCased(span.text) && /[’']s\s*$/.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart));
}

/** A colon before the quote (`X said: "…"`), or a caseless script and no stop between the words and the quote. */
function ownSentenceNames(frame: string, quoted: string): boolean {
  return /[:：]\s*$/.test(frame) || (!/[\p{Lu}\p{Ll}]/u.test(quoted) && !/[.!?。！？]["”’'»」』]?\s*$/.test(frame));
}


/** Where the paragraph that introduces a quote's speaker starts: the quote's own, or the one before it when its own names nobody before the quote. */
function introducingParagraphStart(text: string, at: number, book: EntityBook): number {
  const own = text.lastIndexOf('\n', at - 1) + 1;
  if (book.mentions.some((mention) => mention.at >= own && mention.at < at)) return own;
  let end = own - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

/**
 * `"A," he said. "B."`: a quote with no attribution of its own continues the previous speaker when
 * only that attribution stands between them, in the same paragraph or right across a paragraph break.
 */
function continuedSpeaker(text: string, previous: AttributedSpan, span: QuoteSpan, isSomeoneElse: (sentence: string) => boolean): Speaker | null {
  if (!previous.speaker || !previous.speakerKind) return null;
  const between = text.slice(previous.outerEnd, span.outerStart);
  if (between.length > 250) return null;
  // `Trump said: "A."` then `Clinton responded.` and `"B."`: a paragraph about someone else ends the turn.
  // (`"A," Xinhua wrote. "B."`: after a quote closed by a comma, the sentence between is its tag.)
  const prose = previous.attribution !== 'after' && !/,$/.test(previous.text) ? OWN_SENTENCE.exec(between) : null;
  if (prose && isSomeoneElse(prose[0])) return null;
  // `… as “domestic.” Asked about it today, Okwuosa laughs. “…”`: a whole sentence about someone else inside the paragraph too.
  const inline = previous.attribution === 'before' && /[.!?]$/.test(previous.text) ? /^\s+(\p{Lu}[^"“”\n]*[.!?])\s*$/u.exec(between) : null;
  if (inline && isSomeoneElse(inline[1]!)) return null;
  const inner = sentenceBoundaries(between).filter((at) => /\p{L}/u.test(between.slice(at)));
  return inner.length === 0 ? { name: previous.speaker, kind: previous.speakerKind } : null;
}

/** A whole paragraph of prose between two quotes' paragraphs, or the prose opening the next quote's paragraph (`Schneider, por enquanto, não pensa em desistir. "…"`). */
const OWN_SENTENCE = /(?<=\n)[ \t]*\p{Lu}[^\n]*[.!?]["”’']?[ \t]*(?=\n|$)/u;
