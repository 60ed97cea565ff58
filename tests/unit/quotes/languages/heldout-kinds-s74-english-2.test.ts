// Four English kinds (the fifty-fourth held-out set showed all four): a British family doctor named by the post before
// the name (`The island's GP, Dr A B,`), the Filipino `Ma.` (Maria) opening a full name (`Councilor Ma. A B-C`), a lone
// quote the next paragraph gives to a family name and the question put (`"…"` / `That was B, asked whether …`), and a
// body's name after `an official of the` read as no person (`of the A B C and D Board`), in fresh sentences of my own,
// with counter-cases.
import { kindTable, ANY, DESCRIBED } from './kind-table';

const QUOTE = '"Half of my patients cannot cross to the mainland and back in one day."';

/** `GP` is a role noun (roles.ts): `the village's GP, Dr X` gives `village GP`. */
kindTable('A GP named before the name is the role', [
  ['the post with an owner before the name', `The island’s GP, Dr Fiona Tulloch, has written to the board. In the letter she warns of delays.\n\n${QUOTE.replace(/"$/u, ',"')} Dr Tulloch wrote.`, 'Half of my', 'Fiona Tulloch', 'GP'],
  ['the post as a title before the name', `GP Hamish Rennie said: ${QUOTE}`, 'Half of my', 'Hamish Rennie', 'GP'],
  ['counter-case: a doctor with no post keeps no role', `Dr Fiona Tulloch said: ${QUOTE}`, 'Half of my', 'Fiona Tulloch', null],
]);

/** `Ma.` before a given name and a family name is part of the name (initials-given.ts, filipino-given.ts). */
kindTable('Filipino `Ma.` opening a full name stays in the name', [
  ['after an office', `At the town hall, Councilor Ma. Lourdes Santos-Reyes of the 1st District filed a bill. She said: ${QUOTE}`, 'Half of my', 'Ma. Lourdes Santos-Reyes', 'Councilor'],
  ['with a lower-case particle in the family name', `Ma. Cristina dela Paz, a vendor, said: ${QUOTE}`, 'Half of my', 'Ma. Cristina dela Paz', ANY],
  ['counter-case: the family name Ma ends the sentence', `${QUOTE.replace(/"$/u, ',"')} said the tech founder Jack Ma. The Founder Group declined to comment.`, 'Half of my', 'Jack Ma', ANY],
]);

const LONE = '“We have lost the school, the post office and now the depot. Each time they call it progress.”';
const INTRO = '“The depot closes in May,” said Ingrid Solvang, reeve of the Hollin district. Farmer Tobias Wrenn said he would drive further.';

/** `"…"` ¶ `That was B, asked whether …`: the family name of someone named before, with the role given then (revealed-after.ts). */
kindTable('A lone quote revealed by `That was <family name>, asked …` in the next paragraph', [
  ['the reveal names the earlier speaker, with her role', `${INTRO}\n\n${LONE}\n\nThat was Solvang, asked whether the town had any say left.`, 'We have lost', 'Ingrid Solvang', 'reeve'],
  ['`when asked` likewise', `${INTRO}\n\n${LONE}\n\nThat was Solvang, when asked about the depot.`, 'We have lost', 'Ingrid Solvang', ANY],
  ['counter-case: a day, not a name, keeps the speaker before', `${INTRO}\n\n${LONE}\n\nThat was Tuesday, asked about the depot.`, 'We have lost', 'Tobias Wrenn', ANY],
]);

const RULE = '"The rule has been moved twice already and it will not move again,"';

/** `an official of the A B C and D Authority`: the run after an office noun and `of the` is the body (entities.ts). */
kindTable('The body after `<office noun> of the` is no person', [
  ['a body whose name holds `and`', `An official of the Coastal Fisheries Licensing and Permits Authority who asked not to be named said there would be no delay.\n\n${RULE} the official said.`, 'The rule', DESCRIBED, ANY],
  ['a trust after `chair of the`, the person named before it', `Mereana Tipoki-Hale, chair of the Awa Roa Trust, says the breach hurt.\n\n${RULE} she says.`, 'The rule', 'Mereana Tipoki-Hale', 'chair'],
  ['counter-case: a person named after the body keeps the name', `The chairman of the Hollowmere District Council Peter Vasey said: ${RULE.replace(/,"$/u, '"')}`, 'The rule', 'Peter Vasey', 'chairman'],
]);
