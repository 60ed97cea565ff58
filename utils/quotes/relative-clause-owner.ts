/**
 * `Maeve Dunleavy, who runs the Quay Cafe with her husband, said …`: a pronoun in a relative clause on a person is that
 * person's, even past a name the clause mentions (`the Quay Cafe`), and it tells nothing of that name.
 */

/** `, who runs the Quay Cafe with her husband` right after a name: the clause, up to its closing comma or the sentence's end. */
const WHO_CLAUSE = /^,\s+who\s[^,.;:!?\n"“”]{1,120}/u;

/** The length of the relative clause right after a person's name, or 0. */
export function whoClauseLength(after: string): number {
  return WHO_CLAUSE.exec(after)?.[0].length ?? 0;
}

/**
 * `X, who spent a night in a shelter during Hurricane Y, said she …`: past the clause's closing comma, the main clause's
 * reporting verb and the pronoun it reports with are X's too (the name inside the clause is no speaker), so the length
 * reaches past that pronoun; `X, who met Y, praised her` (no reporting verb) stays at the clause.
 */
const REPORT_AFTER_CLAUSE = /^,\s+(?:said|says|told\s+\p{Ll}+|added|recalled|explained|admitted|insisted|believes|believed|thinks|thought|hopes|hoped)\s+(?:that\s+)?(?:he|she|his|her)(?!\p{L})/u;

/** The length of the relative clause right after a person's name with the reporting verb after it, or the clause alone, or 0. */
export function whoClauseWithReportLength(after: string): number {
  const clause = whoClauseLength(after);
  if (!clause) return 0;
  return clause + (REPORT_AFTER_CLAUSE.exec(after.slice(clause))?.[0].length ?? 0);
}

/** The words between the person named before and this name open a relative clause on that person: `X, who runs the `. */
export function insideWhoClause(between: string): boolean {
  return /^,\s+who\s[^,.;:!?\n"“”]*$/u.test(between);
}
