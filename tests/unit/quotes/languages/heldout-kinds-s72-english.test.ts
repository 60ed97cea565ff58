// Kinds the seventy-second held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const ROLE_NAME_OF_BODY =
  'The footbridge over the canal reopened on Monday after two years of repairs.\n\n' +
  'Structural engineer Dr. Halima Osei of the Kestrel Polytechnic Institute, who has inspected bridges in three regions, said the cracks were "common in older spans like this one", and that the council should have acted sooner.\n\n' +
  '"People will forgive a closure if they are told why," she said.';
const ROLE_NAME_AT_BODY =
  'The footbridge over the canal reopened on Monday.\n\n' +
  'Soil scientist Tomasz Brennan at the Harwick Agricultural College said: "The bank was never built for this much traffic."';
const ROLE_ONLY_OF_BODY =
  'The footbridge over the canal reopened on Monday.\n\n' +
  'A structural engineer of the Kestrel Polytechnic Institute, who asked not to be named, said: "The cracks were there from the start."';

/** `<role words> <Name> of the <Body>, who …, said`: the person, not the body after "of" (role-led-person-of-body.ts). */
kindTable('A role-led full name before the body served is the speaker, not the body', [
  ['en: `Structural engineer Dr. X of the Y Institute, who …, said` is X', ROLE_NAME_OF_BODY, 'common in older spans', 'Halima Osei', 'engineer'],
  ['en: the pronoun after it is X too', ROLE_NAME_OF_BODY, 'People will forgive', 'Halima Osei', ANY],
  ['en: `Soil scientist X at the Y College said:` is X', ROLE_NAME_AT_BODY, 'The bank was never built', 'Tomasz Brennan', 'scientist'],
  ['counter-case en: `A structural engineer of the Y Institute` names no one', ROLE_ONLY_OF_BODY, 'The cracks were there', DESCRIBED, ANY],
]);

const JUDGE_STYLED =
  'The appeal against the bail refusal was heard on Friday.\n\n' +
  'Refusing the application, the presiding judge, His Honour Tobias Wrenfield, said: "The court cannot ignore the risk of flight in this matter."';
const GIVEN_NAME_HONOR =
  'The orchard cooperative met on Friday.\n\n' +
  'Honor Blackwood, who grows pears near the river, said: "We lost half the blossom in one night."';

/** `His Honour X Y`: a judge's style is no part of the name; a given name "Honor" before one family name stays (names.ts). */
kindTable('A judge styled "His Honour" is named without the style', [
  ['en: `the presiding judge, His Honour X Y, said:` is X Y', JUDGE_STYLED, 'The court cannot ignore', 'Tobias Wrenfield', ANY],
  ['counter-case en: `Honor Blackwood` is a given and a family name', GIVEN_NAME_HONOR, 'We lost half the blossom', 'Honor Blackwood', ANY],
]);

const LEDE_BRACKETED_AGE =
  'A Co Antrim pensioner who waited six years for a knee operation has described the delay as "cruel and pointless", as new figures show waiting lists at a record high.\n\n' +
  'Eileen Farrell (72), from Ballyclare, was referred to a consultant in 2019 after her knee gave way on the stairs.';
const LEDE_BRACKETED_AGE_NEW_VOICE =
  'A Co Antrim pensioner who waited six years for a knee operation has described the delay as "cruel and pointless", as new figures show waiting lists at a record high.\n\n' +
  'Eileen Farrell (72), from Ballyclare, said her neighbour had waited even longer.';

/** A feature lede's `A … pensioner who …` named next as `Name (72), from X,`: the age in brackets as in commas (lede-reveal.ts). */
kindTable('A described lede named in the next paragraph with a bracketed age', [
  ['en: `A Co Antrim pensioner who …` then `Eileen Farrell (72), from X, was …` is Eileen Farrell', LEDE_BRACKETED_AGE, 'cruel and pointless', 'Eileen Farrell', ANY],
  ['counter-case en: `Name (72), from X, said …` is a new voice', LEDE_BRACKETED_AGE_NEW_VOICE, 'cruel and pointless', DESCRIBED, ANY],
]);

const DUBBED_TERM_IN_DASHES =
  'Waiting lists for knee surgery grew again last year, the figures show.\n\n' +
  '"We have the surgeons. What we do not have is beds," said orthopaedic surgeon Ciaran Dunleavy.\n\n' +
  'He said the new rapid-assessment clinics - dubbed "fast lanes" by the ministry - had helped with minor cases but had "barely made a dent in the pile" of hip and knee cases.';
const CALLED_OUT_AFTER_ASIDE =
  'The tide turned faster than forecast on Sunday.\n\n' +
  'The harbour master, red-faced, called "Everyone off the pier now, the water is coming over" as the first wave broke.';

/** `the X - dubbed "…" by Y -`: a naming verb before a term names the thing; the partial quote after is the sentence's sayer's (cues.ts). */
kindTable('A term a dash or comma aside names is no speech, and its noun no speaker', [
  ['en: `He said the clinics - dubbed "…" by the ministry - had "…"` is the surgeon', DUBBED_TERM_IN_DASHES, 'barely made a dent', 'Ciaran Dunleavy', ANY],
  ['counter-case en: `The harbour master, red-faced, called "…"` calls it out', CALLED_OUT_AFTER_ASIDE, 'Everyone off the pier', DESCRIBED, ANY],
]);
