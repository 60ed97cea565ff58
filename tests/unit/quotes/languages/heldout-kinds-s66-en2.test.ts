// Kinds the sixty-sixth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const BAND_STORY =
  '"We cannot pay the wages past March," said manager Robert Hughes.\n\n' +
  'Mr Hughes, 58, a former miner who joined the band in 1980, said the trouble started when the hall roof collapsed.\n\n' +
  'Eluned Hughes, treasurer of the Friends of the Band and no relation to the manager, said more than £12,000 had been raised so far.\n\n' +
  'Ms Hughes said: "People have been very generous. A man of ninety gave us his medals to sell."\n\n' +
  'The county council said it was reviewing its grants.\n\n' +
  'At the band hall, the manager is still hopeful.\n\n';
const MR_AFTER_UNRELATED_NAMESAKE = BAND_STORY + '"We will keep playing. That is what this band does," Mr Hughes said.';
const MS_AFTER_UNRELATED_NAMESAKE = BAND_STORY + '"We will keep playing. That is what this band does," Ms Hughes said.';

/** `"…," Mr X said` after a man and an unrelated woman of one family name: the address's gender picks the bearer (namesakes.ts bearerOfAddressGender). */
kindTable('A form of address picks the namesake of its gender', [
  ['en: `Mr Hughes` after `Eluned Hughes, … no relation,` spoke is the man', MR_AFTER_UNRELATED_NAMESAKE, 'We will keep playing', 'Robert Hughes', ANY],
  ['counter-case en: `Ms Hughes` is still the woman', MS_AFTER_UNRELATED_NAMESAKE, 'We will keep playing', 'Eluned Hughes', ANY],
]);

const ROLE_BRACKET_THEN_NAME =
  '"We will finish on time," port authority chairman Daniel Okafor said on Monday.\n\n' +
  'Deputy manager (operations) T. Ramaswamy told the Courier that most of the dredging was done. "The northern berth is nearly complete. Cranes will arrive in May," he said.';
const BODY_BRACKET =
  '"We will finish on time," port authority chairman Daniel Okafor said on Monday.\n\n' +
  'Harbour Dredging Ltd (the contractor) told the Courier that most of the work was done. "The northern berth is nearly complete," he said.';

/** `Deputy manager (operations) X told …` then `"…," he said`: the department bracket between role and name leaves X the subject (role-bracket.ts). */
kindTable('A department in brackets between a role and the name', [
  ['en: `Deputy manager (operations) T. X told …` then `he said` is X', ROLE_BRACKET_THEN_NAME, 'The northern berth', 'T. Ramaswamy', 'manager'],
  ['counter-case en: a bracket after a company is no role: `he` stays with the man quoted before', BODY_BRACKET, 'The northern berth', 'Daniel Okafor', ANY],
]);

const BY_CLAUSE_PARTIAL =
  '"We have not been paid since June," said fisherman Peter Mwangale Otieno.\n\n' +
  'The county officer, Grace Achieng, said the audit would finish next week.\n\n' +
  'By night, Mr Otieno had spoken to the crowd from the top of a lorry, saying boat owners would stay ashore from Monday if nothing was paid, and warning that "a crew that is not paid has no reason to sail", before leading them in a song.';
const BY_THE_TIME_CLAUSE =
  '"We have not been paid since June," said fisherman Peter Mwangale Otieno.\n\n' +
  'By the time the police arrived, Grace Achieng, the county fisheries officer, had addressed the boat owners, warning that "nobody will be paid before the audit".';
const BY_CLAUSE_NO_PERSON =
  '"We have not been paid since June," said fisherman Peter Mwangale Otieno.\n\n' +
  'By evening, the crowd on the beach had grown to several hundred, with banners warning that "a crew that is not paid has no reason to sail".';

// (Reading an opening `By …,` as a phrase before the subject, in speaker-phrase.ts LEADING_CLAUSE, lost one named speaker
// on the political-news check half: left out, these two rows stay expected failures.)
const BY_FAILING = [
  'en: `By night, Mr X had spoken …, and warning that “…”` is X',
  'en: `By the time …, X, the officer, had addressed …, warning that` is X',
];

/** `By night, X had …, and warning that "…"`: an opening `By …,` phrase is no subject; the name after it is. */
kindTable('An opening "By …," phrase before the subject of a participle cue', [
  ['en: `By night, Mr X had spoken …, and warning that “…”` is X', BY_CLAUSE_PARTIAL, 'a crew that is not paid', 'Peter Mwangale Otieno', ANY],
  ['en: `By the time …, X, the officer, had addressed …, warning that` is X', BY_THE_TIME_CLAUSE, 'nobody will be paid', 'Grace Achieng', ANY],
  ['counter-case en: `By evening, the crowd … with banners warning that` names nobody', BY_CLAUSE_NO_PERSON, 'a crew that is not paid', UNNAMED, ANY],
], BY_FAILING);
