// English political reporting (the sixty-seventh held-out set showed these kinds in US campaign and statehouse news), in fresh
// sentences of my own, with counter-cases:
// - a kin noun after marriage words (`is married to the candidate's brother`) is the spouse's gender, not the apposed person's;
// - a name, a short comma tag and an aside set off by dashes (`X, D-Essex — no relation to the mayor — called`) is the subject;
// - `When X shot back that she had "…," she delivered …: "…"`: the pronoun of a jab is the one X attacks, not X;
// - `the polling company, Blue Finch Analytics, had …`: a run apposed to an organisation's noun is that body, no "he";
// - `an amendment, from Sen. X Y,`: an abbreviated title after "from" opens a person, not where someone is from.
import { kindTable, ANY } from './kind-table';

kindTable('A kin noun after marriage words is the spouse’s, not the apposed person’s', [
  [
    '`is married to the mayor’s brother`: "she" is still the treasurer',
    'Councilman Victor Amsel, who is running for mayor, was accused on Monday of steering contracts to a fund run by his cousin.\n\n"The numbers do not add up," said Greta Holm, the council’s auditor.\n\nHolm said her office had traced three transfers.\n\nThe fund’s treasurer, Olive Amsel, is married to the councilman’s brother.\n\nIn a short phone call, Olive Amsel said the fund had followed every rule.\n\n"I have never discussed the account with Victor," she said.',
    'I have never',
    'Olive Amsel',
    ANY,
  ],
  [
    'a wife of unknown gender otherwise: `engaged to the senator’s son`',
    'The firm’s lawyer, Mara Quist, who is engaged to the senator’s son, filed the papers on Friday. "Every form went in on time," said Carl Dunning, a clerk.\n\nLater, Mara Quist defended the filing.\n\n"We did this by the book," she said.',
    'We did this',
    'Mara Quist',
    ANY,
  ],
  [
    'counter-case: `the councilman’s brother` himself, apposed, is a man',
    'Greta Holm, the auditor, said her office had traced three transfers.\n\nThe fund’s treasurer, Ivo Amsel, the councilman’s brother, denied it.\n\n"I have never discussed the account," he said.',
    'I have never',
    'Ivo Amsel',
    ANY,
  ],
]);

kindTable('A name with a comma tag and a dashed aside is the sentence’s subject', [
  [
    '`Sen. X, D-Corbin — no relation to the governor — called`',
    'Gov. Nora Lindell on Friday vetoed a bill that would have capped rents.\n\n"This bill would freeze construction for a decade," Lindell wrote.\n\nThe bill’s chief sponsor, Sen. Frank Lindell, D-Corbin — no relation to the governor — called the veto a mistake.\n\n"The governor keeps talking about construction," he said.',
    'The governor keeps',
    'Frank Lindell',
    ANY,
  ],
  [
    'a place tag and an aside: `Rep. X, of Millbrook — a critic of the mayor — said`',
    'Mayor Dana Oriel signed the budget on Tuesday.\n\n"It balances," Oriel said.\n\nRep. Hugo Varn, of Millbrook — a longtime critic of the mayor — dismissed the plan.\n\n"It balances nothing," he said.',
    'It balances nothing',
    'Hugo Varn',
    ANY,
  ],
  [
    'counter-case: the name inside a later dashed aside is no subject',
    'Gov. Nora Lindell on Friday vetoed a bill that would have capped rents.\n\n"This bill would freeze construction for a decade," Lindell wrote.\n\nThe sponsor — a senator, Frank Odum, D-Corbin — was not reached. The governor repeated her warning.\n\n"Nobody builds under a cap," she said.',
    'Nobody builds',
    'Nora Lindell',
    ANY,
  ],
]);

