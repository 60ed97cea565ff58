import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { roleMatches, type RoleCase } from './role-forms-cases';

// Roles as the page tests judge them: the expected role word contained in the found role, case-insensitive.
// A counter-case gives `{ not }`: the found role must not contain that word (null passes).
// Sentences of my own, one construction each; cases marked `todo` are kinds the rules do not read yet.
import { TRAILING_AND_SPOKESPERSON } from './role-forms-cases';
import { DEFINITE_TAGS_AND_TITLES, ORDINARY_PEOPLE_AND_COUNTERS } from './role-forms-cases-2';

function run(cases: RoleCase[]) {
  for (const [label, text, speaker, role, todo] of cases) {
    if (todo) {
      it.todo(label);
      continue;
    }
    it(label, () => {
      const quote = findQuotes(text).at(-1);
      expect(quote?.speaker).toBe(speaker);
      expect(roleMatches(quote?.role ?? null, role), `role ${quote?.role}`).toBe(true);
    });
  }
}

describe('role forms: a role after the name in a trailing tag, a spokesperson for someone', () => run(TRAILING_AND_SPOKESPERSON));
describe('role forms: a definite role noun in the tag, an honorific beside an occupation', () => run(DEFINITE_TAGS_AND_TITLES));
describe('role forms: an ordinary person described by a noun, and counter-cases', () => run(ORDINARY_PEOPLE_AND_COUNTERS));
