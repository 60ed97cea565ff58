/**
 * `X, a mother of three who works as a domestic worker in Y,`: a relation (whose mother, father, widow the person is) says
 * who the person is to others; the job the relative clause gives is the role. The job group is returned for the role
 * rules to read (`a domestic worker in Y`); with no job given (`a father of two who lives in Y`) the relation stays.
 */
export function jobAfterRelation(group: string): string | null {
  return RELATION_THEN_JOB.exec(group.trim())?.[1] ?? null;
}

/** An article, up to two words, a relation noun, its complement, then "who works as" and an indefinite job. */
const RELATION_THEN_JOB = new RegExp(
  String.raw`^(?:a|an|the)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:mother|father|parent|grandmother|grandfather|grandparent|widow|widower|wife|husband|son|daughter|single\s+mum|single\s+mom)\b[^,;]*?\s(?:who|that)\s+(?:works|worked|is\s+employed|was\s+employed|earns\s+(?:a|her|his|their)\s+living)\s+as\s+((?:a|an)\s+\p{Ll}[^,;]*)$`,
  'u',
);
