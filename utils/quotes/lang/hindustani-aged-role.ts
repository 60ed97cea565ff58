/**
 * Hindi and Urdu may set an age between a role and the name it introduces: `कंकड़बाग के निवासी 68 वर्षीय X Y`,
 * `… کے رہائشی 72 سالہ X Y` ("the resident, 72 years old, X Y"). The age says how old the person is, not what; the role
 * before it is still theirs, so the age comes off the words before the name when a role stands right before it.
 * (`72 سالہ X Y` with no role before the age keeps it: no role to read.)
 */
export function withoutAgeAfterRole(tokens: string[], aged: string, isRole: (token: string) => boolean): void {
  const count = tokens.length;
  if (count >= 3 && tokens[count - 1] === aged && /^\p{Nd}{1,3}$/u.test(tokens[count - 2]!) && isRole(tokens[count - 3]!)) tokens.splice(count - 2, 2);
}
