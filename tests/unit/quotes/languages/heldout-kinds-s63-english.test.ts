// Kinds the sixty-third held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const POSSESSIVE_RELATION_BEFORE_NAME = 'Growers along the canal were angry. Her neighbour Tomas Riley was blunter: "This will finish us."';
const POSSESSIVE_RELATION_BEFORE_GIVEN_NAME = 'Growers along the canal were angry. Her neighbour Tomas was blunter: "This will finish us."';
const POSSESSIVE_RELATION_WITH_BODY = 'Growers along the canal were angry. Their spokesman for Canal Growers Union was blunter: "This will finish us."';

/** `His teammate X Y was blunter: "…"`: a relation a possessive sets before a full name is colour (adjectived-name.ts). */
kindTable('A possessive relation noun glued before a full name', [
  ['en: `Her neighbour X Y was blunter:` is X Y', POSSESSIVE_RELATION_BEFORE_NAME, 'This will finish us', 'Tomas Riley', ANY],
  ['counter-case en: `Her neighbour Tomas`, a given name alone, stays a description', POSSESSIVE_RELATION_BEFORE_GIVEN_NAME, 'This will finish us', DESCRIBED, ANY],
  ['counter-case en: `Their spokesman for X Union` is someone of a body', POSSESSIVE_RELATION_WITH_BODY, 'This will finish us', DESCRIBED, ANY],
]);

const AGENT_NOUN_AFTER_TEAM = '"Spending on academies has to stop," said former Wales fast bowler Callum Rees, who now coaches juniors in Swansea.';
const OFFICE_NOUN_AFTER_PLAIN_WORD = '"Spending on academies has to stop," said former Wales youth coach Callum Rees.';
const PREDICATE_AFTER_NAME = '"We held the line," said McConnell, who used to support fellow Kentuckian Rand Paul.';
const PREPOSITION_AFTER_NAME = '"We held the line," said Lopez after Ana Reyes left the room.';

/** `said former Wales fast bowler X Y`: a team name, plain words and an agent noun no office list holds, then the person (speaker-phrase.ts). */
kindTable('A team or country inside role words before the name after "said"', [
  ['en: `said former Wales fast bowler X Y` is X Y', AGENT_NOUN_AFTER_TEAM, 'Spending on academies', 'Callum Rees', 'bowler'],
  ['en: `said former Wales youth coach X Y` is X Y', OFFICE_NOUN_AFTER_PLAIN_WORD, 'Spending on academies', 'Callum Rees', 'coach'],
  ['counter-case en: `said X, who used to support fellow Y Z` is X', PREDICATE_AFTER_NAME, 'We held the line', 'McConnell', ANY],
  ['counter-case en: `said X after Y Z left` is X', PREPOSITION_AFTER_NAME, 'We held the line', 'Lopez', ANY],
]);

const APPOSED_UNLISTED_NOUN =
  'Marta Kowal, warden of the Parish of Elmstead, said the hall would stay open through the winter.\n\n' +
  '"We will find the money," the warden said. "The heating is the only question."';
const NOUN_OF_SOMEONE_ELSE =
  'Marta Kowal said the warden of the Parish of Elmstead would keep the hall open.\n\n' +
  '"We will find the money," the warden said.';
const NOUN_INSIDE_RELATIVE =
  'Marta Kowal, whose brother is the warden, said the hall would stay open.\n\n' +
  '"We will find the money," the warden said.';

/** `X Y, warden of the parish, said …. "…," the warden said`: the noun apposed to the named subject just before (described-back.ts). */
kindTable('"The <noun>" naming back the person the sentence before gave that noun in apposition', [
  ['en: `X Y, warden of …, said` then `the warden said` is X Y', APPOSED_UNLISTED_NOUN, 'We will find the money', 'Marta Kowal', 'warden'],
  ['en: the same paragraph’s next piece is the same person', APPOSED_UNLISTED_NOUN, 'The heating is', 'Marta Kowal', 'warden'],
  ['counter-case en: `X said the warden … would` speaks of someone else', NOUN_OF_SOMEONE_ELSE, 'We will find the money', DESCRIBED, ANY],
  ['counter-case en: `X, whose brother is the warden,` is not the warden', NOUN_INSIDE_RELATIVE, 'We will find the money', DESCRIBED, ANY],
]);

const LEDE_THEN_NAME_AND_AGE =
  'A Co Antrim farmer who lost half his herd to flooding says the relief scheme came "far too late to matter".\n\n' +
  'Declan Ferris, 59, from Kilbride, applied for help in March and heard nothing until August.';
const LEDE_THEN_OTHER_VOICE =
  'A Co Antrim farmer who lost half his herd to flooding says the relief scheme came "far too late to matter".\n\n' +
  'Agriculture Minister Nuala Deane, 52, said the scheme had paid out within weeks.';
const LEDE_THEN_NO_NAME =
  'A Co Antrim farmer who lost half his herd to flooding says the relief scheme came "far too late to matter".\n\n' +
  'The scheme opened in March and closed in August.';

/** `A Co Antrim farmer … says "…"` then `X Y, 59, from …`: the lede's described subject named in the next paragraph (lede-reveal.ts). */
kindTable('A lede’s described subject named with an age in the next paragraph', [
  ['en: `A … farmer … says "…"` then `X Y, 59, from …` is X Y', LEDE_THEN_NAME_AND_AGE, 'far too late', 'Declan Ferris', ANY],
  ['counter-case en: the next paragraph’s `X Y, 52, said` is another voice', LEDE_THEN_OTHER_VOICE, 'far too late', DESCRIBED, ANY],
  ['counter-case en: no name in the next paragraph', LEDE_THEN_NO_NAME, 'far too late', DESCRIBED, ANY],
]);

const SPOKESPERSON_THEN_NAME_AND_AGE =
  'The mill reopened on Saturday.\n\n' +
  'A Northern Ireland Executive spokesperson said: "We are glad the grant helped the village keep its mill."\n\n' +
  'Orla Quinn, 31, will run the tearoom.';

kindTable('A described voice mid-story before a paragraph on someone else', [
  ['counter-case en: `A … spokesperson said: "…"` then `X Y, 31, will run …` stays described', SPOKESPERSON_THEN_NAME_AND_AGE, 'We are glad', DESCRIBED, ANY],
]);
