// Kinds the fifty-first session read in English copy (who is quoted, name forms, quotes missed), each in fresh sentences
// of my own, with counter-cases.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import { kindTable, ANY, UNNAMED } from './kind-table';

const NICKNAME =
  'The regatta was decided on the last leg. Race officer Hamish Dunwoody, of Nelson, said the conditions had been "tricky from the first gun".\n\n' +
  '"We postponed twice. It was about as shifty a breeze as I have seen on this harbour," the race officer said.\n\n' +
  'Moana Tipene-Clarke, known around the club as "the Rangitoto Rocket", said she had thought about her late uncle all race. She learned to sail in his dinghy and has twice finished on the podium.\n\n' +
  '"He used to say the wind always comes back. He taught half the harbour to sail.\n\n' +
  '"This win is for him, and for every kid who was told sailing is not for them."';
const KNOWN_FOR = 'Moana Tipene-Clarke, known for her bluntness, said the new course was "a proper test of nerve for everyone".';

/** `X, known … as "the Y",`: a nickname beside a name is no quote, and hands no speaker on (nickname.ts). */
kindTable('A nickname in quotation marks beside a name', [
  ['en: the untagged paragraphs after `X, known as "…", said …` are X\'s', NICKNAME, 'He used to say the wind', 'Moana Tipene-Clarke', null],
  ['counter-case en: `X, known for her bluntness, said "…"` keeps the quote', KNOWN_FOR, 'a proper test of nerve', 'Moana Tipene-Clarke', null],
]);

describe('A nickname in quotation marks beside a name, as found', () => {
  it('en: `known around the club as "the Rangitoto Rocket"` is no quote', () => {
    expect(findQuotes(NICKNAME).map((quote) => quote.text)).not.toContain('the Rangitoto Rocket');
  });
});

const COUPLE =
  'At their hardware store near the river in Millbrook, Walter Okonkwo, 58, and Grace Okonkwo, 55, who have been married for 30 years, have been stocking up on sandbags.\n\n' +
  '"The last time the river rose, we sold nothing for a week," said Mr. Okonkwo, who has run the store since 1994. "You never make that back."\n\n' +
  'Ms. Okonkwo, who keeps the accounts, was more blunt.\n\n"They should have built the levee ten years ago," she said.';
const COUPLE_HUSBAND_TWICE =
  'At their hardware store near the river in Millbrook, Walter Okonkwo, 58, and Grace Okonkwo, 55, have been stocking up on sandbags.\n\n' +
  '"The last time the river rose, we sold nothing for a week," said Mr. Okonkwo.\n\n"We will be open all weekend," Mr. Okonkwo added.';

/** `Walter X and Grace X` then `Mr. X` … `Ms. X`: the address that first gave the family a gender holds (coreference.ts). */
kindTable('Two namesakes told apart by Mr. and Ms.', [
  ['en: `Ms. X was more blunt. ¶ "…," she said` after `said Mr. X` is the other namesake', COUPLE, 'They should have built', 'Grace Okonkwo', null],
  ['en: `said Mr. X` stays the first namesake', COUPLE, 'The last time the river rose', 'Walter Okonkwo', null],
  ['counter-case en: `Mr. X` twice is the same man both times', COUPLE_HUSBAND_TWICE, 'We will be open all weekend', 'Walter Okonkwo', null],
]);

const SAYS_OF_HERSELF =
  'Under state law, a recall needs signatures equal to a quarter of the last vote.\n\n' +
  '"Recalls almost never succeed here," said Harriet Vance, a former elections official who now teaches law. "But a failed one can still hurt."\n\n' +
  'Vance noted that only two mayors in the state have ever been recalled.\n\n' +
  'The Petrenkos say they are undeterred. The couple has recruited retirees to check every sheet, a step Olena Petrenko said she insisted on after reading about earlier drives that failed.\n\n' +
  '"We will get there," she said. "Even if I knock on every door myself."';
