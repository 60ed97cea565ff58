// Kinds the fifty-eighth held-out set showed in English copy (second round), each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const NICKNAME_INSIDE_NAME =
  '“We are asking every agency for boats and fuel. Half the island is still under water,” Harbourtown Mayor Teodoro “Teddy” dela Paz told a radio station on Monday.\n\n' +
  'Dela Paz said the town hall had run out of drinking water on Sunday.\n\n' +
  '“We had bottled water for one day only,” the mayor added.';
const NICKNAME_AFTER_SENTENCE_OPENER =
  'In “Lanterns” Okonkwo paints the harbour at night, reviewer Agnes Lindqvist wrote on Friday.\n\n' +
  '“It is the best show in the city this year,” she said in the review.';

/** `Mayor First “Nick” dela Last said`: the nickname is no quote and the name is read whole (inner-nickname.ts, `dela` in names.ts). */
kindTable('A nickname in marks inside a full name', [
  ['en: the tag names the full name, the nickname left out', NICKNAME_INSIDE_NAME, 'We are asking every agency', 'Teodoro dela Paz', 'Mayor'],
  ['en: `the mayor` later is the full name', NICKNAME_INSIDE_NAME, 'We had bottled water', 'Teodoro dela Paz', 'Mayor'],
  ['counter-case en: a sentence’s first word before a title in marks is no given name', NICKNAME_AFTER_SENTENCE_OPENER, 'It is the best show', 'Agnes Lindqvist', ANY],
]);
