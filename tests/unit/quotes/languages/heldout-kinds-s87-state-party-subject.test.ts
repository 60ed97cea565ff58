// A kind the sixty-seventh held-out set showed in US political copy: `the <State> Republican said …. "…," he said` after
// an unnamed lawmaker of the same party spoke, in fresh sentences of my own, with a counter-case.
import { kindTable, DESCRIBED, ANY } from './kind-table';

const STATE_SUBJECT_AFTER_UNNAMED =
  'Senate Whip Carla Dunmore (R-Neb.) said the count was close.\n\n' +
  'One Republican senator, who spoke on condition of anonymity, said the whip was short of votes.\n\n' +
  '“She does not have it yet,” the senator said.\n\n' +
  'The Nebraska Republican said she was confident. “We will pass it next week,” she said.';
const UNNAMED_OF_THAT_STATE =
  'Senate Whip Carla Dunmore (R-Neb.) said the count was close.\n\n' +
  'One Republican senator from Kansas, who spoke on condition of anonymity, said the whip was short of votes.\n\n' +
  '“She does not have it yet,” the senator said.\n\n' +
  'The Kansas Republican said more. “It will only get harder,” he said.';

/** A described subject by state and party is the lawmaker named beside that state (party-state.ts), not the unnamed one of that party. */
kindTable('English: `the <State> Republican said …` before a pronoun tag is the lawmaker of that state', [
  ['en: `the Nebraska Republican` is the senator labelled R-Neb.', STATE_SUBJECT_AFTER_UNNAMED, 'We will pass', 'Carla Dunmore', ANY],
  ['counter-case en: no named lawmaker of Kansas: the unnamed senator from Kansas stays', UNNAMED_OF_THAT_STATE, 'It will only', DESCRIBED, ANY],
]);
