// Kinds the sixty-eighth and sixty-ninth held-out sets showed in English copy, each in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const SECOND_THAT_CLAUSE =
  'Drivers blocked the depot gates for six hours on Sunday.\n\n' +
  'Reached by phone, Ingrid Halvorsen, operations manager (fleet and HR) of Nordvik Haulage, said the firm, which was once praised by clients as a "model employer", had lost two large contracts in March, and that although "we are doing everything we can to pay before Friday", the bank had frozen its credit line.\n\n' +
  '"We are not hiding. The owners are here and they are talking to the lenders," she added.';
const SECOND_THAT_CLAUSE_PLAIN =
  'Ingrid Halvorsen, a director, said the firm, which had grown fast, lost two contracts in March, and that "we will pay everyone before Friday".';
const THE_UNION_TOLD =
  'Ingrid Halvorsen said the union told members on Friday that "nobody goes back before pay day".';

/** `X, a manager, said the firm, which …, had lost …, and that although "…"`: the words close X's second clause (that-complement.ts). */
kindTable('A few quoted words closing a second `that` clause of the verb of saying', [
  ['en: `X, …, said the firm, which … "model employer", had …, and that although "…"` is X', SECOND_THAT_CLAUSE, 'we are doing everything', 'Ingrid Halvorsen', ANY],
  ['en: the pronoun after it stays with X', SECOND_THAT_CLAUSE, 'We are not hiding', 'Ingrid Halvorsen', ANY],
  ['en: `X, a director, said the firm, which …, lost …, and that "…"` is X', SECOND_THAT_CLAUSE_PLAIN, 'we will pay everyone', 'Ingrid Halvorsen', ANY],
  ['counter-case en: `X said the union told members … that "…"`: the union’s own verb of saying', THE_UNION_TOLD, 'nobody goes back', DESCRIBED, ANY],
]);

const TWO_WORD_NICKNAME =
  'The steel band’s leader, Desmond “Big Dez” Alleyne, has led the parade for 25 years.\n\n' +
  '“The arrangements belong to the band,” Alleyne said.\n\n' +
  'Big Dez, as he is known along the route, said the band had sold 700 places and that cancelling now would “ruin a lot of families”.';
const OTHER_PERSON_SHARING_A_WORD =
  'The steel band’s leader, Desmond “Big Dez” Alleyne, has led the parade for 25 years.\n\n' +
  '“The arrangements belong to the band,” Alleyne said.\n\n' +
  'Dez Morrow, who sells tickets at the gate, said cancelling now would “ruin a lot of families”.';

/** `Desmond "Big Dez" Alleyne` … `Big Dez, as he is known, said`: a two-word nickname inside the name is its bearer (name-resolution.ts). */
kindTable('A two-word nickname given inside a name, used alone later', [
  ['en: `Big Dez, as he is known, said` is Desmond Alleyne', TWO_WORD_NICKNAME, 'ruin a lot of families', 'Desmond Alleyne', ANY],
  ['counter-case en: `Dez Morrow` is someone else', OTHER_PERSON_SHARING_A_WORD, 'ruin a lot of families', 'Dez Morrow', ANY],
]);

const ENG_TITLE =
  'City officials announced the ban yesterday.\n\n' +
  'The order, announced at City Hall, creates a "car-free zone" around the market.\n\n' +
  '"From Monday, no car will be allowed to stop within the zone. Those found there will be fined," the city Director of Roads and Works, Eng. Miriam Ssali, told reporters.';
const ENG_AS_A_WORD =
  'The order, announced at City Hall, creates a car-free zone around the market.\n\n' +
  '"No car will stop within the zone," said Miriam Ssali, who studied engineering in Eng. and Wales before returning home.';

/** `…, Eng. X, told reporters`: the engineer's title East African papers abbreviate so ends no sentence, and is no part of the name (names.ts). */
/** `Eng` without its point is a given name's syllable in Hokkien names, never the title. */
const ENG_IN_A_NAME = '"We will reopen the stall next week," said hawker Lim Eng Huat, 58. "Prices will fall," Eng Huat added.';

kindTable('The engineer’s title "Eng." before a name', [
  ['en: `the city Director of …, Eng. X, told reporters` is X', ENG_TITLE, 'From Monday', 'Miriam Ssali', 'Director of Roads'],
  ['counter-case en: the tag before it still names her', ENG_AS_A_WORD, 'No car will stop', 'Miriam Ssali', ANY],
  ['counter-case en: `Lim Eng Huat` keeps `Eng`, a part of his name', ENG_IN_A_NAME, 'We will reopen', 'Lim Eng Huat', ANY],
  ['counter-case en: `Eng Huat` alone is Lim Eng Huat', ENG_IN_A_NAME, 'Prices will fall', 'Lim Eng Huat', ANY],
]);

const WHO_CLAUSE_PRONOUN =
  'The ferry was packed on Monday.\n\n' +
  'Among them was Orla Quigley, a teacher who crosses the river every day.\n\n' +
  '‘I can’t get to work on time. It’s as simple as that,’ the 38-year-old told reporters.\n\n' +
  'Maeve Dunleavy, who runs the Quay Cafe with her husband, said losing the late sailings would ‘finish off the trade’.\n\n' +
  '‘People come over for their dinner on a Saturday and go back on the late boat,’ she said.';
const WHO_CLAUSE_OTHER_GENDER =
  'The ferry was packed on Monday.\n\n' +
  'Among them was Orla Quigley, a teacher who crosses the river every day.\n\n' +
  '‘I can’t get to work on time. It’s as simple as that,’ the 38-year-old told reporters.\n\n' +
  'Liam Dunleavy, who runs the Quay Cafe with his wife, said losing the late sailings would ‘finish off the trade’.\n\n' +
  '‘People come over for their dinner on a Saturday and go back on the late boat,’ he said.';

/** `X, who runs the Quay Cafe with her husband, said …`: the clause's `her` is X's, not the café's (relative-clause-owner.ts). */
kindTable('A pronoun in a relative clause on a person, past a name inside the clause', [
  ['en: `she said` after `X, who runs the Quay Cafe with her husband, said …` is X', WHO_CLAUSE_PRONOUN, 'People come over', 'Maeve Dunleavy', ANY],
  ['counter-case en: `his wife` and `he said` keep to the man', WHO_CLAUSE_OTHER_GENDER, 'People come over', 'Liam Dunleavy', ANY],
]);
