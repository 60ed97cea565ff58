// The role beside a name read the same way in every language (helper q-roles): cases in role-reading-cases.ts.
// Rows named in STILL_WRONG are kinds the rules do not read yet, kept as expected failures. First run (before any rule
// changed): 52 of the 93 rows of groups 1-6; group 7 was written with the rules that came after.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../utils/quotes';
import {
  AFTER_NAME, ANY, CARRIED, COMPLEMENT_BEFORE_NAME, COUNTERS_SINCE_FIRST_RUN, RELATIVE_CLAUSE, TITLES, UNLISTED_AGENTS, type RoleReadingCase,
} from './role-reading-cases';
import { SECOND_BATCH } from './role-reading-cases-2';

const STILL_WRONG = new Set<string>([
  'fr: qui préside l’association',
]);

function run(_name: string, text: string, quote: string, speaker: string, role: RoleReadingCase[4]): void {
  const quotes = findQuotes(text);
  const found = quotes.find((candidate) => candidate.text.startsWith(quote));
  expect(found, `quotes found: ${JSON.stringify(quotes.map((candidate) => candidate.text))}`).toBeDefined();
  const got = JSON.stringify({ speaker: found!.speaker, role: found!.role });
  expect(found!.speaker, got).toBe(speaker);
  const written = (found!.role ?? '').toLowerCase();
  if (role === null) expect(found!.role, got).toBeNull();
  else if (typeof role === 'object') expect(written.includes(role.not.toLowerCase()), got).toBe(false);
  else if (role !== ANY) expect(written, got).toContain(role.toLowerCase());
}

function table(title: string, cases: RoleReadingCase[]): void {
  describe(title, () => {
    const passing = cases.filter(([name]) => !STILL_WRONG.has(name));
    const wrong = cases.filter(([name]) => STILL_WRONG.has(name));
    if (passing.length) it.each(passing)('%s', run);
    if (wrong.length) it.fails.each(wrong)('%s (expected failure)', run);
  });
}

table('roles: a role before the name carrying a complement', COMPLEMENT_BEFORE_NAME);
table('roles: a role after the name between commas', AFTER_NAME);
table('roles: a role given by a relative clause', RELATIVE_CLAUSE);
table('roles: titles and honorifics before the name', TITLES);
table('roles: agent nouns no list knows', UNLISTED_AGENTS);
table('roles: a role carried to later quotes', CARRIED);
table('roles: counter-cases of the rules added since the first run', COUNTERS_SINCE_FIRST_RUN);
table('roles: a second batch, written after the first rules (first run 29/37)', SECOND_BATCH);
