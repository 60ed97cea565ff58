// Words copied from a sign or banner are never key quotes (utils/quotes/written-notice.ts); speech after a mention of one is.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { isWrittenNotice } from '../../../utils/quotes/written-notice';
import type { QuoteSpan } from '../../../utils/quotes/find';

/** Whether the quote starting with `words` reads as copied from a notice (its opening mark the last one before it). */
function notice(text: string, words: string): boolean {
  const start = text.indexOf(words);
  const outerStart = Math.max(...['"', '“', '”', '‘', '«', '„'].map((mark) => text.lastIndexOf(mark, start)));
  return isWrittenNotice(text, { start, end: start + words.length, outerStart, outerEnd: start + words.length + 1, text: words } as QuoteSpan);
}

describe('written notices', () => {
  it.each([
    ['en: a sign on a door', 'He has hung a sign on his door: "Cyclists welcome, bike rack around the corner."', 'Cyclists welcome'],
    ['nl: `zette een bord bij de ingang:`', 'Van Dijk zette een bord bij de ingang: ‘Fietsers welkom, rek om de hoek.’', 'Fietsers welkom'],
    ['fr: `brandissent une pancarte :`', 'Les manifestants brandissent une pancarte : « Touche pas à mon port »', 'Touche pas'],
    ['zh: `横幅上写着：`', '居民在楼下挂起了横幅上写着：“还我绿地”', '还我绿地'],
    ['fi: `ovessa oli käsin kirjoitettu lappu:`', 'Kioskin ovessa oli käsin kirjoitettu lappu: ”Suljettu remontin vuoksi.”', 'Suljettu remontin'],
    ['sq: `mbanin një pankartë me shkrim të zi:`', 'Banorët mbanin një pankartë me shkrim të zi: “Duam ujë të pastër”', 'Duam ujë'],
  ])('%s is written, not said', (_name, text, words) => expect(notice(text, words)).toBe(true));

  it.each([
    ['en: a comma after the notice: the one asked about it speaks', 'Asked about the sign, he said: "Cyclists are welcome here, and so is everyone else."', 'Cyclists are welcome'],
    ['zh: holding a banner, then standing three hours: her words', '退休教师孙桂芝举着自制的标语站了三个小时：“看着年轻人跑过去，我也觉得年轻了。”', '看着年轻人'],
    ['en: no notice named', 'The mayor told the council: "We will keep the pier open."', 'We will keep'],
    ['fi: the one who wrote the note then speaks, after a comma', 'Lapun kirjoittanut kauppias, Eino Rask, sanoi: ”Remontti kestää viikon.”', 'Remontti kestää'],
  ])('%s', (_name, text, words) => expect(notice(text, words)).toBe(false));

  it('a notice’s words are never a key quote, speech around them still is', () => {
    const text = 'Marc Dubois has run the bakery on the corner for thirty years and saw the street change. "We were never asked about any of this, not once in three years of meetings," he said.\n\nHe has hung a sign on his door: "Cyclists welcome, bike rack around the corner, coffee for everyone who stops by today."';
    const quotes = findQuotes(text);
    expect(quotes.find((quote) => quote.text.startsWith('Cyclists welcome'))?.key).toBe(false);
    expect(quotes.find((quote) => quote.text.startsWith('We were never'))?.key).toBe(true);
  });
});
