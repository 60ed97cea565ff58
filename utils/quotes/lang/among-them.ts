/**
 * A verbless sentence that brings in one of a group just described (`Rund 1100 Zuschauer waren gekommen. Unter ihnen
 * Dauerkartenbesitzerin X, die seit 1987 …`, `Entre ellos, la jubilada X, que …`, `Parmi eux, X, qui …`): the person is
 * its subject, salient for the next `sagte sie` (inverted-subject.ts). Only the opening `among them` and at most a role
 * noun and its article before the name; a relative clause or apposition follows the name.
 */
export const AMONG_THEM =
  /^(?:Unter\s+ihnen|Darunter|Entre\s+(?:ellos|ellas|eux|elles|eles|elas)|Parmi\s+(?:eux|elles)|Tra\s+(?:loro|questi)|Fra\s+loro|Onder\s+hen|Bland\s+dem|Blant\s+dem|Blandt\s+dem|Wśród\s+nich|Printre\s+ei)(?:\s+(?:auch|también|aussi|anche|também|ook|även|også))?,?\s+(?:(?:la|le|l[’']|el|il|lo|a|o|die|der|de)\s+)?(?:\p{L}[\p{L}-]*\s+)?$/u;

/** The gender the words around such a name give: a feminine article or role ending before it, a relative pronoun after it. */
export function amongGender(lead: string, from: string): 'male' | 'female' | null {
  const relative = /^[\p{L}’'. -]*,\s+(die|der|que|qui|che)\s/u.exec(from)?.[1];
  if (relative === 'die' || /(?:^|\s)(?:la|die)\s+\S+\s+$|\p{Ll}in\s+$/u.test(lead)) return 'female';
  if (relative === 'der' || /(?:^|\s)(?:el|il|der)\s+\S+\s+$/u.test(lead)) return 'male';
  return null;
}
