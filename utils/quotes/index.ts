/**
 * The quotes stage: finds direct quotations in an article's plain text, says who said each one,
 * and marks the key ones. Pure string work, so it runs the same in a content script and in Node.
 */

import type { Quote } from '../types';
import type { TextRange } from '../text';
import { attributeSpeakers } from './attribute';
import { asWritten, withScriptStopsAsOurs } from './script-stops';
import { isQuotation, mayBeQuotation } from './filter';
import { findQuoteSpans, type QuoteSpan } from './find';
import { DEFAULT_MAX_KEY } from './rank';
import { pickKeyUtterances, within } from './key-utterances';
import { groupUtterances } from './utterances';
import { isNicknameBesideName } from './nickname';
import { isNicknameInsideName, withInnerNicknamesBlanked } from './inner-nickname';
import { withRelativeAsideBlanked } from './relative-aside';
import { speakerAfter } from './cues';
import { dialogueSpans, isMarkedWithinSpeech } from './lang/dialogue';
import { splitInnerTags } from './lang/ru-uk-dialogue';
import { leadInParagraphSpeakers } from './lead-in-paragraph';
import { romanceDialogueSpans } from './lang/romance-dialogue';
import { splitIncises } from './lang/incise';
import { exchangeSpeakers } from './lang/dash-exchange';
import { introducedDashSpeakers } from './lang/dash-introduced';
import { namedAfterSpeakers } from './lang/named-after';
import { namedLaterSpeakers } from './named-later';
import { revealedAfterSpeakers } from './revealed-after';
import { namedBeforeSpeakers } from './described-back';
import { ledeRevealSpeakers } from './lede-reveal';
import { readingArticle } from './scripts-present';
import { withCapsLabelsTitled } from './caps-labels';
import { runOnSpeakers } from './run-on-speaker';
import { qaAnswerSpans, withInterviewee } from './qa-answers';
import { labelledQaAnswers } from './qa-labels';
import { nameLabelledAnswers } from './name-labels';
import { askedNameLabelledAnswers } from './asked-name-labels';
import { adjectivedNameSpeakers } from './adjectived-name';
import { withPatronymics } from './lang/turkic-patronymic';

export interface FindQuotesOptions {
  /** The headline: quotes sharing its words rank higher as key quotes. */
  title?: string;
  /** How many utterances at most get `key: true` (default 5). */
  maxKey?: number;
  /** Link text in `text` (see collectText): quotes inside a link are never key quotes. */
  links?: TextRange[];
  /** Headings and linked headlines in `text` (see collectText): quotes there are other stories', not quotes of this one. */
  headlines?: TextRange[];
  /** The page's site name (from the page's metadata): the outlet itself is never a speaker. */
  siteName?: string;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  // One pass tells which scripts the article holds: readers of the others are skipped (scripts-present.ts).
  // (Armenian `։`, Ethiopic `።`…: stops of scripts no reader lists are read as ours; the quotes keep the marks written, script-stops.ts.)
  const read = withScriptStopsAsOurs(text);
  const quotes = readingArticle([read, options.title ?? '', options.siteName ?? ''], () => quotesIn(read, options));
  return read === text ? quotes : quotes.map((quote) => ({ ...quote, text: asWritten(text, quote.text, quote.start) }));
}

