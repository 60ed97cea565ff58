/**
 * The speaker phrase a quote's own sentence gives, after the closing mark or before the opening one:
 * which side is read first, which quoted words do not end the frame (a pin's slogan, a show's title),
 * and the subject of a clause that a quote set off by dashes interrupts.
 */

import { subjectAcrossQuote } from './subject-across-quote';
import { reportingSubject } from './introduction-subject';
import { thatClauseSayer } from './that-complement';
import { wordCount, type QuoteSpan } from './find';
import { kickerAfter, openingTag } from './signatures';
import { isAttributedRightAfter, mentionsSpeech, sentenceSubject, speakerAfter, speakerBefore, type SpeakerPhrase } from './cues';
import { isTitleCased } from './filter';
import { sentenceEnd } from './sentences';
import { frameAfter, frameBefore, lineEnd } from './frames';
import { introducesNextQuote } from './next-tag';
import { namedProgrammeOrListener } from './work-titles';
import { ARABIC, CYRILLIC, HEBREW, mayHold } from './scripts-present';

export function findSpeakerPhrase(
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
  // `« A, lance-t-il en fermant sa sacoche. B »`: the tag between an incise's parts is the first part's; B goes on its turn,
  // whatever a reader of another language makes of the tag (lang/incise.ts).
  const inciseRest = !!previousSpan && span.wholeWords !== undefined && previousSpan.wholeWords === span.wholeWords && !QUOTE_MARK.test(text.slice(previousSpan.end, span.start));
  const before = () => {
    if (inciseRest) return null;
    const frame = frameBefore(text, span, frameStart);
    // (`X kallaði opnunina „merkisdag“ og sagði: „…“`, `X called it "a disgrace" and said: "…"`: when the words after a few
    // quoted words of the same sentence name no one, the sentence is read whole, those words in it.)
    const readThrough = () => (previousSpan && previousSpan !== frameStart ? null : quotedWordsReadThrough(text, span, previousSpan, previousFrameStart));
    const cued = speakerBefore(frame) ?? readThrough();
    // (`X said the talks went further than the statements suggested. "…"`: X, not "the statements", introduction-subject.ts.)
    // (`X, a director, said the company … had lost two orders, and that although "…"`: X's, that-complement.ts.)
    const sayer = cued?.kind === 'name' ? null : thatClauseSayer(text.slice(Math.max(0, span.outerStart - 600), span.outerStart), cued);
    return sayer ?? (cued ? reportingSubject(frame, cued) ?? cued : null);
  };
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
  // (`X wrote on Facebook: “A. B.” A spokesperson said …`: a colon before a finished quote binds it to the words before.)
  const colonOpened = /[.!?]$/.test(span.text) && /:\s*$/.test(frameBefore(text, span, frameStart));
  const sides = (span.fullSentence || closedByComma) && !colonOpened ? (['after', 'before'] as const) : (['before', 'after'] as const);
  for (const side of sides) {
    if (dashed && side === 'after') continue;
    const phrase = side === 'after' ? after() : before();
    // "the Post reported": an outlet relays the words, so look on for who said them.
    if (!phrase || isSpeakerOutlet(phrase.phrase)) continue;
    // (`“…,” describing it as a matter of matching calls to need`: what the words are described as, its gerund's object read as a verb, is no speaker.)
    if (side === 'after' && phrase.kind === 'description' && /\sof\s+\p{Ll}+ing$/u.test(phrase.phrase) && frameAfter(text, span, frameEnd).includes(` as ${phrase.phrase}`)) continue;
    // (`Those fees cost riders "…" since 2021, according to X`: a source named after a few words outranks a described subject.)
    const source = side === 'before' && phrase.kind === 'description' && /^[^.!?"“”]{0,120}\baccording to\s/u.test(text.slice(span.outerEnd, span.outerEnd + 140)) ? after() : null;
    if (source?.kind === 'name' && !source.pronoun) return { phrase: source, side: 'after' };
    // (`The exchange went like this:` then, on its own line, `“…?” X asked`: a thing announcing the lines is no speaker; the tag after names one.)
    const announced = side === 'before' && colonOpened && phrase.kind === 'description' && !mentionsSpeech(frameBefore(text, span, frameStart)) && /\n\s*$/u.test(text.slice(0, span.outerStart)) ? after() : null;
    if (announced?.kind === 'name' && !announced.pronoun) return { phrase: announced, side: 'after' };
    // (`ด้านนายวิชัย …รองอธิบดีกรมชลประทาน เปิดเผยว่า … “…” รองอธิบดีกรมชลประทานกล่าว`: an office alone after the words is the one
    // the sentence before them names with that office.)
    const holder = side === 'after' && phrase.kind === 'description' ? before() : null;
    if (holder?.kind === 'name' && !holder.pronoun && holder.role && (holder.role.includes(phrase.phrase) || phrase.phrase.endsWith(holder.role))) return { phrase: holder, side: 'before' };
    // `김 시장은 “….”라고 말했다`, `王明表示：“…。”他说`: a pronoun or dropped subject after the quote yields to a name in its own sentence before it.
    if (side === 'after' && (phrase.pronoun || phrase.dropped) && ownSentenceNames(frameBefore(text, span, previousSpan), span.text)) {
      const named = before();
      if (named && !named.pronoun && !named.dropped && !isSpeakerOutlet(named.phrase)) return { phrase: named, side: 'before' };
    }
    return { phrase, side };
  }
  // (`X, who … before concluding it was "…," told the board`: the words sit in an aside on the opening name, subject-across-quote.ts.)
  return subjectAcrossQuote(text, span);
}

/** The sentence after the stop that follows a closing mark, in the same paragraph: `». Parola di X, …` gives `Parola di X, …`. */
function sentenceAfterStop(text: string, at: number): string {
  const rest = text.slice(at, Math.min(lineEnd(text, at), at + 300));
  const stop = /^[.!?]\s+/.exec(rest);
  return stop ? rest.slice(stop[0].length, stop[0].length + sentenceEnd(rest.slice(stop[0].length))) : '';
}

const QUOTE_MARK = /["«»“”„‘’‹›「」『』]/u;

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
  // (`(фракція «Голос громади»), «…»`, `ТОВ «Акжарли Транзит»`: a Cyrillic body's name in marks after its noun.)
  if (wordCount(span.text) <= 4 && /^\p{Lu}/u.test(span.text) && mayHold(CYRILLIC, span.text) && CYRILLIC_BODY_BEFORE.test(text.slice(Math.max(0, span.outerStart - 24), span.outerStart))) return true;
  // (`長者服務機構「耆樂社」表示：`, `市民団体「川を守る会」は`: a body's name in corner brackets after its noun.)
  if (span.text.length <= 12 && !/[。！？，、]/u.test(span.text) && CJK_BODY_BEFORE.test(text.slice(Math.max(0, span.outerStart - 6), span.outerStart))) return true;
  // (`เปิดเผยกับ “ไทยโพสต์” ว่า “…”`, `เปิดตัวโครงการ “…”`: a paper told or a programme named in marks, work-titles.ts.)
  if (namedProgrammeOrListener(text, span.outerStart, span.text)) return true;
  // (`X «Yangi Kun»ga quyidagicha izoh berdi:`, `"Yeni Ufuk"a konuştu`: a name in marks with a case ending glued after its mark.)
  if (wordCount(span.text) <= 4 && /^\p{Lu}/u.test(span.text) && /^\p{Ll}/u.test(text.slice(span.outerEnd, span.outerEnd + 1))) return true;
  return isTitleCased(span.text) && /[’']s\s*$/.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart));
}

/** Nouns of bodies in Chinese and Japanese that a name in 「」 or “” follows: 機構, 協會, 公司, 団体, 組合. */
const CJK_BODY_BEFORE = /(?:機構|机构|團體|团体|協會|协会|公司|集團|集团|組織|组织|社團|社团|餐廳|餐厅|商店|団体|組合|協会|会社|法人|グループ)$/u;

/** Nouns of bodies that a name in marks follows: фракція, партія, компанія, ТОВ, КП, видавництво, клуб, фонд. */
const CYRILLIC_BODY_BEFORE = /(?:^|[\s(])(?:фракці|парті|компані|підприємств|предприяти|організаці|организаци|видавництв|издательств|об’єднанн|объединени|движени|центр|клуб|фонд|рух|ТОВ|ООО|ТОО|АТ|АО|ПАТ|ПрАТ|КП)\p{L}*\s*$/u;

/** A colon before the quote (`X said: "…"`), or a caseless script and no stop between the words and the quote. */
// (`X మాట్లాడుతూ.. ‘…’ అని తెలిపారు.`: two dots, a leader, end no sentence.)
function ownSentenceNames(frame: string, quoted: string): boolean {
  return /[:：]\s*$/.test(frame) || (!/[\p{Lu}\p{Ll}]/u.test(quoted) && !/(?<!\.)[.!?。！？]["”’'»」』]?\s*$/.test(frame));
}

/** The speaker the whole sentence before a quote gives, read through a few quoted words inside it (none: null). */
function quotedWordsReadThrough(text: string, span: QuoteSpan, previousSpan: QuoteSpan | undefined, previousFrameStart: QuoteSpan | undefined): SpeakerPhrase | null {
  if (!previousSpan || wordCount(previousSpan.text) > 3 || /[.!?]/.test(previousSpan.text) || /[.!?\n]/.test(text.slice(previousSpan.outerEnd, span.outerStart))) return null;
  // (Only a person named there counts: `She described the climate in what investors have dubbed a “…” as “…”` reads
  // through to a description of the climate, no speaker, and her pronoun must still be read.)
  const found = speakerBefore(frameBefore(text, span, previousFrameStart));
  return found?.kind === 'name' && !found.pronoun ? found : null;
}
