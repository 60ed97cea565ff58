// Kinds the fiftieth session read in English copy from presses outside the US (a thirtieth set of invented articles:
// Indian, Philippine, Irish, Jamaican, South African, Singaporean, Kenyan, Nigerian, American and British pages), each
// in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DESCRIBED_THEN_NAMED =
  'A spokesperson for the water board said the outages would end by Friday. "Two of our pumps failed within an hour of each other, and the spares were in another district," the spokesperson said.\n\n' +
  'Residents queued at standpipes through the afternoon.\n\n' +
  'The spokesperson, Tembeka Rawlins-Dube, later told the Courier that crews had worked through the night. "We are nearly there," she said.';
const NAMED_AFTER_WITHHELD =
  'A spokesperson for the water board, who asked not to be named, said the outages would end by Friday. "Two of our pumps failed within an hour of each other," the spokesperson said.\n\n' +
  'The spokesperson, Tembeka Rawlins-Dube, later told the Courier that crews had worked through the night.';
const ANOTHER_HOLDER =
  'A spokesperson for the water board said the outages would end by Friday. "Two of our pumps failed within an hour of each other," the spokesperson said.\n\n' +
  'Another spokesperson, Tembeka Rawlins-Dube, said the council would pay for the repairs.';
const FAR_LATER =
  'An engineer at the works said the pipes were old. "Some of them date from before the war," the engineer said.\n\n' +
  'The board met on Monday.\n\nIt will meet again in June.\n\nTenders close in July.\n\n' +
  'The engineer, Corwin Allsop, said the tender would be split in two.';

/** `A spokesperson … said …. "…," the spokesperson said.` then `The spokesperson, X, later told …` (named-later.ts). */
kindTable('A described speaker the next paragraphs name with "The <noun>, <Name>,"', [
  ['en: `"…," the spokesperson said.` before `The spokesperson, X, later told` is X', DESCRIBED_THEN_NAMED, 'Two of our pumps failed', 'Tembeka Rawlins-Dube', null],
  ['en: the quote after the naming stays hers', DESCRIBED_THEN_NAMED, 'We are nearly there', 'Tembeka Rawlins-Dube', ANY],
  ['counter-case en: a spokesperson "who asked not to be named" stays unnamed', NAMED_AFTER_WITHHELD, 'Two of our pumps failed', DESCRIBED, null],
  ['counter-case en: `Another spokesperson, X,` is someone else', ANOTHER_HOLDER, 'Two of our pumps failed', DESCRIBED, null],
  ['counter-case en: a naming four paragraphs on is too far to point back', FAR_LATER, 'Some of them date from before the war', DESCRIBED, null],
]);

const PLACE_THEN_SUBJECT =
  'Residents of Palm Hollow Bay who spoke with the Courier were split. Retired schoolteacher Odessa Brathwaite, who lives three doors from the field, said the show had outgrown the village. "I like the music, but not at four in the morning," the retired teacher said.';
const OFFICE_NOT_WRITTEN =
  'Residents of Palm Hollow Bay who spoke with the Courier were split. Shopkeeper Odessa Brathwaite, who lives three doors from the field, said the show had outgrown the village. "The permit rules are clear," the teacher said.';

/** The paragraph's one subject that speaks, not a place named first; an office noun only as the role written before the name (salience.ts soleNamed). */
kindTable('A description for the one subject of its paragraph who speaks', [
  ['en: `Residents of X Bay …. Retired schoolteacher Y, who …, said …. "…," the retired teacher said` is Y', PLACE_THEN_SUBJECT, 'I like the music', 'Odessa Brathwaite', ANY],
  ['counter-case en: `the teacher` after a shopkeeper is someone the text did not name', OFFICE_NOT_WRITTEN, 'The permit rules are clear', DESCRIBED, null],
]);

const STATEMENT_BY_OFFICER =
  'Traders blocked the highway for two hours on Monday.\n\n' +
  'In a statement, Lowari County police commander Ezekiel Ombati Kamau said six people had been arrested. "Nobody will be allowed to block a public road. Those who wish to work are free to do so," the statement read.';
const STATEMENT_BY_CAPITALISED_OFFICE =
  'In a later statement, the Divisional Police Officer for the whole area, SP Chidinma Okafor-Bello, said three men had been held.\n\n' +
  '"The suspects were picked up at a roadblock with twenty drums of diluted diesel," the statement said.';
const STATEMENT_BY_BODY =
  'In a statement, the Lowari County police command said six people had been arrested. "Nobody will be allowed to block a public road," the statement read.';

/** `In a statement, <Place> police commander X said … "…," the statement read`: the officer, not the place (clause-opening.ts, speaker-phrase.ts, sentence-subject.ts). */
kindTable('A statement brought in by an officer named after a place and an office', [
  ['en: `In a statement, Lowari County police commander X said` gives the statement to X, not the county', STATEMENT_BY_OFFICER, 'Nobody will be allowed', 'Ezekiel Ombati Kamau', ANY],
  ['en: `In a later statement, the Divisional Police Officer for the whole area, SP X, said` gives it to X', STATEMENT_BY_CAPITALISED_OFFICE, 'The suspects were picked up', 'Chidinma Okafor-Bello', ANY],
  ['counter-case en: a statement the police command issued stays the statement', STATEMENT_BY_BODY, 'Nobody will be allowed', DESCRIBED, null],
]);
