// English leftovers the seventy-second held-out set showed, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const AGED_AFTER_SPEAKER_PARAGRAPH =
  'The county cut the grazing permits on the upper range by a third on Monday.\n\n' +
  '“A third off, and the feed store didn’t cut its prices by a third,” said Hollis Brandt, who has run cattle on the Pine Mesa allotment since 1988.\n\n' +
  'Brandt — called “the Almanac” at the sale barn for reciting rainfall totals from memory — owns the 300-acre Willow Bend spread, named for his grandfather. He says he may have to sell half his herd.\n\n' +
  '“One of my sons is going to have to find work in town, and it might be me instead,” the 58-year-old said.';
const AGED_AFTER_ANOTHER_SUBJECT =
  'The county cut the grazing permits on the upper range by a third on Monday.\n\n' +
  '“A third off, and the feed store didn’t cut its prices by a third,” said Hollis Brandt, who has run cattle on the Pine Mesa allotment since 1988.\n\n' +
  'His neighbour Wade Tellis owns the 300-acre Willow Bend spread. He says he may have to sell half his herd.\n\n' +
  '“One of my sons is going to have to find work in town, and it might be me instead,” the 58-year-old said.';

/** `"…," said X. ¶ X — known as "…" — owns … He says … ¶ "…," the 58-year-old said.`: the speaker the paragraph is about (aged-paragraph-subject.ts). */
kindTable('A bare age nobody was given, after a paragraph every sentence of which is about the last speaker', [
  ['en: `the 58-year-old` after a paragraph opening on the last speaker (a nickname in marks between) is that speaker', AGED_AFTER_SPEAKER_PARAGRAPH, 'One of my sons', 'Hollis Brandt', ANY],
  ['counter-case en: another person opens a sentence between: the description stays', AGED_AFTER_ANOTHER_SUBJECT, 'One of my sons', DESCRIBED, ANY],
]);
