// Attribution families political copy writes often, each with a case and a counter-case the rule must leave alone:
// a name after a described speaker's tail (trailing-name.ts), a tag that opens the next quote (next-tag.ts),
// a pronoun that skips a subject of the wrong gender (salience.ts nearerKnown), and "Reyes ally Ana Lopez".
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

const said = (...paragraphs: string[]) => findQuotes(paragraphs.join('\n\n')).map((quote) => [quote.speaker, quote.role]);

describe('a name set after the description of its speaker', () => {
  it.each([
    ['a spokesman and his employer, then the name', '"The depot stays open," said a spokesman for the water board, Ines Varga.', [['Ines Varga', 'spokesman for the water board']]],
    ['an office and its body, then the name', '"The depot stays open," said the former head of the transit union, Ines Varga.', [['Ines Varga', 'former head of the transit union']]],
    ['a relative after the owner\'s name', 'Ines Varga thanked the crew.\n\n"The depot stays open," said Ines Varga\'s husband, Pal Varga.', [['Pal Varga', null]]],
    ['counter-case: the owner alone after the description stays a description', '"The depot stays open," said a spokesman for Ines Varga.', [['a spokesman', null]]],
    ['counter-case: a company after the comma is no person', '"The depot stays open," said a spokesman for the board, Acme Corp.', [['a spokesman', null]]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a tag between two quotes ending in a colon opens the second', () => {
  it('`X said: "A." Y added: "B."` gives A to X', () => {
    expect(said('Ines Varga said: "The depot stays open." Pal Novak added: "The trains run late."').map(([speaker]) => speaker)).toEqual(['Ines Varga', 'Pal Novak']);
  });
  it('counter-case: `"A," Y said, "b."` keeps the tag after A', () => {
    expect(said('"The depot stays open," Pal Novak said, "and the trains run late."').map(([speaker]) => speaker)).toEqual(['Pal Novak', 'Pal Novak']);
  });
  it('counter-case: a tag closed by a full stop is the quote\'s own', () => {
    expect(said('Ines Varga spoke first. "The depot stays open." Pal Novak said. "The trains run late."').map(([speaker]) => speaker)[0]).toBe('Pal Novak');
  });
});

describe('a pronoun that skips the latest subject', () => {
  it('goes to the person of that gender named since, not to an older subject of unknown gender', () => {
    expect(said('Ines Varga and Pal Novak toured the depot.', 'Mr. Kovacs thanked Ms. Horvath on Friday. "The depot stays open," she said.').map(([speaker]) => speaker)).toEqual(['Horvath']);
  });
  it('counter-case: the latest subject fits, so the object named after it does not take the pronoun', () => {
    expect(said('Ines Varga and Pal Novak toured the depot.', 'Ms. Kovacs thanked Ms. Horvath on Friday. "The depot stays open," she said.').map(([speaker]) => speaker)).toEqual(['Kovacs']);
  });
});

describe('a person\'s allies and critics named before the speaker', () => {
  it.each([
    ['"…," said Varga ally X', 'Ines Varga toured the depot.\n\n"The depot stays open," said Varga ally Pal Novak.', [['Pal Novak', 'Varga ally']]],
    ['counter-case: a verb between the names is a predicate, so the first name is the speaker', 'Ines Varga toured the depot with Pal Novak.\n\n"The depot stays open," said Varga after meeting Pal Novak.', [['Ines Varga', null]]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a message named with its sender and its recipient', () => {
  it.each([
    ['before the quote, `One email from X to Y reads:`', 'Ines Varga and Pal Novak ran the depot. One email from Varga to Novak reads: "The trains run late again."', [['Ines Varga', null]]],
    ['after the quote, `read a memo from X to Y`', 'Ines Varga and Pal Novak ran the depot. "The trains run late again," read a memo from Ines Varga to Pal Novak.', [['Ines Varga', null]]],
    ['a body sent it: the recipient is not the speaker', 'A letter from the board to Ines Varga reads: "The depot closes in May."', [['the board', null]]],
    ['counter-case: the recipient who answers in her own sentence speaks', 'Ines Varga and Pal Novak ran the depot. Varga sent an email to Novak. Novak replied: "The trains run late again."', [['Pal Novak', null]]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('smaller families', () => {
  it.each([
    ['the agent of a passive whose subject is a possessed noun speaks next', 'Ines Varga met Pal Novak.\n\nVarga\'s plan was dismissed by Novak. "It cannot work."', [['Pal Novak', null]]],
    ['counter-case: an agent that is a body leaves the possessive\'s owner', 'Ines Varga met Pal Novak.\n\nVarga\'s plan was backed by the council. "It will work."', [['Ines Varga', null]]],
    ['a family name before a generation suffix is no title', '"The depot stays open," said Ines King III.', [['Ines King', null]]],
    ['counter-case: a title before a first name and the suffix stays a title', 'King Pal III said: "The depot stays open."', [['Pal III', 'King']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('the one a question is put to answers it', () => {
  const intro = 'Pal Novak runs the depot. The host, Ines Varga, interviewed him on Sunday.';
  it('a pronoun after `X asked Y about …` is Y', () => {
    expect(said(intro, 'Host Ines Varga asked Novak about the trains. "They run late in winter," he said.').map(([speaker]) => speaker)).toEqual(['Pal Novak']);
  });
  it('an unattributed answer after `X pressed Y: "…?"` is Y\'s', () => {
    expect(said(intro, 'Varga pressed Novak: "Do the trains run late?"', '"Only in winter, and only by minutes."').map(([speaker]) => speaker)).toEqual(['Ines Varga', 'Pal Novak']);
  });
  it('counter-case: a rhetorical question its speaker answers names no one asked, so the answer stays his', () => {
    expect(said(intro, '"Do the trains run late?" Novak asked. "Only in winter, and only by minutes."').map(([speaker]) => speaker)).toEqual(['Pal Novak', 'Pal Novak']);
  });
  it('counter-case: a question after `asked Y` is not the answer', () => {
    expect(said(intro, 'Varga pressed Novak: "Do the trains run late?"', '"And in summer?"').map(([speaker]) => speaker)).toEqual(['Ines Varga', 'Ines Varga']);
  });
});

describe('words the sentence repeats from someone it names', () => {
  const intro = 'Ines Varga runs the depot. Pal Novak wants her job.';
  it.each([
    ['`mocked X for saying`', 'Varga mocked Novak for saying "the trains could run on time."', 'Pal Novak'],
    ['`a video of X saying`', 'Varga posted a video of Novak saying: "The trains could run on time."', 'Pal Novak'],
    ['`X\'s claim that`', 'Varga answered Novak\'s claim that "the trains could run on time."', 'Pal Novak'],
    ['`quoted X:`', 'Varga quoted Novak: "The trains could run on time."', 'Pal Novak'],
    ['`, quoting X, said:`', 'Varga, quoting Novak, said: "The trains could run on time."', 'Pal Novak'],
    ['counter-case: the subject saying it herself', 'Varga answered Novak, saying: "The trains could run on time."', 'Ines Varga'],
    ['counter-case: the subject\'s own claim', 'Varga repeated her claim that "the trains could run on time."', 'Ines Varga'],
  ])('%s', (_name, sentence, speaker) => {
    expect(said(intro, sentence).map(([name]) => name)).toEqual([speaker]);
  });
});

describe('a family name alone tells a gender too', () => {
  it('"Varga said her …" makes Ines Varga a woman, so a later "he" skips her', () => {
    expect(said('Ines Varga runs the depot. Pal Novak wants the job. Varga said her trains were on time.', '"The trains run late," Novak said.', 'Varga has run the depot since 2010, according to the council.', '"I will fix it," he said.').map(([name]) => name)).toEqual(['Pal Novak', 'Pal Novak']);
  });
  it('counter-case: with no pronoun after her family name, the latest subject takes "he"', () => {
    expect(said('Ines Varga runs the depot. Pal Novak wants the job.', '"The trains run late," Novak said.', 'Varga has run the depot since 2010, according to the council.', '"I will fix it," he said.').map(([name]) => name)).toEqual(['Pal Novak', 'Ines Varga']);
  });
});

describe('a family name alone: only a possessive tells the gender', () => {
  it('counter-case: "Novak thinks she can win" is the reported clause\'s "she", so Novak stays free to be "he"', () => {
    expect(said('Ines Varga runs the depot. Pal Novak wants the job.', 'Novak thinks she can win. "The trains run late," he said.').map(([name]) => name)).toEqual(['Pal Novak']);
  });
});
