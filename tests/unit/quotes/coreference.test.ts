import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

/** The speaker of every quote in `text`, paragraphs given as separate strings. */
function speakersOf(...paragraphs: string[]): Array<string | null> {
  return findQuotes(paragraphs.join('\n\n')).map((quote) => quote.speaker);
}

describe('pronouns and short names', () => {
  it.each([
    [
      '"she" skips the last speaker when the text says he is a man (Mr.)',
      ['Tom Reyes and Nia Okafor toured the farm.', '"The harvest came early this year," Mr. Reyes said.', '"We will sell all of it by spring," she said.'],
      ['Tom Reyes', 'Nia Okafor'],
    ],
    [
      '"he" skips the last speaker when her own sentence says she is a woman (her)',
      ['Nia Okafor sold her farm to Tom Reyes last year.', '"The harvest came early this year," Reyes said.', '"Prices will fall soon," Okafor said.', '"We will sell all of it by spring," he said.'],
      ['Tom Reyes', 'Nia Okafor', 'Tom Reyes'],
    ],
    [
      '"she" with no speaker yet goes to the last woman named (Ms.)',
      ['Nia Okafor and Tom Reyes toured the farm. Ms. Okafor praised the crew.', '"The harvest came early this year," she said.'],
      ['Nia Okafor'],
    ],
    [
      '"he" keeps the last speaker when nothing says otherwise',
      ['"The harvest came early this year," Tom Reyes said.', '"We will sell all of it by spring," he said.'],
      ['Tom Reyes', 'Tom Reyes'],
    ],
    [
      'a titled short name resolves to the full name of the first mention',
      ['Daniel Okafor met farmers on Friday.', '"We will buy the whole harvest this year," Mr. Okafor said.'],
      ['Daniel Okafor'],
    ],
    [
      '"the senator" resolves to the last person named with that title',
      ['Sen. Maria Vance spoke in Dayton on Friday, after Gov. Hal Brandt.', '"We will win this state again in November," the senator said.'],
      ['Maria Vance'],
    ],
    [
      '"the governor" resolves past a later senator',
      ['Gov. Hal Brandt met Sen. Maria Vance on Friday.', '"The roads will be finished in the spring," the governor said.'],
      ['Hal Brandt'],
    ],
    [
      'a lower-case office before the name counts as its title',
      ['Republican presidential candidate Ana Lopez spoke on Friday.', '"We will win this state again in November," the candidate said.'],
      ['Ana Lopez'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected);
  });

  it('keeps a description when no person has that title', () => {
    expect(speakersOf('"We will win this state again in November," the senator said.')).toEqual(['the senator']);
  });
});

describe('outlets are never speakers', () => {
  it.each([
    ['told the Gazette', '"The harvest came early this year," Nia Okafor told the Gazette.', 'Nia Okafor'],
    ['told Reuters on Monday', '"The harvest came early this year," Nia Okafor told Reuters on Monday.', 'Nia Okafor'],
    ['an outlet reported', '"The harvest came early this year," the Gazette reported.', null],
    ['according to an agency', '"The harvest came early this year," according to Reuters.', null],
    ['according to a newspaper, then the person in the sentence before', 'Nia Okafor talked to farmers. "The harvest came early this year," the Daily Gazette reported.', 'Nia Okafor'],
  ])('%s', (_name, text, speaker) => {
    expect(findQuotes(text)[0]?.speaker ?? null).toBe(speaker);
  });
});

describe('an owned appositive after a name', () => {
  it('"X, his wife," makes X a woman, and its "his" is not hers', () => {
    expect(speakersOf('Tom Reyes is voting for the bridge.', '"It will bring the town together," said Reyes.', 'Nia Reyes, his wife, is not.', '"It will cost us everything we have," she said.')).toEqual(['Tom Reyes', 'Nia Reyes']);
  });

  it('counter-case: "her" later in the sentence still tells the gender', () => {
    expect(speakersOf('Tom Reyes spoke first.', '"It will bring the town together," said Reyes.', 'Nia Okafor, the mayor, said her town was split.', '"It will cost us everything," she said.')).toEqual(['Tom Reyes', 'Nia Okafor']);
  });
});

describe('a bare "son" in French or Spanish gives no one a gender (coreference.ts descriptionGender)', () => {
  it.each([
    ['fr: "ne cache pas son amertume" (her bitterness) leaves her a woman for the "elle" that follows', ['« Nous avons tout essayé », a reconnu le directeur, Marc Exemple.', 'Nadia Modèle, sage-femme dans le service, ne cache pas son amertume. Elle travaille ici depuis vingt ans.', '« On apprend la fermeture par un communiqué », a-t-elle ajouté.'], ['Marc Exemple', 'Nadia Modèle']],
    ['es: "las calles son un desastre" (they are) likewise', ['« Los vecinos están hartos », dijo el alcalde, Mario Ejemplo.', 'Lucía Ejemplo, vecina del barrio, dice que las calles son un desastre y que sus hijos no pueden jugar.', '« Nadie nos escucha », añadió ella.'], ['Mario Ejemplo', 'Lucía Ejemplo']],
    ['counter-case en: "X, the son of …" is a man for the "he" that follows', ['“We will appeal,” said Maria Example.', 'Sam Sample, the son of the mill’s founder, says he will keep the looms running.', '“This mill is my family,” he said.'], ['Maria Example', 'Sam Sample']],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected);
  });
});
