import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => quote.speaker);

describe('questions and answers: the one who asked does not answer', () => {
  it.each([
    ['"asked whether she could" then "she answered" is the woman asked', 'Kayla Brandt told jurors she had refused to serve him.\n\nUnder cross-examination, defense attorney Roland Meeks asked whether she could see the plate.\n\n"No, sir," she answered.', ['Kayla Brandt']],
    ['"asked him how" then "he conceded" is the man asked', 'State Patrol Trooper Dale Wickliffe said the paint matched. "It was the same code," the trooper testified.\n\nSimone Carraway asked him how common that paint code was. "It is the most common one," he conceded.', ['Dale Wickliffe', 'Dale Wickliffe']],
    ['counter-case: a question with no pronoun for the one asked may be the speaker\'s own', 'Tom Reyes spoke first.\n\nMayor Ana Lopez asked whether anyone had read the report. "Nobody did," she said.', ['Ana Lopez']],
    ['counter-case: a cue that goes on asking keeps the asker', 'Kayla Brandt said little.\n\nDefense attorney Roland Meeks asked whether she was sure. "Take your time," he pressed.', ['Roland Meeks']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
