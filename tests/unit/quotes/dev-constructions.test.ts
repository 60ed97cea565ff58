import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** The speaker of the quote whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return findQuotes(text).find((quote) => quote.text.startsWith(opening))?.speaker;
}

/**
 * English constructions met on the quotes-dev tuning half, each written anew with a case the rule
 * needs and a counter-case it must leave alone. [name, text, opening of the quote, speaker].
 */
describe('dev constructions', () => {
  it.each([
    // coreference.ts: an object pronoun stands for someone else, and so does a later pronoun of its gender.
    [
      'a woman who writes to "him" about "his" speech is not made a man, so "he" stays with the man the text is about',
      'Dorian Kessler lost the vote on Tuesday.\n\nMarisol Quintero sent a warm note to him praising his speech.\n\nDuring the briefing, Kessler admitted the count was fair.\n\n"We lost fairly," he said.',
      'We lost',
      'Dorian Kessler',
    ],
    [
      'counter-case: a possessive before the object pronoun still tells her gender',
      'Dorian Kessler lost the vote on Tuesday.\n\nMarisol Quintero sent her own note to him after the count.\n\nDuring the briefing, Kessler admitted the count was fair.\n\n"It was a brave race," she said.',
      'It was',
      'Marisol Quintero',
    ],
    // cues.ts: a word after a number is a counted noun ("a million tweets"), not a verb with that number as its subject.
    [
      '"a million tweets" names no speaker; the pronoun of the quote goes to the spokesman',
      'Petra Vlasic, a spokeswoman for the network, said the tag spread fast. She said there were a million tweets by noon.\n\nThe tag "light for Lyon" was also trending. "People want to be heard," she said.',
      'People want',
      'Petra Vlasic',
    ],
    [
      'counter-case: a verb after a name still reports',
      'The tag was trending in Lyon.\n\nPetra Vlasic tweets: "People want to be heard."',
      'People want',
      'Petra Vlasic',
    ],
    // verb-subject.ts: "X, whose company, Y, does Z, said": the whose-clause is about X, its inner name is not the speaker.
    [
      'a name inside a whose-clause is not the one who said it',
      'Ezra Lindqvist, whose newest firm, Brightwell, sells data to shippers, said the city needed a plan: "Nobody here is ready for it."',
      'Nobody here',
      'Ezra Lindqvist',
    ],
    [
      'counter-case: a body with a whose-clause about a person still speaks for itself',
      'Brightwell Logistics, whose founder, Ezra Lindqvist, retired in May, said in a statement: "Nobody here is ready for it."',
      'Nobody here',
      'Brightwell Logistics',
    ],
    // entities.ts: after a long opening clause, a person who speaks is the sentence's subject, salient for "she".
    [
      'after a long opening clause, the one who spoke is the "she" of the next paragraph',
      'Corinne Abara, a spokeswoman for the festival, said security would be tight.\n\nAfter the council meeting on Friday ended in uproar when dozens of vendors were refused their permits, Delphine Ostrova, the market\'s chairwoman, said she had received threats.\n\n"They should apologise to every one of us," she said.',
      'They should',
      'Delphine Ostrova',
    ],
    [
      'counter-case: a name listed after a comma, with no verb of saying after it, does not become the subject',
      'Corinne Abara, a spokeswoman for the festival, said security would be tight.\n\nAfter the council meeting on Friday ended in uproar when dozens of vendors were refused, the board thanked Delphine Ostrova, the market\'s chairwoman, for her patience.\n\n"They should apologise to every one of us," she said.',
      'They should',
      'Corinne Abara',
    ],
    // salience.ts: a man the text gave a gender is "surer" than an ungendered latest subject only when he is the person just before it.
    [
      'a man quoted earlier does not outrank the latest subject when someone else stands between them',
      'Senators Ezra Lindqvist and Dorian Kessler met on Monday.\n\nTom Reyes, a farmer, said he was undecided. "I will wait," he said.\n\nAsked about the vote, Kessler told reporters, "It is a big problem."\n\nLindqvist brushed off the question. "The law is clear," he said.',
      'The law',
      'Ezra Lindqvist',
    ],
    [
      'counter-case: the father named just before the latest subject is still the "he"',
      'Her father, Mark Dawson, said she loved the farm. Kaylee fed the calves twice a day.\n\n"She never missed a morning," he said.',
      'She never',
      'Mark Dawson',
    ],
    // entities.ts: a place and its state ("in Reno, Nev.,") take two of the opening phrases before a subject.
    [
      'a subject after three opening phrases is the "he" of the next quote',
      'Dorian Kessler spoke first. "We will win," he said.\n\nIn Reno, Nev., on Monday, Tom Reyes waved to the crowd.\n\n"It is done," he said.',
      'It is done',
      'Tom Reyes',
    ],
    [
      'counter-case: a name inside an opening phrase is no subject',
      'Dorian Kessler spoke first. "We will win," he said.\n\nIn Reno, Nev., after meeting Tom Reyes, the crowd cheered.\n\n"It is done," he said.',
      'It is done',
      'Dorian Kessler',
    ],
    // attribute.ts describedSubject: "Later, the admiral chuckled." names the admiral after an opening phrase too.
    [
      'a described subject after an opening phrase is the "he" of the next quote',
      'Gen. Carl Ostrand asked Admiral Lee Harwick about the islands.\n\nLater, the admiral chuckled.\n\n"It is good that my voice is low," he said.',
      'It is good',
      'Lee Harwick',
    ],
    [
      'a described subject after a dashed aside is the "he" of the next quote',
      'Gen. Carl Ostrand asked Admiral Lee Harwick about the islands.\n\nAsked later - war or peace over the shoal - the admiral chuckled.\n\n"It is good that my voice is low," he said.',
      'It is good',
      'Lee Harwick',
    ],
    [
      'counter-case: a described subject that is no person leaves the pronoun to salience',
      'Gen. Carl Ostrand asked Admiral Lee Harwick about the islands.\n\nLater, the crowd laughed.\n\n"It is good that my voice is low," he said.',
      'It is good',
      'Carl Ostrand',
    ],
    // message-sender.ts, verb-subject.ts, cues.ts: a statement from an owner, role words and a name is the name's.
    ['"read a statement from" an owner, role words and a name', '"This is a smear," read a statement from Clinton campaign chairman John Podesta.', 'This is', 'John Podesta'],
    ['"according to a statement from" role words and a name', '"This is a smear," according to a statement from Clinton campaign chairman John Podesta.', 'This is', 'John Podesta'],
    ['"The statement, from" role words and a name, "said"', 'The statement, from campaign chairman John Podesta, said: "This is a smear."', 'This is', 'John Podesta'],
    ['counter-case: a statement from a body stays the body\'s', '"This is a smear," read a statement from the Clinton campaign.', 'This is', 'the Clinton campaign'],
    // names.ts: a quantifier opening the sentence is no first name ("Some Sanders supporters").
    [
      'a quantifier before a qualifier is not glued to the name',
      'Some Sanders supporters said they would stay home.\n\nBernie Sanders was unmoved. "The DNC has not been fair," Sanders said.',
      'The DNC',
      'Bernie Sanders',
    ],
    [
      'counter-case: "Another voter, X," still introduces X',
      'Bernie Sanders spoke in Ohio.\n\nAnother voter, Gary Olsen, said he would stay home. "The DNC has not been fair," Olsen said.',
      'The DNC',
      'Gary Olsen',
    ],
    // entities.ts: "But Mrs. Kessler, who …": the form of address picks which Kessler after a capitalised sentence opener too.
    [
      '"But Mrs. X" is the woman of the family, the "she" of the next quote',
      'Tom Reyes lined up with his wife to meet Governor Dorian Kessler, who shook his hand, and Ana Kessler, who adjusted her scarf.\n\nMr. Reyes said it went well. But Mrs. Kessler, who was distracted, looked away. "I was tired that night," she said later.',
      'I was tired',
      'Ana Kessler',
    ],
    [
      'counter-case: "But Mr. X" stays the man',
      'Tom Reyes lined up with his wife to meet Governor Dorian Kessler, who shook his hand, and Ana Kessler, who adjusted her scarf.\n\nMr. Reyes said it went well. But Mr. Kessler, who was distracted, looked away. "I was tired that night," he said later.',
      'I was tired',
      'Dorian Kessler',
    ],
    // entities.ts and salience.ts: a name an appositive calls a company is a body, never "he" or "she".
    [
      'a company named with an appositive is not the "he" of the next quote',
      'Senator Dorian Kessler met voters in Ohio.\n\nKessler dismissed the criticism as the voice of his rival\'s client, Velmar Energy, the nation\'s largest coal company, which filed for bankruptcy in April. "You know, I admire Tom," he said.',
      'You know',
      'Dorian Kessler',
    ],
    [
      'counter-case: a person whose appositive mentions a company is still a person',
      'Ana Lopez spoke first. "We will grow," she said.\n\nThen came Dorian Kessler, the company\'s chief executive, who took the stage. "We will hire," he said.',
      'We will hire',
      'Dorian Kessler',
    ],
    // names.ts NAME_RUN: a name never runs across a line break ("X." closing one paragraph, a name opening the next).
    [
      'a lone initial closing a paragraph does not swallow the name opening the next',
      'Tom Reyes spoke at the rally. "We will win," he said.\n\nX.\n\nDorian Kessler seemed to agree in an interview on Monday.\nA downturn, he said, "could be a good time to borrow and build roads."',
      'could be',
      'Dorian Kessler',
    ],
    ['counter-case: an initial inside a name on one line stays in it', 'Tom Reyes spoke at the rally.\n\nDorian S. Kessler said: "We will borrow and build roads."', 'We will', 'Dorian S. Kessler'],
    // asked.ts: a question told in a trailing clause of time ("…, when a young man asked X why …") is background, not answered next.
    [
      'a question in a trailing "when" clause does not make the one asked the next speaker',
      'Betsy Ward has known Ana Lopez for years. "She is a friend," she said.\n\nWhat really got under her skin, she said, was a question at a town hall last week, when a young man asked Lopez why young people did not like her.\n\n"I really got angry," she said.',
      'I really',
      'Betsy Ward',
    ],
    [
      'counter-case: a question in a leading "when" clause is still answered by the one asked',
      'Tom Reyes spoke to the paper at home. "I am fine," he said.\n\nAnd when the paper asked Dorian Kessler about the remarks, the campaign manager said he needed to talk to the candidate first. "Why don\'t I call you back," he said.',
      'Why don',
      'Dorian Kessler',
    ],
    // verb-subject.ts: a poll's count of people, and a plural noun for people in a place, speak as written.
    ['a count of people is the speaker as written', 'In the poll, 52 percent of voters said: "The country is on the wrong track, and it is getting worse."', 'The country', '52 percent of voters'],
    ['a plural noun for people in a place is no person named after the place', 'Voters in Ohio said: "The system is rigged against people like us."', 'The system', 'Voters in Ohio'],
    ['counter-case: a person of a place is still the person', 'Tom Reyes of Ohio said: "The system is rigged against people like us."', 'The system', 'Tom Reyes'],
    // embedded-speaker.ts: "X responded to Y's email:" — the words answer Y's, so they are X's.
    ['one who responds to another\'s email speaks the quote', 'Robby Mook and John Podesta spoke.\n\nPodesta responded to Mook\'s email: "We will win this state by ten points."', 'We will', 'John Podesta'],
    ['counter-case: words read from another\'s email are still that person\'s', 'Robby Mook and John Podesta spoke.\n\nPodesta read from Mook\'s email: "We will win this state by ten points."', 'We will', 'Robby Mook'],
    // turns.ts: a paragraph saying someone did not speak ("Trump did not respond.") leaves the speaker's turn open.
    ['a quote after "X did not respond." goes on the previous speaker\'s turn', 'Ted Cruz spoke in Iowa.\n\n"He is a liar and a fraud," Cruz said.\n\nTrump did not respond to a request for comment on Tuesday.\n\n"Nobody in this state trusts him."', 'Nobody', 'Ted Cruz'],
    ['counter-case: a paragraph about someone else doing something still ends the turn', 'Ted Cruz spoke in Iowa.\n\n"He is a liar and a fraud," Cruz said.\n\nDonald Trump called the remarks sad.\n\n"Nobody in this state trusts him."', 'Nobody', 'Donald Trump'],
    // entities.ts: "The district party chairman X declined …": an article before the role words still opens the subject.
    ['"The <role> <Name>" opening a sentence makes its subject the next "he"', 'Tom Reyes spoke first. "We will win," he said.\n\nThe district party chairman Dorian Kessler declined to name names.\n\n"Nobody here will say it out loud," he said.', 'Nobody', 'Dorian Kessler'],
    ['counter-case: "The <noun> of <Name>" is about a thing, not the person', 'Tom Reyes spoke first. "We will win," he said.\n\nThe mood among the crowd of Dorian Kessler was grim.\n\n"Nobody here will say it out loud," he said.', 'Nobody', 'Tom Reyes'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});
