import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** [quoted text, speaker] for every quote in `text`. */
function speakers(text: string): Array<[string, string | null]> {
  return findQuotes(text).map((quote) => [quote.text, quote.speaker]);
}

describe('attribution', () => {
  it.each([
    ['X said after the quote', '"The harvest came early," Okafor said.', 'Okafor'],
    ['said X after the quote', '"The harvest came early," said Nia Okafor.', 'Nia Okafor'],
    ['X said: before the quote', 'Nia Okafor said: "The harvest came early this year."', 'Nia Okafor'],
    ['X told someone before the quote', 'Nia Okafor told reporters, "The harvest came early this year."', 'Nia Okafor'],
    ['present tense', '"The harvest came early," says Nia Okafor.', 'Nia Okafor'],
    ['other reporting verbs', '"The harvest came early," Nia Okafor insisted.', 'Nia Okafor'],
    ['was quoted as saying, with the outlet left out', '"The harvest came early," Nia Okafor was quoted as saying by Farm Daily.', 'Nia Okafor'],
    ['told an outlet', '"The harvest came early," Nia Okafor told Reuters.', 'Nia Okafor'],
    ['according to X', '"The harvest came early," according to Nia Okafor.', 'Nia Okafor'],
    ['an appositive between name and verb', '"We cannot spend money we do not have," Tom Reyes, the city\'s treasurer, said.', 'Tom Reyes'],
    ['an opening phrase before the speaker', 'In a statement, Nia Okafor said: "The harvest came early this year."', 'Nia Okafor'],
    ['lower-case descriptors before the name', '"The harvest came early," veteran farmer Nia Okafor said.', 'Nia Okafor'],
    ['a described speaker', '"The harvest came early," a ministry spokeswoman said.', 'a ministry spokeswoman'],
    ['a few quoted words inside the speaker\'s sentence', "Okafor said the crop was 'remarkable for a dry year' this time.", 'Okafor'],
    ['past perfect', '"The harvest came early," Nia Okafor had said.', 'Nia Okafor'],
    ['future', 'Nia Okafor will tell the board: "The harvest came early this year."', 'Nia Okafor'],
    ['a participle after the subject', 'Nia Okafor defended the plan, saying "the harvest came early this year."', 'Nia Okafor'],
    ['a statement opening the sentence', 'In a statement, Nia Okafor wrote: "The harvest came early this year."', 'Nia Okafor'],
    ['an appositive after said X', '"The harvest came early," said Nia Okafor, the farm\'s owner.', 'Nia Okafor'],
    ['a time between name and verb', '"The harvest came early," Nia Okafor on Monday told reporters.', 'Nia Okafor'],
    ['called, for a partial quote', 'Nia Okafor called the harvest "a small miracle for the valley" on Monday.', 'Nia Okafor'],
    ['the speaker in the following sentence', '"The harvest came early this year." Nia Okafor announced the news at noon.', 'Nia Okafor'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)[0]?.[1]).toBe(speaker);
  });

  it('resolves a short name and strips titles: first mention "Agriculture Minister Nia Okafor"', () => {
    const text = 'Agriculture Minister Nia Okafor visited the farms on Friday.\n\n"The harvest came early," Okafor said.\n\n"Prices should fall," Ms. Okafor added.';
    expect(speakers(text)).toEqual([
      ['The harvest came early,', 'Nia Okafor'],
      ['Prices should fall,', 'Nia Okafor'],
    ]);
  });

  it('resolves a family name written first ("Lee" -> "Lee Min Ho")', () => {
    const text = 'Lee Min Ho met the delegation in Busan.\n\n"We want closer trade ties," Lee said.';
    expect(speakers(text)).toEqual([['We want closer trade ties,', 'Lee Min Ho']]);
  });

  it('gives "he said" the last attributed speaker', () => {
    const text = [
      'Mayor Ana Lopez met Governor Ray Diaz.',
      '"The bridge is finished," Lopez said.',
      '"Traffic will flow again," Diaz said.',
      '"We will open it on Monday," he said.',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Ana Lopez', 'Ray Diaz', 'Ray Diaz']);
  });

  it('gives "she said" the last named person when no quote was attributed yet', () => {
    const text = 'Judge Mary Stone read the verdict.\n\n"The court has decided unanimously," she said.';
    expect(speakers(text)).toEqual([['The court has decided unanimously,', 'Mary Stone']]);
  });

  it('keeps one speaker for an utterance split by its attribution', () => {
    expect(speakers('"We waited a long time," Ana Lopez said. "The river no longer divides us."')).toEqual([
      ['We waited a long time,', 'Ana Lopez'],
      ['The river no longer divides us.', 'Ana Lopez'],
    ]);
  });

  it('gives a lower-case part after "X said," the attribution before it, and a few words closed by a comma the verb after them', () => {
    expect(speakers('"We are ready," Ada Park said, "and we have food," she added, "and the buses run all night."').map(([, speaker]) => speaker)).toEqual(['Ada Park', 'Ada Park', 'Ada Park']);
    expect(speakers('"We are ready," Ada Park said.\n\nHer rival mocked the plan, calling it "a fairy tale," Tom Reyes said.')).toEqual([
      ['We are ready,', 'Ada Park'],
      ['a fairy tale,', 'Tom Reyes'],
    ]);
  });

  it('takes the speaker from a line that signs the quote inside its marks', () => {
    const text = 'Reactions\n\n"We will need the stimulus again when the next recession comes.\nAna Lopez, Valley Policy Institute."';
    expect(speakers(text)).toEqual([['We will need the stimulus again when the next recession comes.', 'Ana Lopez']]);
  });

  it('counter-case: a next line that is a clause, or a new paragraph, signs nothing', () => {
    const clause = 'Reactions\n\n"We will need the stimulus again when the next recession comes.\nAna Lopez, who runs the shop, was there."';
    expect(speakers(clause)[0]?.[1]).not.toBe('Ana Lopez');
    const paragraph = 'Reactions\n\n"We will need the stimulus again when the next recession comes."\n\nAna Lopez, Valley Policy Institute.';
    expect(speakers(paragraph)[0]?.[1]).toBeNull();
  });

  it('reads "X began" as the tag of a quote whose sentence goes on, and not after a sentence ends', () => {
    expect(speakers('"The paper says you met the mayor in January," Nia Okafor began.')[0]?.[1]).toBe('Nia Okafor');
    expect(speakers('"The polls close at eight tonight." Voting began.')[0]?.[1]).toBeNull();
  });

  it('does not take one capitalised word the text never names a person by as the subject that introduces a quote', () => {
    expect(speakers('Reactions poured in from across the state.\n\n"We never saw this coming, not in a hundred years."')[0]?.[1]).toBeNull();
    // Counter-case: a family name the text gave in full earlier is a person.
    expect(speakers('Nia Okafor runs the farm.\n\nOkafor defended the plan. "It works every time, in every season."')[0]?.[1]).toBe('Nia Okafor');
  });

  it('continues the speaker into the next paragraph when a quote stands alone', () => {
    expect(speakers('"We waited a long time," said Ana Lopez.\n\n"The river no longer divides us."')).toEqual([
      ['We waited a long time,', 'Ana Lopez'],
      ['The river no longer divides us.', 'Ana Lopez'],
    ]);
  });

  it('takes the speaker from the sentence that introduces a standalone quote', () => {
    const text = 'Ana Lopez defended the budget on Tuesday. "Every cent goes to the schools."';
    expect(speakers(text)).toEqual([['Every cent goes to the schools.', 'Ana Lopez']]);
  });

  it('takes the speaker from a paragraph ending in a colon', () => {
    const text = 'Ana Lopez wrote in her letter:\n\n"Every cent goes to the schools, and every school gets its share."';
    expect(speakers(text)[0]?.[1]).toBe('Ana Lopez');
  });

  it('never makes the outlet of "according to a report by" the speaker', () => {
    const text = '"The talks have stalled," according to a report by the BBC.';
    expect(speakers(text).map(([, speaker]) => speaker)).not.toContain('BBC');
  });

  it('does not take the person a question was put to as its speaker', () => {
    const text = 'Ana Lopez was asked, "Will the bridge open on time this year?"';
    expect(speakers(text)[0]?.[1]).not.toBe('Ana Lopez');
  });
});
