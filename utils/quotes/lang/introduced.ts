/**
 * In scripts without capitals (Arabic, Hebrew, Chinese, Japanese, Korean) the text's person
 * mentions are not found by their shape, so salience knows only earlier speakers. A pronoun or a
 * subject left out after a paragraph that introduces someone new (`وتقول فاطمة الزهراني، وهي
 * متقاعدة…`, `石田遼さん（28）は、…戻った。「…」と話す。`, `主任李志强介绍，…。“…”他说。`) is that
 * person: the latest sentence of the quote's own paragraph, before it and holding no quote, that
 * names a person by the language's own subject cues.
 */

import type { SpeakerPhrase } from '../cues';
import { arabic } from './ar';
import { hebrew } from './he';
import { speakerBeforeInOtherLanguages } from './index';

const CASELESS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const QUOTE_MARK = /["“”«»「」『』״„]/u;
const SENTENCE = /[^.!?。！？؟]+[.!?。！？؟]?/gu;

/** The person the quote's paragraph introduces before it, or null. */
export function introducedInParagraph(text: string, quoteStart: number): SpeakerPhrase | null {
  const paragraphStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  const lead = text.slice(paragraphStart, quoteStart);
  if (!CASELESS.test(lead)) return null;
  const sentences = [...lead.matchAll(SENTENCE)].map((match) => match[0]);
  // The quote's own sentence (the words right before its mark) is the cue readers' business.
  if (sentences.length > 0 && !/[.!?。！？؟]\s*$/u.test(sentences.at(-1)!)) sentences.pop();
  for (const sentence of sentences.reverse()) {
    // A few quoted words inside (a publisher's name, `دار "النخلة"`) are no quote of their own.
    // Hebrew gershayim between letters (`ד"ר`) are no quotation mark either.
    if (QUOTE_MARK.test(sentence.replace(/(?<=\p{L})["״](?=\p{L})/gu, '').replace(/["“«「][^"”»」]{1,25}["”»」]/gu, ''))) return null;
    const semitic = /\p{Script=Arabic}/u.test(sentence) ? arabic : /\p{Script=Hebrew}/u.test(sentence) ? hebrew : null;
    const found = speakerBeforeInOtherLanguages(sentence) ?? semitic?.subject(sentence) ?? null;
    if (found && found.kind === 'name' && !found.pronoun && !found.dropped) return found;
  }
  return null;
}
