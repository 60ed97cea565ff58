// English kinds (the fifty-ninth held-out set showed them: `Fishing guide …`, `Those were the words of …, a …`, a name-labelled interview): a guide
// named by trade (`Fishing guide X Y`), a lone quote whose next sentence points back at it with the speaker's appositive
// role running on into a clause (`Those were the words of X Y, a 70-year-old retired welder who …`), and an interview
// printed with name labels whose introduction gives the interviewee's office (`The depot's night manager, X Y, spoke to …`).
// Fresh sentences of my own, with counter-cases.
import { kindTable } from './kind-table';

const QUOTE = '"The river used to fill every motel in town. Now the car park is empty by noon."';
const LONE = '"Nobody here is against the festival. But three in the morning is not culture, it is a siren."';

/** `Tour guide X Y said`, `X Y, a mountain guide,`: a guide is a trade like a ranger's (roles.ts ROLE_NOUNS). */
kindTable('A guide named by trade is the speaker’s role', [
  ['before the name: `Fishing guide X Y, who …, said`', `Fishing guide Orrin Malvey, who has rowed the canyon for 20 years, said the bookings collapsed.\n\n${QUOTE.replace(/"$/u, ',"')} Malvey told the Gazette.`, 'The river', 'Orrin Malvey', 'Fishing guide'],
  ['a tour guide, tag after', `${QUOTE.replace(/"$/u, ',"')} said tour guide Ysolde Brennan.`, 'The river', 'Ysolde Brennan', 'tour guide'],
  ['in apposition: `X Y, a mountain guide,`', `Ysolde Brennan, a mountain guide in the valley, said: ${QUOTE}`, 'The river', 'Ysolde Brennan', 'mountain guide'],
  ['counter-case: a guide she wrote is no role', `Ysolde Brennan, whose guide to the valley came out in May, said: ${QUOTE}`, 'The river', 'Ysolde Brennan', null],
]);

/** `"…"` ¶ `That was the assessment of X Y, a …`: the appositive after the name, up to its clause, is the role (next-sentence.ts, revealed-after.ts). */
kindTable('A sentence pointing back at a lone quote gives the role in apposition to the name', [
  ['`Those were the words of X Y, a 70-year-old retired welder who …`', `The hall has held rehearsals for years.\n\n${LONE}\n\nThose were the words of Perpetua Vandeleur, a 70-year-old retired welder who has lived on Moss Lane since 1975. She said neighbours had written twice.`, 'Nobody here', 'Perpetua Vandeleur', 'retired welder'],
  ['`That was the assessment of X Y, a soil chemist with …, who …`', `The trust closed two sites.\n\n${LONE}\n\nThat was the assessment of Darragh Quennell, a soil chemist with the Upper Brindle Catchment Partnership, who said the money should go elsewhere.`, 'Nobody here', 'Darragh Quennell', 'soil chemist'],
  ['`That was the verdict of X Y, a wildlife ecologist at …`', `The trust closed two sites.\n\n${LONE}\n\nThat was the verdict of Darragh Quennell, a wildlife ecologist at the regional university who has studied the marsh since 2004.`, 'Nobody here', 'Darragh Quennell', 'wildlife ecologist'],
  ['counter-case: a relative clause with no appositive gives no role', `The trust closed two sites.\n\n${LONE}\n\nThose were the words of Perpetua Vandeleur, who has lived on Moss Lane since 1975 and rarely complains.`, 'Nobody here', 'Perpetua Vandeleur', null],
  ['counter-case: no appositive, no role', `The trust closed two sites.\n\n${LONE}\n\nThat was the assessment of Darragh Quennell on Tuesday.`, 'Nobody here', 'Darragh Quennell', null],
]);

const INTERVIEW = (intro: string) => `${intro}\n\nGazette: When will the depot reopen?\n\nTrevanion: We are aiming for Friday. The new pumps arrived on Sunday and the fitters are on site now.\n\nGazette: Why does this keep happening?\n\nTrevanion: The pumps were fitted in 1982. Old kit is old kit, and new money does not arrive overnight.`;

/** An interview with name labels: the role the introduction gives the interviewee is the answers' (name-labels.ts). */
kindTable('Name-labelled interview answers keep the role the introduction gives', [
  ['a possessive office before the name: `The depot’s night manager, X Y, spoke to …`', INTERVIEW('Harbour Depot’s acting night manager, Linnea Trevanion, spoke to the Gazette at the gate on Monday.'), 'We are aiming', 'Linnea Trevanion', 'night manager'],
  ['a title before the name: `The Gazette spoke to chief engineer X Y`', INTERVIEW('The Gazette spoke to chief engineer Linnea Trevanion at the gate on Monday.'), 'The pumps were', 'Linnea Trevanion', 'chief engineer'],
  ['counter-case: an introduction with no role leaves none', INTERVIEW('Linnea Trevanion spoke to the Gazette at the gate on Monday.'), 'We are aiming', 'Linnea Trevanion', null],
  ['counter-case: a role the introduction gives someone else is not hers', INTERVIEW('Linnea Trevanion spoke to the Gazette at the gate on Monday, beside the depot’s manager, Oswin Farr.'), 'We are aiming', 'Linnea Trevanion', null],
]);
