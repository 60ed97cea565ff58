import { describe, expect, it } from 'vitest';
import { renderForPerson } from '../../utils/cli/print';
import { findVoices } from '../../utils/voices';
import type { Extraction, Quote } from '../../utils/types';

const quote = (text: string, start: number, utterance: number, options: Partial<Quote> = {}): Quote => ({
  text,
  speaker: 'Ada Park',
  role: 'mayor',
  start,
  end: start + text.length,
  key: true,
  speakerKind: 'name',
  utterance,
  ...options,
});

describe('renderForPerson', () => {
  const quotes = [
    quote('We are ready,', 1, 0),
    quote('and the buses run all night.', 30, 0),
    quote('No comment.', 80, 1, { speaker: 'a spokesman', role: null, speakerKind: 'description', key: false }),
  ];
  const extraction: Extraction = {
    article: { title: 'Storm', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null, textContent: 'Body.', content: '', readerable: true },
    leadImage: null,
    quotes,
    voices: findVoices(quotes),
    removed: [],
    ms: { readability: 0, total: 0 },
  };
  const output = renderForPerson(extraction);

  it('lists the voices with role and count', () => {
    expect(output).toContain('Voices (1):\n- Ada Park, mayor (1 quote)\n');
  });

  it('lists a split quote once, joined, with name and role', () => {
    expect(output).toContain('Key quotes (1 of 2 quotes):\n1. “We are ready, and the buses run all night.” — Ada Park, mayor');
    expect(output).toContain('Other quotes:\n- “No comment.” — a spokesman');
  });
});
