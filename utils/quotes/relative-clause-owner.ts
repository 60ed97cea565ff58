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

/** The words between the person named before and this name open a relative clause on that person: `X, who runs the `. */
export function insideWhoClause(between: string): boolean {
  return /^,\s+who\s[^,.;:!?\n"“”]*$/u.test(between);
}
