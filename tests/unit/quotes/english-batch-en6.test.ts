import { startsTable } from './starts-table';

// Batch "English 6" (20 articles: Ghana, Kenya, South Africa, Singapore, the Philippines, a Highland weekly, Cornwall, a US
// Midwest daily, a US bilingual community paper, the Canadian Prairies, regional Queensland, a New Zealand iwi story, Fiji,
// Barbados, Hong Kong, Kerala, Nepal, a court report, a rugby report and a results story): the kinds its first run lost,
// most frequent first, each in sentences of my own with a counter-case.

startsTable('en6: glued initials before a family name are a given name, not an acronym (initials-given.ts, names.ts)', [
  ['"Panchayat president R.K. Menon said …", then "he said"', 'Panchayat president R.K. Menon said the road would be relaid before the monsoon.\n\n“Work starts in March,” he said.', 'Work starts', 'R.K. Menon', 'president'],
  ['"Mr. Varghese said" is the T.M. Varghese named before', 'Union leader T.M. Varghese addressed the tea workers at Munnar.\n\n“We will not back down,” Mr. Varghese said.', 'We will not back down', 'T.M. Varghese'],
  ['counter-case: a country\'s initials before a word stay an acronym, no person for "he said"', 'Workers at U.S. Steel heard the news on Monday.\n\n“It is a sad day,” he said.', 'It is a sad day', null],
]);

startsTable('en6: a form of address without its dot and one family name is a person (person-mentions.ts)', [
  ['"Mrs Chan, a retired seamstress, said …", then "she said"', 'Mrs Chan, a retired seamstress, said the lift had been broken since June.\n\n“I carry my shopping up nine floors,” she said.', 'I carry my shopping', 'Chan'],
  ['"Mr Pillay, who runs the corner shop, said …", then "he said"', 'Mr Pillay, who runs the corner shop, said sales had halved.\n\n“People just stopped coming,” he said.', 'People just stopped', 'Pillay'],
  ['counter-case: someone named in full after her is the "he"', 'Mrs Chan said the lift was broken. Building manager Tom Reyes said a part had been ordered.\n\n“It arrives on Friday,” he said.', 'It arrives on Friday', 'Tom Reyes'],
]);

startsTable('en6: a body\'s last word glued before a full name is no part of it (body-tail.ts)', [
  ['"President of the Kerala Fishworkers’ Union Mary Thomas said …", then "Thomas said"', 'President of the Kerala Fishworkers’ Union Mary Thomas said the ban was unfair.\n\n“Our boats are ready,” Thomas said.', 'Our boats are ready', 'Mary Thomas'],
  ['counter-case: a run opening on such a word ("West Ham United") is a team, no person for "he said"', 'West Ham United won again on Saturday.\n\n“It was a good night,” he said.', 'It was a good night', null],
]);

startsTable('en6: a priest\'s "Father" and a Māori elder\'s "Kuia" are styles before the name (names.ts TITLES)', [
  ['"Kuia Mere Tipene said …", then "she said"', 'Kuia Mere Tipene said the marae had waited decades for the land.\n\n“We are still here,” she said.', 'We are still here', 'Mere Tipene'],
  ['"Father Declan Moore said …", then "he said"', 'Father Declan Moore said the parish hall would open as a shelter. “Nobody sleeps outside tonight,” he said.', 'Nobody sleeps', 'Declan Moore'],
  ['counter-case: a lower-case "her father, X," is a relative and keeps the name', 'Her father, Tom Reyes, said she loved the sea. “She was always in the water,” he said.', 'She was always', 'Tom Reyes', 'father'],
]);

startsTable('en6: a titled full name before "of" and the body served names the speaker before a colon (verb-subject.ts)', [
  ['"Inspector X of Lothian Police said:" after "Outside court,"', 'Outside court, Inspector Rhona Baird of Lothian Police said: “Nobody should have to drive past that house again.”', 'Nobody should have to', 'Rhona Baird', 'Inspector'],
  ['"Dr X of the <body> said:"', 'Dr Rana Haddad of the Westmoor Hospital Trust said: “Every bed on the ward is taken.”', 'Every bed on the ward', 'Rana Haddad'],
  ['counter-case: an office alone before "of" stays a description', 'The Chief Constable of Lothian Police said: “Every officer will be retrained.”', 'Every officer will', 'The Chief Constable of Lothian Police'],
]);

startsTable('en6: one word after a form of address is the family name, though it is also a verb (names.ts cleanName)', [
  ['"said Ms Were" after another speaker is the Ms Joy Anne Were named before', 'Roads executive Ms Joy Anne Were defended the rules.\n\nPolice commander Peter Kamau said two riders were held. “We will not allow chaos,” Mr Kamau said.\n\n“The stages are marked,” said Ms Were.', 'The stages are marked', 'Joy Anne Were'],
  ['counter-case: the verb opening a question is no name', 'Were the riders warned? “We gave them notice,” he said.', 'We gave them notice', null],
]);
