// Kinds the fifty-first session read in English political and local copy: a party, seat or place description that stands
// for the person whose own introduction carries it, a line announcing an exchange, what quoted words are described as,
// and a relative's gender after "whose". Fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const PARTY_APPOSITION =
  'Lawmakers in Salem spent the week arguing over a wildfire bill.\n\n' +
  'State Rep. Harlan Quist, a Democrat from Hood River who wrote the measure, said the state could not wait another season.\n\n' +
  '"Every summer we tell ourselves the next fire will be smaller," the Democrat told the Courier. "It never is."';
const PARTY_NEARBY =
  'Lawmakers in Salem spent the week arguing over a wildfire bill.\n\n' +
  'State Rep. Harlan Quist, who wrote the measure, said the state could not wait another season. Democrats said the plan was too small.\n\n' +
  '"Every summer we tell ourselves the next fire will be smaller," the Democrat told the Courier.';
const PARTY_BEFORE_NAME =
  'Democratic Sen. Odile Marchetti and her Republican rival, Rep. Cyrus Banfield, are level in the latest survey.\n\n' +
  'Banfield, a former county sheriff, spent Tuesday in Pendleton.\n\nMarchetti spoke to a farm group in Ontario.\n\n' +
  '"I am not running against a survey," the Oregon Democrat said.';
const SEAT_TITLE =
  'Sen. Idris Calloway told a crowd in Ottumwa that the party had lost its way.\n\nCalloway, 66, has visited the state five times this year.\n\n' +
  '"We stopped showing up, and people noticed," the Maine senator said.';
const COUNCIL_ROLE =
  'The summer festival drew its biggest crowd in years, according to Roisin Fahy, chair of Ballyconnell Town Council, who has attended since childhood.\n\n' +
  '"We nearly lost it in 2011," the councillor said. "Now look at it."';
const NO_COUNCIL_ROLE =
  'The summer festival drew its biggest crowd in years, according to Roisin Fahy, who runs the bakery on Main Street.\n\n' +
  '"We nearly lost it in 2011," the councillor said.';
const SAT_IN_SENATE =
  'Ana Teixeira, 81, who sat in the state Senate for two decades, watched from the gallery.\n\n"I never thought I would see this vote," the former senator said.';
const OTHER_STATE =
  'Republican Sen. Miles Ostrander of Wyoming spoke first at the hearing.\n\n"This bill is dead," the Montana Republican said.';
const NEXT_SENTENCE_SEAT =
  'State Rep. Lorne Vasko said little at first. The first-term state representative from Grand Island filed the bill on Friday.\n\n' +
  '"If a county wants the money, it can follow the law," the Grand Island Republican said.';

/** `X, a Democrat from Y,` … `the Democrat told`; `Sen. X` … `the Maine senator` (introduced-tie.ts, through party-state.ts). */
kindTable('A party or seat description for the person whose own introduction carries it', [
  ['en: `State Rep. X, a Democrat from Y,` … `the Democrat told` is X, not the place', PARTY_APPOSITION, 'Every summer we tell', 'Harlan Quist', ANY],
  ['en: the next part of the quote stays X', PARTY_APPOSITION, 'It never is', 'Harlan Quist', ANY],
  ['en: `Democratic Sen. X and her Republican rival, Rep. Y` … `the Oregon Democrat` is X', PARTY_BEFORE_NAME, 'I am not running', 'Odile Marchetti', ANY],
  ['en: `Sen. X` … `the Maine senator said` is X', SEAT_TITLE, 'We stopped showing up', 'Idris Calloway', ANY],
  ['en: `X, chair of Y Town Council,` … `the councillor said` is X', COUNCIL_ROLE, 'We nearly lost it', 'Roisin Fahy', ANY],
  ['en: `X, who sat in the state Senate` … `the former senator said` is X', SAT_IN_SENATE, 'I never thought', 'Ana Teixeira', ANY],
  ['en: `State Rep. X …. The state representative from Y …` … `the Y Republican` is X', NEXT_SENTENCE_SEAT, 'If a county wants', 'Lorne Vasko', ANY],
  ['counter-case en: a party only mentioned in the next sentence ties no one', PARTY_NEARBY, 'Every summer we tell', DESCRIBED, null],
  ['counter-case en: a baker is not `the councillor`', NO_COUNCIL_ROLE, 'We nearly lost it', DESCRIBED, null],
  ['counter-case en: `Republican Sen. X of Wyoming` is not `the Montana Republican`', OTHER_STATE, 'This bill is dead', DESCRIBED, null],
]);

const EXCHANGE =
  "Rep. Lionel Achebe-Ward pressed the agency's director on overtime.\n\n" +
  'The back-and-forth, which has since been shared widely online, went like this:\n\n' +
  '"How many of your staff were paid for hours they did not work?" Achebe-Ward asked.\n\n"I would have to check," the director said.';
const SPOKESWOMAN_COLON =
  'The club was fined on Monday.\n\nA club spokeswoman told reporters:\n\n"We will appeal the ban." Coach Ida Tarrant declined to comment.';

/** `The exchange went like this:` then `“…?” X asked` (own-cue.ts). */
kindTable('A line announcing an exchange is no speaker', [
  ['en: `The back-and-forth … went like this:` then `"…?" X asked` is X', EXCHANGE, 'How many of your staff', 'Lionel Achebe-Ward', ANY],
  ['counter-case en: `A club spokeswoman told reporters:` keeps the words', SPOKESWOMAN_COLON, 'We will appeal the ban', DESCRIBED, null],
]);

const DESCRIBED_AS_THEN_CONTINUED =
  'The measure, championed by council member Imelda Ruston-Cole, moves $2 million from roads to buses. Ruston-Cole has pointedly avoided the slogan "war on cars," describing the plan instead as a matter of matching calls to routes.\n\n' +
  '"For years we built car parks and called it progress," Ruston-Cole said before the vote. "Tonight we stop."\n\n' +
  'She continued: "This is not about cars. It is about kids."\n\n' +
  'Mayor Hal Brisco said he would sign the measure. Campaigners with Lexton Rides, a riders\' group, called it a start.\n\n' +
  'Ruston-Cole, who grew up on the east side and whose brother was hit by a car in 2009, said she understood the worry.';
const DIRECTOR_OF_HOUSING =
  'The city will build 400 flats by 2027.\n\n"We have the land and we have the money," the director of housing said.';

/** `describing it as a matter of matching calls …` is no speaker (own-cue.ts); `whose brother` gives the owner no gender (coreference.ts). */
kindTable('What quoted words are described as, and a relative after "whose"', [
  ['en: `She continued:` after `X, whose brother …, said she` is X', DESCRIBED_AS_THEN_CONTINUED, 'This is not about cars', 'Imelda Ruston-Cole', ANY],
  ['counter-case en: `the director of housing said` stays a speaker', DIRECTOR_OF_HOUSING, 'We have the land', DESCRIBED, null],
]);
