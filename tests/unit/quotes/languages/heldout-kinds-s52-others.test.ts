// Kinds the fifty-second held-out set showed in English and other European copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const DELAYED_LEDE_REVEAL =
  'GRANITE FALLS, Ore. – "Black coffee, and ask me anything but the weather," the senator said, hanging her coat on a hook by the till at the Harbor Grill shortly after 6 a.m. on Tuesday.\n\n' +
  'The senator was Sen. Lorna Vickery, D-Ore., and the grill had been her first stop in three straight campaigns.';
const REVEAL_OF_ANOTHER_NOUN =
  'GRANITE FALLS, Ore. – "Black coffee, and ask me anything but the weather," the senator said, hanging her coat on a hook by the till at the Harbor Grill shortly after 6 a.m. on Tuesday.\n\n' +
  'The owner was Emmett Sallow, who has run the grill since 1994.';
const REVEAL_NOT_A_NAME =
  'GRANITE FALLS, Ore. – "Black coffee, and ask me anything but the weather," the senator said, hanging her coat on a hook by the till at the Harbor Grill shortly after 6 a.m. on Tuesday.\n\n' +
  'The senator was Oregon Democrats’ best hope of holding the seat in November.';

/** A delayed lede: `"…," the candidate said …` and then `The candidate was Rep. X, R-Pa., and …` (named-later.ts). */
kindTable('A described speaker a delayed lede names with "The <noun> was <Name>"', [
  ['en: `"…," the senator said` before `The senator was Sen. X, D-Ore.,` is X', DELAYED_LEDE_REVEAL, 'Black coffee', 'Lorna Vickery', ANY],
  ['counter-case en: `The owner was X` names someone else', REVEAL_OF_ANOTHER_NOUN, 'Black coffee', DESCRIBED, ANY],
  ['counter-case en: `The senator was Oregon Democrats’ best hope` is no name', REVEAL_NOT_A_NAME, 'Black coffee', DESCRIBED, ANY],
]);

const SEAT_HOLDER_WITH_PLACE_CLAUSE =
  'The plant would sit on state land west of the river.\n\n' +
  'Marisol Quintero, a Democratic state senator whose district includes Cedar Flats, has asked the land board to wait for a traffic study.\n\n' +
  '"Nobody I represent wants it stopped," the first-term legislator told the Valley Ledger on Monday. "They want a study."';
const NAME_AFTER_COPULAR_CLAUSE =
  'The transit board, whose chair is state Sen. Ada Lindqvist, voted to delay the fare rise. Dorian Pike, a county commissioner whose district includes Cedar Flats, opposed it.\n\n' +
  '"We waited long enough," the senator said.';

/** `X, a state senator whose district includes Y Z,` … `the lawmaker said`: a name inside a relative clause is no seat holder (introduced-tie.ts). */
kindTable('A seat description ties to the person introduced, not a place inside a relative clause', [
  ['en: `the first-term legislator` is the senator, not the place her district includes', SEAT_HOLDER_WITH_PLACE_CLAUSE, 'Nobody I represent', 'Marisol Quintero', ANY],
  ['counter-case en: `whose chair is state Sen. X`: the name after a copula is the one described', NAME_AFTER_COPULAR_CLAUSE, 'We waited long enough', 'Ada Lindqvist', ANY],
]);

const AMONG_WAS_RELATIVE =
  'Kingsport had looked in control for most of the chase. Their captain, Rohan Dutta, blamed the middle order.\n\n' +
  '"We had the game won and we gave it away," Dutta said.\n\n' +
  'Among the few dozen Millbrook fans who made the trip to Kingsport was Okafor’s father, Samuel Adeyemi, a teacher who had driven overnight with two of his brothers.\n\n' +
  '"When he was ten he broke every window on our street. Tonight I think we can forgive him," he told the Herald after the ceremony.';
const AMONG_WAS_RELATIVE_OTHER_GENDER =
  'Kingsport had looked in control for most of the chase. Their captain, Rhea Dutta, blamed the middle order.\n\n' +
  '"We had the game won and we gave it away," Dutta said.\n\n' +
  'Among the few dozen Millbrook fans who made the trip to Kingsport was Okafor’s father, Samuel Adeyemi, a teacher who had driven overnight with two of his brothers.\n\n' +
  '"They deserved it more than we did tonight," she told the Herald after the ceremony.';

/** `Among … was X’s father, Name, a …` then `"…," he told`: the name apposed to an inverted subject is the subject (inverted-subject.ts). */
kindTable('The name apposed to an inverted "Among … was" subject', [
  ['en: `Among the fans … was X’s father, Y,` then `"…," he told` is Y', AMONG_WAS_RELATIVE, 'When he was ten', 'Samuel Adeyemi', ANY],
  ['counter-case en: `she` after the father stays with the captain who spoke', AMONG_WAS_RELATIVE_OTHER_GENDER, 'They deserved it', 'Rhea Dutta', ANY],
]);
