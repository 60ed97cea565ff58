// Kinds the sixty-second held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const WORDS_CAME_FROM_HYPHENED_NAME =
  'The council voted on Tuesday to close the library branch on Saturdays.\n\n' +
  'Councillor Marta Ostrowska questioned why the savings had not been published. She said: "We were promised the figures in March. Where are they?"\n\n' +
  '"Every Saturday my children read there for three hours. Now they will sit at home with a screen."\n\n' +
  'The words came from Leung Ka-wai, a plumber who has lived on Elm Hollow since 1988 and was among the parents in the public gallery.\n\n' +
  '"If they close on Saturdays, I cannot take them at all," the 52-year-old said.';
const WORDS_CAME_FROM_PLAIN_NAME = WORDS_CAME_FROM_HYPHENED_NAME.replace('Leung Ka-wai', 'Tobias Renwick');
const LIVED_WITH_A_PERSON =
  'The council voted on Tuesday to close the library branch on Saturdays.\n\n' +
  'Tobias Renwick, a plumber, has lived with Anna Pryce since 1988. Both were among the parents in the public gallery.\n\n' +
  '"If they close on Saturdays, I cannot take them at all," Pryce said.';

/**
 * `"…" ¶ The words came from Leung Ka-wai, a …`: a romanised given name joined by a hyphen is the last word of a full name
 * (lang/next-sentence.ts); `who has lived on Elm Hollow` names a place, never the person `the 52-year-old` is (place-runs.ts).
 */
kindTable('A quote handed by "The words came from" to a name with a hyphened last word, and a place after "lived on"', [
  ['en: `The words came from Leung Ka-wai, a plumber` owns the lone quote before it', WORDS_CAME_FROM_HYPHENED_NAME, 'Every Saturday', 'Leung Ka-wai', ANY],
  ['en: `the 52-year-old said` is the person named, not `Elm Hollow` where he lived', WORDS_CAME_FROM_HYPHENED_NAME, 'If they close', 'Leung Ka-wai', ANY],
  ['counter-case en: a two-word name after `The words came from` still reads', WORDS_CAME_FROM_PLAIN_NAME, 'Every Saturday', 'Tobias Renwick', ANY],
  ['counter-case en: `lived with Anna Pryce` is a person, not a place', LIVED_WITH_A_PERSON, 'If they close', 'Anna Pryce', ANY],
]);

const SO_SAID_NURSING_SISTER =
  'The clinic has two nurses for 4,000 families.\n\n' +
  '"Some nights I am the only nurse on the ward with twelve patients. You cannot be in twelve beds at once."\n\n' +
  'So said Sr Agnes Wanjiru, a senior nurse who has worked at the clinic for 11 years.';
const SENIOR_AFTER_THE_NAME =
  'The company was founded in 1961 by his father.\n\n' +
  '"We never sold a share and we never will," said Harold Benning Sr., the founder\'s son, at the plant on Monday.';

/** `So said Sr X`: a nursing sister's abbreviated title is no part of her name (names.ts); a trailing `Sr.` is. */
kindTable('A nurse\'s abbreviated title "Sr" before a name', [
  ['en: `So said Sr Agnes Wanjiru` names Agnes Wanjiru', SO_SAID_NURSING_SISTER, 'Some nights', 'Agnes Wanjiru', ANY],
  ['counter-case en: `Harold Benning Sr.` keeps the father\'s suffix', SENIOR_AFTER_THE_NAME, 'We never sold', 'Harold Benning Sr.', ANY],
]);

const QUALIFIED_ESTIMATE_CAME_FROM =
  'At Rimu Road School, all 200 pupils were under their desks within ten seconds, according to principal Mere Tawhiri.\n\n' +
  'One Year 3 pupil, who said he had practised with his grandad, offered his own review: "It was squashy but I held on the whole time."\n\n' +
  '"There is about a one-in-three chance of a large quake on the fault in the next 40 years."\n\n' +
  'That sobering estimate came from Dr Helena Markby, a geologist who has studied the fault for decades.';
const ESTIMATE_CAME_FROM_A_BODY =
  'Geologist Helena Markby has studied the fault for decades.\n\n' +
  '"There is about a one-in-three chance of a large quake on the fault in the next 40 years," she said.\n\n' +
  '"Most of us will not see it. Our grandchildren might."\n\n' +
  'That grim estimate came from Regional Hazard Office modelling published last year.';

/**
 * `"…" ¶ That sobering estimate came from Dr X Y, a …`: an adjective and a figure's noun before "came from" still hand the
 * quote to the name after it, title skipped (lang/next-sentence-unnamed.ts, lang/next-sentence.ts); capitals running on
 * into a body's name are no person.
 */
kindTable('A figure quoted alone, then "That <adjective> estimate came from <Name>"', [
  ['en: `That sobering estimate came from Dr X Y, a geologist` owns the lone quote before it', QUALIFIED_ESTIMATE_CAME_FROM, 'There is about', 'Helena Markby', ANY],
  ['counter-case en: the pupil described before keeps his own quote', QUALIFIED_ESTIMATE_CAME_FROM, 'It was squashy', '<described>', ANY],
  ['counter-case en: `came from Regional Hazard Office modelling` names a body: the quote stays with the geologist', ESTIMATE_CAME_FROM_A_BODY, 'Most of us', 'Helena Markby', ANY],
]);

const SO_SAID_SISTER_WHO =
  'The ward was full again on Monday.\n\n"We have four beds and eleven mothers."\n\n' +
  'So said Sister Mercy Achieng, who has run the ward since 2019.';
const WORDS_OF_SISTER_WHO =
  'The ward was full again on Monday.\n\n"We have four beds and eleven mothers."\n\n' +
  'Those are the words of Sister Mercy Achieng, who has run the ward since 2019.';
const SISTER_OPENING_A_SENTENCE =
  'The ward was full again on Monday.\n\n"We have four beds and eleven mothers," said Achieng.\n\n' +
  'Ward manager Mercy Achieng, who has run the ward since 2019, asked for two more beds.';

/** `So said Sister X, who …`: the kicker pointing back is no part of the role (lang/introduced-role.ts). */
kindTable('An English kicker before a title and a name leaves the kicker out of the role', [
  ['en: `So said Sister X, who …` has the role Sister, not "So said Sister"', SO_SAID_SISTER_WHO, 'We have four beds', 'Mercy Achieng', '=Sister'],
  ['en: `Those are the words of Sister X, who …` has the role Sister', WORDS_OF_SISTER_WHO, 'We have four beds', 'Mercy Achieng', '=Sister'],
  ['counter-case en: `Ward manager X, who …` opening a sentence keeps its role', SISTER_OPENING_A_SENTENCE, 'We have four beds', 'Mercy Achieng', '=Ward manager'],
]);
