// Kinds the sixty-first held-out set showed in English feature copy (turns of who speaks), each in fresh sentences of
// my own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const PROFILE_LEDE_WITH_DATELINE_AND_PLACE =
  'MILL HARBOR, Maine — Josephine Tarrant has run the ferry out of Mill Harbor for 30 years, long enough, she says, to read the tides by smell.\n\n' +
  '“The water is coming up faster every spring,” says the 71-year-old, coiling a rope on the deck. “Nobody on the council listens.”';
const PROFILE_LEDE_WITH_TWO_PEOPLE =
  'MILL HARBOR, Maine — Josephine Tarrant has run the ferry with Desmond Kellerby for 30 years.\n\n' +
  '“The water is coming up faster every spring,” says the 71-year-old, coiling a rope on the deck.';

/** `DATELINE — X has … out of <Place> …` then `"…," says the 71-year-old`: the place is no rival newcomer and a name right after a dateline is the subject (introduced-subject.ts). */
kindTable('An age epithet after a profile lede with a dateline and a place', [
  ['en: `says the 71-year-old` is the person the dateline lede introduced', PROFILE_LEDE_WITH_DATELINE_AND_PLACE, 'The water is coming up', 'Josephine Tarrant', ANY],
  ['counter-case en: two people in the lede leave the age epithet as written', PROFILE_LEDE_WITH_TWO_PEOPLE, 'The water is coming up', DESCRIBED, ANY],
]);

const QUESTION_THEN_NAMED =
  'Two winters after the flood, most of the valley is still empty.\n\n' +
  '“What do you even rebuild first?”\n\n' +
  'It is the question Priya Nandakumar has asked herself every morning since the river came through her bakery.';
const WORDS_FROM_ROLE_AND_NAME =
  'The final whistle went at six, and the rain had not stopped all afternoon.\n\n' +
  '‘We were finished at half-time. I will not stand here and pretend otherwise.’\n\n' +
  'Those were the first words from Harlow coach Benedict Aske when he came out of a dressing room still ringing with noise.';
const THE_SPEAKER_ONE_NAME =
  'Hundreds of growers came to hear the minister speak. Many in the crowd said they had come for the water promises.\n\n' +
  '“My orchard burned last spring. Nobody from the ministry has come.”\n\n' +
  'The speaker, Ramdas, a 61-year-old grower from a hill village, had walked since dawn.';
const WORDS_OF_A_REPORT =
  'The inquiry published its findings on Monday.\n\n' +
  '“A culture of silence allowed this to continue.”\n\n' +
  'Those were the words of the final report, which ran to 400 pages.';
const QUESTION_OF_NO_ONE =
  'Two winters after the flood, most of the valley is still empty.\n\n' +
  '“What do you even rebuild first?”\n\n' +
  'It is the question every family in the valley has asked.';

/** A lone untagged quote paragraph whose speaker the next paragraph names pointing back at it (revealed-after.ts). */
kindTable('A lone quote named by the next paragraph pointing back at it', [
  ['en: `It is the question X has asked` names the asker', QUESTION_THEN_NAMED, 'What do you even rebuild', 'Priya Nandakumar', ANY],
  ['en: `Those were the first words from <role> X when` names X', WORDS_FROM_ROLE_AND_NAME, 'We were finished', 'Benedict Aske', ANY],
  ['en: `The speaker, X, a grower` names a one-name speaker', THE_SPEAKER_ONE_NAME, 'My orchard burned', 'Ramdas', ANY],
  ['counter-case en: `Those were the words of the final report` names no one', WORDS_OF_A_REPORT, 'A culture of silence', UNNAMED, ANY],
  ['counter-case en: `It is the question every family has asked` names no one', QUESTION_OF_NO_ONE, 'What do you even rebuild', UNNAMED, ANY],
]);
