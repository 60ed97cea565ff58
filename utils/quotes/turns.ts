/**
 * Turn-taking between quotes: a quote with no attribution of its own goes on the previous speaker's
 * turn unless a sentence about someone else, or someone agreeing, stands between them.
 */

import type { QuoteSpan } from './find';
import type { AttributedSpan, Speaker } from './attribute';
import { sentenceBoundaries } from './sentences';

/** A sentence of its own whose subject agrees or disagrees, with nothing after the verb: `Quarterback Eli Ward agreed.` */
export const REACTION_SENTENCE = /^\s+\p{Lu}[^.!?"“”\n]{0,80}?\s(?:agreed|agrees|disagreed|disagrees|concurred|concurs)\.(?:\s|$)/u;

/**
 * `"A," he said. "B."`: a quote with no attribution of its own continues the previous speaker when
 * only that attribution stands between them, in the same paragraph or right across a paragraph break.
 */
export function continuedSpeaker(text: string, previous: AttributedSpan, span: QuoteSpan, isSomeoneElse: (sentence: string) => boolean): Speaker | null {
  if (!previous.speaker || !previous.speakerKind) return null;
  // `"A," Cruz said. ¶ Trump did not respond. ¶ "B."`: a paragraph saying someone else did not speak leaves the turn as it was.
  // (`"…"` ¶ `-왜 항구 도시였나.` ¶ `"…"`: an interviewer's question line in Korean, Japanese or Chinese leaves the answer to the one answering.)
  // (`«A», ha spiegato X.` ¶ `Sul rosso a Mancini: «B»`: a topic label before a colon leaves the turn with the one answering.)
  const between = text.slice(previous.outerEnd, span.outerStart).replace(DECLINING_PARAGRAPH, '\n').replace(CJK_QUESTION_LINE, '\n').replace(TOPIC_LABEL, '\n');
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

/**
 * A paragraph opening with "on" / "about" and a topic, closed by a colon right before the next quote (`Sul rosso a Mancini:`,
 * `Sobre el mercado:`, `Sur l’arbitrage :`, `Zum Schiedsrichter:`): the question put, not a new speaker, even with a name in it.
 */
const TOPIC_LABEL = /(?<=\n)[ \t]*(?:Su|Sul|Sulla|Sullo|Sui|Sugli|Sulle|Sull['’]|Sobre|Sur|Quant\s+(?:à|au|aux)|Quanto\s+(?:a|al|alla|ai|ao|à)|Über|Zum|Zur)(?:\s|(?<=['’]))[^.!?"“”«»„\n:]{1,80}:[ \t\u00a0]*$/u;

/** A paragraph of one sentence saying its subject did not speak: "Trump did not respond.", "A spokesman declined to comment." */
const DECLINING_PARAGRAPH = /(?<=\n)[ \t]*\p{Lu}[^.!?"“”\n]{0,80}?\s(?:(?:did|does|has|have|had|could|would)\s+not|(?:did|does|has|have|had|could|would)n[’']t|declined|refused)\s+(?:immediately\s+)?(?:to\s+)?(?:respond|return|reply|comment|elaborate|answer|be\s+reached)\b[^.!?"“”\n]{0,80}[.!?][ \t]*(?=\n)/gu;

/** An interviewer's question on a line of its own, led by a dash or Q (`-왜 항구 도시였나.`, `――なぜ港町なのか。`, `问：为什么？`), in a script with no dialogue dashes. */
const CJK_QUESTION_LINE = /(?<=\n)[ \t]*(?:[-―—–]{1,2}|Q[.:：]?|问[：:]|問[：:]|문[：:])\s?[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^"“”「」\n]{0,120}[.?？。][ \t]*(?=\n)/gu;

/** A whole paragraph of prose between two quotes' paragraphs, or the prose opening the next quote's paragraph (`Schneider, por enquanto, não pensa em desistir. "…"`). */
// (A Korean paragraph opens with no capital: `한상민 씨는 … 열었습니다.`.)
const OWN_SENTENCE = /(?<=\n)[ \t]*(?:\p{Lu}|\p{Script=Hangul})[^\n]*[.!?]["”’']?[ \t]*(?=\n|$)/u;
