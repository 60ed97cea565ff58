import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** The speaker of the quote whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return findQuotes(text).find((quote) => quote.text.startsWith(opening))?.speaker;
}

/**
 * Constructions of long US and UK political news met in the polit batch (tests/fixtures/quotes-en-*, written
 * for it), each written anew with a case the rule needs and a counter-case it must leave alone.
 * [name, text, opening of the quote, speaker].
 */
describe('political news constructions', () => {
  it.each([
    // names.ts: a time of day before a weekday opens the sentence; it is nobody's name.
    [
      '"Late Monday, X\'s group …" leaves "she" to the woman quoted before',
      'Representative Colleen Varga, who leads the group, spoke after the meeting. "The answer is no," Ms. Varga said.\n\nLate Monday, Ms. Varga\'s group sent out a list of demands. Asked whether it was final, she paused.\n\n"Everything can move," she said.',
      'Everything can',
      'Colleen Varga',
    ],
    [
      'counter-case: a weekday after a name is still a date, and the name speaks',
      'On Monday, Colleen Varga sent out a list of demands.\n\n"Everything can move," Ms. Varga said.',
      'Everything can',
      'Colleen Varga',
    ],
    // speaker-phrase.ts: after an inverted verb and a role, the person's newsroom or place follows the name.
    [
      '"asked the second moderator, X of the Y Z" gives X',
      'The second question went to the border.\n\n“Would either of you tell a farmer that his water is going away?” asked the second moderator, Carl Westbrook of the Valley Courier.',
      'Would either',
      'Carl Westbrook',
    ],
    [
      'counter-case: a body named after a role and a comma stays a description',
      '“We must act before the summer,” said the group, Friends of the Marsh.',
      'We must',
      'the group',
    ],
    // names.ts: a family name ending like a German agent noun (-ist) before the English "of" of a place is still the name.
    [
      '"Deborah Lundqvist of Bayfield County" is registered whole, so "Ms. Lundqvist" is her',
      'One of the county clerks who brought the suit, Deborah Lundqvist of Bayfield County, said she had driven all night.\n\n“Some of my voters live 70 miles from my office,” Ms. Lundqvist told reporters.',
      'Some of my',
      'Deborah Lundqvist',
    ],
    [
      'counter-case: a German agent noun before a name is still an office',
      'Der Polizist Jan Roth sagte: „Wir waren schnell da.“',
      'Wir waren',
      'Jan Roth',
    ],
    // entities.ts: the one a spokesman speaks for is not the spokesman's office.
    [
      '"a spokesman for the governor" is no governor: "the governor wrote" is the governor',
      'Gov. Ron Tallis posted a photograph of the bus.\n\nA spokesman for the governor, Brady Coleman, said the buses would keep coming.\n\n“Texans have carried this,” Mr. Coleman said.\n\n“Still waiting on that call, Mayor,” the governor wrote.',
      'Still waiting',
      'Ron Tallis',
    ],
    [
      'counter-case: "the spokesman said" is still the spokesman',
      'Gov. Ron Tallis posted a photograph of the bus.\n\nA spokesman for the governor, Brady Coleman, said the buses would keep coming.\n\n“Texans have carried this,” the spokesman said.',
      'Texans have',
      'Brady Coleman',
    ],
    // sentence-subject.ts: an adverb such as "later" between a described subject and its verb.
    [
      '"The governor later returned to it. \'…,\' he wrote" is the governor',
      'Gov. Ron Tallis posted a photograph of the bus.\n\nA spokesman, Brady Coleman, said the buses would keep coming.\n\n“Texans have carried this,” Mr. Coleman said.\n\nThe governor later returned to the subject in a second post. “Still waiting on that call, Mayor,” he wrote.',
      'Still waiting',
      'Ron Tallis',
    ],
    [
      'counter-case: a described subject nobody holds leaves "he" to the man quoted before',
      'Gov. Ron Tallis posted a photograph of the bus.\n\nA spokesman, Brady Coleman, said the buses would keep coming.\n\n“Texans have carried this,” Mr. Coleman said.\n\nThe crowd later returned to the station. “We will keep going,” he said.',
      'We will keep',
      'Brady Coleman',
    ],
    // press-asker.ts: an unnamed reporter who asks is never the one who answers.
    [
      '"A reporter asked whether … \'…,\' she said" is the press secretary',
      'At the daily briefing, the press secretary, Allison Marr, said the tariffs were needed.\n\n“We learned a lot,” Ms. Marr said.\n\nA reporter asked whether the administration had estimated the cost.\n\n“I do not have a number for you today,” she said.',
      'I do not have',
      'Allison Marr',
    ],
    [
      'counter-case: a cue that goes on asking is the reporter\'s follow-up',
      'At the daily briefing, the press secretary, Allison Marr, said the tariffs were needed.\n\n“We learned a lot,” Ms. Marr said.\n\nA reporter asked whether the administration had estimated the cost.\n\n“Is there a number at all?” she pressed.',
      'Is there',
      'a reporter',
    ],
    // asked-object.ts: "X asked him" then "he replied": the man mentioned last before the question answers.
    [
      '"Ms. R asked him" then "he replied" is the man she was asking about, not the man quoted before',
      'A former aide, Jonathan Sato, testified on Wednesday.\n\nRepresentative Louis Fairbanks said the testimony was damning. “We have it now,” Mr. Fairbanks said.\n\nRepresentative Judith Rennick noted that Mr. Sato had been passed over for a promotion.\n\n“You were angry when you left, weren’t you?” Ms. Rennick asked him during questioning.\n\n“I was disappointed,” he replied.',
      'I was disappointed',
      'Jonathan Sato',
    ],
    [
      'counter-case: a question with no "him" leaves "he" to the latest subject',
      'Representative Louis Fairbanks said the testimony was damning. “We have it now,” Mr. Fairbanks said.\n\nRepresentative Judith Rennick noted that the witness, Jonathan Sato, had been passed over for a promotion.\n\n“Was anyone angry?” Ms. Rennick asked.\n\nMr. Fairbanks shook his head. “Nobody was angry,” he replied.',
      'Nobody was angry',
      'Louis Fairbanks',
    ],
    [
      'counter-case: an owner mentioned last is not the one asked ("Pruett\'s truck")',
      'A trooper, Dale Wick, took the stand.\n\nWick said paint on the bicycle matched the color of Curtis Pruett\'s truck. “The scrape had white paint in it,” the trooper testified.\n\nThe prosecutor, Simone Carr, asked him how common that paint was. “It is the most common white they made that year,” he conceded.',
      'It is the most',
      'Dale Wick',
    ],
    // verb-subject.ts: a name set off by a comma before the verb may carry its newsroom or body after "of".
    [
      '"Their lead lawyer, X of the Y Project, said:" is X',
      'The ruling is a victory for the groups. Their lead lawyer, Simone Adeyemi of the Fair Ballot Project, said: “We won today and we will win again.”',
      'We won today',
      'Simone Adeyemi',
    ],
    [
      'counter-case: a body after a role and a comma stays the body',
      'The ruling is a victory for the groups. The plaintiffs, members of the Fair Ballot Project, said: “We won today and we will win again.”',
      'We won today',
      'The plaintiffs',
    ],
    // cues.ts: "said of X," names whom the words are about, closed by a comma; the speaker is the subject.
    [
      '"Kaine said of Pence, \'…\'" is Kaine\'s',
      'Tim Kaine said of Mike Pence, “He is a decent man defending the indefensible.”',
      'He is a decent',
      'Tim Kaine',
    ],
    [
      'counter-case: "warned of" right before the quote (no comma) is still read as before',
      'Ana Ruiz spoke first.\n\n“We will win this,” she said. Later Tom Reyes warned of “a rigged system that nobody trusts anymore.”',
      'a rigged system',
      'Tom Reyes',
    ],
    // cues.ts: after the quote, "the email from X to Y reads" is the sender's.
    [
      '"the email from X to Y reads" after the quote is X\'s',
      'The messages were released on Friday.\n\n“Chelsea is a terrific person,” the email from Doug Bandel to John Podesta reads.',
      'Chelsea is',
      'Doug Bandel',
    ],
    [
      'counter-case: an email with no sender after the quote stays "the email"',
      'The messages were released on Friday.\n\n“Chelsea is a terrific person,” the email reads.',
      'Chelsea is',
      'the email',
    ],
    // verb-subject.ts: "an aide to X said" is the aide, as written.
    [
      '"an aide to Donald Trump said" is the aide, not Trump',
      'Donald Trump held a rally in Ohio on Monday.\n\n“We are confident about the state,” an aide to Donald Trump said.',
      'We are confident',
      'an aide to Donald Trump',
    ],
    [
      'counter-case: a pronoun after the name still resolves to him',
      'Donald Trump held a rally in Ohio on Monday.\n\n“We are confident about the state,” he told them.',
      'We are confident',
      'Donald Trump',
    ],
    // questioner.ts: a town hall introduces the next voice by the question.
    [
      '"The first question came from X, a farmer." then an untagged question is X\'s',
      'Senator Lydia Grant held a town hall on Tuesday.\n\nThe first question came from Walter Hinz, a farmer from Dyersville.\n\n“Senator, my premiums went up 22 percent this year. What happened?”',
      'Senator, my premiums',
      'Walter Hinz',
    ],
    [
      '"The next questioner identified herself as X" then an untagged question is X\'s',
      'Senator Lydia Grant held a town hall on Tuesday. A woman near the back shouted, “You said that last year!”\n\nThe next questioner identified herself as Rosalind Keating, a retired nurse.\n\n“My question is about Medicare. What will you do?”',
      'My question is',
      'Rosalind Keating',
    ],
    [
      'counter-case: applause that "came from" the back rows introduces no one',
      'Senator Lydia Grant held a town hall on Tuesday. “We are close on the farm bill,” Ms. Grant said.\n\nThe loudest applause came from the back rows.\n\n“We are going to get it done,” she said.',
      'We are going to',
      'Lydia Grant',
    ],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});
