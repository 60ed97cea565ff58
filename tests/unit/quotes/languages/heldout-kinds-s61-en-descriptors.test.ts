// Kinds the sixty-first held-out set showed in English copy: a descriptor kept as the speaker instead of the named person
// it refers back to (descriptor-referent.ts). Fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const AGE_AFTER_PLACE_AND_DATELINE =
  'PORT HALLEN, Maine — Wilbur Tannock has hauled lobster out of Port Hallen for 51 years, long enough to know when the season turns.\n\n' +
  '“The water is too warm,” says the 73-year-old, coiling a rope on the deck.';
const AGE_WITH_TWO_PEOPLE =
  'PORT HALLEN, Maine — Wilbur Tannock and his neighbour Joan Pruitt have hauled lobster out of Port Hallen for decades.\n\n' +
  '“The water is too warm,” says the 73-year-old, coiling a rope on the deck.';

/** `X has fished out of Y for 44 years. ¶ "…," says the 67-year-old`: the place and the dateline are no candidates. */
kindTable('An age epithet for the one person the introducing paragraph names, places left out', [
  ['en: `the 73-year-old` after a dateline and `out of <place>` is the one person named', AGE_AFTER_PLACE_AND_DATELINE, 'The water is too warm', 'Wilbur Tannock', ANY],
  ['counter-case en: two people named: `the 73-year-old` stays a description', AGE_WITH_TWO_PEOPLE, 'The water is too warm', DESCRIBED, ANY],
]);

const COPULAR_POST =
  'Residents packed the hall on Monday.\n\n' +
  'Marcus Deane has been chief of the Oakvale volunteer fire company for 12 years. The former plumber spent the night defending the library.\n\n' +
  '“We saved the library, and nobody was hurt,” the fire chief says.';
const COPULAR_OTHER_POST =
  'Residents packed the hall on Monday.\n\n' +
  'Marcus Deane has been treasurer of the Oakvale bowls club for 12 years. The former plumber spent the night defending the library.\n\n' +
  '“We saved the library, and nobody was hurt,” the fire chief says.';

/** `X has been captain of the Z brigade … "…," the brigade captain says`: the words of the post the subject was given. */
kindTable('A post description for the subject a copula gave that post', [
  ['en: `the fire chief` after `X has been chief of the … fire company` is X', COPULAR_POST, 'We saved the library', 'Marcus Deane', ANY],
  ['counter-case en: `X has been treasurer of the bowls club`: `the fire chief` stays a description', COPULAR_OTHER_POST, 'We saved the library', DESCRIBED, ANY],
]);

const RANKED_OFFICER =
  'Police said the thief took cash from six homes.\n\n' +
  'Detective Sergeant Priya Malhotra, of Oakvale Police’s fraud team, urged residents to check identification.\n\n' +
  '"Real workers will always show a card. If in doubt, call us," the officer said.';
const UNRANKED_SPEAKER =
  'Police said the thief took cash from six homes.\n\n' +
  'Shopkeeper Priya Malhotra, who chairs the traders’ association, urged residents to check identification.\n\n' +
  '"Real workers will always show a card. If in doubt, call us," the officer said.';

/** `Detective Constable X, of Y Police, urged … "…," the officer said`: the one person the paragraph names with a police rank. */
kindTable('"The officer" for the one person named with a police rank', [
  ['en: `the officer` after `Detective Sergeant X … urged` is X', RANKED_OFFICER, 'Real workers will always', 'Priya Malhotra', ANY],
  ['counter-case en: a shopkeeper is no officer: `the officer` stays a description', UNRANKED_SPEAKER, 'Real workers will always', DESCRIBED, ANY],
]);

const SIDE_BOSS =
  'Thornvale lost the final by two points.\n\n' +
  '\'We let it slip,\' admitted Rovers manager Ciaran Doyle, while his captain, Pat Hanlon, said simply: \'They were better.\'\n\n' +
  '\'Credit to Ashfield,\' the Thornvale boss added later.';
const SIDE_BOSS_NO_MANAGER =
  'Thornvale lost the final by two points.\n\n' +
  '\'We let it slip,\' admitted Rovers full-back Ciaran Doyle, while his captain, Pat Hanlon, said simply: \'They were better.\'\n\n' +
  '\'Credit to Ashfield,\' the Thornvale boss added later.';

/** `'…,' admitted Rovers manager X … '…,' the Thornvale boss added`: the one manager the paragraph names. */
kindTable('"The <side> boss" for the one manager named', [
  ['en: `the Thornvale boss` after `Rovers manager X` is X', SIDE_BOSS, 'Credit to Ashfield', 'Ciaran Doyle', ANY],
  ['counter-case en: no manager named: `the Thornvale boss` stays a description', SIDE_BOSS_NO_MANAGER, 'Credit to Ashfield', DESCRIBED, ANY],
]);

const PARTY_LETTERS_CHIEF =
  'National Reform League (NRL) president P. Venkata Rao on Monday attacked the ruling Unity Front (UF) government at a rally in the town.\n\n' +
  '“For years they said there is no money. Where did it go?” Mr. Rao asked, as the crowd cheered.\n\n' +
  'Releasing the party’s “five pledges”, the NRL chief promised free electricity for farmers and pensions for widows.\n\n' +
  '“These are promises we will keep from day one,” he said.';
const OTHER_PARTY_LETTERS_CHIEF =
  'National Reform League (NRL) president P. Venkata Rao on Monday attacked the ruling Unity Front (UF) government at a rally in the town.\n\n' +
  '“For years they said there is no money. Where did it go?” Mr. Rao asked, as the crowd cheered.\n\n' +
  '“These are lies we will answer from day one,” the UF chief said in the evening.';

/** `Praja Party (PP) president X … the PP chief promised … "…," he said`: the one person whose role holds those letters. */
kindTable('"The <letters> chief" for the one person whose role holds the letters', [
  ['en: `the NRL chief` after `National Reform League (NRL) president X` is X', PARTY_LETTERS_CHIEF, 'These are promises', 'P. Venkata Rao', ANY],
  ['counter-case en: `the UF chief`: no one named holds those letters', OTHER_PARTY_LETTERS_CHIEF, 'These are lies', DESCRIBED, ANY],
]);

const GLUED_DESCRIPTOR =
  'Widow Mabel Grant, 81, lost £5,000.\n\n' +
  'Speaking outside court, her devastated son Peter Grant, 52, told reporters: "He took everything she had saved."';
const GLUED_NO_NAME =
  'Widow Mabel Grant, 81, lost £5,000.\n\n' +
  'Speaking outside court, her devastated son, 52, told reporters: "He took everything she had saved."';

const BODY_AFTER_FOR =
  'Brackley Mills will shut its bakery in Elmford, the company said.\n\n' +
  '“We will help every worker find a new role,” a spokeswoman for Brackley Mills said.';

/** `her heartbroken daughter X, 39, told …`: the descriptor glued before the name is dropped. */
kindTable('A descriptor glued before a full name gives the name alone', [
  ['en: `her devastated son X, 52,` is X', GLUED_DESCRIPTOR, 'He took everything', 'Peter Grant', ANY],
  ['counter-case en: `her devastated son, 52,` names no one', GLUED_NO_NAME, 'He took everything', DESCRIBED, ANY],
  ['counter-case en: `a spokeswoman for <company>` is no name', BODY_AFTER_FOR, 'We will help every worker', DESCRIBED, ANY],
]);
