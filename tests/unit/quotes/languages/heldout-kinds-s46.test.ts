// Kinds the thirty-seventh session read in English copy from outside the United States (a twenty-sixth set of invented
// articles), each in fresh sentences of my own, with counter-cases they must leave alone.
import { kindTable, ANY, DESCRIBED, UNNAMED } from './kind-table';

const HEARING =
  'The inquiry heard from residents on its second day.\n\n' +
  'Earlier, sheep farmer Colin Trask, 61, gave evidence that the blaze reached his boundary fence within minutes.\n\n' +
  '‘We had no warning at all. Not one message came through. We drove out through the smoke.’\n\n' +
  'Later, worried residents told Dora Venn the road had been closed since noon.\n\n' +
  '‘Nobody knew where to go.’';

/** `Earlier, sheep farmer X, 61, told …`: lower-case words before the role noun go with it (sentence-subject.ts). */
kindTable('A role with its qualifier after an opening clause', [
  ['en: `Earlier, sheep farmer X Y, 61, gave evidence … ¶ ‘…’` is X Y', HEARING, 'We had no warning', 'Colin Trask', ANY],
  ['counter-case en: `Later, worried residents told X Y …`: no role noun ends the words, X Y is no speaker (the last one goes on)', HEARING, 'Nobody knew where', 'Colin Trask', ANY],
]);

const ECONOMIST =
  'The ministry released the figures on Tuesday.\n\n' +
  'Housing economist Ruth Abara from the Centre for Urban Policy said the scheme would ease rents within two years.\n\n' +
  '“For years supply was cautious. That has changed.”\n\n' +
  'Her son, Kofi Abara, said his mother waited four years.\n\n' +
  '“She filled in the forms every spring. Nobody called.”\n\n' +
  'Councillor Ama Lisk met tenants on Friday, and the mayor said the scheme was working.\n\n' +
  '“We are building faster than ever.”';

/** A tag read from the sentence before: the description inside the person's phrase or after the verb is no speaker (introduction-subject.ts). */
kindTable('The person opening a sentence of reported speech, not the words around the verb', [
  ['en: `Economist X Y from the Centre … said the scheme … ¶ “…”` is X Y', ECONOMIST, 'For years supply', 'Ruth Abara', ANY],
  ['en: `Her son, X Y, said his mother waited … ¶ “…”` is X Y', ECONOMIST, 'She filled in the forms', 'Kofi Abara', ANY],
  ['counter-case en: `X Y met tenants, and the mayor said … ¶ “…”` is the mayor', ECONOMIST, 'We are building faster', DESCRIBED, ANY],
]);

const STATEMENT =
  'Students blocked the main gate on Monday.\n\n' +
  'In a statement issued late on Friday, the rector, Prof. Selim Varga, urged the students to return to class.\n\n' +
  '“My door remains open to the union. A meeting will be held on Wednesday,” the statement read.\n\n' +
  'In a statement of its own, the student union said the fees were unlawful.\n\n' +
  '“We will not pay,” the statement said.';

/** `“…,” the statement read` after `In a statement, X …`: the words are X's (introduction-subject.ts messageAuthor). */
kindTable('A statement’s words are the one who issued it', [
  ['en: `In a statement …, the rector, Prof. X Y, urged … ¶ “…,” the statement read` is X Y', STATEMENT, 'My door remains open', 'Selim Varga', ANY],
  ['counter-case en: `In a statement …, the student union said … ¶ “…,” the statement said` stays the statement', STATEMENT, 'We will not pay', DESCRIBED, ANY],
]);

const RAIL =
  'The line will open in June, Energy Cabinet Secretary Paul Nderi has said.\n\n' +
  'Speaking at the depot, Dr Nderi said the work was nearly done.\n\n' +
  '“This line is for everyone,” the CS said.\n\n' +
  'Deputy Prime Minister Ana Ruto also spoke.\n\n' +
  '“The budget is secure,” the PM said.';

