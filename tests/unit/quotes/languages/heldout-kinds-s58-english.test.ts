// Kinds the fifty-eighth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const AGE_OF_THE_NEWCOMER =
  '"We should keep every book," said board chair Lionel Haverford, who called the vote.\n\n' +
  'Others wanted more taken off. Darnell Whitcombe, a retired welder who has used the branch since 1979, asked the council to reconsider before Haverford ruled him out of order.\n\n' +
  '"I came here every week for forty years," the 72-year-old said as he left the chamber.';
const NEWCOMER_OF_ANOTHER_AGE =
  '"We should keep every book," said board chair Lionel Haverford, who called the vote.\n\n' +
  'Others wanted more taken off. Darnell Whitcombe, 55, a retired welder, asked the council to reconsider before Haverford ruled him out of order.\n\n' +
  '"I came here every week for forty years," the 72-year-old said as he left the chamber.';
const TWO_NEWCOMERS =
  '"We should keep every book," said board chair Lionel Haverford, who called the vote.\n\n' +
  'Darnell Whitcombe, a retired welder, asked the council to reconsider, and Priya Castellanos, a parent, agreed with him.\n\n' +
  '"I came here every week for forty years," the 72-year-old said as he left the chamber.';

/** `X, a retired welder …, asked … before Y ruled him out. "…," the 72-year-old said`: the one newcomer, not Y named before (introduced-subject.ts). */
kindTable('An age epithet the text gave nobody is the paragraph’s one newcomer', [
  ['en: `the 72-year-old` is the person the paragraph brings in, not the chair it names again', AGE_OF_THE_NEWCOMER, 'I came here every week', 'Darnell Whitcombe', ANY],
  ['counter-case en: the newcomer was given another age', NEWCOMER_OF_ANOTHER_AGE, 'I came here every week', DESCRIBED, ANY],
  ['counter-case en: two newcomers in the paragraph', TWO_NEWCOMERS, 'I came here every week', DESCRIBED, ANY],
]);

const ADJECTIVED_NAME = '"The lights went off at noon and never came back," said a visibly tired Gulnara Sadykova, 64, who runs a bakery in the old town.';
const SPOKESPERSON_FOR_BODY = '"We will support every worker through the change," said a spokeswoman for Brindle Mills.';
const ADJECTIVED_OFFICIAL = '"The lights went off at noon and never came back," said a visibly tired Health Ministry official.';

/** `said a visibly distressed X, 70,`: the adjectives are colour, the speaker is the name (adjectived-name.ts). */
kindTable('An article and adjectives written before a name are not part of the speaker', [
  ['en: `a visibly tired X` is X', ADJECTIVED_NAME, 'The lights went off', 'Gulnara Sadykova', ANY],
  ['counter-case en: `a visibly tired Health Ministry official` stays a description', ADJECTIVED_OFFICIAL, 'The lights went off', DESCRIBED, ANY],
  ['counter-case en: `a spokeswoman for X` speaks for a body, X is no speaker', SPOKESPERSON_FOR_BODY, 'We will support', DESCRIBED, ANY],
]);
