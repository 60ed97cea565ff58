// Kinds the fifty-ninth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const PARENT_WITH_AGED_CHILD =
  'The library board voted on Monday to close the branch on Elm Street.\n\n' +
  'Parents crowded the hearing room. Maribel Ostrowski, whose 12-year-old daughter walks to the branch after school, said she had written to every trustee.\n\n' +
  '“Nobody answered me,” said the 44-year-old nurse, “and now they want us to drive across town.”';
const AGED_FAMILY_WORD =
  'The library board voted on Monday to close the branch on Elm Street.\n\n' +
  'Parents crowded the hearing room. Maribel Ostrowski, whose 12-year-old daughter walks to the branch after school, said she had written to every trustee.\n\n' +
  '“Nobody answered me,” said the 44-year-old grandmother, “and now they want us to drive across town.”';
const AGED_PERSON_OF_OWN_AGE =
  'The library board voted on Monday to close the branch on Elm Street.\n\n' +
  'Parents crowded the hearing room. Tomasz Ridley, a 38-year-old welder, said he had written to every trustee.\n\n' +
  '“Nobody answered me,” the 38-year-old said.';
const OTHER_AGE_GIVEN =
  'The library board voted on Monday to close the branch on Elm Street.\n\n' +
  'Parents crowded the hearing room. Maribel Ostrowski, 52, said she had written to every trustee.\n\n' +
  '“Nobody answered me,” said the 44-year-old grandmother.';
const FAMILY_WORD_OF_OTHER_GENDER =
  'The library board voted on Monday to close the branch on Elm Street.\n\n' +
  'Parents crowded the hearing room. Maribel Ostrowski said she had written to every trustee, and she was still waiting.\n\n' +
  '“Nobody answered me,” said the 44-year-old grandfather.';

/** `X, whose 19-year-old son …, said …` ¶ `"…," said the 47-year-old grandmother`: the child's age is not X's (roles.ts ageOf, salience.ts). */
kindTable('An aged description after a parent named with a child’s age is the parent', [
  ['en: `the 44-year-old nurse` after `X, whose 12-year-old daughter …,` is X', PARENT_WITH_AGED_CHILD, 'Nobody answered me', 'Maribel Ostrowski', ANY],
  ['en: `the 44-year-old grandmother` is the one woman named, her age not given', AGED_FAMILY_WORD, 'Nobody answered me', 'Maribel Ostrowski', ANY],
  ['counter-case en: `X, a 38-year-old welder,` still gives X that age', AGED_PERSON_OF_OWN_AGE, 'Nobody answered me', 'Tomasz Ridley', ANY],
  ['counter-case en: `X, 52,` is not `the 44-year-old grandmother`', OTHER_AGE_GIVEN, 'Nobody answered me', DESCRIBED, ANY],
  ['counter-case en: a woman named is not `the 44-year-old grandfather`', FAMILY_WORD_OF_OTHER_GENDER, 'Nobody answered me', DESCRIBED, ANY],
]);

const THAT_WAS_HOW_RANKED =
  'OAKRIDGE, Ore. — “We have run out of beds twice this month.”\n\n' +
  'That was how Lt. Marisol Quintero, the shelter coordinator at the Oakridge Armory, opened her report to the city council on Thursday.';
const THAT_WAS_NAME_AGED =
  'Volunteers stacked cots in the gym of the old school.\n\n' +
  '“I lost my shoes, my bag, my phone. I just want to go home.”\n\n' +
  'That was Tobias Renner, 11, a sixth grader whose family fled the fire on Sunday night.';
const THAT_WAS_PLACE =
  'Volunteers stacked cots in the gym of the old school. Officials said the roads would reopen soon.\n\n' +
  '“Keep the gates closed until dawn.”\n\n' +
  'That was Cedar Street, a quiet road before the fire.';

/** `"…" ¶ That was how Maj. X, the …, opened …` and `"…" ¶ That was X, 15, a …`: the sentence after names the speaker (lang/next-sentence.ts). */
kindTable('A quote standing alone, its speaker named by a `That was …` sentence after it', [
  ['en: `That was how Lt. X, the shelter coordinator, opened her report` is X, the role between the commas', THAT_WAS_HOW_RANKED, 'We have run out', 'Marisol Quintero', 'shelter coordinator'],
  ['en: `That was X, 11, a sixth grader` is X', THAT_WAS_NAME_AGED, 'I lost my shoes', 'Tobias Renner', ANY],
  ['counter-case en: `That was Cedar Street, a quiet road` names no one', THAT_WAS_PLACE, 'Keep the gates', 'Officials', ANY],
]);

const DATELINE_LEDE =
  'MILLBROOK, Ont. — Harlow Paper Products will shut its Millbrook mill by June, putting 210 people out of work, the company announced Tuesday.\n\n' +
  'In a statement, chief executive Dana Whitcombe said demand had collapsed.';
const DASH_SPEECH_AFTER_SENTENCE = 'Marek Nowak przyszedł na zebranie. – Nie wiemy, co dalej – mówi Nowak.';

/** `PLACE, Ont. — …, the company announced.`: a dateline's dash opens no dialogue line (lang/dialogue.ts). */
describe('A dateline dash opens no speech', () => {
  it('en: `MILLBROOK, Ont. — …, the company announced Tuesday.` is no quote', () => {
    expect(findQuotes(DATELINE_LEDE).map((quote) => quote.text)).toEqual([]);
  });
});
kindTable('counter-case: a dialogue dash after a sentence is still speech', [
  ['counter-case pl: `… zebranie. – Nie wiemy … – mówi Nowak.`', DASH_SPEECH_AFTER_SENTENCE, 'Nie wiemy', 'Marek Nowak', ANY],
]);
