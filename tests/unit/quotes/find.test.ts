import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../utils/quotes/find';

/** The quoted texts found in `text`, checking the offsets on the way. */
function quotedTexts(text: string): string[] {
  return findQuoteSpans(text).map((span) => {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    return span.text;
  });
}

describe('findQuoteSpans', () => {
  it.each([
    ['straight marks keep the comma inside', '"We need more buses," the driver said.', ['We need more buses,']],
    ['curly marks keep the period inside', 'The coach said: “We played our best game.”', ['We played our best game.']],
    ['two quotes in one paragraph', '“Rain again,” she sighed. “Bring the umbrellas.”', ['Rain again,', 'Bring the umbrellas.']],
    ['a quote inside a quote stays in the outer one', '"He told me, "Keep going," and I did," Ali said.', ['He told me, "Keep going," and I did,']],
    ['mixed straight and curly marks', 'She wrote, “The vote is tomorrow." Then she left.', ['The vote is tomorrow.']],
    ['the two-apostrophe form some wire texts use', "''Prices are rising,'' the baker said.", ['Prices are rising,']],
    ['a nested single quote at the end of a two-apostrophe quote', "''He said 'never','' Mr. Diaz recalled.", ["He said 'never',"]],
    ['guillemets', 'Le maire a dit : « Nous sommes prêts ».', ['Nous sommes prêts']],
    ['German low-high marks', '„Das Wetter ist schön“, sagte Anna.', ['Das Wetter ist schön']],
    ['single quotes around a word', "The judge called the plan 'reckless' in court.", ['reckless']],
    ['a full single-quoted sentence', "'We will appeal,' the lawyer said.", ['We will appeal,']],
  ])('%s', (_name, text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });

  it.each([
    ['elision inside a phrase', "They played rock 'n' roll all night."],
    ['a decade', "It sounded like the '90s all over again."],
    ['a name with an apostrophe', "Sean O'Brien and Mary O’Neill arrived late."],
    ['possessives', "The country's mood and the players' union, the nation’s pride."],
    ['markup attributes that slipped into the text', '<tweet author="someone" id="12345">'],
  ])('finds nothing in %s', (_name, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });

  it('runs a quote over paragraphs that reopen the mark, without a closing mark until the end', () => {
    const text = 'The mayor said: "First paragraph of the speech.\n\n"Second paragraph of the speech."\n\nThe crowd cheered.';
    expect(quotedTexts(text)).toEqual(['First paragraph of the speech.\n\n"Second paragraph of the speech.']);
  });

  it('stops an unterminated quote at the end of its paragraph', () => {
    const text = 'She said, "We are not done yet.\n\nThe meeting ended at noon.';
    expect(quotedTexts(text)).toEqual(['We are not done yet.']);
  });

  it('stops an unterminated quote at a line break', () => {
    const text = '"Prices will fall next year.\nJane Roe, economist';
    expect(quotedTexts(text)).toEqual(['Prices will fall next year.']);
  });

  it('tells whole-sentence quotes from a few words inside a sentence', () => {
    const spans = findQuoteSpans('"We won," he said. He called it "a fair result" later.');
    expect(spans.map((span) => [span.text, span.fullSentence])).toEqual([
      ['We won,', true],
      ['a fair result', false],
    ]);
  });
});
