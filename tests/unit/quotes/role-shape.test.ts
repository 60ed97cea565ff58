import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { roleOrClause } from '../../../utils/quotes/role-shape';

describe('words ending in a finite "to be" before a name are a clause, not a role (role-shape.ts)', () => {
  it.each([
    ['de: "Unter den Demonstranten war auch X, Bäckerin aus …"', 'Unter den Demonstranten war auch Petra Maier, Bäckerin aus Oberau. „So kann es nicht weitergehen, niemand hört uns zu“, sagte sie.', 'Petra Maier', null],
    ['counter-case: de "Bürgermeisterin X" keeps the office', 'Bürgermeisterin Petra Maier sprach von einem schwarzen Tag. „So kann es nicht weitergehen, niemand hört uns zu“, sagte sie.', 'Petra Maier', 'Bürgermeisterin'],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text)[0];
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['Unter den Demonstranten war auch', null],
    ['Entre los vecinos estaba también', null],
    ['Среди пострадавших была', null],
    ['directeur général de la société, qui est aussi maire', 'directeur général de la société, qui est aussi maire'],
    ['Bäckerin aus Oberau', 'Bäckerin aus Oberau'],
  ])('%s', (role, expected) => {
    expect(roleOrClause(role)).toBe(expected);
  });
});
