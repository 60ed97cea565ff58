// Kinds the fifty-fifth held-out set showed in English copy, each in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const MALAY_PATRONYMICS =
  'KUALA TERENGGANU: Ahmad Rizal bin Osman stands by the jetty where his boat used to moor.\n\n' +
  '“We lost the whole pier in one night,” said the 58-year-old, a fisherman for four decades.\n\n' +
  '“Now we land the catch on the beach and carry it by hand,” said Ahmad Rizal.\n\n' +
  '“The school bus cannot reach us after rain,” said Nurul Huda binti Yusof, 39, a teacher.\n\n' +
  'Nurul Huda said she had asked the council twice.\n\n' +
  '“We wrote letters and nobody came,” Nurul Huda said.';
const TWO_SHARING_AN_OPENING =
  'IPOH: Two brothers run the stall. Ahmad Rizal bin Osman sells the fish and Ahmad Rizal bin Karim keeps the books.\n\n' +
  '“Prices doubled this year,” said Ahmad Rizal.';

/** `X bin Y`, `X binti Y`: the patronymic belongs to the full name, and a later `X` is that person (patronymic-particle.ts, names.ts). */
kindTable('A Malay patronymic (bin/binti and the father’s name) is part of the full name', [
  ['en: `said Nurul Huda binti Yusof, 39,` keeps `binti Yusof`', MALAY_PATRONYMICS, 'The school bus', 'Nurul Huda binti Yusof', ANY],
  ['en: a later `said Ahmad Rizal` is `Ahmad Rizal bin Osman`', MALAY_PATRONYMICS, 'Now we land', 'Ahmad Rizal bin Osman', ANY],
  ['en: a later `Nurul Huda said` is `Nurul Huda binti Yusof`', MALAY_PATRONYMICS, 'We wrote letters', 'Nurul Huda binti Yusof', ANY],
  ['counter-case en: two people opening with `Ahmad Rizal`: the short form stays as written', TWO_SHARING_AN_OPENING, 'Prices doubled', 'Ahmad Rizal', ANY],
]);

const STATEMENT_FROM_TITLED =
  'The hospital board approved the merger on Thursday.\n\n' +
  '“No ward will close as a result,” according to a statement from Board Chair Dr. Marcus Feld, who said the vote was unanimous.';
const STATEMENT_FROM_BODY =
  'The hospital board approved the merger on Thursday.\n\n' +
  '“No ward will close as a result,” according to a statement from the board. Dr. Marcus Feld did not comment.';

/** `according to a statement from Chair Dr. X, who …`: a title’s full stop does not end the source (cues.ts ACCORDING_TO). */
kindTable('A titled sender after "according to a statement from"', [
  ['en: `according to a statement from Board Chair Dr. X` is X, not `Dr`', STATEMENT_FROM_TITLED, 'No ward will close', 'Marcus Feld', ANY],
  ['counter-case en: a statement from a body, a doctor named in the next sentence, is no one’s named words', STATEMENT_FROM_BODY, 'No ward will close', UNNAMED, ANY],
]);

const EPITHETS =
  'SPRINGDALE, Ark. — The county hired Naomi Petrakis as its new fire chief on Friday.\n\n' +
  '“I want every station staffed by spring,” Petrakis said.\n\n' +
  'Petrakis promised to reopen the shuttered station on Elm Road.\n\n' +
  '“We’re going to rebuild the volunteer roster first,” the chief said. “Then we fix the trucks.”\n\n' +
  'Hollis Brandt, a political science lecturer at Ozark State College, said budgets had been tight for years. “Fire departments always lose the budget fight,” the academic said.\n\n' +
  'Curtis Ames said the chief had ignored the north side. “Nobody comes out here,” the chief said.\n\n' +
  'Mara Quell met the families on Sunday. “We lost everything,” the father said.';

/** `X promised …` then `"…," the chief said`; `X, a lecturer, said … "…," the academic said`: the epithet is the person just named (described-back.ts). */
kindTable('An occupational epithet standing for the person the sentence before is about', [
  ['en: `Petrakis promised …` then `"…," the chief said` is Naomi Petrakis', EPITHETS, 'We’re going to rebuild', 'Naomi Petrakis', ANY],
  ['en: the same paragraph’s next piece is hers too', EPITHETS, 'Then we fix', 'Naomi Petrakis', ANY],
  ['en: `X, a lecturer at …, said …. "…," the academic said` is X', EPITHETS, 'Fire departments always', 'Hollis Brandt', ANY],
  ['counter-case en: `Ames said the chief had …` names the chief as someone else', EPITHETS, 'Nobody comes out', DESCRIBED, ANY],
  ['counter-case en: `the father` is no occupation: someone new', EPITHETS, 'We lost everything', DESCRIBED, ANY],
]);
