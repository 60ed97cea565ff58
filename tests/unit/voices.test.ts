import { describe, expect, it } from 'vitest';
import { findVoices, utterancesBy } from '../../utils/voices';
import { findQuotes } from '../../utils/quotes';
import type { Quote } from '../../utils/types';

let at = 0;
function quote(speaker: string | null, options: Partial<Quote> = {}): Quote {
  at += 100;
  return {
    text: 'Words.',
    speaker,
    role: null,
    start: at,
    end: at + 6,
    key: false,
    speakerKind: speaker ? 'name' : null,
    utterance: at,
    ...options,
  };
}

describe('findVoices', () => {
  it('lists each named speaker once, in order of first appearance, with a count', () => {
    const quotes = [quote('Li Wei'), quote('Ada Park'), quote('Li Wei'), quote(null), quote('Ada Park'), quote('Li Wei')];
    expect(findVoices(quotes)).toEqual([
      { name: 'Li Wei', role: null, quotes: 3 },
      { name: 'Ada Park', role: null, quotes: 2 },
    ]);
  });

  it('gives the first role the text gives the person, even when a later quote has it', () => {
    const quotes = [quote('Ada Park'), quote('Ada Park', { role: 'city treasurer' }), quote('Ada Park', { role: 'treasurer' })];
    expect(findVoices(quotes)).toEqual([{ name: 'Ada Park', role: 'city treasurer', quotes: 3 }]);
  });

  it('leaves out descriptions, which name nobody', () => {
    expect(findVoices([quote('a ministry spokeswoman', { speakerKind: 'description' }), quote('Ada Park')])).toEqual([
      { name: 'Ada Park', role: null, quotes: 1 },
    ]);
  });

  it('counts a quote split by its attribution once', () => {
    const first = quote('Ada Park');
    const second = quote('Ada Park', { utterance: first.utterance });
    expect(findVoices([first, second])[0]!.quotes).toBe(1);
  });

  it('works from the quotes the quote stage finds', () => {
    const text = '"We will open the bridge on Monday," Ada Park said. "It is safe," she added.\n\nA spokesman said: "No comment."';
    expect(findVoices(findQuotes(text))).toEqual([{ name: 'Ada Park', role: null, quotes: 2 }]);
  });
});

describe('utterancesBy', () => {
  it('gives one person’s utterances in text order', () => {
    const quotes = [quote('Ada Park', { text: 'One.' }), quote('Li Wei'), quote('Ada Park', { text: 'Two.' })];
    expect(utterancesBy(quotes, 'Ada Park').map((utterance) => utterance.text)).toEqual(['One.', 'Two.']);
  });
});
