// Kinds the fifty-third held-out set showed in English news copy (second pass), each in fresh sentences of my own,
// with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const GROUP_PLURAL_OPENING =
  'The county will cut the 12 bus to two trips a day from May.\n\n' +
  'Cllr Anna Pell, who chairs the transport committee, said the subsidy had doubled since 2019.\n\n' +
  'Commuters, who have formed a group called Keep the 12, called the plan "a slow death for the valley" and said they would protest at the next meeting.';
const FAMILY_NAME_OPENING =
  'The county will cut the 12 bus to two trips a day from May.\n\n' +
  'Dana Flowers, who runs the riders group, said it would fight the cut.\n\n' +
  'Cllr Anna Pell, who chairs the transport committee, said the subsidy had doubled since 2019.\n\n' +
  'Flowers, who has run the group for a decade, called the plan "a slow death for the valley" and said they would protest at the next meeting.';

/** `Campaigners, who …, described it as "…"`: a plural noun for people opening a sentence is a group, no family name (group-subject.ts). */
kindTable('A plural noun for people opening a sentence is no name', [
  ['en: `Commuters, who have formed a group …, called the plan "…"` is a description', GROUP_PLURAL_OPENING, 'a slow death', DESCRIBED, ANY],
  ['counter-case en: `Flowers, who …` after `Dana Flowers` is her', FAMILY_NAME_OPENING, 'a slow death', 'Dana Flowers', ANY],
]);

const WAILED_AFTER_OTHER_SPEAKER =
  'Fire gutted the timber market overnight.\n\n' +
  'The market chairman, Chief Tunde Bello, said the hydrants had failed again.\n\n' +
  '“I have nothing left. Nothing at all,” wailed Mrs Grace Okoro, a shoe seller who had borrowed to restock her stall.';
const SIRENS_WAILED =
  'Fire gutted the timber market overnight.\n\n' +
  '“Everybody back, now!” fire officer Sam Odeh shouted as sirens wailed behind the gate.';

/** `"…," wailed Mrs X, a trader`: grief in the tag is a speech verb like `sobbed` (cues.ts). */
kindTable('A quote tagged with "wailed" is the one named in the tag', [
  ['en: `"…," wailed Mrs X` after another speaker is X', WAILED_AFTER_OTHER_SPEAKER, 'I have nothing left', 'Grace Okoro', ANY],
  ['counter-case en: `shouted as sirens wailed`: the one who shouted', SIRENS_WAILED, 'Everybody back', 'Sam Odeh', ANY],
]);

const ADVERB_THEN_PRONOUN =
  'Mayor Ruth Calder said Tuesday the bridge would stay closed until spring.\n\n' +
  'The room went quiet. Then she looked up from the map and said: “We will rebuild it. Every plank of it.”';
const ADVERB_THEN_NAME =
  'Mayor Ruth Calder said Tuesday the bridge would stay closed until spring.\n\n' +
  'The room went quiet. Then Deputy Chief Omar Reyes stood up and said: “We will rebuild it. Every plank of it.”';

/** `… . Then she looked up and said: “…”`: the pronoun after the opening adverb, not the sentence before's subject (verb-subject.ts). */
kindTable('A pronoun after a sentence-opening adverb is who "and said" belongs to', [
  ['en: `The room went quiet. Then she looked up … and said:` is the mayor', ADVERB_THEN_PRONOUN, 'We will rebuild it', 'Ruth Calder', ANY],
  ['counter-case en: `Then Deputy Chief X stood up and said:` is X', ADVERB_THEN_NAME, 'We will rebuild it', 'Omar Reyes', ANY],
]);

const GROUP_HABIT_NAMING =
  'The county board voted 5-2 on Monday to cap new drive-through permits along Route 9.\n\n' +
  'The ordinance, which critics have taken to calling “the Coffee Ban” even though it spares existing shops, limits new permits to one a mile.';
const ONE_PERSON_HABIT_NAMING =
  'The county board voted 5-2 on Monday to cap new drive-through permits along Route 9.\n\n' +
  'Commissioner Lena Halvorsen, who voted no, has taken to calling the ordinance “a gift to the chains” at every meeting.';

/** `which critics have taken to calling “…”`: the name a thing goes by among many is no one's words (filter.ts GOES_BY). */
describe('A name many have taken to calling something is no quote', () => {
  it('en: `which critics have taken to calling “the X”` is not a quote', () => {
    expect(findQuotes(GROUP_HABIT_NAMING).map((quote) => quote.text)).toEqual([]);
  });
});
kindTable('One person who has taken to calling something “…” is quoted', [
  ['counter-case en: `X has taken to calling the ordinance “…”` is her words', ONE_PERSON_HABIT_NAMING, 'a gift to the chains', 'Lena Halvorsen', ANY],
]);
