import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => quote.speaker);
const first = (text: string) => findQuotes(text)[0];

describe('regional press: offices, bodies and places around a name', () => {
  it.each([
    ['a role noun right after a title is part of the office', '"Expect black ice by dawn," Chief Meteorologist Wren Takahashi said.', 'Wren Takahashi', 'Chief Meteorologist'],
    ['"Chief Executive" before a name', '"Margins will recover," Chief Executive Odile Brandt told analysts.', 'Odile Brandt', 'Chief Executive'],
    ['counter-case: a role-noun surname after a first name stays', '"We will appeal," Sen. Nora Farmer said.', 'Nora Farmer', 'Sen.'],
    ['an acronym in brackets closes an appositive role', 'Pilar Ocampo, president of the Coastal Ferry Operators Guild (CFOG), said fares would rise. "We have no choice," Ocampo said.', 'Pilar Ocampo', 'president of the Coastal Ferry Operators Guild'],
    ['a trade is a role', 'Lorna Quist, a vendor at the night market, said sales fell. "Nobody comes after nine," Quist said.', 'Lorna Quist', 'vendor at the night market'],
  ])('%s', (_, text, speaker, role) => {
    const quote = first(text);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role).toBe(role);
  });

  it.each([
    ['a body named "<word> Canada" is no person for "he"', 'Parks Canada ecologist Lionel Baptiste says the herd is recovering.\n\n"We counted forty calves this spring," he says.', ['Lionel Baptiste']],
    ['a description ending in a body\'s name stays a description', 'A spokesperson for Parks Canada said the agency "will review every permit issued this year" before spring.', ['A spokesperson for Parks Canada']],
    ['counter-case: a person named after a body is the person', '"We counted forty calves," Parks Canada ecologist Lionel Baptiste said.', ['Lionel Baptiste']],
    ['a family name with an elided particle', 'Gus Amirault fishes out of the cove.\n\nMonique d\'Eon, who runs the co-op store with her sister, says stock is low.\n\n"We are waiting on the ferry," she says.', ['Monique d\'Eon']],
    ['a run after "in" is a place, not the person "she" stands for', 'Gus Amirault said little.\n\nMonique Doucet, who runs a store in Pubnico Head, says stock is low.\n\n"We are waiting on the ferry," she says.', ['Monique Doucet']],
    ['a sentence opening "In <Place>," leaves the one person named for "the 68-year-old"', 'Gus Amirault said little.\n\nIn Pubnico Head, Ivan Surette was mending nets on his wharf.\n\n"I have never seen a December this bad," the 68-year-old said.', ['Ivan Surette']],
    ['counter-case: "in" before an owner is a person\'s view', 'In Ivan Surette\'s view, the season is lost. "I have never seen a December this bad," Surette said.', ['Ivan Surette']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('regional press: Pacific honours, family openers, "<role> of <noun>"', () => {
  it.each([
    ['a Fijian chiefly title is no part of the name, and the office stays the role', 'The clinic was opened by Assistant Minister Ratu Filimoni Tawake. "Nobody should be sick from water," Ratu Filimoni said.', 'Filimoni Tawake', 'Assistant Minister'],
    ['"<role noun> of <noun>" before a name', '"Our staff will stay," deputy head of mission Ingrid Solheim said.', 'Ingrid Solheim', 'deputy head of mission'],
    ['"chief of staff" before a name', '"The vote is Tuesday," White House chief of staff Corinne Hale said.', 'Corinne Hale', 'chief of staff'],
    ['counter-case: "of" and a possessive are no role', '"We will not move," a friend of mine Tom Reyes said.', 'Tom Reyes', undefined],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? undefined).toBe(role);
  });

  it.each([
    ['"Mother of four X" opens a sentence about X, for the "she" after it', 'Ratu Filimoni Tawake opened the scheme.\n\nMother of four Losana Vuki, 38, said the taps changed everything.\n\n"Now the children go to school clean," she said.', ['Losana Vuki']],
    ['counter-case: a family word that is not the sentence\'s opener', 'Losana Vuki opened the scheme.\n\nThe mother of four Ana Reyes watched from the back.\n\n"Now the children go to school clean," Losana Vuki said.', ['Losana Vuki']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
