/**
 * A passive verb of saying inside a clause of time: `said Kim after the result was announced.`, `… once the
 * verdict had been read out`. Its subject is what was said, not who, and the clause only dates the cue around it.
 */
const PASSIVE_IN_TIME_CLAUSE =
  /\b(?:after|before|when|once|until|till|as\s+soon\s+as|while|as)\s+(?:[\p{L}\p{N}’'-]+\s+){1,6}(?:was|were|had\s+been|has\s+been|have\s+been|is|are|been)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** Whether the text before a verb of saying ends in `after the <thing> was`, so the verb is a passive in a time clause. */
export function isPassiveTimeClause(beforeVerb: string): boolean {
  return PASSIVE_IN_TIME_CLAUSE.test(beforeVerb);
}
