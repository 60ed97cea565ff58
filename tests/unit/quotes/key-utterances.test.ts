import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { attributeSpeakers } from '../../../utils/quotes/attribute';
import { attributionConfidence, utteranceConfidences } from '../../../utils/quotes/confidence';
import { findQuoteSpans } from '../../../utils/quotes/find';
import { groupUtterances } from '../../../utils/quotes/utterances';

const text = [
  '"We will be next if nothing changes," ferry crews warn port owners',
  '"This is a fair deal and our members can go back to work," union organiser Petra Lund said.',
  'The union said its members were "ready to load every waiting ship by the end of the week," Lund added.',
].join('\n\n');
const range = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('findQuotes with link and headline ranges', () => {
  it('drops quotes inside a headline-like block', () => {
    const headline = text.split('\n\n')[0]!;
    const quotes = findQuotes(text, { headlines: [range(headline)] });
    expect(quotes.map((quote) => quote.text)).not.toContain('We will be next if nothing changes,');
  });

  it('keeps a quote inside link text, but never as a key quote', () => {
    const linked = 'ready to load every waiting ship by the end of the week,';
    const withoutLinks = findQuotes(text).find((quote) => quote.text === linked);
    expect(withoutLinks?.key).toBe(true);
    const withLink = findQuotes(text, { links: [range(linked)] }).find((quote) => quote.text === linked);
    expect(withLink?.key).toBe(false);
  });
});

describe('key quotes by how surely the speaker is known (confidence.ts)', () => {
  const opening = 'Mayor Ana Lopez opened the new bridge over the river on Monday morning.';
  const named = [
    '"This bridge joins two towns that have waited fifty years for it," Lopez said.',
    '"Traffic will fall by half in the old town centre within a year," said engineer Ray Diaz.',
    '"We built it three months early and well under the budget we set," said contractor Mia Chen.',
  ];
  // A quote with no cue of its own: its speaker is taken from the sentence before it.
  const guessed = ['Lopez later thanked the workers who had built it.', '"Every worker on this site deserves the thanks of both towns today."'];
  const keyOf = (paragraphs: string[]) => findQuotes(paragraphs.join('\n\n')).filter((quote) => quote.key).map((quote) => quote.text);

  it('leaves out a guessed speaker when three quotes name theirs', () => {
    const key = keyOf([opening, ...named, ...guessed]);
    expect(key).toHaveLength(3);
    expect(key.join(' ')).not.toContain('Every worker');
  });

  it('keeps a guessed speaker when fewer quotes name theirs', () => {
    expect(keyOf([opening, named[0]!, ...guessed]).join(' ')).toContain('Every worker');
  });

  it('a part continuing a quote whose cue names the speaker is as sure as its utterance', () => {
    const text = `${opening}\n\n"We are ready for this day," said Lopez, "and the towns are ready for the next fifty years and more."`;
    const spans = attributeSpeakers(text, findQuoteSpans(text));
    expect(spans.map((span) => span.attribution)).toEqual(['after', 'continued']);
    expect(attributionConfidence(text, spans[1]!)).toBe('inferred');
    expect(utteranceConfidences(text, spans, groupUtterances(text, spans))).toEqual(['named', 'named']);
  });

  it('a pronoun whose name stands two paragraphs back is a guess; one in the paragraph before is not', () => {
    const far = `${opening}\n\nThe crowd cheered as the ribbon fell.\n\n"It is a fine bridge and it was built well," she said.`;
    const near = `${opening}\n\n"It is a fine bridge and it was built well," she said.`;
    const confidenceOfLast = (text: string) => attributionConfidence(text, attributeSpeakers(text, findQuoteSpans(text)).at(-1)!);
    expect(confidenceOfLast(far)).toBe('inferred');
    expect(confidenceOfLast(near)).toBe('resolved');
  });

  it('an inferred speaker named by another quote of the same paragraph is resolved; named a paragraph before, still inferred', () => {
    const named = '"This bridge joins two towns that have waited fifty years for it," Lopez said.';
    const unsure = '"Every worker on this site deserves the thanks of both towns today."';
    const gradesOf = (text: string) => {
      const spans = attributeSpeakers(text, findQuoteSpans(text));
      return utteranceConfidences(text, spans, groupUtterances(text, spans));
    };
    expect(gradesOf(`${opening}\n\n${named} The crowd cheered loudly. ${unsure}`)).toEqual(['named', 'resolved']);
    expect(gradesOf(`${opening}\n\n${named}\n\nThe crowd cheered loudly. ${unsure}`)).toEqual(['named', 'inferred']);
  });

  describe('a speaker with no words of the quote for them, named two paragraphs back, is guessed', () => {
    const opening = 'La alcaldesa Ana López inauguró el nuevo puente sobre el río el lunes por la mañana.';
    const between = 'La multitud aplaudió cuando cayó la cinta.';
    const dropped = '"Cada trabajador de esta obra merece el agradecimiento de los dos pueblos", dijo.';
    const other = '"Un puente así cambia la vida de todos los vecinos del valle", dijo el ingeniero Ray Díaz.';
    const gradeOf = (text: string) => {
      const spans = attributeSpeakers(text, findQuoteSpans(text));
      return utteranceConfidences(text, spans, groupUtterances(text, spans))[0];
    };

    it('grades it guessed; the name in the paragraph before makes it resolved', () => {
      expect(gradeOf([opening, between, dropped].join('\n\n'))).toBe('guessed');
      expect(gradeOf([opening, dropped].join('\n\n'))).toBe('resolved');
    });

    it('leaves it out of Key quotes when another quote qualifies, keeps it when none does', () => {
      expect(keyOf([opening, between, dropped, other]).join(' ')).not.toContain('Cada trabajador');
      expect(keyOf([opening, between, dropped]).join(' ')).toContain('Cada trabajador');
    });
  });
});
