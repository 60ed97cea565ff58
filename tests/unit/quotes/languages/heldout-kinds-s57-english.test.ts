// Kinds the fifty-seventh held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const WORDS_OF_SELECTMAN =
  'The town board met on Monday to weigh the new fire station.\n\n' +
  '"I have my doubts about the plan, and I will say so again at the next meeting."\n\n' +
  'Those were the words of Selectwoman Hollis Varga, who voted against the station last spring.';
const WORDS_OF_COUNCILMAN =
  'The town board met on Monday to weigh the new fire station.\n\n' +
  '"I have my doubts about the plan, and I will say so again at the next meeting."\n\n' +
  'Those were the words of Councilman Hollis Varga, who voted against the station last spring.';

/** `Selectman X`: a New England town's elected office is a title, not part of the name (names.ts, roles.ts). */
kindTable('A selectman’s title comes off the name', [
  ['en: `the words of Selectwoman X` is X', WORDS_OF_SELECTMAN, 'I have my doubts', 'Hollis Varga', ANY],
  ['counter-case en: `the words of Councilman X` stays X, as before', WORDS_OF_COUNCILMAN, 'I have my doubts', 'Hollis Varga', ANY],
]);

const PASSIVE_TIME_CLAUSE =
  'Ashby won the county final by a point.\n\n' +
  '‘We came back from six points down,’ said Ashby captain Noel Frain after the final score was announced. ‘Nobody in this county gave us a chance.’';
const PASSIVE_NO_TIME_CLAUSE =
  'Ashby won the county final by a point. The final score was announced. ‘Nobody in this county gave us a chance.’';

/** `said X after the result was announced. ‘…’`: a passive in a time clause is no cue for the next quote (passive-time-clause.ts). */
kindTable('A passive verb of saying in a time clause is no speaker', [
  ['en: the quote after `said X after the score was announced.` is X', PASSIVE_TIME_CLAUSE, 'Nobody in this county', 'Noel Frain', ANY],
  ['counter-case en: a passive with no time clause is left as it was', PASSIVE_NO_TIME_CLAUSE, 'Nobody in this county', DESCRIBED, ANY],
]);

const LOCAL_OFFICE_HONORIFIC =
  'The council had on Friday posted eviction notices at the market.\n\n' +
  'Speaking to reporters at the market on Wednesday, the Babaloja of Oke Arin Market, Alhaji Ronke Salami, said the traders would not be "driven out like cattle".\n\n' +
  '"We have sold here for forty years. You cannot tell us to leave in a month," he said.';
const PLACE_AFTER_OFFICE =
  'The council had on Friday posted eviction notices at the market.\n\n' +
  'Speaking to reporters on Wednesday, the head of the traders in Port Harcourt, Rivers, said they would not be "driven out like cattle".';

/** `the <local office> of Y Market, Alhaji X, said`: a titled full name after an office is the holder, not the place's state (verb-subject.ts). */
kindTable('A capitalised local office and a name behind a form of respect', [
  ['en: `Speaking … at the market on Wednesday, the Babaloja of Y, Alhaji X, said` is X', LOCAL_OFFICE_HONORIFIC, 'We have sold here', 'Ronke Salami', ANY],
  ['en: the partial quote in the same sentence is X too', LOCAL_OFFICE_HONORIFIC, 'driven out like cattle', 'Ronke Salami', ANY],
  ['counter-case en: a place and its state after an office are no person', PLACE_AFTER_OFFICE, 'driven out like cattle', DESCRIBED, ANY],
]);

const PLACE_PARTY_LAWMAKER =
  'The board voted 7-2 to raise fees. Dana Whitlock, a state senator who chairs the Senate Finance Committee, told the Courier on Friday that she would seek more money.\n\n' +
  '“But I’m one voice out of forty, and the leadership has its own plans,” the Ashford Republican said.';
const PLACE_PARTY_NO_LAWMAKER =
  'The board voted 7-2 to raise fees. Dana Whitlock, a sheep farmer whose son studies there, told the Courier on Friday that she would write to the board.\n\n' +
  '“But I’m one voice out of forty, and the leadership has its own plans,” the Ashford Republican said.';

/** `X, a state senator who …,` … `the <Place> Republican said`: a place’s party member is the lawmaker introduced (party-state.ts). */
kindTable('A place and party description stands for the lawmaker introduced', [
  ['en: `the Ashford Republican` after `X, a state senator` is X', PLACE_PARTY_LAWMAKER, 'But I’m one voice', 'Dana Whitlock', ANY],
  ['counter-case en: with no lawmaker introduced, the description stays', PLACE_PARTY_NO_LAWMAKER, 'But I’m one voice', DESCRIBED, ANY],
]);
