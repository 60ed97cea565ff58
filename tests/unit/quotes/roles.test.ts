import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';
import { normalRole, roleFromAppositive } from '../../../utils/quotes/roles';

/** [speaker, role] of every quote. */
function rolesOf(text: string, siteName?: string): Array<[string | null, string | null]> {
  return findQuotes(text, { siteName }).map((quote) => [quote.speaker, quote.role]);
}

describe('roles are kept apart from the name', () => {
  it.each([
    ['an appositive with an owner: "the city\'s treasurer" reads "city treasurer"', '"We cannot spend money we do not have," Tom Reyes, the city\'s treasurer, said.', ['Tom Reyes', 'city treasurer']],
    ['an appositive after said X', '"The office is closed on Monday," said Nia Okafor, a spokeswoman for the ministry.', ['Nia Okafor', 'spokeswoman for the ministry']],
    ['a capitalised title before the name', 'Councilmember Ana Lopez said: "The bridge opens on Monday morning."', ['Ana Lopez', 'Councilmember']],
    ['an abbreviated title stays as written', '"We will win this county again," Sen. Maria Vance said.', ['Maria Vance', 'Sen.']],
    ['an office with its object', '"The talks went well this week," Secretary of State Ana Lopez said.', ['Ana Lopez', 'Secretary of State']],
    ['lower-case words ending in a role noun', '"The talks went well this week," campaign manager Ana Lopez said.', ['Ana Lopez', 'campaign manager']],
    ['"lead" qualifies the role noun after it', '"Heat slowed them down," said lead author Ana Lopez.', ['Ana Lopez', 'lead author']],
    ['counter-case: "lead" as a verb before a name is no role', '"Heat slowed them down," said Ana Lopez, who will lead the study.', ['Ana Lopez', null]],
    ['counter-case: a form of address is no role', '"The bridge opens on Monday morning," Ms. Lopez said.', ['Lopez', null]],
    ['a relative clause after the role is left out', '"The bridge opens on Monday morning," said Ana Lopez, a civil engineer who built it.', ['Ana Lopez', 'civil engineer']],
    ['counter-case: a predicate holding a role noun is no role', '"The bridge opens on Monday morning," Ana Lopez, who chairs the party and who, like many, backed the governor, said.', ['Ana Lopez', null]],
    ['counter-case: an appositive clause is no role', '"The bridge opens on Monday morning," Ana Lopez, who built it, said.', ['Ana Lopez', null]],
    ['counter-case: a verb before the name is no role', '"The bridge opens on Monday morning," said Ana Lopez.', ['Ana Lopez', null]],
  ])('%s', (_name, text, expected) => {
    expect(rolesOf(text)[0]).toEqual(expected);
  });

  it('applies a role learned once to the person\'s later quotes', () => {
    const text = ['Tom Reyes, the city\'s treasurer, presented the budget.', '"We cannot spend money we do not have," Reyes said.', '"Every department will cut," he said.'].join('\n\n');
    expect(rolesOf(text)).toEqual([
      ['Tom Reyes', 'city treasurer'],
      ['Tom Reyes', 'city treasurer'],
    ]);
  });

  it('does not give a role to quotes before the role was learned', () => {
    const text = ['"We cannot spend money we do not have," Tom Reyes said.', 'Reyes was named the city\'s treasurer last year. Tom Reyes, the city\'s treasurer, spoke again.', '"Every department will cut," Reyes said.'].join('\n\n');
    expect(rolesOf(text).map(([, role]) => role)).toEqual([null, 'city treasurer']);
  });

  it('a description speaker carries no role of its own', () => {
    expect(rolesOf('"The office is closed on Monday," a ministry spokeswoman said.')).toEqual([['a ministry spokeswoman', null]]);
  });

  it.each([
    ['the city\'s treasurer', 'city treasurer'],
    ['a spokeswoman for the ministry', 'spokeswoman for the ministry'],
    ['the former campaign manager', 'former campaign manager'],
  ])('normal form of "%s" is "%s"', (phrase, role) => {
    expect(normalRole(phrase)).toBe(role);
  });

  it.each([['who built it'], ['71'], ['the bridge'], ['Ohio']])('"%s" is no role', (group) => {
    expect(roleFromAppositive(group)).toBeNull();
  });
});

describe('outlets are never speakers', () => {
  it.each([
    ['the page\'s own site name', '"The harvest came early this year," the Valley Courier said.', 'The Valley Courier', null],
    ['counter-case: without the site name, a name-like outlet is read as a name', '"The harvest came early this year," Valley Courier said.', undefined, 'Valley Courier'],
    ['a site name written as a domain', '"The harvest came early this year," ValleyCourier.com said.', 'Valley Courier', null],
    ['an appositive that calls the speaker an agency', '"The harvest came early this year," Farnia, the official state news agency, wrote.', undefined, null],
    ['"told X": X is the listener', '"The harvest came early this year," Nia Okafor told Tom Reyes.', undefined, 'Nia Okafor'],
    ['"was told by X": X is the speaker, the subject the listener', 'Tom Reyes was told by Nia Okafor: "The harvest came early this year."', undefined, 'Nia Okafor'],
    ['"told the outlet": the outlet is the listener', '"The harvest came early this year," Nia Okafor told the Valley Courier.', 'The Valley Courier', 'Nia Okafor'],
    ['counter-case: a person named like no outlet keeps the quote', '"The harvest came early this year," Tom Courier said.', 'The Valley Courier', 'Tom Courier'],
  ])('%s', (_name, text, siteName, speaker) => {
    expect(rolesOf(text, siteName)[0]?.[0] ?? null).toBe(speaker);
  });
});
