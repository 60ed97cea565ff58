// Kinds the seventieth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const ACCORDING_TO_DESCRIPTION_THEN_NAME =
  'The clinic in Harrow Vale will close in March after the landlord ended its lease.\n\n' +
  'According to the clinic\'s medical director, Petra Lindqvist, the closure "will leave the valley without a doctor for the first time since 1962".';
const ACCORDING_TO_DESCRIPTION_NO_NAME =
  'The clinic in Harrow Vale will close in March after the landlord ended its lease.\n\n' +
  'According to the clinic\'s medical director, who asked not to be named, the closure "will leave the valley without a doctor for the first time since 1962".';

/** `According to the <description>, <Name>, <reported clause> "…"`: the name set off after the description (according-appositive.ts). */
kindTable('A description after "according to" with a name set off in commas is that person', [
  ['en: `According to the clinic\'s medical director, X, the closure "…"` is X', ACCORDING_TO_DESCRIPTION_THEN_NAME, 'will leave the valley', 'Petra Lindqvist', 'medical director'],
  ['counter-case en: `According to the clinic\'s medical director, who asked not to be named,` stays described', ACCORDING_TO_DESCRIPTION_NO_NAME, 'will leave the valley', DESCRIBED, ANY],
]);

const PORTFOLIO_LIST_BODY =
  'The clinic in Harrow Vale will close in March.\n\n' +
  'Moana Teriierooiterai, a spokeswoman for the Department of Health, Housing and Sport, said: "The lease was ended by the landlord. We looked for another site for a year."';
const NAME_AFTER_ONE_PORTFOLIO =
  'The clinic in Harrow Vale will close in March.\n\n' +
  'The spokeswoman for the Department of Health, Moana Teriierooiterai, said: "The lease was ended by the landlord. We looked for another site for a year."';

/** `X, a spokeswoman for the Ministry of A, B and C, said:`: the list's later items are no subject (portfolio-groups.ts). */
kindTable('A body named by a list of portfolios keeps its commas out of the subject', [
  ['en: `X, a spokeswoman for the Department of Health, Housing and Sport, said:` is X', PORTFOLIO_LIST_BODY, 'The lease was ended', 'Moana Teriierooiterai', 'spokeswoman'],
  ['counter-case en: `The spokeswoman for the Department of Health, X, said:` is X, no list', NAME_AFTER_ONE_PORTFOLIO, 'The lease was ended', 'Moana Teriierooiterai', ANY],
]);

const NAME_THEN_DESCRIPTION_WITH_RELATIVE =
  'The covered market on Dock Street will close next spring.\n\n' +
  'Dr Selma Haugen, an economist who has studied the town\'s shops for a decade and who argues that the council treats them as "a nuisance to be cleared rather than a service", said the closure was part of a pattern.\n\n' +
  '"When a shop like that closes, the rents around it do not fall," she said.';
const DESCRIPTION_WITH_RELATIVE_NO_NAME =
  'The covered market on Dock Street will close next spring.\n\n' +
  'An economist who has studied the town\'s shops for a decade and who argues that the council treats them as "a nuisance to be cleared rather than a service" said the closure was part of a pattern.\n\n' +
  '"When a shop like that closes, the rents around it do not fall," she said.';

/** `Dr X, an economist who argues that … "…", said …`: the description apposed to the name is that person's (apposed-name.ts). */
kindTable('A description with a relative clause set off after a name is that person', [
  ['en: `Dr X, an economist who argues that … "…", said` is X', NAME_THEN_DESCRIPTION_WITH_RELATIVE, 'a nuisance to be cleared', 'Selma Haugen', 'economist'],
  ['en: the next `she said` is X too', NAME_THEN_DESCRIPTION_WITH_RELATIVE, 'When a shop like that', 'Selma Haugen', ANY],
  ['counter-case en: `An economist who argues that … "…" said` names no one', DESCRIPTION_WITH_RELATIVE_NO_NAME, 'a nuisance to be cleared', DESCRIBED, ANY],
]);

const BODY_NAME_BEFORE_GROUP_NOUN =
  'The fishermen want the estuary dredged before winter.\n\n' +
  'Across the water is her brother, Corwin Ashby, chair of the Millbrook Otter Watch group, which has opposed the works for a decade.\n\n' +
  '"Draining the marsh in spring is reckless. Nobody has asked us," he said.';
const CAMPAIGN_AFTER_A_PERSON =
  'The race for the county seat tightened in October.\n\n' +
  'Dana Whitlock, who ran the Ana Cruz campaign last year, said the turnout would decide it.\n\n' +
  '"We knock on every door twice," she said.';

/** `chair of the X Y Z group`: a run between "the" and a body's noun is that body, no person a pronoun can reach (body-noun-after.ts). */
kindTable('A capitalised run before a lower-case body noun names the body', [
  ['en: `X, chair of the Millbrook Otter Watch group, …` then `he said` is X', BODY_NAME_BEFORE_GROUP_NOUN, 'Draining the marsh', 'Corwin Ashby', 'chair'],
  ['counter-case en: `the Ana Cruz campaign` stays a person’s mention; `she said` is the subject before it', CAMPAIGN_AFTER_A_PERSON, 'We knock on every door', 'Dana Whitlock', ANY],
]);

const WORDS_IN_ASIDE_ON_OPENING_NAME =
  'Tom Baker, the farm manager, said the fence had been checked in the autumn.\n\n' +
  '"We fixed it the same week," Baker said.\n\n' +
  'County vet Lena Morrow, who drove out from Dunmore on the morning of Feb. 3 and walked the field before concluding the cows had been hurt by "something far bigger than a dog," told the board that the gate had rotted.';
const WORDS_IN_ASIDE_ON_UNNAMED_OPENING =
  'Tom Baker, the farm manager, said the fence had been checked in the autumn.\n\n' +
  '"We fixed it the same week," Baker said.\n\n' +
  'A neighbour who drove past Lena Morrow on Monday and saw cows hurt by "something far bigger than a dog," told the board that the gate had rotted.';

/** `X, who … concluding they were hurt by "…," told the board`: the opening name of the sentence is the subject (subject-across-quote.ts). */
kindTable('Quoted words inside an aside on the opening name, the verb right after them', [
  ['en: `County vet X, who … "…," told the board` is X', WORDS_IN_ASIDE_ON_OPENING_NAME, 'something far bigger', 'Lena Morrow', ANY],
  ['counter-case en: `A neighbour who drove past X … "…," told the board` is not X', WORDS_IN_ASIDE_ON_UNNAMED_OPENING, 'something far bigger', DESCRIBED, ANY],
]);
