import { startsTable } from './starts-table';

// Batch "English 4" (20 articles from Kenya, Nigeria, Ghana, South Africa, India, Pakistan, the Philippines, Singapore,
// Malaysia, Australia, New Zealand, Canada, Ireland, Scotland, Wales, London, the US and Jamaica): the kinds it showed,
// each in sentences of my own with a counter-case the rule must leave alone.

startsTable('en4: a post the text states outranks a title written on the name (stated-post.ts)', [
  ['"Cllr X, the council\'s convener for …," then "she said": the owned post is the role', 'Cllr Morag Baird, the council\'s convener for education, said the plan would go ahead. She said: "We have listened to parents."', 'We have listened', 'Morag Baird', 'convener'],
  ['"Cllr X, the party\'s group leader,": an owned post', 'Cllr Ewan Tait, the party\'s group leader, spoke first. "We oppose it," he said.', 'We oppose it', 'Ewan Tait', 'group leader'],
  ['an office before the name runs back over its list of portfolios', 'The council\'s cabinet member for housing, planning and the environment, Cllr Rhian Pugh, visited the estate. She said: "We will look again at the figures."', 'We will look again', 'Rhian Pugh', 'cabinet member'],
  ['the title written again with the name keeps the post learned with it', 'The shire\'s deputy mayor, Cr Ben Lutz, opened the meeting.\n\n"We are ready for the fire season," Cr Lutz said.', 'We are ready', 'Ben Lutz', 'deputy mayor'],
  ['counter-case: an indefinite appositive leaves the title', 'Judge Nora Vance, an orchid grower from Hilo, judged the show. "It was close this year," she said.', 'It was close', 'Nora Vance', 'Judge'],
  ['counter-case: kin is no post', 'Cllr Ewan Tait, the father of three, spoke first. "We oppose it," he said.', 'We oppose it', 'Ewan Tait', 'Cllr'],
  ['counter-case: a title with no fuller role stays the role', 'Cr Ben Lutz said the road was unsafe.\n\n"We are ready for the fire season," Cr Lutz said.', 'We are ready', 'Ben Lutz', 'Cr'],
  ['an office in capitals heading the role: "the MEC" is the one given it', 'Health MEC Zanele Dube said a report was due.\n\nDr Piet Smit said the party would ask questions.\n\n"I will act on it," the MEC said.', 'I will act', 'Zanele Dube', 'MEC'],
  ['counter-case: an office in capitals that owns the role is no office of the person', 'BBC correspondent Zanele Dube reported from the scene.\n\n"I will act on it," the minister said.', 'I will act', 'the minister'],
  ['an article and an office in capitals after a name are a role', 'From Leyton, Dr Ruth Amos, a GP at a surgery on High Road, writes: "We see it every week."', 'We see it', 'Ruth Amos', 'GP'],
  ['a lawyer\'s "Atty." before the name is no sentence end and leaves the office before it', 'City legal officer Atty. Rosa Lim said the ordinance was valid. "It will hold in court," Lim said.', 'It will hold', 'Rosa Lim', 'legal officer'],
]);

startsTable('en4: one of a group the text just mentioned stays unnamed (unnamed-introduction.ts, unnamed-stays.ts)', [
  ['"One, a nurse …, said she", then "she said"', 'Principal Joan Reid said the school had followed the rules.\n\nParents waited at the gate for an hour. One, a nurse coming off a night shift, said she had missed her bus.\n\n"Nobody told us anything," she said.', 'Nobody told us', 'a nurse'],
  ['"One, a young father whose car …": a relative clause with "whose" is no passive', 'Kevin Doyle, 70, was rescued by boat.\n\nNeighbours cleared the street. One, a young father whose van was written off, said he was not insured.\n\n"Nobody warned us," he said.', 'Nobody warned us', 'a young father'],
  ['"One of them, a retired miner from …, said", then "he asked"', 'Union leader Gareth Evans said the strike would go on.\n\nDozens of pensioners watched from the gallery. One of them, a retired miner from Tumble, said he had lost his savings.\n\n"Who will pay us back?" he asked.', 'Who will pay', 'a retired miner'],
  ['"The daughter of one of the residents said she"', 'Coach Ann Lowry praised the volunteers.\n\nMore than 300 people came. The daughter of one of the residents said she had driven from Cork.\n\n"It was worth every mile," she said.', 'It was worth', 'the daughter of one of the residents'],
  ['"said the grandmother of three" after an unnamed woman who spoke', 'Principal Joan Reid said the gates would open at eight.\n\nA retired nurse sitting near the gate said she had walked from town.\n\n"I came for my grandson," said the grandmother of three.', 'I came for my grandson', 'the grandmother'],
  ['counter-case: a name beside "One of them" names the person', 'Parents waited at the gate for an hour. One of them, Mair Jones, said she had missed her bus.\n\n"Nobody told us anything," she said.', 'Nobody told us', 'Mair Jones'],
  ['counter-case: "The owner of the bakery, X," is X', 'The owner of the bakery, Tom Reyes, said he would reopen on Monday. "We lost everything," he said.', 'We lost everything', 'Tom Reyes'],
  ['counter-case: a noun a named person was given is that person', 'Joan Reid, a grandmother, said she had walked from town.\n\nA retired nurse sitting near the gate said she had waited since dawn.\n\n"I came for my grandson," said the grandmother.', 'I came for my grandson', 'Joan Reid'],
]);