/** `the CS` after `Energy Cabinet Secretary X`: two letters may leave the portfolio out, never a rank (salience.ts, subordinate-rank.ts). */
kindTable('An office written as its letters', [
  ['en: `Energy Cabinet Secretary X Y … “…,” the CS said` is X Y', RAIL, 'This line is for everyone', 'Paul Nderi', ANY],
  ['counter-case en: `the PM` is not the Deputy Prime Minister', RAIL, 'The budget is secure', DESCRIBED, ANY],
]);

const COUNCIL =
  'Cr Tom Rewi said the rise was too steep.\n\n' +
  '“We have pensioners choosing between rates and power,” Rewi said.\n\n' +
  '“And I will not tell them the water is unsafe,” Cr Hana Lusk responded.\n\n' +
  '“Nobody is saying the pipes are fine.”\n\n' +
  '“Then vote for the money.”\n\n' +
  'The vote passed 8–4.\n\n' +
  '“It was a long night,” Lusk said.\n\n' +
  '“We will now get on with it.”';

/** An exchange in adjacent paragraphs, the second tagged as a reply: untagged quotes take turns (dash-turns.ts replyTurn). */
kindTable('Untagged turns after a reply', [
  ['en: `“…,” A said ¶ “…,” B responded ¶ “…”` is A', COUNCIL, 'Nobody is saying the pipes', 'Tom Rewi', ANY],
  ['en: the next untagged paragraph is B again', COUNCIL, 'Then vote for the money', 'Hana Lusk', ANY],
  ['counter-case en: after a tag that answers no one, an untagged paragraph goes on with its speaker', COUNCIL, 'We will now get on', 'Hana Lusk', ANY],
]);

const INQUIRY =
  'Under questioning from counsel for the families, Mara Lind SC, regional fire chief Ewan Petch said the warning had been late.\n\n' +
  '‘So your crews saw spot fires by three o’clock?’ Ms Lind asked.\n\n' +
  '‘That’s right.’\n\n' +
  '‘And the warning went out at four?’\n\n' +
  '‘Yes. We should have sent it sooner,’ Mr Petch said.';
const INTERRUPTED =
  'Under questioning from counsel for the council, Mara Lind SC, the fire chief Ewan Petch said the warning had been late.\n\n' +
  '‘Were your crews there by three?’ Ms Lind asked.\n\n' +
  'The inquiry later heard from a farmer, Tom Reed, who lost his shed and two dogs.\n\n' +
  '‘It was gone in minutes.’';
const CHAIR = 'Kim Darby chaired the meeting on Monday.\n\n‘Who will pay for the repairs?’ Darby asked.\n\n‘The county will cover it.’';

/** After a question tagged as asked, untagged paragraphs alternate: questions the asker's, answers the one the paragraph before names (dash-turns.ts). */
kindTable('A cross-examination’s untagged turns', [
  ['en: `X asked` a question ¶ `‘That’s right.’` is the witness the paragraph before names', INQUIRY, 'That’s right', 'Ewan Petch', ANY],
  ['en: the next untagged question is the asker’s again', INQUIRY, 'And the warning went out', 'Mara Lind', ANY],
  ['counter-case en: a narrating paragraph between the question and the lone quote ends the exchange: not the witness', INTERRUPTED, 'It was gone in minutes', UNNAMED, ANY],
  ['counter-case en: a paragraph before naming only the asker leaves the answer to the reading before (the last speaker)', CHAIR, 'The county will cover', 'Kim Darby', ANY],
]);

const FAMILY =
  'Edna Mulvey, a retired teacher from Carrow, was taken to the clinic on Friday.\n\n' +
  'Her daughter, Siobhan Mulvey, said her mother waited nine hours for a bed.\n\n' +
  '“She sat on a plastic chair the whole night,” Ms Mulvey said.';

