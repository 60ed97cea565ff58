// Kinds the fortieth session read in American, British and Commonwealth copy (a twenty-ninth set of invented articles,
// from a 1997 hand-made weekly to a 2025 national site), each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const JOINED_OFFICES =
  'Ansel Grieve, who lectures on local government at the college, said turnout was hard to guess. "Nobody polls a county this small," Grieve said.\n\n' +
  'Morrow County Assessor and Tax Collector Linnea Vospers said early ballots were arriving faster than in 2020. She said: "The phones have not stopped."';
const NAME_AND_NAME =
  'Ansel Grieve, who lectures on local government at the college, said turnout was hard to guess. "Nobody polls a county this small," Grieve said.\n\n' +
  'Grieve and his wife Odalys had voted early. "We always do," he said.';

/** `County Clerk and Recorder X said …. She said:`: two offices joined by "and" before the name; X opens the sentence (entities.ts opensSentence). */
kindTable('Two offices joined by "and" before the name of the sentence\'s subject', [
  ['en: `County Assessor and Tax Collector X said …. She said:` is X, not the man quoted before', JOINED_OFFICES, 'The phones have not stopped', 'Linnea Vospers', ANY],
  ['counter-case en: a name and a name joined by "and" (no office before it) leave "he" to the man', NAME_AND_NAME, 'We always do', 'Ansel Grieve', ANY],
]);

const WHICH_PLACE =
  'Superintendent Gideon Hald said the district could not pay more. "The money is not there," Hald said.\n\n' +
  'At the community centre on Alder Road, which opened early to take in pupils, one father collecting three children said he backed the teachers. "But I cannot lose another shift," he said.';
const WHICH_PLACE_NAMED =
  'Superintendent Gideon Hald said the district could not pay more. "The money is not there," Hald said.\n\n' +
  'At the community centre on Alder Road, which opened early to take in pupils, union rep Corliss Wade said the strike would last. "We are ready for a long week," she said.';

/** `At the centre, which opened early, one father … said …. "…," he said`: a relative clause on the opening place (inner-introduction.ts). */
kindTable('An unnamed person after an opening place with a relative clause on it', [
  ['en: `At the centre on X Road, which opened early …, one father collecting three children said` stays unnamed', WHICH_PLACE, 'But I cannot lose another shift', DESCRIBED, null],
  ['en: the same opening before a lower-case role (`union rep X`) and a name gives that person', WHICH_PLACE_NAMED, 'We are ready for a long week', 'Corliss Wade', ANY],
]);

const SUBJECT_OVER_OBJECT =
  'Chief Deputy Thaddeus Scholl said the office had doubled its patrols.\n\n' +
  'At a hardware store off the highway, Elmer Vandross, 71, said he had backed Thaddeus Scholl twice before. "He has been fair with us," the retired dairyman said.';
const OBJECT_FIRST =
  'Chief Deputy Thaddeus Scholl said the office had doubled its patrols.\n\n' +
  'Asked about Thaddeus Scholl, Elmer Vandross laughed. "He has been fair with us," the retired dairyman said.';
const OFFICE_NOUN =
  'At a hardware store off the highway, Elmer Vandross, 71, said he had backed Thaddeus Scholl twice before. "We doubled the patrols," the sheriff said.';

/** `X, 71, said he had backed Y. "…," the retired dairyman said`: the paragraph's one subject, which opens it, over its object (salience.ts soleNamed). */
kindTable('A description no one holds: the paragraph\'s opening subject, not a person it names as an object', [
  ['en: `At a store, X, 71, said he had backed Y twice. "…," the retired dairyman said` is X', SUBJECT_OVER_OBJECT, 'He has been fair with us', 'Elmer Vandross', null],
  ['counter-case en: a paragraph opening with the object (`Asked about Y, X laughed`) ties the noun to no one', OBJECT_FIRST, 'He has been fair with us', DESCRIBED, null],
  ['counter-case en: an office noun (`the sheriff`) is not given the subject', OFFICE_NOUN, 'We doubled the patrols', DESCRIBED, null],
]);

const GOES_BY_TEXT =
  'The depot has stood empty since 2011. Its old tram, nicknamed "the Rattling Rose," will go to a museum, according to council treasurer Ines Palk.\n\n' +
  'Anglers still fish below what locals have long called "the soap works." Volunteers call the weeks before harvest "the thin weeks", when the pantry runs low.\n\n' +
  'The council commissioned a review, "Moving Forward: A Transit Plan for Greater Harrow," which urged new routes.';
const ONES_OWN_NAMING =
  'Mayor Tobiah Renn congratulated his rival on what he called "a hard and honest race." Renn also referred to the budget as "a promise we can keep."';

/** Names things go by (`nicknamed`, `what locals have long called`, `call the weeks …`) and a title with its subtitle are no one's words (filter.ts). */
describe('Quoted names of things and titles with a subtitle are not quotations', () => {
  const found = (text: string) => findQuotes(text).map((quote) => quote.text);
  it('en: `nicknamed “…”`, `what locals have long called “…”`, `call the weeks … “…”` and `a review, “Title: Subtitle,”` are no quotes', () => {
    const texts = found(GOES_BY_TEXT);
    for (const phrase of ['the Rattling Rose', 'the soap works', 'the thin weeks', 'Moving Forward']) expect(texts.some((text) => text.includes(phrase)), JSON.stringify(texts)).toBe(false);
  });
  it("counter-case en: one person's naming (`what he called “…”`, `referred to … as “…”`) stays a quote", () => {
    const texts = found(ONES_OWN_NAMING);
    expect(texts.some((text) => text.startsWith('a hard and honest race')), JSON.stringify(texts)).toBe(true);
    expect(texts.some((text) => text.startsWith('a promise we can keep')), JSON.stringify(texts)).toBe(true);
  });
});
