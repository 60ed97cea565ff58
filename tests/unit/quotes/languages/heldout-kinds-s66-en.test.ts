// Kinds the sixty-sixth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const POSED_TAG =
  'Dozens of fishermen gathered at the landing beach on Tuesday.\n\n' +
  '“We go out every night and come back with nothing. Who will pay the loan?” posed Mr Peter Onyango Otieno, who owns two boats at Dunga.';
const POSED_AFTER_TAGGED_QUOTE =
  'Dozens of fishermen gathered at the landing beach on Tuesday.\n\n' +
  '“We want the loans written off before the long rains,” said Mr Peter Onyango Otieno. The demand posed a problem for Ms Achieng Wanjiru, the county fisheries officer.';

/** `“… Wait for what?” posed Mr X`: East African copy tags a rhetorical question with "posed" (cues.ts). */
kindTable('A quote tagged with "posed" and the speaker after it', [
  ['en: `“…?” posed Mr X, who …` is X', POSED_TAG, 'We go out every night', 'Peter Onyango Otieno', ANY],
  ['counter-case en: `“…,” said Mr X. The demand posed a problem for Ms Y`: "posed" with an object tags nothing', POSED_AFTER_TAGGED_QUOTE, 'We want the loans', 'Peter Onyango Otieno', ANY],
]);

const PLURAL_POSSESSIVE_BODY =
  'The market reopened on Monday after a six-month refit.\n\n' +
  'Mr Daniel Goh Wei Ming, chairman of the Bukit Rojak Traders’ Association, told reporters that most stallholders had come back.\n\n' +
  '“Half of them are over 65. They cannot start again somewhere else,” he said.';
const PERSON_AFTER_PLURAL_POSSESSIVE_BODY =
  'The market reopened on Monday after a six-month refit.\n\n' +
  'General secretary of the Bukit Rojak Traders’ Association Daniel Goh Wei Ming told reporters that most stallholders had come back.\n\n' +
  '“Half of them are over 65. They cannot start again somewhere else,” he said.';

/** `X, chairman of the Y Traders’ Association, told …`: a run closing on `…s’ Association` is the body, no person (body-tail.ts). */
kindTable('A body written with the plural possessive is no person', [
  ['en: `Mr X, chairman of the Y Traders’ Association,` … `he said` is X', PLURAL_POSSESSIVE_BODY, 'Half of them', 'Daniel Goh Wei Ming', ANY],
  ['counter-case en: `the Y Traders’ Association X told`: the person glued after the body keeps the name', PERSON_AFTER_PLURAL_POSSESSIVE_BODY, 'Half of them', 'Daniel Goh Wei Ming', ANY],
]);

const OFFICE_OF_PLURAL_FOR =
  'Cllr Tomás Hanley opened the debate. “We cannot wait another year,” he said.\n\n' +
  'Director of Services for Roads Siobhán Carberry told members that the safety report had arrived only on Friday.\n\n' +
  '“We cannot sign this off today,” she said.';
const GROUP_OF_PLURAL_FOR =
  'Cllr Tomás Hanley opened the debate. “We cannot wait another year,” he said.\n\n' +
  'The group Parents for Safer Crossings wrote to members that the safety report had arrived only on Friday.\n\n' +
  '“We cannot sign this off today,” he said.';

/** `Director of Services for Housing X told …`: an office's portfolio plural before "for" opens no group's name (group-name-before.ts). */
kindTable('An office written "<office> of <Plural> for <Area>" before the name', [
  ['en: `Director of Services for Roads X told members` … `she said` is X', OFFICE_OF_PLURAL_FOR, 'We cannot sign', 'Siobhán Carberry', ANY],
  ['counter-case en: `The group Parents for Safer Crossings` is a group, the quote stays with the councillor', GROUP_OF_PLURAL_FOR, 'We cannot sign', 'Tomás Hanley', ANY],
]);

const INTRODUCED_AS_GENERATION = (clause: string) =>
  'The council granted the consent on Tuesday, despite objections from anglers.\n\n' +
  'Pennick Orchards director Hannah Walker said the company had spent $1 million on frost fans since 2020.\n\n' +
  '“We are not careless with water. Every drop is metered,” Walker said.\n\n' +
  `Walker, who is the third generation of her family ${clause} at Upper Tāwharu, said the extra water would let the company plant 40 hectares it bought last year.\n\n` +
  '“My grandmother planted these trees after the war. I won’t be the one who lets them go,” the third-generation farmer said.';

/** `X, who is the fourth generation of his family to farm at Y, said …` … `the fourth-generation farmer said` (descriptor-referent.ts). */
kindTable('A description whose words the introducing copula wrote apart or as a verb', [
  ['en: `the third generation … to farm` then `the third-generation farmer said` is X', INTRODUCED_AS_GENERATION('to farm'), 'My grandmother planted', 'Hannah Walker', ANY],
  ['counter-case en: `… to run the business` gives no farmer: the description stays', INTRODUCED_AS_GENERATION('to run the business'), 'My grandmother planted', DESCRIBED, ANY],
]);

const PARTY_IN_BRACKETS = (first: string, second: string) =>
  `Councillor Aled Price (${first}) opened the debate. “We need homes this year,” he said.\n\n` +
  `Cllr Megan Rowlands (${second}) said she backed the scheme but that residents had worries about traffic.\n\n` +
  '“Nobody here is against homes. They just want to be asked first,” the Plaid Cymru councillor said.';

/** `Cllr X (FG) said …` … `the Fine Gael councillor said`: the member whose bracketed party has those initials (bracketed-party.ts). */
kindTable('A member referred back to by the full name of the party bracketed after them', [
  ['en: `Cllr Y (PC)` then `the Plaid Cymru councillor said` is Y, not the councillor named first', PARTY_IN_BRACKETS('Lab', 'PC'), 'Nobody here is against', 'Megan Rowlands', ANY],
  ['counter-case en: the party bracketed after the first councillor makes it the first', PARTY_IN_BRACKETS('PC', 'Lab'), 'Nobody here is against', 'Aled Price', ANY],
]);