const SOMEONE_ELSE_SAYS =
  'Under state law, a recall needs many signatures.\n\n"Recalls almost never succeed here," said Harriet Vance, a former elections official.\n\n' +
  'Vance noted that only two mayors have ever been recalled.\n\nThe Petrenkos hired a lawyer, a step Olena Petrenko\'s brother said was overdue.\n\n"We will get there," she said.';

/** `a step X said she insisted on. ¶ "…," she said`: a name saying something of herself is reported, though no subject (saying-relative.ts). */
kindTable('A name inside the sentence that says something of herself', [
  ['en: `a step X said she insisted on` makes X the next "she"', SAYS_OF_HERSELF, 'We will get there', 'Olena Petrenko', null],
  ['counter-case en: `a step X\'s brother said was overdue` leaves the earlier woman', SOMEONE_ELSE_SAYS, 'We will get there', 'Harriet Vance', ANY],
]);

const ASKED_OPENING =
  'State Sen. Daniel Okafor, 52, is running against former Gov. Peter Rollins in the primary.\n\n' +
  'Okafor has visited 40 of the state\'s 88 counties this year. Rollins has visited 19.\n\n' +
  '"The primary rewards the people who show up," said Maren Holt, chairwoman of the county party.\n\n' +
  'Rollins’ campaign has countered that its candidate draws larger crowds.\n\n' +
  'Rollins has visited 19 counties, a gap local officials have noticed.\n\n' +
  'Asked by reporters whether he would quit if he finished outside the top two, Okafor did not hesitate.\n\n' +
  '"People have written me off in every race I have run," he said.';
const ASKED_THEN_POSSESSIVE =
  'State Sen. Daniel Okafor, 52, is running against Gov. Peter Rollins.\n\nOkafor has visited 40 counties.\n\n' +
  'Asked by reporters whether he would quit the race, Rollins’ campaign manager Luis Bravo laughed.\n\n"Nobody is quitting," he said.';

/** `Asked …, X laughed.` / `did not hesitate`: the name after a participle clause is the sentence's subject (saying-relative.ts). */
kindTable('The subject after an opening `Asked …,` clause', [
  ['en: `Asked by reporters whether …, X did not hesitate. ¶ "…," he said` is X', ASKED_OPENING, 'People have written me off', 'Daniel Okafor', ANY],
  ['counter-case en: `Asked …, X’ campaign manager Y laughed` is Y, not X', ASKED_THEN_POSSESSIVE, 'Nobody is quitting', 'Luis Bravo', ANY],
]);

const PASSIVE_AGENT =
  '"It took three seasons of counting to be sure it was a new species," said Dr Margit Halvorsen, a botanist at the Northern Herbarium.\n\n' +
  'The orchid grows only on north-facing cliffs above the fjord.\n\n' +
  'The plant was first photographed in 2019 by Thandeka Moyo, then an undergraduate, during a summer survey near the coast.\n\n' +
  '"I nearly walked past it. It was foggy and my hands were numb," she said.';
const PERSON_THEN_AGENT =
  '"It took three seasons of counting to be sure," said Dr Margit Halvorsen, a botanist at the Northern Herbarium.\n\n' +
  'The orchid grows only on north-facing cliffs.\n\n' +
  'Halvorsen was guided to the site in 2019 by Tor Eide, a local fisherman, during a summer survey.\n\n"We will go back in spring," she said.';

/** `The plant was first photographed by X, then a student, …`: a newcomer brought in as a passive's agent (saying-relative.ts). */
kindTable('A person brought in as the agent of a passive verb', [
  ['en: `The plant was first photographed … by X, then an undergraduate,` ¶ `"…," she said` is X', PASSIVE_AGENT, 'I nearly walked past it', 'Thandeka Moyo', null],
  ['counter-case en: a person the sentence is about, guided `by X, a fisherman,`, stays the one', PERSON_THEN_AGENT, 'We will go back in spring', 'Margit Halvorsen', ANY],
]);

