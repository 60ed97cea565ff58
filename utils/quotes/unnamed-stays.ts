/**
 * An unnamed speaker stays unnamed, in every language and script.
 *
 * `unnamedTag`: a quote whose tag has an indefinite or plural subject is that description, never the name of someone
 * else in the paragraph: after the quote (`said another councillor`, `», raconte une habitante`, `dijeron varios
 * vecinos`, `" residents said`, `“, sagten Anwohner`), before it (`Un agent, sous couvert d’anonymat, confirme :`,
 * `Bir esnaf, "…" dedi`, `ある漁師は「…」`, `익명을 요구한 한 간호사는 "…"`, `תושב אחד … אמר:`, read by
 * unnamed-introduction.ts), or as a source (`In the words of one parent,`). A name set beside the description
 * (`said a resident, Maria Lopez`) names the person, and a speaker the cue reads as a person the text names is kept.
 *
 * `unnamedSinceNamed`: a pronoun, a verb with no subject, a bare quote or `the woman` after a sentence that brought in an
 * unnamed person who spoke or asked not to be named (`Une commerçante, qui n’a pas souhaité donner son nom, l’a
 * critiqué. « … », a-t-elle ajouté.`) is that person while no one is named after that sentence; names inside it
 * (`criticó a la alcaldesa Ana Gil`) are objects, not who speaks next.
 *
 * Also: the tag after a Korean or Japanese quote read as a sentence opening after the quotative particle (`"…"고 한
 * 주민이 말했다`, `「…」と近くに住む女性は話した`); and an unnamed speaker of the quote before goes on for a left-out subject
 * or a pronoun of their gender while no one is named between (`김모(60)씨는 "…"며 "…"고 말했다`), not for the answer to a
 * question they asked.
 *
 * Only closed classes are listed here: indefinite articles, "one (of)", quantifiers, pronouns, articles,
 * prepositions and adverbs of time; nouns are read by the person-noun shapes of unnamed-introduction.ts.
 */

import { descriptionGender, type Gender, type Referent } from './coreference';
import type { EntityBook } from './entities';
import type { QuoteSpan } from './find';
import type { PersonMention } from './person-mentions';
import { lazyPattern, type SpeakerPhrase } from './speaker-phrase';
import { ONE_NAME_GIVEN } from './person-mentions';
import { mentionsSpeech } from './cues';
import { lineEnd, lineStart } from './frames';
import { isUnnamedOnPurpose } from './lang/anonymous';
import { lastSentence, sentenceEnd } from './sentences';
import { hanIsFamilyName, introductionIn, isEnglishPerson, isOtherPerson, SPEAKS_BUT_NO_PERSON, type UnnamedIntroduction } from './unnamed-introduction';

