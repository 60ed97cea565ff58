/**
 * An interview printed with `Q:` and `A:` labels and no quotation marks (utils/quotes/qa-labels.ts): the answers are
 * the words of the person named right before the questions. Counter-cases: a FAQ box labelled the same way answers in
 * the third person, and an introduction naming no one names no speaker.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { kindTable } from './languages/kind-table';

const INTERVIEW = "The mill will close its night shift in March, the company said on Monday.\n\nThe Courier put four questions to mill owner Dana Whitcombe.\n\nQ: Why close the night shift?\n\nA: We lost two of our three buyers this year. I would rather cut a shift than a whole crew.\n\nQ: What happens to the night workers?\n\nA: Every one of them has been offered a day job. Some will take it, some won't, and I understand that.\n\nQ: Could the shift come back?\n\nA: If the orders come back, yes. We have kept the machines serviced.\n";
const FAQ_BOX = "The council will charge for green-bin collections from April, council leader Ruth Abara said on Monday.\n\nQ: How much will it cost?\n\nA: The charge is \u00a345 a year per bin, billed with council tax.\n\nQ: Can residents opt out?\n\nA: Yes. Households that do not pay will have their bins collected by the end of May.\n\nQ: What about shared bins?\n\nA: Flats with shared bins pay one charge per block, the council says.\n";
const NOBODY_NAMED = "The mill will close its night shift in March, the company said on Monday.\n\nThe Courier put four questions to the mill's owner.\n\nQ: Why close the night shift?\n\nA: We lost two of our three buyers this year. I would rather cut a shift than a whole crew.\n\nQ: What happens to the night workers?\n\nA: Every one of them has been offered a day job. Some will take it, some won't, and I understand that.\n\nQ: Could the shift come back?\n\nA: If the orders come back, yes. We have kept the machines serviced.\n";

kindTable('Q: and A: labels: the answers are the interviewee\'s', [
  ['en: the first answer, the label left out', INTERVIEW, 'We lost two of our three buyers', 'Dana Whitcombe', null],
  ['en: an answer opening in the third person, the rest in the first', INTERVIEW, 'Every one of them', 'Dana Whitcombe', null],
  ['en: the last answer', INTERVIEW, 'If the orders come back', 'Dana Whitcombe', null],
]);

describe('Q: and A: labels that are no interview', () => {
  it('counter-case en: a FAQ box answering in the third person gives no quotes', () => {
    expect(findQuotes(FAQ_BOX).map((quote) => quote.text)).toEqual([]);
  });
  it('counter-case en: answers after an introduction naming no one are nobody\'s words', () => {
    expect(findQuotes(NOBODY_NAMED).filter((quote) => quote.speaker)).toEqual([]);
  });
});