const OBITUARY =
  'Tributes have been paid to the singer Brid Keane, who has died aged 91.\n\n' +
  'Her son, Eoin Keane, said she sang at the kitchen table until the end.\n\n' +
  'In a 1999 interview with this paper, Keane said: “A song is only lent to you.”';

/** Of a family's namesakes, the one the text brought in speaking is the one a tag's `Ms X` means (namesakes.ts). */
kindTable('A family name alone in a tag, of two namesakes of one family', [
  ['en: `X Mulvey, …, was taken … ¶ Her daughter, Y Mulvey, said … ¶ “…,” Ms Mulvey said` is Y Mulvey', FAMILY, 'She sat on a plastic chair', 'Siobhan Mulvey', ANY],
  ['counter-case en: the family name written bare stays with the one the story is about', OBITUARY, 'A song is only lent', 'Brid Keane', ANY],
]);

const ACTIVIST =
  'Dana Pell won the seat by 4,000 votes. ‘It was a good night,’ she said.\n\n' +
  'But one longtime volunteer, who would not give her name, was blunter. ‘We warned them in spring. Nobody listened,’ she said.';
const REPORT = 'Dana Pell won the seat by 4,000 votes. ‘It was a good night,’ she said.\n\nBut a report found the party had lost ground. ‘We will rebuild,’ she said.';

/** `But one longtime volunteer, …`: a conjunction before the indefinite still brings someone unnamed in (inner-introduction.ts). */
kindTable('An unnamed person brought in after a conjunction', [
  ['en: `But one longtime volunteer, who would not give her name, … ‘…,’ she said` is unnamed', ACTIVIST, 'We warned them in spring', DESCRIBED, ANY],
  ['counter-case en: `But a report found …` brings in no one: `she` is the last speaker', REPORT, 'We will rebuild', 'Dana Pell', ANY],
]);

/** Shared readers the language helpers asked for: a Norwegian given name in -bjørn is no definite agent noun
 * (lang/newlang-roles.ts), a Belarusian family name alone after the full name in the genitive (name-resolution.ts),
 * Mongolian offices before a given name (newlang-roles.ts) and Kazakh `Ал` (and/but) opening a sentence (names.ts). */
kindTable('Names the language readers share', [
  ['nb: `sier Asbjørn X, som …` is Asbjørn X, no role `Asbjørn`', 'Bygda har ventet i tre uker på brøyting.\n\n– Veien må ryddes før helga, sier Asbjørn Vik, som driver butikken.\n\nKommunen svarer ikke.', 'Veien må ryddes', 'Asbjørn Vik', ANY],
  ['counter-case nb: `sjåføren X Y` keeps its definite agent noun as the role', 'Bussen sto fast i to timer.\n\n– Vi kom ikke fram, sa sjåføren Per Moe.', 'Vi kom ikke fram', 'Per Moe', 'sjåføren'],
  ['be: `— удакладніў X` after `падпалкоўніка Y Xага` is Y X', 'Рака выйшла з берагоў у сераду. Па словах падпалкоўніка Сяргея Мароўскага, вада падымаецца.\n\n«Мы вывезлі ўсіх людзей», — удакладніў Мароўскі.\n\nДалей будзе.', 'Мы вывезлі', 'Сяргей Мароўскі', ANY],
  ['mn: `Захирал X` is the office and the given name X', '158-р сургуулийн захирал энэ тухай ярилаа. Захирал Батболд хурал дээр үг хэлэв.\n\n«Анги хүрэлцэхгүй байна», гэж Батболд хэлэв.\n\nДараа нь.', 'Анги хүрэлцэхгүй', 'Батболд', ANY],
  ['kk: `Ал X апай … : «…»` is X, not `Ал X`', 'Базар жабылатын болды. Сатушы Айгүл Серікқызы да наразы.\n\nАл Айгүл апай бұл шешімге келіспейді: «Бізге орын берсін».\n\nӘкімдік үндемеді.', 'Бізге орын', 'Айгүл Серікқызы', ANY],
]);
