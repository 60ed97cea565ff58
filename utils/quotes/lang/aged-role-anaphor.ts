/**
 * `», siger den 46-årige træner.`, `”…”, säger den 52-årige tränaren.`: in Danish, Norwegian and Swedish a common-gender
 * article, an age in digits made an adjective (`-årige`) and one lower-case noun describe a person by their age, as English
 * "the 46-year-old coach" does: read like the role noun alone, for the person the sentences before bring in. The noun
 * need not be a listed office (the age already makes it a person); a neuter `det` (`det 100-årige hus`) is a thing.
 */

import { roleAnaphor } from './newlang-shared';

const AGED_PERSON = /^[Dd]en\s+\d{1,3}-årige?\s+\p{Ll}[\p{L}-]{2,}$/u;

export function agedRoleAnaphor(): { test(words: string): boolean } {
  const role = roleAnaphor();
  return { test: (words) => role.test(words) || AGED_PERSON.test(words.trim()) };
}
