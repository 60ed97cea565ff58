// Kinds the sixtieth held-out set showed in English and Asian-language copy, each in fresh sentences of my own,
// with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED } from './kind-table';

const OFFICE_OF_THE_COMPANY_BEFORE_NAME =
  'The payout was approved at the firm’s 21st annual meeting at the Riverside Trade Pavilion, Kumasi, where shareholders also backed a new grain store.\n\n' +
  'Speaking to shareholders, the Chairman of the company, Chief Kwabena Asante-Mensah, said the year had tested every farmer.\n\n' +
  '“Fuel alone cost us twice what it did two years ago,” he said.';
const NAME_THEN_OFFICE_OF_THE_UNION =
  'Nurses at three district hospitals will strike from Monday.\n\n' +
  'Esther Nakamura-Obi, the secretary of the union, said talks had broken down.\n\n' +
  '“We asked for safe staffing and were offered a survey,” she said.';
const ORGANISATION_BESIDE_ITS_NOUN =
  'Bus fares in the capital will rise by a tenth from June.\n\n' +
  'The parent company of the operator, Meridian Vale, said fuel and wages had risen.\n\n' +
  'Commuter Lydia Achterberg said the rise was hard to swallow. “Every month something else goes up,” she said.\n\n' +
  '“We held fares for three years,” the company said in a statement.';

/** `The chairman of the company, Chief X, said`: an office held in a body, set beside the name, is no body itself (organisation-head.ts). */
kindTable('An office "of the company/union" beside a name keeps that name a person', [
  ['en: `the Chairman of the company, Chief X,` then `he said` is X', OFFICE_OF_THE_COMPANY_BEFORE_NAME, 'Fuel alone cost us', 'Kwabena Asante-Mensah', ANY],
  ['en: `X, the secretary of the union,` then `she said` is X', NAME_THEN_OFFICE_OF_THE_UNION, 'We asked for safe staffing', 'Esther Nakamura-Obi', ANY],
  ['counter-case en: `The parent company of the operator, X,` is still a body, never the speaker', ORGANISATION_BESIDE_ITS_NOUN, 'We held fares for three years', UNNAMED, null],
]);

const TERM_IN_QUOTES_AFTER_HER_PRONOUN =
  'The county will close its libraries on Mondays from September, after councillors voted 7-2 on Wednesday night.\n\n' +
  'Council leader Tomasz Wierzbicki told councillors the county had lost a fifth of its library budget in two years.\n\n' +
  '“We kept every branch open, and that matters more than a sixth day,” Wierzbicki said.\n\n' +
  '“I can live with it if the branches stay open, but nobody has told us what Mondays will look like,” said Ngozi Balogun, a mother of two in Eastfield.\n\n' +
  'Balogun, who works as a night nurse, told the Herald she has already asked her manager about moving to weekend shifts.\n\n' +
  'The county plans to offer Monday reading sessions through a new “Open Shelves” scheme, including homework help and story time, at several branches. According to Wierzbicki, the sessions will be “free for anyone who needs them,” though details are still being worked out.\n\n' +
  'A volunteer who has read to children at the main branch for 12 years, and who asked not to be named because she also works for the county, said the change would hurt young families.\n\n' +
  '“Mondays are when the young mothers come in. Take that away and they stop coming at all,” she said.\n\n' +
  'Wierzbicki said the county will look again at the hours next spring.\n\n' +
  '“If it fails, we will say so and we will open on Mondays again,” he said.';
