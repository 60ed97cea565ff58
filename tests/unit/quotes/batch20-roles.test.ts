import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

// Batch 20 (UK council and NHS, US business, Australian rural, US high-school sport): sentences of my own.
describe('batch 20: bracketed party lists, legislators\' letters, qualified offices, positions before names', () => {
  it.each([
    ['"Cllr X (Party, Ward), who …, said:": the bracketed list is one aside', 'Cllr Ella Brandreth (Green, Eastfold Central), who leads the opposition, said: “We were told nothing about this.”', 'Ella Brandreth', 'Cllr'],
    ['the ward in the list is no person, so "the retired teacher" is the one named before', 'Cllr Derek Hallam (Lib Dem, Foxley West) voted against.\n\nJoan Pardew, 71, from Foxley, used the unit last year.\n\n“They saw me within the hour,” the retired teacher said.', 'Joan Pardew', 'retired teacher'],
    ['counter-case: names listed in brackets after a lower-case word are people', 'Two members (Ella Brandreth and Tom Vickers) abstained.\n\n“I could not back it,” Brandreth said.', 'Ella Brandreth', null],
    ['"The Labour MP for X, Name," is the role apposed before, and "the MP" is that person', 'The Labour MP for Eastfold and Rye, Priya Castellan, wrote to the minister.\n\n“My constituents were promised better,” the MP said.', 'Priya Castellan', 'Labour MP for Eastfold and Rye'],
    ['counter-case: a postnominal MP after a name leaves the name', '“We were promised better,” said Tom Vickers MP.', 'Tom Vickers', null],
    ['"Its chief operating officer, Dr X,": an -ing word before the office noun qualifies it', 'Its chief operating officer, Dr Fiona Marsh, said the decision was hard. “We cannot run it safely,” she said.', 'Fiona Marsh', 'chief operating officer'],
    ['counter-case: an -ing word in a clause before the name leaves no role', 'The man running the depot, Dana Colter, said it was time. “We cannot go on,” Colter said.', 'Dana Colter', null],
    ['"Junior guard X": a position before the name is the role (and "Senior forward X" without "forward" as a list word)', 'Junior guard Adaeze Nwosu hit the winning shot.\n\n“I just let it go,” Nwosu said.', 'Adaeze Nwosu', 'Junior guard'],
    ['counter-case: "forward" as an adverb opening a sentence is no role', 'Looking forward, Dana Colter said the team would rest. “We need it,” Colter said.', 'Dana Colter', null],
    ['"Member for Seat X": the seat opens the run, the office and seat are the role', 'Member for Yarrabee-Gunning Rhys Talbot said he would meet the council.\n\n“We need the yards,” Talbot said.', 'Rhys Talbot', 'Member for Yarrabee-Gunning'],
    ['"the Nationals MP" after "Member for Seat X" is that member', 'Member for Yarrabee-Gunning Rhys Talbot said he would meet the council.\n\n“The yards are the heart of that town,” the Nationals MP said.', 'Rhys Talbot', 'Member for Yarrabee-Gunning'],
    ['counter-case: "Minister for Energy" and an honour before a three-word name keep the name whole', 'Federal Minister for Energy Sardar Asif Khan Bhutta said the rise was unavoidable. “Nobody likes it,” Bhutta said.', 'Asif Khan Bhutta', 'Federal Minister for Energy'],
    ['counter-case: "the Labour MP" is not an MP introduced with another party', 'The Conservative MP for Rye, Tom Vickers, wrote to the minister.\n\n“We were promised better,” the Labour MP said.', 'the Labour MP', null],
    ['"Mayor Cr X" then "Cr X said": the title alone keeps the fuller role it ends', 'Mayor Cr Lachlan Petrie said the shire had held off.\n\n“We have got roofing from 1974,” Cr Petrie said.', 'Lachlan Petrie', 'Mayor Cr'],
    ['counter-case: a later role of other words replaces the earlier one', 'Cr Lachlan Petrie said the shire had held off.\n\n“We have got roofing from 1974,” said Petrie, the shire’s deputy mayor.', 'Lachlan Petrie', 'shire deputy mayor'],
    ['"Setter X, a senior,": a volleyball position opening the sentence is the role', 'Setter Emma Tolliver, a senior, finished with 38 assists.\n\n“It was loud in here,” Tolliver said.', 'Emma Tolliver', 'Setter'],
    ['counter-case: a first name ending in -er stays the name', 'Jennifer Tolliver, a senior, finished with 38 assists.\n\n“It was loud in here,” Tolliver said.', 'Jennifer Tolliver', 'senior'],
    ['a long appositive keeps its opening noun phrase when it ends in a role noun', '“They carried too much capacity for years,” said Priya Venkat, a senior analyst covering consumer durables at the Chicago-based investment research firm Lodestar Equity Partners.', 'Priya Venkat', 'senior analyst'],
    ['counter-case: a long appositive whose role noun comes late gives no role', '“They carried too much capacity for years,” said Priya Venkat, who spent nine years at the Chicago-based investment research firm as its analyst.', 'Priya Venkat', null],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });
});
