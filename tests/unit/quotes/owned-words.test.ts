import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const SENTENCE = '"The pool stays open until the last day of summer."';
const QUOTE = '"The pool stays open until the last day of summer,"';
const INTRO = 'Wendell Ashby chairs the parks board.';

const first = (text: string) => findQuotes(text)[0];

describe('owned words speak for their owner', () => {
  it.each([
    ['"his" message and a colon', `${INTRO} His statement on Friday read: ${SENTENCE}`, 'Wendell Ashby'],
    ['"his" letter sent to someone', `${INTRO} His letter to the council said, ${SENTENCE}`, 'Wendell Ashby'],
    ['a named owner\'s message', `${INTRO} Ashby's statement said, ${SENTENCE}`, 'Wendell Ashby'],
    ['"her" book describing something as', 'Rosalind Greaves wrote about the lake for years. Her memoir describes it as "a mirror nobody was allowed to touch."', 'Rosalind Greaves'],
    ['"her" reply after the quote', `Rosalind Greaves was asked about the pool. ${QUOTE} her reply to the board said.`, 'Rosalind Greaves'],
    ['counter-case: an owned person is someone else', `${INTRO} His spokesman said: ${SENTENCE}`, 'His spokesman'],
    ['counter-case: a named owner\'s lawyer is the lawyer', `${INTRO} Ashby's lawyer wrote: ${SENTENCE}`, "Ashby's lawyer"],
    ['counter-case: "their" message is a group\'s, kept as written', `${INTRO} Their joint statement said: ${SENTENCE}`, 'Their joint statement'],
    ['counter-case: an unowned statement', `${INTRO} The statement said: ${SENTENCE}`, 'The statement'],
  ])('%s', (_, text, speaker) => {
    expect(first(text)?.speaker).toBe(speaker);
  });
});

describe('role words and a name set beside a description', () => {
  it.each([
    ['before the verb', `${QUOTE} the survey's lead author, economist Priya Malhotra, said.`, 'Priya Malhotra', 'economist'],
    ['after the verb', `${QUOTE} said the survey's lead author, economist Priya Malhotra.`, 'Priya Malhotra', 'economist'],
    ['before the quote', `The survey's lead author, economist Priya Malhotra, said: ${SENTENCE}`, 'Priya Malhotra', 'economist'],
    ['counter-case: a bare name keeps the description as its role', `${QUOTE} the survey's lead author, Priya Malhotra, said.`, 'Priya Malhotra', 'survey lead author'],
    ['counter-case: a name inside a relative clause is not the subject', `${QUOTE} the coach, who replaced longtime coach Bill Ferris, said.`, 'the coach', undefined],
    ['counter-case: words that are no role', `${QUOTE} the survey's lead author, unlike colleague Priya Malhotra, said.`, "the survey's lead author", undefined],
  ])('%s', (_, text, speaker, role) => {
    const quote = first(text);
    expect(quote?.speaker).toBe(speaker);
    if (role) expect(quote?.role).toBe(role);
  });
});

describe('a sentence of agreement after a quote that goes on a turn', () => {
  const speakersOf = (text: string) => findQuotes(text).map((quote) => quote.speaker);
  it.each([
    ['the agreeing one answers the part before', '"The kitchen was a disaster," head chef Lorna Beattie said. "Nothing went out on time." Sous chef Arjun Mehta agreed. "We were slow," he said.', ['Lorna Beattie', 'Lorna Beattie', 'Arjun Mehta']],
    ['counter-case: a comma ties the quote to the one agreeing', '"The kitchen was a disaster," head chef Lorna Beattie said. "Nothing went out on time," sous chef Arjun Mehta agreed.', ['Lorna Beattie', 'Arjun Mehta']],
    ['counter-case: no turn to go on', 'Head chef Lorna Beattie left early. "Nothing went out on time." Sous chef Arjun Mehta agreed.', ['Arjun Mehta']],
  ])('%s', (_, text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('offices written before a name', () => {
  it.each([
    ['"Fire Marshal" is a role', '"We do not know the cause yet," said Fire Marshal Odette Brennan.', 'Odette Brennan', 'Fire Marshal'],
    ['"State Trooper" is a role', '"The road was like glass," State Trooper Lyle Dempsey said.', 'Lyle Dempsey', 'State Trooper'],
  ])('%s', (_, text, speaker, role) => {
    const quote = first(text);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role).toBe(role);
  });
});
