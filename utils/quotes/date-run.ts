/**
 * `Anfang Dezember wird abgesperrt`, `Ende Jänner`, `Late September`: a capitalised run closing on a month is a time, never
 * a person (person-mentions.ts). Months that are also names (April, May, June, August, Mai) are left out.
 */
const MONTH_LAST = /(?:^|\s)(?:Januar|Jänner|Februar|Feber|März|Juni|Juli|September|Oktober|November|Dezember|January|February|March|July|October|December)$/u;

/**
 * `bis Ende August`, `Mitte Mai`, `Early June`: a word for the edge or middle of a span just before a month makes even a
 * month that is also a name a time (`August Meier` stays a person: no edge word before it).
 */
const EDGE_MONTH = /(?:^|\s)(?:Anfang|Ende|Mitte|Early|Late|Mid)\s+(?:April|Mai|May|June|Juni|August)$/u;

/** Whether the run of two words or more ends on a month. */
export const endsOnMonth = (run: string): boolean => /\s/u.test(run) && (MONTH_LAST.test(run) || EDGE_MONTH.test(run));
