// English attribution in the house styles of Nigerian, Ghanaian, Kenyan, Singaporean and Jamaican papers,
// Westminster sketches, military and church reports, and interview features: forms of address and ranks
// before names, portfolios after an office, roles set before a name and its comma. Invented sentences.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const speakers = (text: string) => findQuotes(text).map((quote) => quote.speaker);
const roles = (text: string) => findQuotes(text).map((quote) => quote.role);

describe('world press: forms of address and ranks come off the name', () => {
  it.each([
    ['a Nigerian "Alhaji"', 'Alhaji Bello Sani spoke in Kano. He said, “We will not sell at a loss.”', ['Bello Sani']],
    ['a union "Comrade"', '“We will mobilise our members,” said Comrade Ada Nwosu.', ['Ada Nwosu']],
    ['an engineer\'s "Engr."', '“The task force starts today,” Engr. Musa Bello said.', ['Musa Bello']],
    ['Singapore\'s "Madam" and a family name written first', 'Retiree Tan Mei Ling, 70, takes two buses. “I wait 20 minutes,” said Madam Tan.', ['Tan Mei Ling']],
    ['a sergeant major after "Command"', '“Half of my crew are 19,” said Command Sgt. Maj. Leo Diaz.', ['Leo Diaz']],
    ['a major before a name after the verb', '“The soil is still moving,” said Maj. Ana Cruz, an army spokeswoman.', ['Ana Cruz']],
    ['a portfolio after an office and "for"', '“We heard you,” Senior Minister of State for Transport Lee Kah Wai said.', ['Lee Kah Wai']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it.each([
    ['a first name that is no title', '“We start on Monday,” Madison Tan said.', ['Madison Tan']],
    ['a portfolio word inside a two-word name stays', '“We start on Monday,” Trade Lopez said.', ['Trade Lopez']],
  ])('counter-case: %s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('world press: the role a reader gives', () => {
  it.each([
    ['the office and portfolio before a name', 'Senior Minister of State for Transport Lee Kah Wai opened the station. “We heard you,” he said.', 'Senior Minister of State for Transport'],
    ['a role group before the name and its comma', 'The General Secretary of the forum, Rev. Grace Ofori, said it would send observers. “We are there to pray,” she said.', 'General Secretary of the forum'],
    ['the same after "But" and with a form of address', 'But the spokesman of the port company, Mr Femi Ade, insisted. “There is no cause for panic,” Ade said.', 'spokesman of the port company'],
    ['an owner\'s role before the name', 'Its executive director, Sara Hall, disagreed. “We are against abuse,” Hall said.', 'executive director'],
    ['a spelled-out role outranks a rank', 'Capt. Jonah Ruiz, a company commander, led the convoy. “Our trucks need brakes,” he said.', 'company commander'],
    ['a chaplain outranks "the Rev."', 'The Rev. Dan Osei, the university’s Protestant chaplain, was blunt. “It is less than a scoreboard,” he said.', 'university Protestant chaplain'],
    ['an appositive opening with its capitalised office', 'One customer, Tobias Rehn, CTO of the startup Lanefreight, was pleased. “We cut our bill,” Rehn said.', 'CTO of the startup Lanefreight'],
  ])('%s', (_, text, role) => {
    expect(roles(text)).toEqual([role]);
  });
  it.each([
    ['a clause before the name is no role', 'Last year the firm hired a new chief executive, Tom Reyes, who left. “It was fine,” Reyes said.', [null]],
    ['a rank alone stays the role', 'Capt. Jonah Ruiz led the convoy. “Our trucks need brakes,” he said.', ['Capt.']],
    ['an opening phrase before the name is no role', 'After the vote, Ana Lopez left. “We lost,” she said.', [null]],
  ])('counter-case: %s', (_, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
