import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

// Batch 20 (UK council and NHS, US business, Australian rural, US high-school sport): sentences of my own.
describe('batch 20: bracketed party lists, legislators\' letters, qualified offices, positions before names', () => {
  it.each([
    ['"Cllr X (Party, Ward), who …, said:": the bracketed list is one aside', 'Cllr Ella Brandreth (Green, Eastfold Central), who leads the opposition, said: “We were told nothing about this.”', 'Ella Brandreth', 'Cllr'],
    ['the ward in the list is no person, so "the retired teacher" is the one named before', 'Cllr Derek Hallam (Lib Dem, Foxley West) voted against.\n\nJoan Pardew, 71, from Foxley, used the unit last year.\n\n“They saw me within the hour,” the retired teacher said.', 'Joan Pardew', null],
    ['counter-case: names listed in brackets after a lower-case word are people', 'Two members (Ella Brandreth and Tom Vickers) abstained.\n\n“I could not back it,” Brandreth said.', 'Ella Brandreth', null],
    ['"The Labour MP for X, Name," is the role apposed before, and "the MP" is that person', 'The Labour MP for Eastfold and Rye, Priya Castellan, wrote to the minister.\n\n“My constituents were promised better,” the MP said.', 'Priya Castellan', 'Labour MP for Eastfold and Rye'],
    ['counter-case: a postnominal MP after a name leaves the name', '“We were promised better,” said Tom Vickers MP.', 'Tom Vickers', null],
    ['"Its chief operating officer, Dr X,": an -ing word before the office noun qualifies it', 'Its chief operating officer, Dr Fiona Marsh, said the decision was hard. “We cannot run it safely,” she said.', 'Fiona Marsh', 'chief operating officer'],
    ['counter-case: an -ing word in a clause before the name leaves no role', 'The man running the depot, Dana Colter, said it was time. “We cannot go on,” Colter said.', 'Dana Colter', null],
    ['"Junior guard X": a position before the name is the role (and "Senior forward X" without "forward" as a list word)', 'Junior guard Adaeze Nwosu hit the winning shot.\n\n“I just let it go,” Nwosu said.', 'Adaeze Nwosu', 'Junior guard'],
    ['counter-case: "forward" as an adverb opening a sentence is no role', 'Looking forward, Dana Colter said the team would rest. “We need it,” Colter said.', 'Dana Colter', null],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });
});
