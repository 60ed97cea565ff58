// Kinds the thirtieth session read (a nineteenth private set of invented articles, ten of them American political
// copy, twenty in languages from Estonian to Korean), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, UNNAMED, type KindCase } from './kind-table';

const STATEHOUSE =
  'Senate President Pro Tempore Gideon Marsh, R-Sumner, opened the debate.\n\n' +
  '“This board answers to nobody,” Marsh said.\n\n' +
  'Wanda Ortiz, who runs elections in Polk County, said she had heard nothing.\n\n' +
  'Her spokeswoman, Lena Friedman, said the governor would sue. “We will win in court,” Friedman said.\n\n' +
  'For now, clerks are waiting, and according to Ortiz, that is all they can do. “I will open the doors at six either way,” she said.';

/**
 * English offices and sources: `Pro Tempore` is part of the office before the name (names.ts); a sentence that names one
 * person as its source ("according to Ortiz") is whom the next "she said" stands for (according-source.ts).
 */
const SOURCES: KindCase[] = [
  ['en: `Senate President Pro Tempore X Y` is X Y', STATEHOUSE, 'This board', 'Gideon Marsh', ANY],
  ['en: `according to Ortiz, …. “…,” she said` is Ortiz, not the last speaker', STATEHOUSE, 'I will open', 'Wanda Ortiz', ANY],
  ['counter-case en: `According to Ortiz, Friedman was angry. “…,” she said` names another who may speak', STATEHOUSE.replace('For now, clerks are waiting, and according to Ortiz, that is all they can do.', 'According to Ortiz, Friedman was angry.'), 'I will open', 'Lena Friedman', ANY],
];

const FARM =
  'Sen. Hannah Lindqvist, the panel’s ranking Democrat, opposed the cuts. Marcus Obi, who directs a food-bank network, testified.\n\n' +
  'Visits rose 12% this year, according to Obi, who said “charity cannot fill this hole.”\n\n' +
  'What comes next: Lindqvist told reporters that her caucus would not supply a quorum. “We can slow this down,” she said.\n\n' +
  'A senior Republican staffer, granted anonymity to discuss the count, was less sure. “The base text passes. The amendments will not.”\n\n' +
  'A retired dairyman from a family farm outside Tomah, who asked not to be named because his cousin sits on the board, said most of his neighbors had given up. “Half of them sold out already.”';

/**
 * Newsletter copy: a run-in label (`What comes next:`) is no part of the sentence's subject (sentences.ts); an indefinite
 * subject left unnamed on purpose brings in someone new, so an untagged quote after it is not the last speaker's turn
 * (lang/clause-opening.ts), and a party before the noun stays in the description (unnamed-introduction.ts); a place after
 * a preposition is not who "who" is, and a long indefinite subject speaks whole (verb-subject.ts).
 */
const NEWSLETTER: KindCase[] = [
  ['en: `What comes next: X told reporters …. “…,” she said` is X', FARM, 'We can slow', 'Hannah Lindqvist', ANY],
  ['en: `A senior Republican staffer, granted anonymity …` then an untagged quote is that staffer', FARM, 'The base text', 'a senior Republican staffer', null],
  ['en: `A retired dairyman from a family farm outside Tomah, who asked not to be named, said …` is no Tomah', FARM, 'Half of them', UNNAMED, null],
  ['counter-case en: `Lindqvist said:` opening the paragraph keeps its speaker', FARM.replace('What comes next: Lindqvist told reporters that her caucus would not supply a quorum.', 'Lindqvist said her caucus would not supply a quorum.'), 'We can slow', 'Hannah Lindqvist', ANY],
];

const PLANT =
  '“These are 900 jobs that stay in Ohio,” Gov. Ruth Calder said at the plant.\n\n' +
  'IBEW Local 1466 President Owen Stacey, who stood beside the governor during her speech, was cautious: “I will believe it when the line restarts.”\n\n' +
  'One welder with 19 years at the plant, who asked not to be named because she fears losing her shift, put it plainly: “Ask me next spring.”\n\n' +
  'Stacey wants the pledge in the contract. “A press release is not a promise,” he said.';

/**
 * A numbered local or district before the office (`IBEW Local 1466 President X`) opens the subject (sentence-subject.ts);
 * a pronoun right after another's office (`beside the governor during her speech`) teaches the name no gender
 * (coreference.ts); a long indefinite subject ending in a preposition's object speaks whole (verb-subject.ts).
 */
const PLANT_ROWS: KindCase[] = [
  ['en: `IBEW Local 1466 President X Y, who …, was cautious: “…”` is X Y', PLANT, 'I will believe', 'Owen Stacey', ANY],
  ['en: `One welder with 19 years at the plant, who asked not to be named, …:` is one welder, no plant', PLANT, 'Ask me next', 'One welder', null],
  ['en: `“…,” he said` after the welder is Stacey, whom "her speech" did not make a woman', PLANT, 'A press release', 'Owen Stacey', ANY],
  ['counter-case en: a pronoun after a comma and a verb is still the name’s (`X, who thanked the mayor, said her crew …`)', 'Dana Price, who thanked the mayor, said her crew was ready.\n\nMr. Vance, a neighbor, disagreed.\n\n“We start Monday,” she said.', 'We start Monday', 'Dana Price', ANY],
];

kindTable('English offices and named sources', SOURCES);
kindTable('Newsletter labels and subjects left unnamed on purpose', NEWSLETTER);
kindTable('Numbered locals, others’ offices and long indefinite subjects', PLANT_ROWS);
