import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** The speaker of every quote in the paragraphs. */
function speakersOf(...paragraphs: string[]): Array<string | null> {
  return findQuotes(paragraphs.join('\n\n')).map((quote) => quote.speaker);
}

describe('pronouns resolve by salience', () => {
  it.each([
    [
      '"she" after a paragraph introducing a new woman goes to her, not to the woman quoted before',
      ['"We will win this county again," Ms. Vance said.', 'Later, Ruth Adler took the stage. Adler has farmed the valley since 1975.', '"The harvest came early this year," she said.'],
      ['Vance', 'Ruth Adler'],
    ],
    [
      'counter-case: the new person is a man, so "she" stays with the woman quoted before',
      ['Maria Vance toured the valley.', '"We will win this county again," Ms. Vance said.', 'Later, Mr. Adler took the stage. Tom Adler has farmed the valley since 1975.', '"The harvest came early this year," she said.'],
      ['Maria Vance', 'Maria Vance'],
    ],
    [
      'a name that is only the object of a sentence does not take the pronoun from its subject',
      ['Tom Reyes met Ana Lopez on Friday.', '"The harvest came early this year," he said.'],
      ['Tom Reyes'],
    ],
    [
      'a possessive name is not the subject ("Adler\'s farm grows corn")',
      ['Maria Vance toured the valley. Ms. Vance met the growers.', 'Ruth Adler\'s farm grows corn.', '"The harvest came early this year," she said.'],
      ['Maria Vance'],
    ],
    [
      'a name set beside a preposition\'s object ("from the front-runner, X,") is not the subject',
      ['"We need a new source of revenue," said Tom Reyes.', 'Proposals from the Democratic front-runner, Ana Lopez, to raise taxes, he added, are only tinkering.', '"I think we will have a consumption tax," he said.'],
      ['Tom Reyes', 'Tom Reyes'],
    ],
    [
      'counter-case: a name set beside the subject ("The front-runner, X, took the stage") is the subject',
      ['Tom Reyes spoke first.', 'The Democratic front-runner, Ana Lopez, took the stage.', '"I think we will have a consumption tax," she said.'],
      ['Ana Lopez'],
    ],
    [
      'the listener of "told X" is not the subject',
      ['"We will win this county again," Maria Vance said.', 'Ms. Vance later told Ruth Adler about the vote.', '"The count starts at noon," she said.'],
      ['Maria Vance', 'Maria Vance'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected);
  });
});

describe('"they" is never a single speaker', () => {
  it.each([
    ['two people introduced together are a group', ['Tom Reyes and Nia Okafor toured the farm.', '"The harvest came early this year," they said.'], ['Tom Reyes and Nia Okafor']],
    ['after one speaker, "they" stays unknown', ['"The harvest came early this year," Tom Reyes said.', '"We will sell all of it by spring," they said.'], ['Tom Reyes', null]],
    ['a plural description is a group', ['"The road stays closed," the officials said.', '"We are working on it," they said.'], ['the officials', 'the officials']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected);
  });
});

describe('descriptions resolve to the person they describe', () => {
  it.each([
    ['"the 71-year-old" is the person the text gave that age', ['Ruth Adler, 71, has farmed the valley since 1975. Tom Reyes, 45, buys her grain.', '"We have never seen a drought like this one," the 71-year-old said.'], ['Ruth Adler']],
    ['counter-case: an age nobody was given stays a description', ['Ruth Adler, 71, has farmed the valley since 1975.', '"We have never seen a drought like this one," the 45-year-old said.'], ['the 45-year-old']],
    ['"the mother of two" is the person described so', ['Nia Okafor, a mother of two, runs the farm. Her neighbour Ana Lopez helps out.', '"The harvest came early this year," the mother of two said.'], ['Nia Okafor']],
    ['"the treasurer" is the person with that role', ['Tom Reyes, the city\'s treasurer, met Mayor Ana Lopez.', '"We cannot spend money we do not have," the treasurer said.'], ['Tom Reyes']],
    ['counter-case: "the CNN host" is not the person whose role is another host', ['Tom Reyes told radio host Ana Lopez about the vote.', '"We cannot spend money we do not have," the CNN host said.'], ['the CNN host']],
    ['"the official" after an unnamed official was quoted is that one, not a named official before', ['State official Tom Reyes announced the plan.', '"The bridge will open in May," a senior official said.', '"It was never in doubt," the official said.'], ['a senior official', 'the official']],
    ['counter-case: a named official mentioned after the unnamed one is "the official"', ['"The bridge will open in May," a senior official said.', 'State official Tom Reyes announced the plan.', '"It was never in doubt," the official said.'], ['a senior official', 'Tom Reyes']],
    ['"the former president" is the one written as former, though another president came later', ['Former President Tom Reyes campaigned in Ohio. President Dan Cole spoke in Texas.', '"We will win Ohio this year," the former president said.'], ['Tom Reyes']],
    ['counter-case: "the president" is not the former one, though he came later', ['President Dan Cole spoke in Texas. Former President Tom Reyes campaigned in Ohio.', '"We will win Texas this year," the president said.'], ['Dan Cole']],
    ['counter-case: an indefinite description stays as written', ['Nia Okafor runs the ministry.', '"The office is closed on Monday," a ministry spokeswoman said.'], ['a ministry spokeswoman']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected);
  });
});
