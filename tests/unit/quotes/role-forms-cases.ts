/** [label, text, expected speaker, expected role (contained) or null (none) or { not } (must not contain), todo]. */
export type RoleCase = [string, string, string | null, string | null | { not: string }, boolean?];

export function roleMatches(found: string | null, expected: RoleCase[3]): boolean {
  if (expected === null) return found === null;
  if (typeof expected === 'string') return (found ?? '').toLowerCase().includes(expected.toLowerCase());
  return !(found ?? '').toLowerCase().includes(expected.not.toLowerCase());
}

export const TRAILING_AND_SPOKESPERSON: RoleCase[] = [
  // 1. A role after the name, closing a trailing tag.
  ['en: an acronym owner before the noun', '“The budget is tight this year,” said Dr. Ana Beispiel, ABC chief.', 'Ana Beispiel', 'chief'],
  ['en: "head of" with a possessive inside', '“We will fix the worst roads first,” said Tom Muster, head of the county’s roads office.', 'Tom Muster', 'head of the county'],
  ['en: an acronym owner with a possessive', '“Wards are fuller than last winter,” said Lena Vogt, NHS Westshire’s chief nurse.', 'Lena Vogt', 'chief nurse'],
  ['en: the owner’s office with an article', '“It was a costly mistake,” said Carl Brent, the council’s finance director.', 'Carl Brent', 'finance director'],
  ['en: an organisation’s spokeswoman without article', '“We are ready to help,” said Maria Keen, Helpfirst spokeswoman.', 'Maria Keen', 'spokeswoman'],
  ['en: the tag split around the name, "CEO of"', '“No comment on rumours,” Peter Lang, CEO of Brightwell, said.', 'Peter Lang', 'CEO'],
  ['en: a two-word acronym body before "director"', '“The samples are clean,” said Ruth Kale, WHO regional director.', 'Ruth Kale', 'regional director'],
  ['en: "president of" a club', '“We will appeal the fine,” said Ivo Brandt, president of the Eastfield rowing club.', 'Ivo Brandt', 'president'],
  ['fr: occupation after the name', '« Nous sommes prêts », a déclaré Julien Exemple, directeur de l’hôpital.', 'Julien Exemple', 'directeur'],
  ['de: "Chef der" after the name', '„Wir sind vorbereitet“, sagte Jonas Beispiel, Chef der Feuerwehr.', 'Jonas Beispiel', 'Chef'],
  ['es: mayor of a town after the name', '«Estamos listos para la riada», dijo Marta Ejemplo, alcaldesa de Villaba.', 'Marta Ejemplo', 'alcaldesa'],
  ['pl: director after the name, dash tag', '„Jesteśmy gotowi na zimę” – powiedział Jan Przykładowy, dyrektor szpitala.', 'Jan Przykładowy', 'dyrektor'],
  ['ru: director after the name', '«Мы готовы к зиме», — сказал Иван Примеров, директор завода.', 'Иван Примеров', 'директор'],
  ['it: mayor after the name', '«Siamo pronti per l’estate», ha detto Marco Esempio, sindaco di Borgoleto.', 'Marco Esempio', 'sindaco'],
  ['pt: mayor after the name', '“Estamos prontos para a chuva”, disse João Exemplo, prefeito da cidade.', 'João Exemplo', 'prefeito'],
  // 2. A spokesperson, aide or lawyer for someone else, named after the group.
  ['en: a spokesperson for a governor, then the name', 'A spokesperson for Gov. Jane Doe, Tom Roe, said: “The governor will sign the bill.”', 'Tom Roe', 'spokesperson'],
  ['en: an aide to a senator, then the name', 'An aide to Senator Mark Tull, Rita Ames, said: “He has not decided yet.”', 'Rita Ames', 'aide'],
  ['en: a lawyer for a family, then the name', 'A lawyer for the Hill family, Sam Ortiz, said: “They want answers from the school.”', 'Sam Ortiz', 'lawyer'],
  ['en: name first, spokesman for a mayor', 'Tom Roe, a spokesman for Mayor Ellen Park, said: “The mayor is reviewing the plan.”', 'Tom Roe', 'spokesman'],
  ['en: trailing tag, spokeswoman for a minister', '“The minister has no plans to resign,” said Kate Orr, a spokeswoman for Finance Minister Joe Bell.', 'Kate Orr', 'spokeswoman'],
  ['fr: porte-parole du maire, then the name', 'Le porte-parole du maire Paul Dupuis, Marc Leroy, a déclaré : « Rien n’est décidé. »', 'Marc Leroy', 'porte-parole'],
  ['de: Sprecher von a minister, then the name', 'Ein Sprecher von Ministerin Anna Roth, Tobias Kern, sagte: „Das ist falsch.“', 'Tobias Kern', 'Sprecher'],
  ['es: portavoz de la alcaldesa, then the name', 'La portavoz de la alcaldesa Rosa Gil, Inés Mora, dijo: «No hay acuerdo todavía».', 'Inés Mora', 'portavoz'],
  ['pl: rzecznik of a minister, then the name', 'Rzecznik ministra Jana Kowala, Piotr Nowak, powiedział: „Nie ma jeszcze decyzji”.', 'Piotr Nowak', 'rzecznik'],
  ['counter-case en: an unnamed spokesperson is not the principal', 'A spokesperson for Gov. Jane Doe said: “The governor will sign the bill.”', 'A spokesperson for Gov. Jane Doe', null],
  ['counter-case en: a postnominal party and state is no body’s role', '“We won the vote,” said Sen. Tom Lee, R-Texas.', 'Tom Lee', { not: 'Texas' }],
  ['counter-case en: a body with no role noun after the name is no role', '“The port is full,” said Omar Quist, Harbour Board.', 'Omar Quist', null],
  ['counter-case en: meeting a spokesperson gives the speaker no such role', 'Tom Roe met a spokesperson for the mayor on Monday.\n\n“It went well,” Roe said.', 'Tom Roe', { not: 'spokesperson' }],
];
