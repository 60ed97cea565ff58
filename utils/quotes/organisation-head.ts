/**
 * `The chairman of the company, X,` sets a person beside the office they hold in a body; `The port operator, X,` sets the
 * body itself. An organisation's noun closing the group after "of", "at" or "for" is the office's complement, not its
 * head: the group names an organisation only when the words before that complement do too (`the parent company of the airline`).
 */
import { ORGANISATION_GROUP } from './names';

const COMPLEMENT_OPENING = /\s+(?:of|at|for)\s/u;

/** Whether an appositive group (`the president of the union`, `its parent company`) names an organisation, not a person. */
export function namesOrganisation(group: string): boolean {
  if (!ORGANISATION_GROUP.test(group)) return false;
  const complement = COMPLEMENT_OPENING.exec(group);
  return !complement || ORGANISATION_GROUP.test(group.slice(0, complement.index));
}
