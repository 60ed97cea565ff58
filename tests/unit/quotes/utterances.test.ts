import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { joinParts, utterancesOf } from '../../../utils/quotes/utterances';
import type { Quote } from '../../../utils/types';

/** The quotes' texts, grouped by utterance. */
function grouped(text: string): string[][] {
  return utterancesOf(findQuotes(text)).map((utterance) => utterance.parts.map((part) => part.text));
}

describe('split quotes are one utterance', () => {
  it.each([
    [
      'the attribution between two sentences',
      '"We are ready for the storm," Mayor Ada Park said on Tuesday. "The shelters open at noon and the buses run all night."',
      [['We are ready for the storm,', 'The shelters open at noon and the buses run all night.']],
    ],
    [
      'the attribution inside one sentence',
      '"We are ready for the storm," said Ada Park, "and the shelters open at noon for everyone."',
      [['We are ready for the storm,', 'and the shelters open at noon for everyone.']],
    ],
    [
      'three parts around two attributions',
      '"We are ready," Ada Park said, "and we have food," she added, "and the buses run all night."',
      [['We are ready,', 'and we have food,', 'and the buses run all night.']],
    ],
    [
      'an attribution with a title abbreviation in it',
      '"We are ready for the storm," said Sen. Ada Park. "The shelters open at noon and the buses run all night."',
      [['We are ready for the storm,', 'The shelters open at noon and the buses run all night.']],
    ],
    [
      'a tag between spaced hyphens standing for dashes inside guillemets',
      'Il forno apre alle cinque.\n\n«Il pane qui è la nostra vita - spiega Maria Rossi, mostrando il forno - e se il forno chiude, chiude il paese».',
      [['Il pane qui è la nostra vita', 'e se il forno chiude, chiude il paese']],
    ],
    [
      'a first part closed by its own stop, the tag between ending on a comma',
      '研究员刘海燕长期关注海岛旅游。“游客多了是好事。”刘海燕说，“但码头的容量是有限的。”',
      [['游客多了是好事。', '但码头的容量是有限的。']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(grouped(text)).toEqual(expected);
  });

  it('keeps every part a quote of its own, with its own offsets, and gives them one index', () => {
    const text = '"We are ready for the storm," Ada Park said. "The shelters open at noon."';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quotes.map((quote) => quote.utterance)).toEqual([0, 0]);
  });

  it('makes the parts of a key utterance key together', () => {
    const quotes = findQuotes('"We are ready for the storm that comes tonight," Ada Park said. "Go home now, all of you."');
    expect(quotes.map((quote) => quote.key)).toEqual([true, true]);
  });

  it('counts a split quote once among the key quotes', () => {
    // Both parts of Ada Park's quote outrank Li Wei's (they share the headline's words): still two items.
    const text = [
      '"The storm shelters open at noon for every family," Ada Park said. "The storm shelters stay open all night."',
      '"Our crews have cleared the drains," said Li Wei.',
    ].join('\n\n');
    const quotes = findQuotes(text, { maxKey: 2, title: 'Storm shelters open at noon and stay open all night' });
    const keyUtterances = utterancesOf(quotes).filter((utterance) => utterance.key);
    expect(keyUtterances.map((utterance) => utterance.speaker)).toEqual(['Ada Park', 'Li Wei']);
  });
});

describe('quotes that stay apart', () => {
  it.each([
    [
      'a first part that ends its sentence',
      '"We are ready for the storm." Ada Park said. "The shelters open at noon and the buses run all night."',
    ],
    [
      'another sentence of the writer’s between them',
      '"We are ready for the storm," Ada Park said. She toured the port later. "The shelters open at noon for all."',
    ],
    ['different speakers', '"We are ready for the storm," Ada Park said. "The shelters are not open," Li Wei replied.'],
    [
      'a next quote with an attribution of its own',
      '"We will open the bridge on Monday," Ada Park said. "It is safe for every car," she added.',
    ],
    ['a paragraph break between them', '"We are ready for the storm," Ada Park said.\n\n"The shelters open at noon and the buses run all night."'],
    [
      'a next quote inside the attribution’s own sentence',
      '"We have never seen anything like this flood," said Ada Park, who described the damage as "worse than anyone feared."',
    ],
    ['spaced hyphens between two speakers’ quotes', '«Il pane qui è la nostra vita» - dice Maria Rossi - «Non più, ormai» - risponde Luca Bianchi.'],
    ['a partial quote inside the writer’s sentence', 'Ada Park called the plan "a real disaster," adding that "it cannot work at all."'],
  ])('%s', (_name, text) => {
    expect(grouped(text).every((parts) => parts.length === 1)).toBe(true);
  });
});

describe('joinParts', () => {
  it.each([
    ['a part going on with the sentence follows after a space', ['We are ready,', 'and we will win.'], 'We are ready, and we will win.'],
    ['a new sentence follows an ellipsis in place of the comma', ['We are ready,', 'We will win.'], 'We are ready … We will win.'],
    ['a part with no closing comma', ['We are ready', 'and willing.'], 'We are ready and willing.'],
    ['Japanese parts join without spaces', ['準備はできている、', '必ず勝つ。'], '準備はできている、必ず勝つ。'],
    ['a Japanese part with no closing comma is a sentence of its own', ['準備はできている', '必ず勝つ'], '準備はできている…必ず勝つ'],
    ['a script without case goes on with the sentence', ['نحن مستعدون،', 'وسننتصر.'], 'نحن مستعدون، وسننتصر.'],
  ])('%s', (_name, parts, expected) => {
    expect(joinParts(parts.map((text) => ({ text })))).toBe(expected);
  });
});

describe('utterancesOf', () => {
  const quote = (text: string, utterance: number, role: string | null, key: boolean): Quote => ({
    text,
    speaker: 'Ada Park',
    role,
    start: utterance * 100,
    end: utterance * 100 + text.length,
    key,
    speakerKind: 'name',
    utterance,
  });

  it('joins parts, takes the first role a part has, and is key when a part is', () => {
    const utterances = utterancesOf([quote('We are ready,', 0, null, true), quote('and we will win.', 0, 'mayor', false), quote('Thanks.', 1, null, false)]);
    expect(utterances.map(({ text, role, key, parts }) => ({ text, role, key, parts: parts.length }))).toEqual([
      { text: 'We are ready, and we will win.', role: 'mayor', key: true, parts: 2 },
      { text: 'Thanks.', role: null, key: false, parts: 1 },
    ]);
  });
});