function quotesIn(text: string, options: FindQuotesOptions): Quote[] {
  // (`«…, — говорит X, — …»`: the author's words inside one pair of marks part the quote, lang/ru-uk.ts.)
  // Speech printed after a dialogue dash (lang/dialogue.ts), a tag naming its speaker.
  // Spanish sets its dashes against the words (lang/romance-dialogue.ts).
  const isTag = (frame: string) => !!speakerAfter(withInnerDotsJoined(frame));
  // (`« …, a-t-il expliqué, … »`, `"… —dijo la alcaldesa—, …"`: the same in other scripts, lang/incise.ts.)
  const marked = splitIncises(text, splitInnerTags(findQuoteSpans(text)), isTag);
  const romance = romanceDialogueSpans(text, marked, isTag);
  const dialogue = dialogueSpans(text, [...marked, ...romance], isTag);
  // (A name in marks inside a dash line's speech is part of it, lang/dialogue.ts.)
  const dashed = [...marked.filter((span) => !dialogue.some((speech) => isMarkedWithinSpeech(span, speech))), ...romance, ...dialogue];
  // The unmarked answers of a Q&A interview are the interviewee's (qa-answers.ts).
  // (`Q:`/`A:` labels first, qa-labels.ts; then the two sides' names as labels, `Courier: …?` / `Marwick: …`, name-labels.ts.)
  // (Plain questions answered under the interviewee's name, `What now?` / `Amsel: We wait.`, asked-name-labels.ts.)
  const qa = labelledQaAnswers(text, dashed) ?? nameLabelledAnswers(text, dashed) ?? qaAnswerSpans(text, dashed) ?? askedNameLabelledAnswers(text, dashed);
  // (`X, known as "the Hawera Hammer", said …`: a nickname beside a name is no one's words, nickname.ts.)
  // (`Mayor Ramon "Boy" Reyes said`: a nickname inside a name, and the name read whole for attribution, inner-nickname.ts.)
  const spans = withoutOverlaps([...dashed, ...(qa?.spans ?? [])]).filter((span) => !isNicknameBesideName(text, span) && !isNicknameInsideName(text, span));
  // No quotation at all, or only words no speaker could make one (scare quotes, titles): the people, genders and roles of
  // the text would be read for no one.
  if (!spans.some((span) => mayBeQuotation(text, span))) return [];
  // Untagged lines of a dash exchange: the asker's questions, the other side's answers (lang/dash-exchange.ts).
  // A dash line whose tag names no one, after the writer introduces one person (lang/dash-introduced.ts).
  // A tag naming no one, then `Hij heet X Y`, `Jmenuje se X Y`: the speaker named in so many words (lang/named-after.ts).
  // A quotation run over paragraphs in single marks: its untagged opening paragraph is the closing tag's speaker's (run-on-speaker.ts).
  // A label line in capitals (`JANE ROE, CHIEF ECONOMIST:`) is read in title case (caps-labels.ts).
  // `X, a lecturer, said …. "…," the academic said`: the epithet is the person the sentence before is about (described-back.ts).
  // A whole-paragraph quote with no tag after `X said:`, after a paragraph bringing in one person, or going on from an unclosed one (lead-in-paragraph.ts).
  // `A Co Antrim farmer … says …` then `Declan Ferris, 59, from …`: a lede's described subject named next (lede-reveal.ts).
  // (`Гүлнара Бейшеналы кызы`: a Turkic name closing on "daughter of", lang/turkic-patronymic.ts.)
  const attributed = withPatronymics(text, withInterviewee(qa, leadInParagraphSpeakers(text, exchangeSpeakers(text, ledeRevealSpeakers(text, adjectivedNameSpeakers(namedBeforeSpeakers(text, revealedAfterSpeakers(text, namedLaterSpeakers(text, namedAfterSpeakers(text, introducedDashSpeakers(text, runOnSpeakers(text, attributeSpeakers(withInnerDotsJoined(withCapsLabelsTitled(withRelativeAsideBlanked(withInnerNicknamesBlanked(text)))), spans, { siteName: options.siteName })))))))))))))
    .filter((span) => isQuotation(text, span))
    .filter((span) => !within(span, options.headlines));
  const utterances = groupUtterances(text, attributed);
  const keyUtterances = pickKeyUtterances(text, attributed, utterances, { title: options.title, maxKey: options.maxKey ?? DEFAULT_MAX_KEY, links: options.links });
  return attributed
    .map(({ text: quoted, speaker, role, start, end, speakerKind, speakerMention }, i) => {
      const utterance = utterances[i]!;
      return { text: quoted, speaker: withDotsBack(speaker), role: withDotsBack(role), start, end, key: keyUtterances.has(utterance), speakerKind, utterance, speakerMention: speakerMention ?? null };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * `Ver.di-Chefin X`, `Bol.com`: a dot between a letter and a lower-case one ends no sentence. The tag readers see a
 * letter there instead (U+A78F, one code unit like the dot, so offsets hold); names and roles get their dot back.
 */
const INNER_DOT = '\uA78F';
function withInnerDotsJoined(text: string): string {
  // (Not a web address, `ValleyCourier.com`: an outlet's name as the outlet readers know it.)
  // (The dot first, the letter before it read behind the dot: the same dots, found without a lookbehind at every offset.)
  return text.replace(/\.(?<=\p{L}\.)(?=\p{Ll})(?!(?:com|org|net|info|co|io|gov|edu|de|fr|it|es|ch|at|nl|be|ru|ua|pl|cz|sk|hu|gr|bg|hr|ro|pt|br|ar|mx|uk|us|ca|au|in|jp|cn|kr|tw|hk|dk|se|no|fi|ie|il|tr|eu)(?![\p{L}]))/gu, INNER_DOT);
}
function withDotsBack(words: string | null): string | null {
  return words && words.replaceAll(INNER_DOT, '.');
}

/**
 * Quotes never overlap: a highlight is one range of the text. Spans only overlap when stray marks
 * pair up across a real quotation (`› "A," X said. ‹B,›`); the double-marked, then the shorter span wins.
 */
function withoutOverlaps(spans: QuoteSpan[]): QuoteSpan[] {
  // (`‘He told me “not today” and walked off,’ she said.`: British papers nest double marks in single ones; a single
  // quote with its own words on both sides of a double one holds it, and the double one is not a quote of its own.)
  const nested = (inner: QuoteSpan) => inner.marks === 'double' && spans.some((outer) => outer.marks === 'single' && outer.start < inner.outerStart && inner.outerEnd < outer.end);
  const preferred = spans.filter((span) => !nested(span)).sort((a, b) => Number(a.marks !== 'double') - Number(b.marks !== 'double') || a.outerEnd - a.outerStart - (b.outerEnd - b.outerStart));
  const kept: QuoteSpan[] = [];
  for (const span of preferred) if (!kept.some((other) => span.outerStart < other.outerEnd && other.outerStart < span.outerEnd)) kept.push(span);
  return kept.sort((a, b) => a.outerStart - b.outerStart);
}
