/**
 * `chair of the Porthwen Otter Watch group, which …`: a capitalised run between "the" and a lower-case noun for a body is
 * that body's name, never a person. (`the Ana Cruz campaign` is left alone: a campaign or a party written this way is
 * often a person's, and the person stays a mention.)
 */

/** Nouns for a voluntary or civic body, written in lower case after its name. */
const BODY_NOUN_AFTER = /^\s+(?:group|society|association|network|alliance|coalition|charity|trust|club|movement|collective|forum|foundation|initiative|cooperative|co-op)(?![\p{L}-])/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;

/** Whether the run with these words before and after it is the name of a body: `the | X Y Z | group`. */
export function namesBodyBeforeNoun(before: string, after: string): boolean {
  return BODY_NOUN_AFTER.test(after) && ARTICLE_BEFORE.test(before);
}