startsTable('en4: descriptors that stand for a person the story named (age-nouns.ts, person-mentions.ts, message-signer.ts)', [
  ['"the teenager" is the one given an age between 13 and 19, though others are named in the paragraph', 'Mia Holt, 17, who joined Rovers from Division Two side Leith Athletic in May, scored twice.\n\n"I just kept running," the teenager said.', 'I just kept running', 'Mia Holt'],
  ['counter-case: no one of that age leaves "the teenager" described', 'Coach Dan Reyes, 44, praised the side.\n\nA crowd of 3,000 watched. "I just kept running," the teenager said.', 'I just kept running', 'the teenager'],
  ['a team qualifying the role before a name is no second person for "the Scot"', 'Harbour Rovers of Leith came from behind to win 2-1, with substitute Ali Rahman scoring late.\n\nRovers head coach Ian Pike praised his side. "We were patient," the Scot told reporters.', 'We were patient', 'Ian Pike'],
  ['counter-case: a verb before the role leaves the first name a person', 'Ann Cole thanked coach Ian Pike for the win. "We were patient," she said.', 'We were patient', 'Ann Cole'],
  ['a run the text only writes after "on" is a place, never "the farmer"', 'Rain fell on Kilmory Station overnight.\n\n"It was welcome," the farmer said.', 'It was welcome', 'the farmer'],
  ['counter-case: a person written elsewhere without "on" is still a person', 'The council called on Joe Bell to resign. Joe Bell, a farmer, said he would not.\n\n"It was welcome," the farmer said.', 'It was welcome', 'Joe Bell'],
  ['"In a statement, the trust\'s chief executive, X, said" makes "the statement said" X\'s', 'In a statement, the trust\'s chief executive, Mark Ellis, said the ward would reopen in May.\n\n"We regret the delay," the statement said.', 'We regret the delay', 'Mark Ellis'],
  ['counter-case: a statement of a body with a person named after it is no person\'s', 'In a statement, the trust said the ward would reopen in May. Mark Ellis, a surgeon, was not available.\n\n"We regret the delay," the statement said.', 'We regret the delay', 'the statement'],
]);

startsTable('en4: names as regional papers write them (names.ts, entities.ts)', [
  ['Northern Nigerian "Hajiya" comes off the name; the role stays the office', 'The leader of the women traders in Gusau, Hajiya Amina Sule, spoke first. "We are tired of promises," she said.', 'We are tired', 'Amina Sule', 'leader'],
  ['Kenyan "Mzee" comes off the name', 'Mzee Otieno Ouma, 80, said the river had never been so low. "I have not seen this," Otieno said.', 'I have not seen', 'Otieno Ouma'],
  ['counter-case: a family name that is also a form of address stays', 'Rafael Mama, a tailor, said: "We are tired of promises."', 'We are tired', 'Rafael Mama', 'tailor'],
  ['"Economist X of <Body ending in -er>": the body\'s word is no role, the name stays whole', 'Economist Paula Brenner of Greenriver Research said the data was weak. "Demand is soft," Brenner said.', 'Demand is soft', 'Paula Brenner', 'Economist'],
  ['lower-case portfolios listed before the office and a title make the name the subject for "he"', 'Puppeteer Mat Isa Omar, 70, was first on stage. "I was nervous," said Mat Isa.\n\nState arts, culture and heritage committee chairman Datuk Azman Idris said funds would follow.\n\n"This is our heritage," he said.', 'This is our heritage', 'Azman Idris', 'chairman'],
  ['counter-case: a list that is the subject itself names no one', 'Puppeteer Mat Isa Omar, 70, was first on stage.\n\nArts, culture and heritage drew the crowds, organisers said.\n\n"I was nervous," he said.', 'I was nervous', 'Mat Isa Omar'],
]);
