// Kinds the sixty-fourth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, DESCRIBED } from './kind-table';

const STANDFIRST_NAMES_SUCCESSOR =
  'The Dunmore rowing club’s founder steps down after four decades. Niamh Reilly, his deputy since 2015, succeeds him.\n\n' +
  'DUNMORE — Veteran rowing coach Peter Reilly tied up the last boat on Saturday evening and said little to the crews.\n\n' +
  '“I promised the committee I would stay until the river froze over, and it never once did,” Reilly said afterward. “So I ran out of excuses.”\n\n' +
  'Niamh Reilly, 41, has been her father’s deputy for nine seasons. “I have watched him on that bank since I could walk,” said Niamh Reilly.';
const STORY_NAMES_HEAD_FIRST =
  'DUNMORE — Veteran rowing coach Peter Reilly tied up the last boat on Saturday evening.\n\n' +
  'His daughter, Niamh Reilly, 41, takes over the club. “She knows every oar in the shed,” Reilly said.';

/** A standfirst above the dateline names the successor first; the family name alone is the one the story opens on (standfirst.ts). */
kindTable('A family name alone after a standfirst that names a namesake', [
  ['en: `Reilly said` after `DUNMORE — … coach Peter Reilly` is Peter, not the standfirst’s Niamh', STANDFIRST_NAMES_SUCCESSOR, 'I promised the committee', 'Peter Reilly', ANY],
  ['en: the one named in full in her own tag stays herself', STANDFIRST_NAMES_SUCCESSOR, 'I have watched him', 'Niamh Reilly', ANY],
  ['counter-case en: no standfirst, the one the story names first keeps the family name', STORY_NAMES_HEAD_FIRST, 'She knows every oar', 'Peter Reilly', ANY],
]);

const NAMED_IN_WHAT_CLAUSE =
  'Harbour pilot Joanna Whitlow has guided ships into Port Kellen for 18 years.\n\n' +
  'She described the winter storms in what sailors have dubbed a “gale season” as “worse than anything since I got my licence”.';
const CALLED_BY_SPEAKER =
  'Harbour pilot Joanna Whitlow has guided ships into Port Kellen for 18 years.\n\n' +
  'Whitlow called the winter storms “worse than anything since I got my licence”.';

/** `in what X have dubbed a “…”`: a naming verb after "what" names the thing, it does not report (cues.ts). */
kindTable('A naming verb after "what" is no verb of saying', [
  ['en: `She described … in what sailors have dubbed a “…” as “…”` is hers', NAMED_IN_WHAT_CLAUSE, 'worse than anything since', 'Joanna Whitlow', ANY],
  ['counter-case en: `Whitlow called the storms “…”` reports her words', CALLED_BY_SPEAKER, 'worse than anything since', 'Joanna Whitlow', ANY],
]);

const OWNED_OFFICE_FOR_PLACES =
  'Oyster beds stay shut for the summer.\n\n' +
  'In a statement, Hugo Lemaire, CMF’s regional director of coastal planning for Brittany and Normandy, said: “Nobody takes this lightly. The water tests left us no choice.”';
const OWNED_OFFICE_BEFORE_NAME =
  'Oyster beds stay shut for the summer.\n\n' +
  'CMF’s regional director for Brittany, Hugo Lemaire, said: “Nobody takes this lightly.”';

/** `X, ACRONYM’s director for A and B, said`: the places the owned office serves are no speaker (verb-subject.ts OWNED_ROLE). */
kindTable('An owned office ending on the places it serves', [
  ['en: `X, CMF’s regional director … for Brittany and Normandy, said` is X', OWNED_OFFICE_FOR_PLACES, 'Nobody takes this lightly', 'Hugo Lemaire', 'regional director'],
  ['counter-case en: the owned office before the name, the name after it speaks', OWNED_OFFICE_BEFORE_NAME, 'Nobody takes this lightly', 'Hugo Lemaire', ANY],
]);

