import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

// Batch 27 (PNG and Nepali dailies, Welsh local, Northern Irish court, US school board, A-League, bank earnings,
// science release, Tasmanian obituary) and the English todos it closed: sentences of my own.
describe('batch 27: abbreviated titles, roles opening a sentence, portfolio lists, relatives by first name, one-name sources', () => {
  it.each([
    ['"DS X" after "Detective Sergeant X": the initials keep the spelled-out rank', 'Detective Sergeant Wilfred Hamill of the rural crime unit welcomed the sentence.\n\n“Rural communities look after each other,” DS Hamill said.', 'Wilfred Hamill', 'Detective Sergeant'],
    ['counter-case: other initials are another rank', 'Detective Sergeant Wilfred Hamill led the inquiry.\n\n“Rural communities look after each other,” DCI Hamill said.', 'Wilfred Hamill', 'DCI'],
    ['counter-case: a title of other letters replaces the role', 'Councillor Rhodri Vaughan, the council leader, said he would press the agency.\n\n“The money was announced in 2023,” Mayor Vaughan said.', 'Rhodri Vaughan', 'Mayor'],
    ['"Cllr X" after "Ceredigion councillor for the ward, Cllr X,": the contraction keeps the role, which opens the sentence', 'Ceredigion councillor for the ward, Cllr Rhodri Vaughan, said he would press the agency.\n\n“The money was announced in 2023,” Cllr Vaughan said.', 'Rhodri Vaughan', 'Ceredigion councillor for the ward'],
    ['"Local MP for the area, Hon. X,": a role group capitalised by its place outranks the honorific', 'Local MP for the area, Hon. Benson Wapi, called for a bypass.\n\n“Every year we patch it up,” said Mr Wapi.', 'Benson Wapi', 'Local MP for the area'],
    ['counter-case: a place opening the sentence is no role', 'In Goroka, Dorcas Yalu said stations held stock for three days.\n\n“You will see queues,” Ms Yalu said.', 'Dorcas Yalu', null],
    ['a given name shaped like a German agent noun (-eshwor) stays the name', '“The runway is closed,” said Rameshwor Adhikari, chief of the airport.', 'Rameshwor Adhikari', 'chief of the airport'],
    ['a given name in -winder stays the name', '“The runway is closed,” said Balwinder Singh.', 'Balwinder Singh', null],
    ['counter-case: a German agent noun before a name is still the role', '„Die Straße ist gesperrt“, sagte Lawinenwarner Hans Meier.', 'Hans Meier', 'Lawinenwarner'],
    ['"Ministry of Culture, Tourism and Civil Aviation X": the run closing a portfolio list holds the last portfolio first', 'Meanwhile, Joint Secretary at the Ministry of Culture, Tourism and Civil Aviation Dinesh Raj Pokharel told the paper that talks would follow.\n\n“We understand the frustration,” said Pokharel.', 'Dinesh Raj Pokharel', 'Joint Secretary at the Ministry of Culture, Tourism and Civil Aviation'],
    ['counter-case: a run after "and" with no portfolio word is all name', 'The row between the Department of Health and Tom Reyes Khan went on.\n\n“It was fine,” Khan said.', 'Tom Reyes Khan', null],
    ['"Provincial works manager X": a lower-case noun qualifying the role noun', 'Provincial works manager Elijah Taumafai said machines had been sent.\n\n“We cannot put an operator on that slope,” Mr Taumafai said.', 'Elijah Taumafai', 'Provincial works manager'],
    ['"said fleet manager X"', '“We sleep in the cabin,” said fleet manager Kila Morea.', 'Kila Morea', 'fleet manager'],
    ['counter-case: a verb before the role noun is no qualifier', 'Police found driver Kila Morea asleep in the cab.\n\n“We sleep in the cabin,” Morea said.', 'Kila Morea', 'driver'],
    ['"Stock agent Bronwyn Ah Kee": a role noun Dutch shares with English leaves a two-word family name whole', 'Stock agent Bronwyn Ah Kee says the market is steady.\n\n“Prices are holding up,” she says.', 'Bronwyn Ah Kee', 'Stock agent'],
    ['"Finance minister Ana Garcia Lopez": a double family name after "minister"', 'Finance minister Ana Garcia Lopez said the budget was fair. “It is fair,” she said.', 'Ana Garcia Lopez', 'Finance minister'],
    // Batch 28 (Canadian city hall, Highland council).
    ['"said Coun. X": the Canadian councillor\'s title is an abbreviation, not a sentence end', '“It’s a sticker, not a plan,” said Coun. Darren Kwasnicki.', 'Darren Kwasnicki', 'Coun.'],
    ['"Coun. X (Ward), who …," then "X said": the title is the role', 'Coun. Darren Kwasnicki (St. Vital), who voted against the motion, said the money would run out.\n\n“It’s a sticker, not a plan,” Kwasnicki said.', 'Darren Kwasnicki', 'Coun.'],
    ['"Her neighbour, crofter X, whose …, said:": the occupation before the name, not the relative, is who speaks', 'Kirsty Fraser spoke first.\n\nHer neighbour, crofter Hamish Ross, whose grandfather attended the school, said: “It has been here since 1876.”', 'Hamish Ross', 'crofter'],
    ['counter-case: a relative noun alone before the name stays the role', 'Kirsty Fraser spoke first.\n\nHer neighbour, Hamish Ross, said: “It has been here since 1876.”', 'Hamish Ross', 'Her neighbour'],
    ['"Nana Oduro Kwarteng III" then "Nana Kwarteng": the chiefly title comes off, the office is the role', 'The chief of Asafo-Kwame, Nana Oduro Kwarteng III, appealed to the government.\n\n“This market has burnt before,” Nana Kwarteng said.', 'Oduro Kwarteng', 'chief of Asafo-Kwame'],
    ['counter-case: "Nana" as a given name stays', 'Trader Nana Mensah lost her stall.\n\n“This market has burnt before,” Nana Mensah said.', 'Nana Mensah', 'Trader'],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['"one of the farmers, an 81-year-old widower, said he …" then "he wrote": the described person, not the barrister before', 'Prosecuting, Mr Declan Rafferty told the court that cash had been taken.\n\nIn a victim impact statement, one of the farmers, an 81-year-old widower, said he no longer went to church.\n\n“I sit in the house with the doors locked,” he wrote.', 'one of the farmers, an 81-year-old widower', 'description'],
    ['"A neighbour told police she …" then "she said"', 'Prosecuting, Mr Declan Rafferty told the court that cash had been taken.\n\nA neighbour told police she had heard shouting.\n\n“It went on for an hour,” she said.', 'a neighbour', 'description'],
    ['counter-case: a thing reporting ("A report said he …") leaves "he" to the person named', 'Prosecuting, Mr Declan Rafferty told the court that cash had been taken.\n\nA report said he had been warned twice.\n\n“I knew the risks,” he said.', 'Declan Rafferty', 'name'],
    ['counter-case: a described person given a name is that person', 'Prosecuting, Mr Declan Rafferty told the court that cash had been taken.\n\nA neighbour, Tom Reyes, said he had heard shouting.\n\n“It went on for an hour,” he said.', 'Tom Reyes', 'name'],
    ['"He and his wife Eirlys": a wife given a first name alone carries the family name of the man just named', 'Club chairman Dai Pritchard said he had never seen the water rise so fast.\n\nHe and his wife Eirlys have run the tea bar since 1994.\n\n“We’ve lost the urn,” Eirlys said.', 'Eirlys Pritchard', 'name'],
    ['"Mr X’s wife Kerry-Anne": a hyphenated first name too', 'Lachie Dunsmore says the dam is dry.\n\nMr Dunsmore’s wife Kerry-Anne is hand-feeding the weaners.\n\n“We just need an inch,” she says.', 'Kerry-Anne Dunsmore', 'name'],
    ['counter-case: a wife named in full keeps her own family name', 'Club chairman Dai Pritchard said he had never seen the water rise so fast.\n\nHis wife, Eirlys Hughes, runs the tea bar.\n\n“We’ve lost the urn,” Hughes said.', 'Eirlys Hughes', 'name'],
    ['"who identified herself only as Linda and said …": the one name she gave', 'Councilmember Ray Pettibone backed the change.\n\nOne resident, who identified herself only as Linda and said she had lived there for 41 years, told the council the change would “turn quiet streets into parking lots.”', 'Linda', 'name'],
    ['counter-case: a full name in the relative clause is someone else', 'Councilmember Ray Pettibone backed the change.\n\nOne resident, who said Linda Hart was wrong, told the council the change would “turn quiet streets into parking lots.”', 'One resident', 'description'],
    ['"Bill and Darlene Koenig" … "Her husband was …" then "he said": the other Koenig', 'Reporter Marisol Trevino spoke with Bill and Darlene Koenig, who rode out the storm.\n\n“The whole house was shaking,” Darlene Koenig said.\n\nHer husband was more philosophical. “We’ve been through four of these,” he said.', 'Bill Koenig', 'name'],
    ['"Midfielder Fabinho said …" then "he said": a player known by one name, after a role noun, is a person', 'Coach Nick Papadakis praised the team.\n\nMidfielder Fabinho said the team had answered. “We were too slow,” he said.', 'Fabinho', 'name'],
    ['counter-case: one word after a role noun that the text writes in a fuller name is that person', 'Defender Marco Lanzini was booked.\n\nCoach Nick Papadakis praised the team. Defender Lanzini said the team had answered. “We were too slow,” he said.', 'Marco Lanzini', 'name'],
    ['counter-case: a family name alone before "and" and a full name is the person named before', 'Tom Reyes chairs the board.\n\nReyes and Ana Lopez toured the site. “It was fine,” Reyes said.', 'Tom Reyes', 'name'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });
});
