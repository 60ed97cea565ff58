// The office of a body with a capitalised name, then the holder set in commas, some with a bare occupation before the name,
// opening a paragraph with no quote of its own (the fifty-sixth held-out set showed `The chair of the <Body>, <occupation>
// <Name>, defended …, saying …` before bare quote paragraphs that went to the speaker before), in fresh sentences of my own.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const BEFORE = '“At this price, in a bad year, we are underwater by June,” Oakby said. “And my mother has done this for forty years.”';
const AFTER = '“The reservoir is at its lowest since records began. We cannot wait.”\n\nThe plan goes to a vote in May.';
const story = (introduction: string): string => `${BEFORE}\n\n${introduction}\n\n${AFTER}`;

/** `The chair of the X Water Board, hydrologist A B, defended …`: the quote paragraph after is A B's (sentence-subject.ts). */
kindTable('The holder of an office of a named body, set in commas, owns the bare quote paragraph after', [
  ['a bare occupation before the name, `defended …, saying …`', story('The chair of the Tarn Valley Water Board, hydrologist Cosmo Venner, defended the plan on Tuesday, saying the reservoir was too low.'), 'The reservoir', 'Cosmo Venner', ANY],
  ['two words of occupation, one no list holds', story('The president of the Harbour Traders Association, marine ecologist Priya Lendrum, said the cut was overdue.'), 'The reservoir', 'Priya Lendrum', 'president of the Harbour Traders Association'],
  ['no occupation: the office of the body is the role', story('The secretary of the Upper Fenn Growers Union, Martin Okello, argued the opposite on Friday.'), 'The reservoir', 'Martin Okello', 'secretary of the Upper Fenn Growers Union'],
  ['a body with `of` inside its name', story('The head of the Bank of Corranmoor, economist Ilse Varga, backed the plan, saying the loans could wait.'), 'The reservoir', 'Ilse Varga', ANY],
  ['counter-case: the office with no person stays out, the speaker before keeps it', story('The chair of the Tarn Valley Water Board defended the plan on Tuesday.'), 'The reservoir', 'Oakby', ANY],
  ['counter-case: an address in the commas is no holder, the quote stays a description', story('The landlord of the Copper Kettle, Harrow Street, said trade was down by a third.'), 'The reservoir', DESCRIBED, ANY],
  ['counter-case: a preposition before a name is no occupation', story('The head of the Tarn Valley Water Board, under Cosmo Venner, has met twice.'), 'The reservoir', 'Oakby', ANY],
]);
