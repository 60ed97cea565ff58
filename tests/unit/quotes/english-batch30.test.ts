import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

// Batch 30 (Nigerian court testimony, Indian wire copy, Irish rugby, Canadian council floor, Singapore Reit analysts,
// Jamaican obituary, Australian budget live blog, Pakistani Q&A): the kinds it showed, in sentences of my own.
describe('batch 30: participle clauses after a role, the subject after an opening phrase, unmarked Q&A answers', () => {
  it.each([
    ['"said X, a schoolteacher travelling to …": a participle clause after the role noun is no part of the role', '“The bus never came,” said Ruth Adeyemi, a nurse working at the district hospital.', 'Ruth Adeyemi', 'nurse'],
    ['"X, a retired teacher living in …" keeps its adjective', '“The bus never came,” said Ruth Adeyemi, a retired teacher living in Ibadan.', 'Ruth Adeyemi', 'retired teacher'],
    ['counter-case: an -ing word inside the office ("a managing director at …") stays', '“The bus never came,” said Ruth Adeyemi, a managing director at Lagos Freight.', 'Ruth Adeyemi', 'managing director at Lagos Freight'],
    ['counter-case: an -ing word and a noun is one office ("chief operating officer")', 'Its chief operating officer, Dr Aisha Bello, spoke. “We cannot run it safely,” she said.', 'Aisha Bello', 'chief operating officer'],
    ['counter-case: a thing after the name, with a participle clause, is no role', '“The bus never came,” said Ruth Adeyemi, a town standing on the river.', 'Ruth Adeyemi', null],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['"Led in evidence by the counsel, Mrs X, the witness said": "the witness" is the subject, not her appositive', 'Mr Tunde Ola, the first witness, took the stand.\n\nLed in evidence by the prosecuting counsel, Mrs Ngozi Eke, the witness said he was paid.\n\n“I was afraid,” the witness replied.', 'Ngozi Eke', false],
    ['counter-case: "X, the witness, said" with both commas is an appositive', 'Mr Tunde Ola, the first witness, took the stand.\n\nMrs Ngozi Eke, the witness, said she was paid.\n\n“I was afraid,” the witness replied.', 'Ngozi Eke', true],
  ])('%s', (_, text, name, isHers) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker === name).toBe(isHers);
  });

  const interview = (answers: string[], questions: string[]) =>
    'Grace Mensah has run the ferry at Ada for thirty years. She spoke to us on the jetty. The conversation has been edited.\n\n' +
    questions.map((question, i) => `${question}\n\n${answers[i]}`).join('\n\n');

  it('a Q&A printed without marks: answers in the first person to questions put to "you" are the interviewee\'s', () => {
    const quotes = findQuotes(
      interview(
        ['Badly. I could not steer and my engine stopped twice.', 'Nobody. We fixed it ourselves, as we always do.', 'Money for fuel. I am tired of asking.'],
        ['How was the flood year for you?', 'Who helped you?', 'What do you need now?'],
      ),
    );
    expect(quotes.map((quote) => [quote.text.slice(0, 12), quote.speaker])).toEqual([
      ['Badly. I cou', 'Grace Mensah'],
      ['Nobody. We f', 'Grace Mensah'],
      ['Money for fu', 'Grace Mensah'],
    ]);
  });

  const qa = ['How exposed are you to the tariffs?', 'Very. I sell most of our catch south of the border, and we cannot replace that market.', 'What are your members telling you?', 'They are scared. I hear it every day on the wharf, and my phone never stops.', 'What would you tell a young fisher?', 'Wait a year. I would talk to the bank first, and to the old-timers.'].join('\n\n');

  it('the one the introduction says was interviewed answers, though an expert is quoted just before the questions (qa-answers.ts)', () => {
    const text = 'Interview by Alan Example\n\nMartine Example has run the co-operative in southwest Nova Scotia since 2019.\n\n“I have stopped predicting anything past Friday,” she said in an interview at the wharf.\n\nNot everyone is as gloomy. “The co-op model gives them some cushion,” said Paul Expert, an economist who studies the fishery.\n\nThis conversation has been edited.\n\n' + qa;
    expect(findQuotes(text).filter((quote) => /^(?:Very|They are|Wait)/u.test(quote.text)).map((quote) => quote.speaker)).toEqual(['Martine Example', 'Martine Example', 'Martine Example']);
  });

  it('counter-case: with no words of an interview, the first person the last paragraphs before the questions name answers, as before', () => {
    const text = 'Martine Example has run the co-operative since 2019.\n\nPaul Expert, an economist, has studied the fishery for years. This conversation has been edited.\n\n' + qa;
    expect(findQuotes(text).filter((quote) => /^(?:Very|They are|Wait)/u.test(quote.text)).map((quote) => quote.speaker)).toEqual(['Martine Example', 'Martine Example', 'Martine Example']);
  });

  it('a quotation inside an answer keeps its own speaker, the sentence introducing it out of the answer', () => {
    const quotes = findQuotes(
      interview(
        ['Badly. I could not steer. A fisherman told me, “The river has no manners.” He was right.', 'Nobody. We fixed it ourselves, as we always do.', 'Money for fuel. I am tired of asking.'],
        ['How was the flood year for you?', 'Who helped you?', 'What do you need now?'],
      ),
    );
    const inner = quotes.find((quote) => quote.text.startsWith('The river'));
    expect(inner?.speaker).toBe('A fisherman');
    expect(quotes.find((quote) => quote.text.startsWith('Badly'))?.text).toBe('Badly. I could not steer.');
  });

  it('counter-case: an explainer\'s question subheads answered in the third person are no interview', () => {
    const quotes = findQuotes(
      interview(
        ['The council says the works start in May.', 'The ministry pays half and the council the rest.', 'Residents can object until March.'],
        ['When do the works start?', 'Who pays for it?', 'Can residents object?'],
      ),
    );
    expect(quotes).toEqual([]);
  });
});