const FOUNDER_IN_FIRMS_PORTFOLIO =
  'Mr Tom Ruane, managing partner at Harlow Ridge Capital, said the firm had watched the bakery for years.\n\n' +
  '“Their repayment record is spotless,” he said.\n\n' +
  'The owner of a smaller café among Harlow Ridge’s holdings, who asked not to be named because the deal is unsigned, said: “Tom’s analysts grill you, but they pick up the phone when sales drop.”';
const FOUNDER_NAMED =
  'Mr Tom Ruane, managing partner at Harlow Ridge Capital, said the firm had watched the bakery for years.\n\n' +
  'The owner of Harlow Ridge’s newest café, Mia Tran, who sold her first company in 2019, said: “Tom’s analysts grill you.”';

/** `The owner of a café among X’s holdings, who asked not to be named, said:`: a definite role noun heads the subject; X owns, it does not speak. */
kindTable('A definite role noun of an owner in the possessive', [
  ['en: `The owner of a smaller café among X’s holdings, who …, said:` is that description', FOUNDER_IN_FIRMS_PORTFOLIO, 'Tom’s analysts grill', DESCRIBED, ANY],
  ['counter-case en: `The owner of X’s newest café, Mia Tran, who …, said:` is Mia Tran', FOUNDER_NAMED, 'Tom’s analysts grill', 'Mia Tran', ANY],
]);

const ONE_NAME_AT_SENTENCE_END =
  'Traders counted their losses on Monday. "We lost everything," said a fish seller who declined to give her name.\n\n' +
  'Among those who slept beside the ruins was a 17-year-old porter who gave her name only as Efua. "I carry loads for the women here. When the fire started I ran with nothing," she said.';

/** `… was a porter who gave her name only as Efua.` then `"…," she said`: the one name ending the sentence is its subject (entities.ts). */
kindTable('The one name a sentence ends on after "gave her name only as"', [
  ['en: `she` after `… who gave her name only as Efua.` is Efua', ONE_NAME_AT_SENTENCE_END, 'I carry loads', 'Efua', ANY],
  ['counter-case en: the seller who declined to give her name stays a description', ONE_NAME_AT_SENTENCE_END, 'We lost everything', DESCRIBED, ANY],
]);

const SHORT_ANNOUNCED_INTERVIEW =
  'The ferry cuts reach the island shops too. On the pier, baker Petra Lindahl has stopped her second oven and sent three staff home. She spoke with Coast Radio on Friday. The conversation has been edited for length.\n\n' +
  'Can the bakery ride this out?\n\n' +
  'Maybe until the autumn. After that I am baking for tourists who never arrive, and my bank knows it.\n\n' +
  'Where will your staff go?\n\n' +
  'Two of them started with my mother before me. They might find shifts on the mainland, or they will move for good.\n\n' +
  'Not everyone on the pier is waiting. “My cousin already took a job at the airport,” said Ola Berg, a deckhand.';
const SHORT_EXPLAINER =
  'The ferry cuts reach the island shops too. On the pier, baker Petra Lindahl has stopped her second oven and sent three staff home.\n\n' +
  'Can the bakery ride this out?\n\n' +
  'Maybe until the autumn. After that I am baking for tourists who never arrive, and my bank knows it.\n\n' +
  'Where will your staff go?\n\n' +
  'Two of them started with my mother before me. They might find shifts on the mainland, or they will move for good.';

/** A short Q&A of two answers, announced by its introduction (`She spoke with X. The conversation has been edited …`) (qa-answers.ts). */
kindTable('A short interview the introduction announces', [
  ['en: the first answer is the interviewee’s', SHORT_ANNOUNCED_INTERVIEW, 'Maybe until the autumn', 'Petra Lindahl', null],
  ['en: the second answer too', SHORT_ANNOUNCED_INTERVIEW, 'Two of them started', 'Petra Lindahl', null],
  ['counter-case en: the quote after the interview keeps its own tag', SHORT_ANNOUNCED_INTERVIEW, 'My cousin already', 'Ola Berg', ANY],
]);

describe('A short interview the introduction announces: counter-case', () => {
  it('counter-case en: two questions with no announcement are no interview', () => {
    expect(findQuotes(SHORT_EXPLAINER).some((quote) => quote.text.startsWith('Maybe until the autumn'))).toBe(false);
  });
});
