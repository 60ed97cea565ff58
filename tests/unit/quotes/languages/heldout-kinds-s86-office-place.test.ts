// A kind the sixty-sixth held-out set's helpers met in Polish copy: `X Y, burmistrz Kłodnicy,` — one capitalised word after
// the lower-case office set beside a full name is the office's town or firm, no person; in fresh sentences of my own.
import { kindTable, ANY } from './kind-table';

const OFFICE_OF_TOWN = 'Radni skrytykowali plan.\n\nDamian Wrzos, wiceburmistrz Lipnicy, odpowiedział na zarzuty. Dodał: „Nie zamykamy drzwi przed nikim.”';
const OFFICE_OF_FIRM = 'Związkowcy ogłosili protest.\n\nJan Kowal, prezes Tramwajów, odpowiedział krótko. Dodał: „Rozmowy trwają.”';
const OFFICE_IN_TAG = 'Radni skrytykowali plan.\n\n„Nie zamykamy drzwi przed nikim” – powiedział Damian Wrzos, burmistrz Lipnicy.';

/** `X Y, <office> <Place>,` then a subjectless `Dodał:`: the speaker is X Y, not the place (person-mentions.ts). */
kindTable('Polish: the place or firm after an office apposed to a name is no person', [
  ['pl: `X Y, wiceburmistrz <Town>,` then `Dodał:` is X Y', OFFICE_OF_TOWN, 'Nie zamykamy', 'Damian Wrzos', ANY],
  ['pl: `X Y, prezes <Firm>,` then `Dodał:` is X Y', OFFICE_OF_FIRM, 'Rozmowy trwają', 'Jan Kowal', ANY],
  ['counter-case pl: in the tag the town stays in the office, `burmistrz Lipnicy`', OFFICE_IN_TAG, 'Nie zamykamy', 'Damian Wrzos', 'burmistrz Lipnicy'],
]);
