/**
 * `"…," said Mr Hartigan. … The grazier said he had spent $60,000 on hay. … "We'll take what we get," the grazier said.`:
 * a definite noun for a person (`the grazier`, `the publican`, `the magistrate`) that the text first used as the subject of
 * its own sentence stands, there, for the person the story was about at that point; a later tag with the same noun is that
 * same person, though others were named between. Only an English `The` and one lower-case noun open such a sentence; the
 * person is asked of salience at that earlier point, so an unnamed one (`A shopkeeper said … The shopkeeper said`) stays
 * unnamed.
 */

/** Where the latest sentence before `at` opening with `The <noun>` and a verb starts, outside quotations, or null. */
export function earlierDefiniteSubject(text: string, noun: string, at: number, isInside: (at: number) => boolean): number | null {
  const pattern = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)The\\s+${noun.replace(/[^\p{L}-]/gu, '')}\\s+\\p{Ll}`, 'gu');
  let found: number | null = null;
  for (const match of text.slice(0, at).matchAll(pattern)) {
    const start = match.index + match[0].indexOf('The');
    // (Its own sentence, not a tag after a quote: `"…," the grazier said` is read where it stands.)
    if (!isInside(start) && !/["”'’],?[ \t]*$/u.test(text.slice(Math.max(0, start - 3), start)) && at - start > 2) found = start;
  }
  return found;
}