const HE_AFTER_HER_OWN_SHE =
  'The county will close its libraries on Mondays from September, after councillors voted 7-2 on Wednesday night.\n\n' +
  'Council leader Alex Wierzbicki told councillors the county had lost a fifth of its library budget in two years.\n\n' +
  '“We kept every branch open, and that matters more than a sixth day,” she said.\n\n' +
  '“I can live with it if the branches stay open, but nobody has told us what Mondays will look like,” said Ngozi Balogun, a mother of two in Eastfield.\n\n' +
  'Balogun, who works as a night nurse, told the Herald she has already asked her manager about moving to weekend shifts.\n\n' +
  'The county plans to offer Monday reading sessions through a new “Open Shelves” scheme, including homework help and story time, at several branches. According to Wierzbicki, the sessions will be “free for anyone who needs them,” though details are still being worked out.\n\n' +
  'A volunteer who has read to children at the main branch for 12 years, and who asked not to be named because she also works for the county, said the change would hurt young families.\n\n' +
  '“Mondays are when the young mothers come in. Take that away and they stop coming at all,” she said.\n\n' +
  'Wierzbicki said the county will look again at the hours next spring.\n\n' +
  '“If it fails, we will say so and we will open on Mondays again,” he said.';

/** A programme's name in quotation marks carried from context teaches no gender: `he said` later is still the man named (attribute.ts). */
kindTable('A term in quotation marks carried from context teaches its speaker no gender', [
  ['en: a `“Open Shelves” scheme` near a woman’s `she` leaves the leader a possible `he`', TERM_IN_QUOTES_AFTER_HER_PRONOUN, 'If it fails, we will', 'Tomasz Wierzbicki', ANY],
  ['counter-case en: a whole quote `“…,” she said` does teach it: `he said` later is not the leader who was `she`', HE_AFTER_HER_OWN_SHE, 'If it fails, we will', UNNAMED, null],
]);

const ACCORDING_TO_TEAM_ROLE_NAME =
  'The girls had one bright spot, with Ana Bell winning the sprint double in 11.52 and 23.61 seconds. According to Eastwood team manager Colin Reid, Bell is "the best young runner this club has had in a decade".';
const ACCORDING_TO_TWO_NAMES =
  'The girls had one bright spot, with Ana Bell winning the sprint double. According to Reid and Mills, Bell is "the best young runner this club has had in a decade".';

/** `According to <Team> team manager X, Y is "…"`: a capitalised team or town before the role words is no name (cues.ts). */
kindTable('"According to" a role qualified by a capitalised team or town, then the name', [
  ['en: `According to Eastwood team manager X,` gives X', ACCORDING_TO_TEAM_ROLE_NAME, 'the best young runner', 'Colin Reid', ANY],
  ['counter-case en: `According to Reid and Mills,` names two, no one source', ACCORDING_TO_TWO_NAMES, 'the best young runner', UNNAMED, null],
]);

const WHAT_A_PLURAL_CALLS =
  'Frost has cost the valley three harvests in a decade, said Dr. Ilse Meyer, a soil scientist at Northfield College.\n\n' +
  'Meyer said many orchards sit in what growers call “dead air hollows,” hollows where cold air settles and buds die.\n\n' +
  '“We lose a crop every third year,” Meyer said.';
const WHAT_SHE_CALLS =
  'Frost has cost the valley three harvests in a decade, said Dr. Ilse Meyer, a soil scientist at Northfield College.\n\n' +
  'Meyer said the losses are what she calls “a slow leak that nobody in the valley wants to plug,” and growers agree.\n\n' +
  '“We lose a crop every third year,” Meyer said.';

/** `what growers call “…”`: a term a plural group uses is no one's words; `what she calls “…”` is hers (filter.ts GOES_BY). */
kindTable('A term after "what <people> call" is no quotation', [
  ['en: `what growers call “…”` is not quoted, the quote after is still found', WHAT_A_PLURAL_CALLS, 'We lose a crop', 'Ilse Meyer', ANY],
  ['counter-case en: `what she calls “…”` stays her words', WHAT_SHE_CALLS, 'a slow leak that nobody', 'Ilse Meyer', ANY],
]);
describe('A term after "what <people> call" is no quotation: the term itself', () => {
  it('en: `what growers call “dead air hollows,”` is not among the quotes', () => {
    expect(findQuotes(WHAT_A_PLURAL_CALLS).some((quote) => quote.text.startsWith('dead air hollows'))).toBe(false);
  });
});
