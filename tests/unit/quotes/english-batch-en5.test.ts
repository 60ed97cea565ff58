import { startsTable } from './starts-table';

// Batch "English 5" (20 articles: a US weekly, TV station, wire and college sports site; Northern Ireland, Yorkshire and a
// London borough; Australia, New Zealand, Atlantic Canada, Ireland, India, Pakistan, Bangladesh, Sri Lanka, Malaysia,
// Uganda, Zimbabwe, Trinidad and Nigeria): the kinds its first run lost, each in sentences of my own with a counter-case.

startsTable('en5: one of a group the text just mentioned, or "a man who …", is someone unnamed (unnamed-introduction.ts)', [
  ['"One of the students said …", then "she said"', 'Lim Swee Neo, 72, said her children were not interested.\n\nA group of culinary students spent the morning at the shop. One of the students said the work was harder than it looked.\n\n"We were folding for three hours," she said.', 'We were folding', 'one of the students'],
  ['"One of them, who declined to give his name, said", then "he said"', 'Pastor Emmanuel Ogunleye appealed for calm.\n\nSome members of the youth wing blocked the road. One of them, who declined to give his name, said they would stay.\n\n"We are not against development," he said.', 'We are not against', 'one of them'],
  ['"One of the federation\'s members, a sewing operator …, said": an owner before the plural', 'Dr Farhana Chowdhury said demand was weak.\n\nUnion members staged a rally. One of the federation\'s members, a sewing operator from Ashulia, said overtime had dried up.\n\n"Without overtime, my salary covers rent," she said.', 'Without overtime', 'one of the federation\'s members'],
  ['"A man who lives on … told <outlet> he …", then "he said"', 'Meteorologist Tom Bellamy said the jam would hold.\n\nA man who lives on Willow Lane told KXRN 9 he had never seen the river so fast.\n\n"It sounded like a train," he said.', 'It sounded like a train', 'a man'],
  ['counter-case: one of a group a passive verb acts on says nothing', 'Coach Ann Lowry said the bus was late.\n\nOne of the students was taken to hospital.\n\n"We were lucky," she said.', 'We were lucky', 'Ann Lowry'],
  ['counter-case: a name beside "One of the students" names her', 'Coach Ann Lowry said the bus was late.\n\nOne of the students, Mia Holt, said the work was hard.\n\n"We were folding for hours," she said.', 'We were folding', 'Mia Holt'],
]);

startsTable('en5: one a relative clause of saying reports, or "according to", is the next "he"/"she" (saying-relative.ts, entities.ts)', [
  ['"X thanked Y, who said …", then "she said": Y', 'Sheriff Lyle Brandt said deputies went door to door. "The water came up," Brandt said.\n\nBrandt thanked County Emergency Manager Kelsey Dunn, who said the county has sandbags ready.\n\n"Bring a shovel," she said.', 'Bring a shovel', 'Kelsey Dunn', 'Emergency Manager'],
  ['"X was joined by Dr Y, head of …, who said …"', 'Dr S. Raghunathan said the storm would hit. "It will cross tonight," he said.\n\nRaghunathan was joined by Dr Meera Kulkarni, head of the cyclone warning division, who said the surge was the main worry.\n\n"A surge of one metre is expected," she said.', 'A surge of one metre', 'Meera Kulkarni'],
  ['"X toured the floors with union president Mr Y, who said …", then "he said"', 'Cde Tafadzwa Mhlanga opened the season.\n\nMhlanga toured the floors with union president Mr Abdul Nyathi, who said prices were encouraging.\n\n"Prices are better than last year," he said.', 'Prices are better', 'Abdul Nyathi'],
  ['"According to Dr X, head of …, admissions have doubled", then "she said"', 'A kiln worker, who did not want to be named, said the closures would hurt. "My family does not eat," he said.\n\nAccording to Dr Nadia Farooq, head of pulmonology at Mayo Hospital, admissions have doubled.\n\n"We are seeing children with chest infections," she said.', 'We are seeing children', 'Nadia Farooq'],
  ['"…, according to auctioneer X", then "he said"', 'Farmer Tom Reyes said prices fell. "It is grim," Reyes said.\n\nTrade at the mart was down by a third, according to auctioneer Graham Kettlewell.\n\n"Buyers just haven\'t come," he said.', 'Buyers just', 'Graham Kettlewell', 'auctioneer'],
  ['"Meteorologist X with the weather service said": a lower-case complement before the verb', 'Sheriff Lyle Brandt said deputies went door to door. "The water came up," Brandt said.\n\nMeteorologist Anna Kowalczyk with the weather service said the jam is a mile long.\n\n"That ice isn\'t going anywhere," she said.', 'That ice', 'Anna Kowalczyk'],
  ['counter-case: a relative clause that says nothing leaves the subject', 'Sheriff Lyle Brandt said deputies went door to door. "The water came up," Brandt said.\n\nBrandt thanked County Emergency Manager Kelsey Dunn, who was visiting from Omaha.\n\n"Bring a shovel," he said.', 'Bring a shovel', 'Lyle Brandt'],
]);

