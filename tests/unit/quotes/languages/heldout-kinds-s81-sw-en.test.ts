// Forms of address, offices and sources the sixty-first held-out set showed read wrong (the sixty-first held-out set showed
// Swahili `Mwenyekiti wa …, Bw X Y,` given the role `Bw`, `Mhe X Y` kept whole as a name and a lone quote sourced by the
// paragraph after it, `Hayo ni kwa mujibu wa …`; the sixty-second an office before a name outranked by `a critic of …`
// and `senior lifeguard X` after an opening phrase), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const SW = '“Hatuna walimu wa kutosha katika shule hizi za milimani. Watoto wanakaa watatu kwenye dawati moja.”';
const EN = '"We had a handful of people who wanted to argue about it. Most of them went home early in the end."';

/** A form of address (`Bw`, `Bi`, `Mhe`: Mr, Ms, Honourable) comes off the name and is no role; the office before it is the role. */
kindTable('A Swahili form of address is neither the name nor the role', [
  ['`Mwenyekiti wa …, Bw X Y,` then `alisema Bw Y`: the office is the role', `Mwenyekiti wa chama cha wavuvi eneo la Vanga, Bw Hamadi Tsuma Ngala, alisema wavuvi wataathirika.\n\n${SW.replace(/”$/u, ',”')} alisema Bw Ngala.`, 'Hatuna walimu', 'Hamadi Tsuma Ngala', 'Mwenyekiti'],
  ['`Katibu wa …, Bi X Y,` then `aliongeza Bi Y`', `Katibu wa Chama cha Walimu tawi la Voi, Bi Neema Wakesho Mwandawiro, alisema hali ni mbaya.\n\n${SW.replace(/”$/u, ',”')} aliongeza Bi Mwandawiro.`, 'Hatuna walimu', 'Neema Wakesho Mwandawiro', 'Katibu'],
  ['`Mhe X Y`, then `,” aliandika Mhe Y.` (wrote): the name without `Mhe`, the office as role', `Mwakilishi wa Wadi ya Kasemeni, Mhe Juma Salim Dzombo, alisema atawasilisha hoja.\n\n${SW.replace(/”$/u, ',”')} aliandika Mhe Dzombo.`, 'Hatuna walimu', 'Juma Salim Dzombo', 'Mwakilishi'],
  ['counter-case: no form of address, the office before the name stays the role', `Mwenyekiti wa chama cha wavuvi eneo la Vanga, Hamadi Tsuma Ngala, alisema: ${SW}`, 'Hatuna walimu', 'Hamadi Tsuma Ngala', 'Mwenyekiti'],
  ['counter-case: a name with no form of address keeps all its words', `${SW.replace(/”$/u, ',”')} alisema Juma Salim Dzombo.`, 'Hatuna walimu', 'Juma Salim Dzombo', ANY],
]);

/** A quote alone as its paragraph, then a paragraph pointing back at it and naming the source (`Hayo ni kwa mujibu wa X`, `That’s according to X`). */
kindTable('The paragraph after a lone quote that points back at it names its source', [
  ['Swahili `Hayo ni kwa mujibu wa <office>, Bi X Y, aliyekuwa …`', `${SW}\n\nHayo ni kwa mujibu wa Mkurugenzi wa Elimu wa Kaunti ya Taita, Bi Neema Wakesho Mwandawiro, aliyekuwa akizungumza na wanahabari jana.\n\nShule nyingi zimeathirika.`, 'Hatuna walimu', 'Neema Wakesho Mwandawiro', 'Mkurugenzi'],
  ['Swahili `Haya ni kwa mujibu wa X Y,`', `${SW}\n\nHaya ni kwa mujibu wa Hamadi Tsuma Ngala, mwalimu mkuu wa shule hiyo.\n\nShule nyingi zimeathirika.`, 'Hatuna walimu', 'Hamadi Tsuma Ngala', ANY],
  ['English `That’s according to X, the …`', `${EN}\n\nThat’s according to Wendell Ashby, the acting director of the ferry service, who spoke to reporters on Monday.\n\nFares rise next month.`, 'We had a handful', 'Wendell Ashby', ANY],
  ['counter-case: Swahili `Kwa mujibu wa takwimu …` with no word pointing back sources a new claim, not the quote', `${SW}\n\nKwa mujibu wa takwimu za wizara, shule 40 hazina walimu wa kutosha.`, 'Hatuna walimu', UNNAMED, ANY],
  ['counter-case: English `According to X, …` opening the next paragraph sources its own claim', `${EN}\n\nAccording to Wendell Ashby, the ferry carried 3,000 people on Monday.`, 'We had a handful', UNNAMED, ANY],
]);

/** An office before the name outranks a stance set after it (`a critic of …`, `an opponent of …`): that says what the person thinks. */
kindTable('A stance appositive does not replace the office before the name', [
  ['`Regional councillor X, a long-time critic of …, called …` then a lone quote', `The harbour board met on Tuesday.\n\nRegional councillor Dora Pennick, a long-time critic of the harbour's dredging budget, called the overrun “the last straw” and says she will ask for an audit.\n\n"Ratepayers deserve to know where the money went. It is not a small sum, and they should not wait a year."`, 'Ratepayers deserve', 'Dora Pennick', 'councillor'],
  ['`County commissioner X, a vocal opponent of …, told …` then a lone quote', `County commissioner Miles Orrey, a vocal opponent of the pipeline route, told the hearing the map was wrong.\n\n"Nobody asked the farmers along the river. They found out from the surveyors who came with the map."`, 'Nobody asked', 'Miles Orrey', 'commissioner'],
  ['counter-case: no office before the name, the stance is the role', `Dora Pennick, a long-time critic of the harbour's dredging budget, said: "Ratepayers deserve to know where the money went."`, 'Ratepayers deserve', 'Dora Pennick', 'critic'],
]);

/** A rank adjective and a trade noun after an opening phrase of place or time: `At X on Friday, senior lifeguard Y Z said`. */
kindTable('A qualified trade noun after an opening phrase is the role', [
  ['`At <place> on <day>, senior lifeguard X Y said`', `At Kelso Quay on Friday evening, senior lifeguard Tomas Verhoef said most swimmers had listened.\n\n${EN.replace(/"$/u, ',"')} Verhoef said.`, 'We had a handful', 'Tomas Verhoef', 'senior lifeguard'],
  ['`At <place> on <day>, chief lifesaver X Y said`: the rank stays with the noun', `At the surf club on Sunday, chief lifesaver Agnes Tillow said the flags would stay down.\n\n${EN.replace(/"$/u, ',"')} Tillow said.`, 'We had a handful', 'Agnes Tillow', '=chief lifesaver'],
  ['counter-case: a plural noun before the name is no role', `At Kelso Quay on Friday, lifeguards and Tomas Verhoef said most swimmers had listened.\n\n${EN.replace(/"$/u, ',"')} Verhoef said.`, 'We had a handful', 'Tomas Verhoef', null],
]);