const PRIEST = 'Fr Declan Moriarty, the parish priest of Ballyglass, said the church expected a large crowd.\n\n"We will have pipers at the gate," he said.';
const GIVEN_NAME_FR = 'Fran Okoye, who runs the choir, said the church expected a large crowd.\n\n"We will have pipers at the gate," she said.';

/** `Fr X`, `Msgr X`: a priest's title, taken off the name (names.ts TITLES). */
kindTable('A priest\'s title before the name', [
  ['en: `Fr X, the parish priest of …,` is X', PRIEST, 'We will have pipers', 'Declan Moriarty', 'parish priest'],
  ['counter-case en: a given name opening with Fr stays whole', GIVEN_NAME_FR, 'We will have pipers', 'Fran Okoye', null],
]);

const POINTED_BACK =
  'Turnout among young voters is the campaign\'s biggest worry.\n\n' +
  '"We have called every student in the county twice, and we are not done." That was the message Tuesday from Priya Raman, chair of the county Democratic Party, who spoke to volunteers.\n\n' +
  '"People do not read the fine print. They judge by the headline." That’s how Tobias Lindgren, director of the Ridgeway Polling Center, summed up the results.';
const POINTED_BACK_TO_BODY =
  'Turnout is the worry.\n\n"We have called every student in the county twice." That was the message from the union, which has organised phone banks all week.';

/** `"…" That was the message from X Y, …` / `That's how X Y, …, summed up …`: a newcomer named in full after the frame (lang/next-sentence.ts). */
kindTable('A quote whose next sentence points back to a person named there first', [
  ['en: `That was the message Tuesday from X Y, chair of …`', POINTED_BACK, 'We have called every student', 'Priya Raman', ANY],
  ['en: `That’s how X Y, director of …, summed up the results`', POINTED_BACK, 'People do not read the fine print', 'Tobias Lindgren', ANY],
  ['counter-case en: `That was the message from the union` names no one', POINTED_BACK_TO_BODY, 'We have called every student', UNNAMED, null],
]);

const DOUBLE_FAMILY_NAME =
  'The county\'s growth has reshaped the race.\n\n' +
  '"Turnout in the suburbs will decide it," said Maria Luisa Fernandez Castillo, a political scientist at Lakeside University.\n\n' +
  'Fernandez Castillo said the older candidate\'s value was mostly in getting out his base.';
const BODY_BEFORE_NAME = 'Депутат Думы Уссурийска Павел Громов написал письмо мэру.\n\n«Нам нужен новый мост через реку».';

/** `Maria Luisa Fernandez Castillo` then `Fernandez Castillo said`: the later short form is no name the run ends with (name-resolution.ts). */
kindTable('Two given names and a double family name, later written short', [
  ['en: the full name stays whole when its double family name is written alone later', DOUBLE_FAMILY_NAME, 'Turnout in the suburbs', 'Maria Luisa Fernandez Castillo', ANY],
  ['counter-case ru: a body of two words before a full name is still no part of it', BODY_BEFORE_NAME, 'Нам нужен новый мост', 'Павел Громов', ANY],
]);

const DISMISSED_AS =
  'The measure cleared the committee on a party-line vote.\n\n' +
  'Democratic state Rep. Mara Delacroix of Flagstaff dismissed the bill as "an answer to a question nobody asked" and pressed its sponsor on the costs.';
const DISMISSED_CASE = 'The judge dismissed the lawsuit as moot on Monday.\n\n"We will appeal," said attorney Ben Ortiz.';

/** `X dismissed the bill as "…"`: a verdict in a few quoted words, X's (cues.ts). */
kindTable('A verdict quoted after `dismissed … as`', [
  ['en: `Rep. X of Flagstaff dismissed the bill as "…"` is X', DISMISSED_AS, 'an answer to a question', 'Mara Delacroix', ANY],
  ['counter-case en: a judge who dismissed a lawsuit takes no one else\'s quote', DISMISSED_CASE, 'We will appeal', 'Ben Ortiz', ANY],
]);