startsTable('en5: a noun the text gave someone as a role stands for them though others were named since (stated-role-holder.ts)', [
  ['"Her long-time trainer, X," … "the trainer said" after another person spoke', 'Her long-time trainer, Colin Baird, said the champion had changed the sport.\n\nThe association president, Jock Rennie, said sponsors were back. "We have three new sponsors," Rennie said.\n\n"She doesn\'t know how to rest," the trainer said.', 'She doesn', 'Colin Baird', 'trainer'],
  ['"District Collector Smt. X reviewed … with Revenue Minister Y" … "the Collector said"', 'Kakinada District Collector Smt. Lakshmi Prasanna reviewed arrangements with Revenue Minister K. Ramesh Babu.\n\n"We have opened 387 relief camps," the Collector said.', 'We have opened', 'Lakshmi Prasanna', 'Collector'],
  ['a title won in a competition: "defending NCAA champion X" … "said the national champion"', 'The Bearcats got bonus points at 157, where defending NCAA champion Luis Carrasco pinned Derek Ames.\n\n"Every guy in this conference wants that title," said the national champion.', 'Every guy', 'Luis Carrasco', 'champion'],
  ['"Cllr X … with the farming minister, Y" … "the councillor said"', 'Cllr Peter Alderson said he had written to the farming minister, Rebecca Shaw, last week.\n\n"Nobody has come to explain it," the councillor said.', 'Nobody has come', 'Peter Alderson', 'Cllr'],
  ['counter-case: someone unnamed with that noun brought in since keeps the description', 'Her long-time trainer, Colin Baird, said she was ready.\n\nA second trainer, who asked not to be named, said the camp was tough.\n\n"She never rests," the trainer said.', 'She never rests', 'the trainer'],
  ['counter-case: "the official" stays an unnamed official', 'Kakinada District Collector Smt. Lakshmi Prasanna reviewed the camps.\n\n"Power will be cut at night," the official said.', 'Power will be cut', 'the official'],
]);

startsTable('en5: names and offices as regional papers write them (names.ts, apposed-before.ts, person-mentions.ts)', [
  ['a capitalised office after a party, two name words after it', '"It\'s a fleet that\'s been neglected," Progressive Conservative MHA Brian Kavanagh said.', 'It\'s a fleet', 'Brian Kavanagh', 'MHA'],
  ['a capitalised office after a body: "Wijaya College Principal X … the principal said"', 'Wijaya College Principal Wasantha Jayasundara announced a holiday.\n\n"The whole of Kandy will be wearing green," the principal said.', 'The whole of Kandy', 'Wasantha Jayasundara', 'Principal'],
  ['counter-case: a family name that is also a role noun stays the name', '"We are ready," Mary Dean said.', 'We are ready', 'Mary Dean'],
  ['an office before "Chief (Mrs) X," outranks the chieftaincy title', 'The Iyaloja of Oja Tuntun, Chief (Mrs) Sikirat Adeniran, said traders were not consulted.\n\n"Nobody called us to a meeting," she said.', 'Nobody called us', 'Sikirat Adeniran', 'Iyaloja'],
  ['an office before a police rank outranks it', 'The Police Public Relations Officer in Oyo State, SP Olumide Fasanya, spoke. "The protest was peaceful," Fasanya said.', 'The protest was peaceful', 'Olumide Fasanya', 'Public Relations Officer'],
  ['counter-case: a rank alone stays the role', 'SP Olumide Fasanya spoke to reporters. "The protest was peaceful," Fasanya said.', 'The protest was peaceful', 'Olumide Fasanya', 'SP'],
  ['"At <place> yesterday," names no one', 'At Hawes Auction Mart yesterday, trade was down by a third, according to auctioneer Graham Kettlewell.\n\n"Buyers haven\'t come," he said.', 'Buyers haven', 'Graham Kettlewell'],
  ['"X of <Body>, which owns …" keeps the person', 'Gregory Tate of Bramwell Capital, which owns 4% of the company, told Meridian the fund would vote no.\n\n"That isn\'t an auction," Tate said.', 'That isn', 'Gregory Tate'],
  ['a weight class opening the sentence is a position', 'Heavyweight Isaiah Obi scored a takedown with 14 seconds left.\n\n"Honestly, I was tired," Obi said.', 'Honestly', 'Isaiah Obi', 'Heavyweight'],
]);

startsTable('en5: an inverted tag whose office lists its portfolios before the name (cues.ts)', [
  ['"said the Deputy Minister of Lands, Agriculture and Rural Development, Cde X, when …"', '"Farmers must be paid in 24 hours," said the Deputy Minister of Lands, Agriculture and Rural Development, Cde Tafadzwa Mhlanga, when he opened the season.', 'Farmers must be paid', 'Tafadzwa Mhlanga', 'Deputy Minister'],
  ['counter-case: the list then a clause names no one', '"Farmers must be paid in 24 hours," said the Deputy Minister of Lands, Agriculture and Rural Development, adding that buyers were ready.', 'Farmers must be paid', 'the Deputy Minister'],
]);

startsTable('en5: a name inside a relative clause on a described speaker is not who speaks (verb-subject.ts)', [
  ['"a motorist who was driving behind Mrs Greer said:"', 'Supt Gareth Wylie spoke outside court.\n\nIn a statement read to the court, a motorist who was driving behind Mrs Greer said: "I saw her go up in the air."', 'I saw her go up', 'a motorist'],
  ['counter-case: a name with its own relative clause speaks', 'In a statement read to the court, Tom Reyes, who was driving behind her, said: "I saw her go up in the air."', 'I saw her go up', 'Tom Reyes'],
]);
