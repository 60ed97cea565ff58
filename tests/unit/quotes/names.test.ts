import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { cleanName, looksLikePerson } from '../../../utils/quotes/names';

describe('cleanName: what is left of a capitalised run is a name or nothing', () => {
  it.each([
    ['a Spanish article opening a sentence', 'La', ''],
    ['a French article opening a sentence', 'Le', ''],
    ['a German article and its capitalised noun', 'Die Stadt', ''],
    ['a German newspaper after its article', 'Der Spiegel', ''],
    ['a sentence opener in another language', 'Pour Claire Martin', 'Claire Martin'],
    ['counter-case: an article that is part of a name', 'Le Pen', 'Le Pen'],
    ['counter-case: a family name that is also a German article', 'Das', 'Das'],
    ['counter-case: a particle inside a name', 'Ursula von der Leyen', 'Ursula von der Leyen'],
    ['a first name that is also a month abbreviation', 'Jan Roth', 'Jan Roth'],
    ['a family name that is also a day abbreviation', 'Sun Li', 'Sun Li'],
    ['counter-case: an abbreviated month with its full stop', 'Jan. Roth', 'Roth'],
  ])('%s', (_name, run, expected) => {
    expect(cleanName(run)).toBe(expected);
  });
});

describe('looksLikePerson: compass words and "Bill" by their place in the run', () => {
  it.each([
    ['a compass word as a family name', 'Allen West', true],
    ['"Bill" as a first name', 'Bill Okafor', true],
    ['counter-case: a compass word opening a place', 'West Virginia', false],
    ['counter-case: a region', 'Middle East', false],
    ['counter-case: a bill', 'Farm Bill', false],
    ['counter-case: a house', 'White House', false],
    ['a Romance university with "di" before its town', 'Università di Pisa', false],
    ['a Spanish hospital', 'Hospital de Clínicas', false],
    ['counter-case: an Italian family name with its particle', 'Pino Di Emidio', true],
  ])('%s', (_name, run, expected) => {
    expect(looksLikePerson(run)).toBe(expected);
  });

  it('a short mention resolves to the full name ending in a compass word', () => {
    expect(findQuotes('Allen Westbrook and Tom West spoke.\n\n"We will finish the bridge before the winter comes," West said.').map((quote) => quote.speaker)).toEqual(['Tom West']);
  });
});

describe('abbreviated months and days', () => {
  it('a first name spelled like a month abbreviation is the speaker\'s (Jan Roth), a dated sentence is not', () => {
    expect(findQuotes('"We will finish the bridge before the winter comes," Jan Roth said.').map((quote) => quote.speaker)).toEqual(['Jan Roth']);
    expect(findQuotes('Trainer Jan Roth sagte: „Wir bauen die Brücke noch vor dem Winter fertig.“').map((quote) => quote.speaker)).toEqual(['Jan Roth']);
    expect(findQuotes('Ana Lopez spoke on Jan. 5.\n\n"We will finish the bridge before the winter comes," she said.').map((quote) => quote.speaker)).toEqual(['Ana Lopez']);
  });
});

describe('generational suffixes', () => {
  it('Jr. tells a son from his father, and "X Jr." finds the son', () => {
    const text = 'Tom Reyes Jr. spoke a day before his father, Tom Reyes, opened the bridge.\n\n"My father built this town," Reyes Jr. said.\n\n"We will finish the bridge before the winter comes," Reyes said.';
    expect(findQuotes(text).map((quote) => quote.speaker)).toEqual(['Tom Reyes Jr.', 'Tom Reyes']);
  });

  it('counter-case: the surname alone finds a Jr. when no one else has it', () => {
    expect(findQuotes('Vice President Tom B. Reyes Jr. spoke.\n\n"We will finish the bridge before the winter comes," Reyes said.').map((quote) => quote.speaker)).toEqual(['Tom B. Reyes Jr.']);
  });

  it('a numbered suffix is dropped', () => {
    expect(cleanName('Tom Reyes III')).toBe('Tom Reyes');
  });
});

describe('several people sharing a family name', () => {
  const speakers = (text: string) => findQuotes(text).map((quote) => quote.speaker);
  const QUOTE = '"We will win in November,"';

  it('a name used alone before anyone is named in full is the one named with an office or as a relative', () => {
    expect(speakers(`Vance accepted the nomination on Thursday night. Lily Vance introduced her father, Martin Vance, to the hall.\n\n${QUOTE} Vance said.`)).toEqual(['Martin Vance']);
  });

  it('counter-case: the name alone after the first full name is that person', () => {
    expect(speakers(`Lily Vance introduced her father, Martin Vance, to the hall.\n\n${QUOTE} Vance said.`)).toEqual(['Lily Vance']);
  });

  it('"Mrs." and "Mr." pick the bearer whose gender the text gives', () => {
    expect(speakers(`Former President Martin Vance campaigned in Ohio. His wife, Nora Vance, is running for the Senate.\n\n${QUOTE} Mrs. Vance said.`)).toEqual(['Nora Vance']);
    expect(speakers(`Nora Vance is running for the Senate. Her husband, Martin Vance, campaigned for her in Ohio.\n\n${QUOTE} Mr. Vance said.`)).toEqual(['Martin Vance']);
  });

  it('a role set beside the name alone picks the bearer the text gave that office', () => {
    expect(speakers(`Nora Vance is running for the Senate. Her husband, former President Martin Vance, campaigned for her.\n\n${QUOTE} Vance, the former president, said.`)).toEqual(['Martin Vance']);
  });

  it('counter-case: a role no bearer was given keeps the earliest', () => {
    expect(speakers(`Nora Vance is running for the Senate. Her husband, Martin Vance, campaigned for her.\n\n${QUOTE} Vance, the former president, said.`)).toEqual(['Nora Vance']);
  });

  it('counter-case: the name alone, with no form of address, keeps the earliest whatever the genders', () => {
    expect(speakers(`Nora Vance is running for the Senate. Her husband, Martin Vance, campaigned for her in Ohio.\n\n${QUOTE} Vance said.`)).toEqual(['Nora Vance']);
  });
});
