/**
 * Kyrgyz, Kazakh, Tatar, Uzbek, Azerbaijani and Turkmen names can close on the father's name and a lower-case word for
 * "son of" or "daughter of": `Гүлнара Бейшеналы кызы`, `Кубанычбек Асан уулу`, `Dilnoza Karimova qizi`, `Əli Həsən oğlu`.
 * The readers stop a name at that lower-case word; the speaker is named as the text writes them, with it. Not before a
 * capitalised word: `Ali Yılmaz oğlu Mehmet ile` is Turkish for "Ali Yılmaz, his son Mehmet".
 */

import { escapeForPattern } from '../../patterns';
import type { AttributedSpan } from '../attribute';

const PATRONYMIC = String.raw`кызы|уулу|қызы|ұлы|улы|қизи|ўғли|qizi|o[ʻ‘’']g[ʻ‘’']li|qızı|oğlu|gyzy|ogly|kyzy|uulu`;
const ANY_PATRONYMIC = new RegExp(String.raw`(?<![\p{L}])(?:${PATRONYMIC})(?![\p{L}])`, 'u');

/** `quotes` with each named speaker of two words or more given the patronymic word the text writes after them. */
export function withPatronymics<T extends AttributedSpan>(text: string, quotes: T[]): T[] {
  if (!ANY_PATRONYMIC.test(text)) return quotes;
  return quotes.map((quote) => {
    if (quote.speakerKind !== 'name' || !quote.speaker?.includes(' ')) return quote;
    const written = new RegExp(String.raw`(?<![\p{L}])${escapeForPattern(quote.speaker)}\s+(${PATRONYMIC})(?![\p{L}])(?!\s+\p{Lu})`, 'u').exec(text);
    return written ? { ...quote, speaker: `${quote.speaker} ${written[1]}` } : quote;
  });
}
