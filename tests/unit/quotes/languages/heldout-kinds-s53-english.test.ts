// Kinds the fifty-third held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const TEA_LADY_AFTER_NAMELESS_PARAGRAPH =
  'A grandmother has been told to clear a garden gnome collection from her front lawn after neighbours complained.\n\n' +
  'Brenda Hollings, 68, has kept more than 200 gnomes outside her house in Brindle for a decade.\n\n' +
  'But last week she was handed a letter giving her a month to move them.\n\n' +
  '"They have never hurt anybody and the children love them," the retired tea lady said from her doorstep yesterday.';
const TEA_LADY_AFTER_TWO_NAMED =
  'A grandmother has been told to clear a garden gnome collection from her front lawn after neighbours complained.\n\n' +
  'Brenda Hollings, 68, and her sister Joan Pryce, 71, have kept more than 200 gnomes outside their house in Brindle for a decade.\n\n' +
  'But last week a letter gave them a month to move them.\n\n' +
  '"They have never hurt anybody and the children love them," the retired tea lady said from her doorstep yesterday.';
const TEA_LADY_AFTER_UNNAMED_QUOTE =
  'A grandmother has been told to clear a garden gnome collection from her front lawn after neighbours complained.\n\n' +
  'Brenda Hollings, 68, has kept more than 200 gnomes outside her house in Brindle for a decade.\n\n' +
  'A woman living opposite, who asked not to be named, said: "I stopped counting them years ago."\n\n' +
  '"They have never hurt anybody and the children love them," the retired tea lady said from her doorstep yesterday.';
const NURSE_AFTER_UNNAMED_INTRODUCTION =
  'Flu admissions at Harlow General doubled this week.\n\n' +
  'Health director Pauline Oduya said extra beds had been opened on two wards.\n\n' +
  'A porter on the night shift, who asked not to be named because he was not allowed to speak to reporters, said the corridors were full.\n\n' +
  '"We have patients on trolleys by the lifts," the porter said.';
const BAKER_WITHHELD_AFTER_NAMED_QUOTE =
  'The council will vote on the harbour car park on Monday.\n\n' +
  '"I want the spaces back by summer," Councillor Ruth Abara said.\n\n' +
  'Traders are divided. The owner of one Quay Street bakery, who asked not to be named because her landlord sits on the council, said trade had fallen.\n\n' +
  '"Half my customers used to park right outside," the bakery owner said.';

/** `X, 68, has …` / a paragraph naming no one / `"…," the retired tea lady said`: a lower-case "lady" is a person's noun, no title (salience.ts, introducing-paragraph.ts). */
kindTable('A description after a nameless paragraph is the one person named before it', [
  ['en: `the retired tea lady` across a nameless paragraph is the woman named', TEA_LADY_AFTER_NAMELESS_PARAGRAPH, 'They have never hurt', 'Brenda Hollings', ANY],
  ['counter-case en: two women named before: `the retired tea lady` stays a description', TEA_LADY_AFTER_TWO_NAMED, 'They have never hurt', DESCRIBED, ANY],
  ['counter-case en: an unnamed woman quoted between: no walk back past her', TEA_LADY_AFTER_UNNAMED_QUOTE, 'They have never hurt', DESCRIBED, ANY],
  ['counter-case en: `The owner of one bakery, who asked not to be named`: `the bakery owner` is hers, not the councillor quoted before', BAKER_WITHHELD_AFTER_NAMED_QUOTE, 'Half my customers', DESCRIBED, ANY],
  ['counter-case en: a paragraph bringing in an unnamed porter: `the porter` is his, not the director named before', NURSE_AFTER_UNNAMED_INTRODUCTION, 'We have patients on trolleys', DESCRIBED, ANY],
]);

const SHE_AFTER_TERM_IN_QUOTES =
  'Lawmakers in Columbus remain deadlocked over the transit bill.\n\n' +
  'A House Democratic staffer, who spoke on condition of anonymity because he was not authorized to discuss the talks, said both sides had traded drafts.\n\n' +
  '"Nobody wants to move first," the staffer said.\n\n' +
  'House Majority Leader Denise Whitcombe, a Dayton Republican, pointed to the state\'s reserve, known around the Statehouse as the "spare tire," which now holds $2 billion. She said Democrats were stalling while riders waited.\n\n' +
  '"If this is not the moment to spend it, I do not know what is," she said.';
const HE_AFTER_TERM_IN_QUOTES =
  'Lawmakers in Columbus remain deadlocked over the transit bill.\n\n' +
  'Tobias Grell, a House Democratic staffer, said both sides had traded drafts.\n\n' +
  '"Nobody wants to move first," Grell said.\n\n' +
  'The state\'s reserve, known around the Statehouse as the "spare tire," now holds $2 billion.\n\n' +
  '"If this is not the moment to spend it, I do not know what is," he said.';

/** `X pointed to the reserve, known as the "spare tire,"` then `"…," she said`: a term in marks carried from context is no new turn (filter.ts isCarriedFragment). */
kindTable('A term in quotation marks does not make the speaker before salient again', [
  ['en: `she said` after a term in marks in X\'s sentence is X, not the staffer quoted before', SHE_AFTER_TERM_IN_QUOTES, 'If this is not the moment', 'Denise Whitcombe', ANY],
  ['counter-case en: no one named since: `he said` is still the man quoted before', HE_AFTER_TERM_IN_QUOTES, 'If this is not the moment', 'Tobias Grell', ANY],
]);