kindTable('The pronoun of a reported jab is the one attacked, not the one jabbing', [
  [
    '`When X fired back that she had "…," she delivered …:`',
    'Rep. Owen Brisco (D-Ohio) walked into the spin room first. Former Ohio Gov. Dana Harwell followed him a few minutes later.\n\nThe fiercest clash came near the end, when Harwell accused Brisco of dodging the question on tolls. When Brisco fired back that she had "invented the toll plan over lunch," she delivered the line of the night: "I don\'t need a lunch to tell me what I think, Congressman."\n\nAfterward, Brisco was still annoyed. "She keeps saying she has a plan. Fine," he said.',
    'I don\'t need',
    'Dana Harwell',
    ANY,
  ],
  [
    'the one who jabbed then speaks as "he"',
    'Rep. Owen Brisco (D-Ohio) walked into the spin room first. Former Ohio Gov. Dana Harwell followed him a few minutes later.\n\nThe fiercest clash came near the end, when Harwell accused Brisco of dodging the question on tolls. When Brisco fired back that she had "invented the toll plan over lunch," she delivered the line of the night: "I don\'t need a lunch to tell me what I think, Congressman."\n\nAfterward, Brisco was still annoyed. "She keeps saying she has a plan. Fine," he said.',
    'She keeps saying',
    'Owen Brisco',
    ANY,
  ],
  [
    '`countered that he` in the cue’s own sentence',
    'Mayor Ruth Ambler and Councilman Lev Sorensen met at the forum.\n\nWhen Ambler countered that he had "never read the budget," he took the microphone: "I read every page of it."',
    'I read every page',
    'Lev Sorensen',
    ANY,
  ],
  [
    'counter-case: `said that she` keeps the speaker herself',
    'Rep. Owen Brisco (D-Ohio) spoke first. Former Ohio Gov. Dana Harwell followed him.\n\nWhen Harwell said that she had "learned a lot from voters," she delivered her closing line: "I am ready for this job."',
    'I am ready',
    'Dana Harwell',
    ANY,
  ],
]);

kindTable('A run apposed to an organisation’s noun is that body, no person', [
  [
    '`the polling company, X Analytics, had …` then `He wrote:`',
    'Dorian Pell, a spokesman for the Okafor campaign, said in a statement that the polling company, Blue Finch Analytics, had kept the two clients apart. He wrote: "Each client had its own team and its own files."',
    'Each client',
    'Dorian Pell',
    ANY,
  ],
  [
    '`its ad agency, X Partners,` with "she"',
    'Lena Moor, the campaign’s manager, said its ad agency, Hollin Bay Partners, had bought the airtime in March. She added: "We paid full price for every spot."',
    'We paid full price',
    'Lena Moor',
    ANY,
  ],
  [
    'counter-case: `The firm’s founder, X Y,` is a person',
    'Officials said the deal was sound. The firm’s founder, Hollis Brant, said the contract was fair. He wrote: "We bid lowest and we won."',
    'We bid lowest',
    'Hollis Brant',
    ANY,
  ],
]);

kindTable('An abbreviated title after "from" opens a person', [
  [
    '`an amendment, from Sen. X Y (R-Utah),`',
    'Committee Democrats accepted a fourth amendment, from Sen. Owen Kessel (R-Utah), that shifts money toward small towns.\n\nKessel and Sen. Ada Pruitt (R-Vt.) then voted yes. Kessel, a former county clerk, was asked why he had voted yes. He answered with a story.\n\n"My father kept the books for the ditch company."',
    'My father',
    'Owen Kessel',
    ANY,
  ],
  [
    '`a letter, from Dr. X Y,` then her words',
    'The board read a second letter, from Dr. Imke Salo, that urged a delay. Salo, a retired surgeon, later explained her view to reporters.\n\n"Nobody has seen the numbers yet."',
    'Nobody has seen',
    'Imke Salo',
    ANY,
  ],
  [
    'counter-case: `The shop worker, from Prince Albert,` is where she is from',
    'The shop worker, from Prince Albert, said the roof leaked for years.\n\n"We put buckets under it every spring," said Nell Arvo, who owns the shop.',
    'We put buckets',
    'Nell Arvo',
    ANY,
  ],
]);
