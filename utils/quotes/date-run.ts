/**
 * `Anfang Dezember wird abgesperrt`, `Ende Jänner`, `Late September`: a capitalised run closing on a month is a time, never
 * a person (person-mentions.ts). Months that are also names (April, May, June, August, Mai) are left out.
 */
const MONTH_LAST = /(?:^|\s)(?:Januar|Jänner|Februar|Feber|März|Juni|Juli|September|Oktober|November|Dezember|January|February|March|July|October|December)$/u;

/** Whether the run of two words or more ends on a month. */
export const endsOnMonth = (run: string): boolean => /\s/u.test(run) && MONTH_LAST.test(run);
