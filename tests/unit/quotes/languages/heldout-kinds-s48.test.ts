// Kinds the thirty-ninth session read in English copy from outside the United States (a twenty-eighth set of invented
// articles: British, Irish, Australian, Canadian, Indian, Nigerian, South African, Singaporean and Kenyan house styles),
// each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const NAMED_NEXT =
  "Cllr Bronwen Tilly said: 'You are asking people to pay more for less.'\n\n" +
  "Earlier, the council's head of finance had told members the reserve was nearly spent. 'If we use it again we will have nothing left for a bad winter,' she said.\n\n" +
  "The head, Mrs Carys Fenwick, told councillors a review of parking charges would follow. 'Nothing is ruled out,' said Mrs Fenwick.";
const MINISTER_NEXT =
  '"We will fight this closure," said union steward Dawn Pelletier.\n\n' +
  "On Tuesday, the province's labour minister said her officials had met the company twice. \"We were told there was no plan to close,\" she said.\n\n" +
  'The minister, Odile Marchand, said she would meet the union on Friday.';
const NAMED_BEFORE =
  '"We will fight this closure," said union steward Dawn Pelletier.\n\n' +
  "On Tuesday, the province's labour minister said her officials had met the company twice. \"We were told there was no plan to close,\" she said.\n\n" +
  'The steward, Dawn Pelletier, said the union would picket on Friday.';

/** `the council's head of finance had warned …` … `“…,” she said.` … `The head, Mrs X,`: the office's holder, named after (described-subjects.ts). */
kindTable('An office brought in as a subject, its holder named in the next paragraph', [
  ['en: `the council\'s head of finance had warned` … `she said` … `The head, Mrs X,` is X', NAMED_NEXT, 'If we use it again', 'Carys Fenwick', ANY],
  ['en: `the province\'s labour minister said` … `she said` … `The minister, X,` is X', MINISTER_NEXT, 'We were told there was no plan', 'Odile Marchand', ANY],
  ['counter-case en: an apposition on another noun (`The steward, X,`) names no minister: the pronoun is not given X by it', NAMED_BEFORE, 'We were told there was no plan', 'Dawn Pelletier', ANY],
]);

const LETTERED =
  'Superintendent of Police (SP) Arvind Kumar Mehta said eleven people had been detained. "This was planned over weeks," the SP said.\n\n' +
  'District officials met on Monday. "Schools stay open," the DC said.';

/** `Superintendent of Police (SP) X` … `the SP said`: the letters a paper sets in brackets after the office (roles.ts, salience.ts). */
kindTable('An office spelled out with its letters in brackets, then called by the letters', [
  ['en: `Superintendent of Police (SP) X` … `“…,” the SP said` is X', LETTERED, 'This was planned over weeks', 'Arvind Kumar Mehta', 'Superintendent of Police (SP)'],
  ['counter-case en: letters no office in the text was given (`the DC`) stay as written', LETTERED, 'Schools stay open', DESCRIBED, null],
]);

const OPENER =
  'Downriver, cattle farmer Bill Trask, who moved his herd on Sunday, said: "The paddocks are under water."\n\n' +
  'Trask, a cattle farmer, said: "We lost two kilometres of fence."\n\n' +
  'Lopez, friends with Ann Carr for years, said: "She never gives up."\n\n' +
  'Upriver, sheep farmer Col Ward, who lost forty ewes, said: "The creek came up in an hour."';

/** `Downriver, cattle farmer X, who …, said:`: nouns qualifying the role noun before the name, not the opening adverb (verb-subject.ts). */
kindTable('An opening adverb set off by a comma before a role and a full name', [
  ['en: `Downriver, cattle farmer X, who …, said:` is X', OPENER, 'The paddocks are under water', 'Bill Trask', 'cattle farmer'],
  ['en: `Upriver, sheep farmer Col Ward, …, said:` is the family name left after the title, not the adverb', OPENER, 'The creek came up', 'Ward', ANY],
  ['counter-case en: `X, a cattle farmer, said:` is X', OPENER, 'We lost two kilometres', 'Bill Trask', ANY],
  ['counter-case en: `X, friends with Y for years, said:` is X, not Y', OPENER, 'She never gives up', 'Lopez', ANY],
]);

const ONE_NAME =
  '"The numbers are falling," said Heather Holmgren, the regional manager.\n\n' +
  'Aroha, a kaitiaki who has watched the estuary all her life and who asked for her surname to be left out, said she cried the first time the bare sand showed.\n\n' +
  '"When I was young we filled a bucket before lunch."\n\n' +
  'Students were angry. Sunita (name changed), a Class 10 student from the town, said she had studied for months.\n\n' +
  '"Now I have to do it all again," she said.\n\n' +
  'At the bus stand, Wambui, a fruit seller who would not give her second name, said the vote meant nothing to her. "Nobody comes back after the count," she said.\n\n' +
  'Rangi, a fisherman from the heads, said the fleet had stayed in.\n\n' +
  '"Too rough for us."';

/** A person named by one word: a withheld surname or second name, or `(name changed)`, says so (lone-names.ts). */
kindTable('A speaker named by one word, the family name withheld', [
  ['en: `X, a kaitiaki (a word no list knows) who … asked for her surname to be left out, said …` ¶ `“…”` is X', ONE_NAME, 'When I was young', 'Aroha', ANY],
  ['en: `X (name changed), a Class 10 student …, said …` ¶ `“…,” she said` is X', ONE_NAME, 'Now I have to do it all again', 'Sunita', ANY],
  ['en: `X, a fruit seller who would not give her second name, said …` is X', ONE_NAME, 'Nobody comes back after the count', 'Wambui', ANY],
]);

const SIGNED =
  'Election watchdog group Sauti Huru, in a notice signed by its chairperson Dr Mary Njambi Kariuki, said: "We saw no fraud on a scale that would change the result."\n\n' +
  'Mr Otieno, in a letter signed by his lawyer Paul Kamau Njoroge, said: "I will go to court."';

/** `X group Y, in a notice signed by its chairperson Dr Z, said:`: a body's statement is its signer's words (signed-by.ts). */
kindTable("A body's statement signed by a named officer", [
  ['en: `watchdog group X, in a notice signed by its chairperson Dr Y, said:` is Y', SIGNED, 'We saw no fraud', 'Mary Njambi Kariuki', 'chairperson'],
  ['counter-case en: a person\'s own letter signed by a lawyer stays the person\'s', SIGNED, 'I will go to court', 'Otieno', ANY],
]);

const ACRONYM_BODY =
  'Fares will rise by 5.2 per cent, which is "well short of what the index permits", according to PTC chairman Lionel Tay Hock Seng.\n\n' +
  'The change is "overdue", according to NASA.';

/** `“…”, according to PTC chairman X.`: a body's letters among the role words before the name (cues.ts ACCORDING_TO). */
kindTable("According to a role headed by a body's letters", [
  ['en: `“…”, according to PTC chairman X.` is X', ACRONYM_BODY, 'well short of what the index permits', 'Lionel Tay Hock Seng', ANY],
]);