/** English determiners (`a`, `one` are words of other languages too: Portuguese and Hungarian `a` is "the"): read only after an English verb. */
const ENGLISH_INDEFINITE = String.raw`(?:one\s+of\s+(?:the|his|her|their|its)|an?|one|another|several|some|many|two|three|four)`;
// (Russian and Ukrainian have no articles: "local" before the noun, `местная жительница`, brings in someone new.)
const INDEFINITE = String.raw`(?:un|une|una|uno|un[’']|um|uma|ein|eine|einer|een|ett|bir|seorang|один|одна|одно|некий|некая|якийсь|якась|местн\p{L}+|місцев\p{L}+|otro|otra|outro|outra|altro|altra|другой|другая|інший|інша)`;
/** "One", "another" standing alone after the verb (`said one.`, `«…», dijo otra.`). */
const ALONE = String.raw`(?:one|another|otro|otra|outro|outra|un\s+autre|une\s+autre|un\s+altro|un[’']altra|ein\s+anderer|eine\s+andere|другой|другая|інший|інша)`;
const ONE_OF = String.raw`(?:uno\s+de\s+(?:los|sus)|una\s+de\s+(?:las|sus)|(?:uno|una)\s+(?:dei|degli|delle)|l?[’']?une?\s+des|um\s+dos|uma\s+das|(?:einer|eine)\s+der|een\s+van\s+de|(?:один|одна)\s+(?:из|з|із))`;
/** Quantifiers before a plural: a group, unnamed too. */
const QUANTIFIER = String.raw`(?:varios|varias|algunos|algunas|muchos|muchas|dos|tres|plusieurs|certains|certaines|deux|trois|alcuni|alcune|diversi|diverse|molti|molte|due|tre|vários|várias|alguns|algumas|muitos|muitas|dois|duas|três|mehrere|einige|viele|zwei|drei|несколько|многие|двое|трое|кілька|багато|двоє|троє)`;
const INDEFINITE_OPENING = lazyPattern(() => new RegExp(`^(?:${INDEFINITE}|an?|one|another)\\s`, 'iu'));
const ENGLISH_SAYS = String.raw`(?:said|says|told|tells|added|adds|explained|recalled|wrote|insisted|noted|agreed|admitted|complained|warned|replied|argued|confirmed|remarked)`;
const PRONOUN = String.raw`(?:he|she|they|it|we|i|you|il|elle|ils|elles|on|nous|vous|je|él|ella|ellos|ellas|ele|ela|eles|elas|lui|lei|loro|er|sie|es|wir|ich|он|она|они|він|вона|вони|я|мы|ми)`;
const ARTICLE = String.raw`(?:the|la|le|el|il|lo|los|las|les|l[’']|o|os|as|der|die|das|den|dem|des|his|her|their|its|его|её|її)`;
// (With the prepositions of an audience: `preguntó ante un grupo de vecinos`, `a parlé devant une foule`, the listeners, never the speaker, lang/tag-words.ts.)
const PREPOSITION = String.raw`(?:to|at|in|on|for|with|by|from|about|into|a|à|al|ao|au|aux|de|en|em|no|na|nel|nella|alla|zu|zum|zur|mit|bei|von|vor|für|gegen|im|an|am|auf|у|в|на|с|к|для|до|по|о|об|перед|від|з|із|para|por|per|con|com|su|sur|dans|chez|pour|avec|par|entre|sobre|durante|während|nach|après|después|dopo|depois|ante|perante|diante|davanti|devant|davant|delante|frente|contra|contre|contro|tras|sin|sem|senza|sans|hacia|verso|vers|sob|sotto|sous|desde|depuis)`;
/** Words opening a reported clause: its subject is what was said about, never a speaker (`», e ricorda che molti soci non …`). */
const COMPLEMENTIZER = String.raw`(?:che|que|that|dass|daß|что|що|że|že)`;
/** A lower-case word of the tag before its subject: a verb or adverb, not a pronoun subject, an article opening a definite one, or a `that`. */
const TAG_WORD = String.raw`(?!(?:${PRONOUN}|${ARTICLE}|${COMPLEMENTIZER})\s)(?![\p{Ll}-]*-t-(?:il|elle|on)\b)\p{Ll}[\p{Ll}’'-]*`;
/** The description: its determiner, then words up to a comma, a stop, a relative pronoun or a preposition's complement. */
// (Not an adverb of time or measure: `dijo una vez`, `a dit une fois`, `sagte einmal ein paar`.)
const NOT_A_PERSON = String.raw`(?!(?:vez|veces|día|dia|fois|jour|volta|giorno|momento|poco|rato|año|ano|an|année|anno|Mal|Tag|Jahr|paar|bisschen|peu|pouco|po[’']|time|day|bit|lot|while|moment|year|раз|день|момент))`;
const words = (determiner: string) => String.raw`((?:${determiner})\s+${NOT_A_PERSON}[^\s,.;:!?"“”«»„]+(?:\s+(?!(?:who|whose|which|that|qui|que|che|der|die|das|den|который|которая|який|яка)\s)[^\s,.;:!?"“”«»„]+){0,4}?)`;
const DESCRIPTION = words(`${ONE_OF}|${INDEFINITE}|${QUANTIFIER}`);
const ENGLISH_DESCRIPTION = words(ENGLISH_INDEFINITE);
const END = String.raw`(?=\s*(?:[,.;:!?]|$|\s(?:who|whose|which|that|qui|que|che|der|die|das|den|который|которая|який|яка)\s))`;
/** Where the tag starts after the closing mark: spaces, a comma, a dash. */
const LEAD = String.raw`^[\s,;]*(?:[—–-]\s*)?`;

