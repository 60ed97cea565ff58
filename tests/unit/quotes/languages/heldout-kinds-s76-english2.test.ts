// A lone quote named by the next paragraph's pointer back with the words first (the fifty-sixth held-out set showed
// `The words are those of X, a senior warden` under a quote standing alone), and park staff as roles, in fresh
// sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const LONE = 'The ferry ran late all week.\n\n“We used to see the far bank from this jetty every morning.”\n\n';

/** `The words are those of X, a Y.`: like `Those were the words of X`, with the words named first (revealed-after.ts). */
kindTable('The words named first, then whose they are, name the lone quote before', [
  ['`The words are those of`, an appositive role', `${LONE}The words are those of Halvard Oyelaran, a harbour pilot who has worked the crossing for 20 years.`, 'We used to', 'Halvard Oyelaran', 'harbour pilot'],
  ['`The words were those of`, a particle inside the name', `${LONE}The words were those of Cheruiyot arap Maiyo, a boat builder at the landing.`, 'We used to', 'Cheruiyot arap Maiyo', 'boat builder'],
  ['`The voice is that of`', `${LONE}The voice is that of Morwenna Tregarthen, a lock keeper.`, 'We used to', 'Morwenna Tregarthen', 'lock keeper'],
  ['counter-case: the older pointer `Those were the words of` reads as before', `${LONE}Those were the words of Halvard Oyelaran, a harbour pilot.`, 'We used to', 'Halvard Oyelaran', 'harbour pilot'],
  ['counter-case: the words are those of no named person', `${LONE}The words are those of a harbour pilot who asked not to be named.`, 'We used to', '<unnamed>', ANY],
  ['counter-case: a tagged quote keeps its own speaker', `Ines Varga said: “We used to see the far bank.”\n\nThe words are those of Halvard Oyelaran, a harbour pilot.`, 'We used to', 'Ines Varga', ANY],
]);

/** `a senior warden`, `a ranger`: park, game and forest staff are jobs, so the role follows the person to later quotes (roles.ts). */
kindTable('Park and game staff nouns are roles carried to later quotes', [
  ['`a senior warden`, then `he added`', `Halvard Oyelaran, a senior warden at the reserve, said the herds had moved.\n\nMr Oyelaran said the river was low.\n\n“The grass is gone,” he added.`, 'The grass', 'Halvard Oyelaran', 'senior warden'],
  ['`a ranger`, then `she said`', `Morwenna Tregarthen, a ranger in the hills, spoke on Monday.\n\nMs Tregarthen said the paths had closed.\n\n“The grass is gone,” she said.`, 'The grass', 'Morwenna Tregarthen', 'ranger'],
  ['counter-case: a plain named speaker has no role', `Halvard Oyelaran said the herds had moved.\n\n“The grass is gone,” he added.`, 'The grass', 'Halvard Oyelaran', null],
]);
