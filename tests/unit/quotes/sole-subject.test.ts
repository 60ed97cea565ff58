import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => (quote.speakerKind === 'description' ? `(${quote.speaker})` : quote.speaker));

describe('the subject after a dateline or an age and a noun; a name set beside "one of …" names that person', () => {
  it.each([
    ['"he" after a dateline and a report naming places too: the sentence\'s subject (entities.ts, opensSentence)', 'MYSURU: Left-arm spinner Ravi Example picked up seven wickets for 38 runs as Uttar Pradesh beat Tamil Nadu by an innings at the Gangotri Stadium on Saturday.\n\n“I was just trying to hit the same spot again and again,” he told reporters after the match.', ['Ravi Example']],
    ['counter-case: two people named as subjects leave "the 23-year-old" a description', 'Ravi Example took three wickets on Saturday. Ajay Sample scored a century in reply.\n\n“I was just trying to hit the same spot again and again,” the 23-year-old told reporters after the match.', ['(the 23-year-old)']],
    ['"One of the victims, 19-year-old student X," then "she said" is X', 'Prosecutor Tom Reyes told the court the van was speeding. One of the victims, 19-year-old student Ellie Example, suffered a fractured pelvis. In a statement read to the court, she said: ‘I used to run every morning. Now I count the steps to the bathroom.’', ['Ellie Example']],
    ['counter-case: "One of the victims, a student from Leeds," stays unnamed', 'Prosecutor Tom Reyes told the court the van was speeding. One of the victims, a student from Leeds, suffered a fractured pelvis. In a statement read to the court, she said: ‘I used to run every morning. Now I count the steps to the bathroom.’', ['(one of the victims)']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a relative clause after a descriptor in the tag names no one (lang/latin-reader.ts)', () => {
  it.each([
    ['de: "sagte ein Streckenposten, der seit zwanzig Jahren dabei ist" is the marshal, not "Jahren"', '„So ein Publikum hab ich hier noch nie erlebt“, sagte ein Streckenposten, der seit zwanzig Jahren dabei ist.', ['(ein Streckenposten)']],
    ['counter-case de: "sagte der Bürgermeister, Jan Roth," is the mayor named after the comma', '„Wir sind bereit für den Winter“, sagte der Bürgermeister, Jan Roth, am Montag.', ['Jan Roth']],
    ['counter-case ro: "a declarat ministrul Agriculturii, Vasile Rusu" keeps the name', '„Suntem pregătiți pentru iarnă”, a declarat ministrul Agriculturii, Vasile Rusu.', ['Vasile Rusu']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