// (Built on first use, like the patterns of patterns.ts: most pages never read an unnamed tag.)
const VERB_THEN_DESCRIPTION = lazyPattern(() => new RegExp(`${LEAD}(?:${TAG_WORD}\\s+){0,2}(?!${PREPOSITION}\\s)${TAG_WORD}\\s+${DESCRIPTION}${END}`, 'u'));
/** English: a verb of saying, then the description (`said another councillor`), or the description first (`," another councillor said`). */
const ENGLISH_VERB_THEN_DESCRIPTION = lazyPattern(() => new RegExp(`${LEAD}${ENGLISH_SAYS}(?:\\s+\\p{Ll}+ly)?\\s+${ENGLISH_DESCRIPTION}${END}`, 'u'));
const DESCRIPTION_THEN_VERB = lazyPattern(() => new RegExp(`${LEAD}${ENGLISH_DESCRIPTION}\\s+${ENGLISH_SAYS}\\b`, 'u'));
const ONE_ALONE = lazyPattern(() => new RegExp(`${LEAD}(?:${TAG_WORD}\\s+){0,2}?${TAG_WORD}\\s+(${ALONE})\\s*(?:[.;!?]|$)`, 'u'));
/** English bare plurals (`" residents said`, `said parents.`) and German plural verbs before a bare noun (`“, sagten Anwohner.`). */
const PLURAL_THEN_VERB = /^[\s,;]*(\p{Ll}+s)\s+(?:said|say|told|added|explained|complained|agreed|warned)\b/u;
const VERB_THEN_PLURAL = /^[\s,;]*(?:said|say)\s+(\p{Ll}+s)(?:\s+(?:of|from|in|at|on|near|outside)\s+[^.,;:!?"“”]{1,40})?\s*(?:[.,;]|$)/u;
const GERMAN_PLURAL = /^[\s,;]*\p{Ll}+en\s+(?:(?:auch|noch|dann|nun|später|damals)\s+)?(\p{Lu}\p{Ll}+)\s*(?:[.,;]|$)/u;
/** A source: `In the words of one parent,`, `Según una vecina,`, `По словам одной из жительниц,`. */
const ACCORDING = lazyPattern(() => new RegExp(`(?:^|[,;]\\s*|\\s)(?:(?:according\\s+to|in\\s+the\\s+words\\s+of)\\s+(${ENGLISH_INDEFINITE}\\s+[^,.;:!?"“”«»„]{1,60}?)|(?:selon|d[’']après|según|de\\s+acuerdo\\s+con|segundo|de\\s+acordo\\s+com|secondo|stando\\s+a|laut|по\\s+словам|за\\s+словами)\\s+((?:${ONE_OF}|${INDEFINITE})\\s+[^,.;:!?"“”«»„]{1,60}?))\\s*,?\\s*$`, 'iu'));
/** A cheap test before ACCORDING, which tries every word of the sentence. */
const SOURCE_WORD = /according|words\s+of|selon|après|según|acuerdo|segundo|acordo|secondo|stando|laut|словам/iu;
const ARABIC_APPOSITIVE = /^\s*،\s*((?:(?!(?:في|من|على|عن|إلى|خلال|مع|بعد|قبل|الذي|التي|وهو|وهي|ال)\p{Script=Arabic}*\s)\p{Script=Arabic}{2,}\s+){1,2}(?!ال)\p{Script=Arabic}{2,})\s*[:،]\s*$/u;
/** Words pointing back (`この`, `这位`, `이`): someone the story has, not someone new. */
const DEMONSTRATIVE = /^(?:この|その|あの|这|這|该|該|此|那|이\s|그\s|해당\s)/u;
/** `who gave only his first name, Karim`: the one name the person goes by (person-mentions.ts reads it). */
const oneNameGiven = lazyPattern(() => new RegExp(ONE_NAME_GIVEN.source.replace(/,\?\\s\+\$$/u, ''), 'u'));
/** Verbs of asking: the one asked answers the next quote, not the unnamed asker (asked.ts, press-asker.ts). */
const ASKS = /(?<![\p{L}])(?:asked|asks|questioned|wanted\s+to\s+know|preguntó|pregunta|a\s+demandé|demande|fragte|fragt|ha\s+chiesto|chiede|perguntou|pergunta|спросил|спросила|спитав|спитала|سأل|سألت|שאל|שאלה|问|問|質問|물었)/u;
/** The quotative particle or comma after a quote in Korean, Japanese or Chinese, before the tag's subject. */
const CJK_QUOTATIVE = /^\s*(?:(?:이)?라고|고|と(?:して)?|[，,、])\s*(?=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d])/u;
/** A full name right after the description and a comma: `a resident, Maria Lopez`. */
const NAME_BESIDE = /^\s*,\s*(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+/u;

/** The description as written. */
function unnamed(phrase: string): SpeakerPhrase {
  return { phrase, kind: 'description', pronoun: false, unnamed: true };
}

/** Whether a description's nouns may be a person (a document or a body that "says" is left to the other readers). */
function mayBePerson(phrase: string): boolean {
  return !phrase.split(/\s+/u).slice(1).some((word) => SPEAKS_BUT_NO_PERSON.test(word) || SPEAKS_BUT_NO_PERSON.test(word.toLowerCase()));
}

/** The unnamed subject of the tag after the quote, or null. */
function tagAfter(text: string, span: QuoteSpan): SpeakerPhrase | null {
  const rest = text.slice(span.outerEnd, Math.min(lineEnd(text, span.outerEnd), span.outerEnd + 200));
  const clause = rest.slice(0, sentenceEnd(rest));
  const alone = ONE_ALONE().exec(clause);
  if (alone) return unnamed(alone[1]!);
  const match = ENGLISH_VERB_THEN_DESCRIPTION().exec(clause) ?? DESCRIPTION_THEN_VERB().exec(clause) ?? VERB_THEN_DESCRIPTION().exec(clause);
  if (match) {
    const after = clause.slice(match.index + match[0].length);
    return NAME_BESIDE.test(after) || !mayBePerson(match[1]!) ? null : unnamed(match[1]!);
  }
  const plural = PLURAL_THEN_VERB.exec(clause) ?? VERB_THEN_PLURAL.exec(clause);
  if (plural && isEnglishPerson(plural[1]!.replace(/ies$/u, 'y').replace(/s$/u, ''))) return unnamed(plural[1]!);
  const german = GERMAN_PLURAL.exec(clause);
  if (german && isOtherPerson(german[1]!)) return unnamed(german[1]!);
  // (`"…"고 한 주민이 말했다`, `「…」と近くに住む女性は話した`: after the quotative particle, the sentence's subject as if it opened one.)
  const quotative = CJK_QUOTATIVE.exec(clause);
  const subject = quotative ? introductionIn(clause.slice(quotative[0].length)) : null;
  return subject && !hanIsFamilyName(subject.phrase, text.slice(0, span.outerStart)) ? unnamed(subject.phrase) : null;
}

/** The unnamed subject of the sentence the quote stands in, before it: an introduction there, or a source. */
function tagBefore(text: string, span: QuoteSpan, introductions: UnnamedIntroduction[], book: EntityBook): SpeakerPhrase | null {
  const from = Math.max(lineStart(text, span.outerStart), span.outerStart - 300);
  const sentence = lastSentence(text.slice(from, span.outerStart));
  const start = span.outerStart - sentence.length;
  // (A quote standing as a sentence of its own after this one is read by unnamedSinceNamed.)
  // (Only a tag that introduces the quote: a colon or comma before the mark, or a subject's particle, `ある漁師は「`;
  // `… because he “liked being needed” has been jailed` is words inside the writer's sentence.)
  if (!/(?:[:,،，：]|[はが는은이가]|\s(?:said|says|told|added|asked)|\s(?:dijo|dice|dit|sagte|sagt|disse|diz|ha\s+detto|dice))\s*$/u.test(sentence)) return null;
  const source = SOURCE_WORD.test(sentence) ? ACCORDING().exec(sentence) : null;
  const sourcePhrase = source?.[1] ?? source?.[2];
  if (sourcePhrase) return mayBePerson(sourcePhrase) ? unnamed(sourcePhrase.trim()) : null;
  const introduction = introductions.filter((entry) => entry.at >= start && entry.at < span.outerStart).at(-1);
  // (`この男性は`, `这位…`: a demonstrative points back at someone the story has, lang/definite-role.ts.)
  if (!introduction || DEMONSTRATIVE.test(introduction.phrase) || oneNameGiven().test(sentence)) return null;
  // (`A spokesman for Gov. Jane Doe, Tom Roe, said:`, `一位摊主陈刚说`: a name set off by commas after it, or right after it, is the person.)
  // (The phrase may stand after a verb opening the sentence: `وقال أحد المنظمين`.)
  const found = text.slice(introduction.at, span.outerStart).toLowerCase().indexOf(introduction.phrase.toLowerCase());
  const phraseAt = found < 0 ? -1 : introduction.at + found;
  const phraseEnd = (phraseAt < 0 ? introduction.at : phraseAt) + introduction.phrase.length;
  const beside = book.mentions.find((mention) => mention.at >= phraseEnd && mention.at < span.outerStart && /^(?:\s*|\s*[,،、，]\s*(?:(?!(?:who|whose|which|that|qui|que|che|der|die|das|den|dont|cuyo|cuya)\s)\p{Ll}[\p{L}-]*\s+){0,2})$/u.test(text.slice(phraseEnd, mention.at)));
  if (beside) return /^\s*$/u.test(text.slice(phraseEnd, beside.at)) && /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(introduction.phrase) ? null : { phrase: beside.name, kind: 'name', pronoun: false };
  // (`وقال أحد المنظمين، خالد يوسف:`: Arabic names have no capitals; two or three words set off after it, none a particle or with the article.)
  const arabicName = ARABIC_APPOSITIVE.exec(text.slice(phraseEnd, span.outerStart));
  if (arabicName) return { phrase: arabicName[1]!, kind: 'name', pronoun: false, role: introduction.phrase };
  // (Written as the text has it: `Un agent`, `Ein Fischer`.)
  const written = phraseAt >= 0 ? text.slice(phraseAt, phraseEnd) : text.slice(introduction.at, introduction.at + introduction.phrase.length);
  return unnamed(written.toLowerCase() === introduction.phrase.toLowerCase() ? written : introduction.phrase);
}

/**
 * The unnamed person the quote's own tag names, when the cue read none, read no one the text names in full
 * (`Anwohner`, a Korean family-name syllable, a Hebrew clause), or read a description; else null.
 */
export function unnamedTag(text: string, span: QuoteSpan, own: { phrase: SpeakerPhrase; side: 'after' | 'before' } | null, introductions: UnnamedIntroduction[], book: EntityBook, people: PersonMention[]): { phrase: SpeakerPhrase; side: 'after' | 'before' } | null {
  const read = own?.phrase;
  // (A pronoun names whom the paragraph has; a descriptor read like one, `— поделилась молодая мама`, may still be someone new.)
  if (read && read.kind === 'name' && read.pronoun && !read.dropped && !read.descriptor) return null;
  // (`Una vecina de barrio Belgrano`: a word after an indefinite role read as a name; attribute.ts keeps it a description.)
  if (read && read.kind === 'name' && read.role && INDEFINITE_OPENING().test(read.role)) return null;
  // (A full name in capitals, or one the text's people hold, is the person the tag names.)
  if (read && read.kind === 'name' && !read.pronoun && (/^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+$/u.test(read.phrase) || people.some((person) => person.name.includes(' ') && (person.name === read.phrase || person.name.split(' ').includes(read.phrase))))) return null;
  const after = own?.side !== 'before' ? tagAfter(text, span) : null;
  const before = after ? null : own?.side !== 'after' || read?.dropped ? tagBefore(text, span, introductions, book) : null;
  const found = after ? { phrase: after, side: 'after' as const } : before ? { phrase: before, side: 'before' as const } : null;
  // (A description the cue read keeps its words, `A spokesperson for Gov. Jane Doe`; it only stays unnamed.)
  if (found && own && read?.kind === 'description' && found.phrase.kind === 'description') return { phrase: { ...read, unnamed: true }, side: own.side };
  return found;
}

/** Whether someone named holds the noun as an office, role or description (`the grazier` for `X, a grazier`). */
function heldByNamed(book: EntityBook, noun: string): boolean {
  const word = noun.toLowerCase();
  return [...book.entities.values()].some((person) => [...person.offices, ...person.descriptions, ...person.roles.map((entry) => entry.role)].some((said) => said.toLowerCase().split(/[\s-]+/u).includes(word)));
}

/** Generic nouns a tag uses for anyone (`the woman said`): the unnamed person just brought in, whatever the noun then. */
const ANYONE = /^(?:woman|man|person|femme|homme|mujer|hombre|mulher|homem|donna|uomo|frau|mann)$/iu;

/**
 * The unnamed person a sentence since the last named one brought in, who spoke or asked not to be named: the one a
 * pronoun of fitting gender, a left-out subject, a bare quote or a generic `the woman` stands for; else null.
 * `previous` is the quote before, when another speaker was given it after that sentence.
 */
export function unnamedSinceNamed(text: string, at: number, introductions: UnnamedIntroduction[], book: EntityBook, gender: Gender | null, head: string | null, dropped: boolean, previous: { outerStart: number; text: string; speaker: string | null; speakerKind: string | null } | undefined): Referent | null {
  let from = lineStart(text, at);
  if (!text.slice(from, at).trim()) {
    let end = from - 1;
    while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
    from = end <= 0 ? 0 : lineStart(text, end - 1);
  }
  // (`주민 김모(60)씨는 "…"며 "…"고 말했다`: the unnamed speaker of the quote before, no one named between, goes on.)
  // (Not the answer to the question it asked: `– Pourquoi pas ? a demandé un client. – Parce que …`.)
  if (previous?.speakerKind === 'description' && previous.speaker && previous.outerStart >= from && !/[?？]\s*$/u.test(previous.text) && !book.mentions.some((mention) => mention.at > previous.outerStart && mention.at < at)) {
    const known = introductions.find((entry) => entry.phrase === previous.speaker)?.gender ?? descriptionGender(previous.speaker);
    if (known ? !gender || known === gender : !gender && dropped) return { name: previous.speaker, kind: 'description' };
  }
  const latest = introductions.filter((entry) => entry.at >= from && entry.at < at).at(-1);
  if (!latest || (gender && latest.gender && gender !== latest.gender)) return null;
  // (`said the grandmother of five` after `A retired teacher … said she`: a person noun no one named is described by is them too.)
  if (head && !ANYONE.test(head) && latest.phrase.split(/\s+/u).at(-1)!.toLowerCase() !== head.toLowerCase() && (heldByNamed(book, head) || !isEnglishPerson(head.toLowerCase()))) return null;
  const rest = text.slice(latest.at, lineEnd(text, at));
  const end = latest.at + sentenceEnd(rest);
  const sentence = text.slice(latest.at, end);
  // (`ある漁師は「…」と話した`: the quote inside the sentence that brings the person in is theirs whatever its verb.)
  if (end <= at && !isUnnamedOnPurpose(sentence) && !mentionsSpeech(sentence)) return null;
  // (`A spokesman for the governor, Brady Coleman, said`: named after all; `who gave only his first name, Karim`; `A reporter asked whether …`.)
  if (oneNameGiven().test(sentence) || ASKS.test(sentence) || book.mentions.some((mention) => mention.at > latest.at && mention.at < end && /,\s*(?:[\p{L}.’'-]+\s+){0,2}$/u.test(text.slice(latest.at, mention.at)))) return null;
  if (book.mentions.some((mention) => mention.at >= end && mention.at < at)) return null;
  if (previous && previous.outerStart > latest.at && previous.speaker && previous.speaker !== latest.phrase) return null;
  return { name: latest.phrase, kind: 'description' };
}
